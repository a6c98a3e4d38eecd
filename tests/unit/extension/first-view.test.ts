import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_FRESH_MS, firstViewRequests, nationalRange, prefetchFirstView, requestKey, takeFirstViewReply, type FirstViewGlobals } from '../../../lib/extension/first-view';

/** Issue 14: the panel's first-view data, asked for by the bootstrap while the panel is injected. */
describe('first-view requests sent ahead by the bootstrap', () => {
  const href = 'https://spse.inaproc.id/kemenkeu/admin/auditor/baru';
  const sent: unknown[] = [];
  const send = async (m: unknown) => (sent.push(m), { ok: true, data: { n: sent.length } });

  it('are exactly the requests the panel makes at its start', () => {
    expect(firstViewRequests(href, 2026)).toEqual([
      { type: 'sop.list', payload: {} },
      { type: 'profile.list', payload: { host: 'spse.inaproc.id' } },
      { type: 'settings.get', payload: {} },
      { type: 'calendar.national', payload: { from: 2016, to: 2028 } },
      { type: 'case.list', payload: {} },
    ]);
  });

  it('national holidays: ten years back, two ahead, kept within 2000-2100', () => {
    expect(nationalRange(2005)).toEqual({ from: 2000, to: 2007 });
    expect(nationalRange(2099)).toEqual({ from: 2089, to: 2100 });
  });

  it('an answer is taken once, for the same type and payload only', async () => {
    const g: FirstViewGlobals = {};
    prefetchFirstView(send, href, 1_000, g);
    expect(takeFirstViewReply({ channel: 'pandu', type: 'profile.list', payload: { host: 'other.go.id' } }, 1_001, g)).toBeUndefined();
    const reply = takeFirstViewReply({ channel: 'pandu', type: 'profile.list', payload: { host: 'spse.inaproc.id' } }, 1_001, g);
    expect(await reply).toEqual({ ok: true, data: { n: sent.length - 3 } });
    expect(takeFirstViewReply({ channel: 'pandu', type: 'profile.list', payload: { host: 'spse.inaproc.id' } }, 1_002, g)).toBeUndefined();
    expect(takeFirstViewReply({ channel: 'other', type: 'sop.list', payload: {} }, 1_002, g)).toBeUndefined();
    expect(takeFirstViewReply('sop.list', 1_002, g)).toBeUndefined();
  });

  it('an answer older than the freshness limit is not used: the panel asks the background anew', () => {
    const g: FirstViewGlobals = {};
    prefetchFirstView(send, href, 1_000, g);
    const msg = { channel: 'pandu', type: 'sop.list', payload: {} };
    expect(takeFirstViewReply(msg, 1_000 + FIRST_VIEW_FRESH_MS + 1, g)).toBeUndefined();
    // A clock that went back is no reason to trust an answer either.
    expect(takeFirstViewReply({ channel: 'pandu', type: 'case.list', payload: {} }, 999, g)).toBeUndefined();
    expect(takeFirstViewReply({ channel: 'pandu', type: 'settings.get', payload: {} }, 1_000 + FIRST_VIEW_FRESH_MS, g)).toBeInstanceOf(Promise);
  });

  it('when every answer was taken, nothing is left in the isolated world', () => {
    const g: FirstViewGlobals = {};
    prefetchFirstView(send, href, 1_000, g);
    for (const { type, payload } of firstViewRequests(href, 1970)) takeFirstViewReply({ channel: 'pandu', type, payload }, 1_001, g);
    expect(g.__panduFirstView).toBeUndefined();
  });

  it('keys follow the payload as sent', () => {
    expect(requestKey('case.list', {})).not.toBe(requestKey('case.list', { status: 'open' }));
    expect(requestKey('sop.list', undefined)).toBe('sop.list\nnull');
  });
});

describe('is an answer on its way (the panel’s first paint waits for the catalog only then)', () => {
  it('fresh and not yet taken: yes; taken, stale or never asked: no', async () => {
    const { hasFirstViewReply } = await import('../../../lib/extension/first-view');
    const g: FirstViewGlobals = {};
    expect(hasFirstViewReply('sop.list', 1_000, g)).toBe(false);
    prefetchFirstView(async () => ({ ok: true, data: {} }), 'https://lpse.x.go.id/eproc4/home', 1_000, g);
    expect(hasFirstViewReply('sop.list', 1_001, g)).toBe(true);
    expect(hasFirstViewReply('sop.list', 1_001 + FIRST_VIEW_FRESH_MS, g)).toBe(false);
    takeFirstViewReply({ channel: 'pandu', type: 'sop.list', payload: {} }, 1_001, g);
    expect(hasFirstViewReply('sop.list', 1_002, g)).toBe(false);
    expect(hasFirstViewReply('settings.get', 1_002, g)).toBe(true);
  });
});
