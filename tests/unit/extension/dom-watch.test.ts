// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/extension/dom-watch';

afterEach(() => vi.useRealTimers());

describe('watchPage', () => {
  it('throttles many DOM changes into few callbacks', async () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    const stop = watchPage(document, cb, { interval: 500 });
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('tr'));
    await vi.advanceTimersByTimeAsync(0);
    expect(cb).toHaveBeenCalledTimes(1);
    // more rows right after: held back until the interval has passed
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('tr'));
    await vi.advanceTimersByTimeAsync(100);
    expect(cb).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(cb).toHaveBeenCalledTimes(2);
    stop();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('ignores changes inside the panel host', async () => {
    vi.useFakeTimers();
    const host = document.createElement('pandu-panel');
    document.body.append(host);
    await vi.advanceTimersByTimeAsync(10);
    const cb = vi.fn();
    const stop = watchPage(document, cb, { interval: 100, ignore: () => host });
    host.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(500);
    expect(cb).not.toHaveBeenCalled();
    stop();
  });
});
