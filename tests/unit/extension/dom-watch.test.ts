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
    // a new heading right after: held back until the interval has passed, then seen
    const h = document.createElement('h2');
    h.textContent = 'Tambah Auditor';
    document.body.prepend(h);
    await vi.advanceTimersByTimeAsync(100);
    expect(cb).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(cb).toHaveBeenCalledTimes(2);
    stop();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('ignores rows added to a table', async () => {
    vi.useFakeTimers();
    const table = document.createElement('table');
    const tbody = document.createElement('tbody');
    table.append(tbody);
    document.body.append(table);
    await vi.advanceTimersByTimeAsync(10);
    const cb = vi.fn();
    const stop = watchPage(document, cb, { interval: 100 });
    for (let i = 0; i < 50; i++) tbody.append(document.createElement('tr'));
    await vi.advanceTimersByTimeAsync(500);
    expect(cb).not.toHaveBeenCalled();
    document.body.append(document.createElement('h2'));
    await vi.advanceTimersByTimeAsync(500);
    expect(cb).toHaveBeenCalledTimes(1);
    stop();
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
