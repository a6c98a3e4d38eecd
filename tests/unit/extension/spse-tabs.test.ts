import { describe, expect, it } from 'vitest';
import { bootLoadedSpseTabs, bootSpseTabs, bootedTabsIn, type SessionArea } from '../../../lib/extension/spse-tabs';
import { SPSE_MATCHES } from '../../../lib/spse/hosts';

/** Issue 14: no static content script; the background injects the bootstrap into SPSE tabs once loaded. */
function deps(hosts: string[] = [], fail = false) {
  const injected: number[] = [];
  let hostReads = 0;
  return {
    injected,
    hostReads: () => hostReads,
    d: {
      staticPatterns: [...SPSE_MATCHES],
      lpseHosts: async () => (hostReads++, hosts),
      inject: async (id: number) => {
        if (fail) throw new Error('No tab with id');
        injected.push(id);
      },
    },
  };
}

describe('the bootstrap into SPSE tabs (tabs.onUpdated)', () => {
  it('only when an SPSE tab has finished loading, never while it loads', async () => {
    const t = deps();
    const on = bootSpseTabs(t.d);
    const url = 'https://lpse.kaltimprov.go.id/eproc4/admin/auditor/baru';
    await expect(on(7, { status: 'loading' }, { url })).resolves.toBe(false);
    await expect(on(7, {}, { url })).resolves.toBe(false);
    await expect(on(7, { status: 'complete' }, { url })).resolves.toBe(true);
    expect(t.injected).toEqual([7]);
    expect(t.hostReads()).toBe(0);
  });

  it('not into tabs whose address the browser does not show, nor other sites', async () => {
    const t = deps();
    const on = bootSpseTabs(t.d);
    await on(1, { status: 'complete' }, {});
    await on(2, { status: 'complete' }, { url: 'https://www.google.com/' });
    await on(3, { status: 'complete' }, { url: 'http://lpse.kaltimprov.go.id/eproc4' });
    await on(4, { status: 'complete' }, { url: 'chrome://newtab/' });
    expect(t.injected).toEqual([]);
  });

  it('an LPSE host added at run time gets it too (http or https, that host only)', async () => {
    const t = deps(['*://lpse.example.com/*']);
    const on = bootSpseTabs(t.d);
    await on(5, { status: 'complete' }, { url: 'http://lpse.example.com/eproc4/admin' });
    await on(6, { status: 'complete' }, { url: 'https://other.example.com/eproc4/admin' });
    expect(t.injected).toEqual([5]);
  });

  it('a tab closed or navigated away meanwhile: no error escapes', async () => {
    const t = deps([], true);
    await expect(bootSpseTabs(t.d)(9, { status: 'complete' }, { url: 'https://spse.inaproc.id/lkpp' })).resolves.toBe(false);
  });

  it('installed or updated: every loaded SPSE tab gets it at once', async () => {
    const t = deps(['*://lpse.example.com/*']);
    const booted = await bootLoadedSpseTabs(
      [
        { id: 1, status: 'complete', url: 'https://x.go.id/eproc4' },
        { id: 2, status: 'loading', url: 'https://x.go.id/eproc4' },
        { id: 3, status: 'complete', url: 'https://example.org/' },
        { id: 4, status: 'complete', url: 'https://lpse.example.com/eproc4' },
        { status: 'complete', url: 'https://x.go.id/eproc4' },
      ],
      t.d,
    );
    expect(booted).toEqual([1, 4]);
  });

  it('a worker that starts again (a stopped worker, a relaunched browser) boots only the loaded SPSE tabs it has not booted at their address', async () => {
    const area = memoryArea();
    const t = deps();
    const booted = bootedTabsIn(area);
    const on = bootSpseTabs({ ...t.d, booted });
    await on(1, { status: 'complete' }, { id: 1, url: 'https://x.go.id/eproc4/admin/auditor/baru' });
    expect(t.injected).toEqual([1]);
    // The worker stopped; a new one starts with the same session storage (and a fresh memory).
    const again = deps();
    const tabs = [
      { id: 1, status: 'complete', url: 'https://x.go.id/eproc4/admin/auditor/baru' }, // booted there: left alone
      { id: 2, status: 'complete', url: 'https://x.go.id/eproc4/admin/ppk/baru' }, // its load was missed
      { id: 3, status: 'complete', url: 'https://example.org/' },
    ];
    expect(await bootLoadedSpseTabs(tabs, { ...again.d, booted: bootedTabsIn(area) })).toEqual([2]);
    // Tab 1 went elsewhere (an in-page navigation the worker did not see): booted again there.
    tabs[0].url = 'https://x.go.id/eproc4/admin/verifikator';
    expect(await bootLoadedSpseTabs(tabs, { ...again.d, booted: bootedTabsIn(area) })).toEqual([1]);
    // A browser without session storage: every loaded SPSE tab, as at install.
    expect(await bootLoadedSpseTabs(tabs, { ...deps().d, booted: bootedTabsIn(undefined) })).toEqual([1, 2]);
  });

  it('a sweep reads the booted tabs from session storage once, however many tabs are loaded', async () => {
    const area = memoryArea();
    let reads = 0;
    const counting: SessionArea = { get: (k) => (reads++, area.get(k)), set: (i) => area.set(i) };
    const tabs = [1, 2, 3, 4].map((id) => ({ id, status: 'complete', url: `https://x.go.id/eproc4/admin/p${id}` }));
    const t = deps();
    await bootLoadedSpseTabs(tabs, { ...t.d, booted: { ...bootedTabsIn(counting), add: async () => {} } });
    expect(t.injected).toEqual([1, 2, 3, 4]);
    expect(reads).toBe(1);
  });

  it('a failed injection is not remembered as booted', async () => {
    const area = memoryArea();
    const on = bootSpseTabs({ ...deps([], true).d, booted: bootedTabsIn(area) });
    await on(5, { status: 'complete' }, { id: 5, url: 'https://x.go.id/eproc4' });
    const t = deps();
    expect(await bootLoadedSpseTabs([{ id: 5, status: 'complete', url: 'https://x.go.id/eproc4' }], { ...t.d, booted: bootedTabsIn(area) })).toEqual([5]);
  });
});

/** storage.session as the browser gives it: get/set of a key. */
function memoryArea(): SessionArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
  };
}
