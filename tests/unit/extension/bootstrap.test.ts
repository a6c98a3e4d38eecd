import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot, startBootstrap } from '../../../lib/extension/bootstrap';
import { dropPanelHost, panelHost } from '../../../lib/extension/panel-host';
import { isBootMessage } from '../../../lib/extension/boot-messages';
import { takeFirstViewReply, type FirstViewGlobals } from '../../../lib/extension/first-view';
import { renderSandboxPage } from '../../../sandbox/pages';
import { firstFrameInputs, leaveHandedFrames, takePaintedFrame, type FirstFrame } from '../../../lib/extension/first-frame';
import { importGraph } from './import-graph';

/** Issue 14: the bootstrap recognises, creates only the host element, and asks the background. */
afterEach(() => dropPanelHost());


describe('bootstrap content script', () => {
  it('on a recognised SPSE page: the empty <pandu-panel> host and one boot message', () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    const doc = new JSDOM(renderSandboxPage(url).html, { url }).window.document;
    const sent: unknown[] = [];
    const r = boot(doc, url, (m) => sent.push(m));
    expect(r).toMatchObject({ isSpse: true, pageId: 'auditor-form' });
    expect(sent).toHaveLength(1);
    expect(isBootMessage(sent[0])).toBe(true);
    expect(sent[0]).toMatchObject({ channel: 'pandu-boot', pageId: 'auditor-form', url });
    const hosts = doc.querySelectorAll('pandu-panel');
    expect(hosts).toHaveLength(1);
    expect(panelHost()).toBe(hosts[0]);
    expect(hosts[0].childNodes).toHaveLength(0);
    expect(hosts[0].attributes).toHaveLength(0);
  });

  it('on a page that is not SPSE: nothing at all', () => {
    const url = 'https://www.kemenkeu.go.id/eproc4/berita';
    const doc = new JSDOM('<html><body><h1>Berita</h1><div id="footer">Kementerian Keuangan</div></body></html>', { url }).window.document;
    const sent: unknown[] = [];
    expect(boot(doc, url, (m) => sent.push(m)).isSpse).toBe(false);
    expect(sent).toEqual([]);
    expect(doc.querySelector('pandu-panel')).toBeNull();
  });

  it('a page’s own <pandu-panel> is never taken for ours', () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    const doc = new JSDOM(renderSandboxPage(url).html.replace('<body', '<body><pandu-panel id="fake"></pandu-panel'), { url }).window.document;
    boot(doc, url, () => {});
    expect(panelHost()?.id).toBe('');
    expect(doc.querySelectorAll('pandu-panel')).toHaveLength(2);
  });

  it('boot messages are checked field by field', () => {
    expect(isBootMessage({ channel: 'pandu-boot', pageId: 'auditor-form', url: 'https://x.go.id/', title: '' })).toBe(true);
    expect(isBootMessage({ channel: 'pandu-boot', pageId: '<img>', url: 'https://x.go.id/', title: '' })).toBe(false);
    expect(isBootMessage({ channel: 'pandu-boot', pageId: 'x', url: 'u'.repeat(5000), title: '' })).toBe(false);
  });
});

describe('the injected bootstrap (startBootstrap)', () => {
  const auditor = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
  async function tab(url: string, html = renderSandboxPage(url).html) {
    const win = new JSDOM(html, { url }).window as unknown as Window;
    // Injected after the tab loaded (tabs.onUpdated `complete`).
    if (win.document.readyState !== 'complete') await new Promise((r) => win.addEventListener('load', r, { once: true }));
    const sent: unknown[] = [];
    const reads: string[][] = [];
    const asked: unknown[] = [];
    // Boot messages in `sent`; the panel's first-view requests the bootstrap sends ahead in `asked`.
    const api = { runtime: { sendMessage: async (m: unknown) => void (isBootMessage(m) ? sent : asked).push(m) }, storage: { local: { get: async (k: string[]) => (reads.push(k), {}) } } };
    return { win, sent, asked, reads, api };
  }
  afterEach(() => {
    // Isolated-world globals of one tab: each test is a tab of its own.
    for (const k of ['__panduPanelState', '__panduSpacer', '__panduPaintedFrame', '__panduHandedFrames']) delete (globalThis as Record<string, unknown>)[k];
  });

  it('on a recognised page: the panel’s first-view requests go out at once, their answers kept in the isolated world', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api);
    expect(t.asked.map((m) => (m as { type: string }).type)).toEqual(['sop.list', 'profile.list', 'settings.get', 'calendar.national', 'case.list']);
    expect(t.asked[1]).toEqual({ channel: 'pandu', type: 'profile.list', payload: { host: '127.0.0.1:8080' } });
    const kept = (t.win as unknown as FirstViewGlobals).__panduFirstView;
    expect(kept?.size).toBe(5);
    // Taken by the panel's transport, once.
    const msg = { channel: 'pandu', type: 'sop.list', payload: {} };
    expect(takeFirstViewReply(msg, Date.now(), t.win as unknown as FirstViewGlobals)).toBeInstanceOf(Promise);
    expect(takeFirstViewReply(msg, Date.now(), t.win as unknown as FirstViewGlobals)).toBeUndefined();
  });

  it('a panel already there reads its own data: nothing is asked ahead (no stale answers for later refreshes)', async () => {
    const t = await tab(auditor);
    (t.win as unknown as { __panduPanelMounted?: boolean }).__panduPanelMounted = true;
    startBootstrap(t.win, t.api);
    expect(t.sent).toHaveLength(1);
    expect(t.asked).toEqual([]);
    expect(t.reads).toEqual([]);
  });

  it('on a loaded recognised page: one boot message, the panel state read ahead', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api);
    expect(t.sent).toMatchObject([{ channel: 'pandu-boot', pageId: 'auditor-form', url: auditor }]);
    expect(t.reads).toEqual([['pandu.panel.collapsed', 'pandu.lang', 'pandu.panel.width', 'pandu.panel.firstFrames']]);
  });

  // The panel's first frame (lib/extension/first-frame.ts), stored by an earlier panel on this page.
  const stored = (over: Partial<FirstFrame> = {}): FirstFrame => ({
    ...firstFrameInputs('2.0.0', 'auditor-form', { collapsed: false, lang: 'id', width: null }, 1024),
    css: '.pandu{}',
    nodes: [['aside', { 'data-testid': 'pandu-panel' }, ['h2', { 'data-testid': 'pandu-step' }, 'Langkah 3']]],
    ...over,
  });
  const withManifest = (t: Awaited<ReturnType<typeof tab>>) => ({ ...t.api, runtime: { ...t.api.runtime, getManifest: () => ({ version: '2.0.0' }) } });

  it('a first frame handed over with the injection is painted in the same task, inert, with no storage read for it', async () => {
    const t = await tab(auditor);
    leaveHandedFrames({ state: { collapsed: false, lang: 'id', width: null }, frames: [stored({ pageId: 'pegawai-form' }), stored()] });
    startBootstrap(t.win, withManifest(t));
    const painted = takePaintedFrame(panelHost()!);
    expect(painted?.wrapper.hasAttribute('inert')).toBe(true);
    expect(painted?.wrapper.querySelector('[data-testid="pandu-step"]')?.textContent).toBe('Langkah 3');
    expect(t.reads).toEqual([['pandu.panel.collapsed', 'pandu.lang', 'pandu.panel.width']]);
    // The panel is asked for once the frame is on screen (its parse cannot hold the frame back).
    expect(t.sent).toEqual([]);
    await vi.waitFor(() => expect(t.sent).toMatchObject([{ channel: 'pandu-boot', pageId: 'auditor-form' }]));
  });

  it('without a hand-over the frame comes with the panel state’s one read; none for another version or page', async () => {
    const t = await tab(auditor);
    const api = withManifest(t);
    api.storage = { local: { get: async (k: string[]) => (t.reads.push(k), { 'pandu.panel.firstFrames': [stored({ version: '1.9.0' }), stored({ pageId: 'pegawai-form' })] }) } };
    startBootstrap(t.win, api);
    await new Promise((r) => setTimeout(r, 0));
    expect(takePaintedFrame(panelHost()!)).toBeUndefined();
    dropPanelHost();
    delete (globalThis as { __panduPanelState?: unknown }).__panduPanelState;
    const u = await tab(auditor);
    const api2 = withManifest(u);
    api2.storage = { local: { get: async () => ({ 'pandu.panel.firstFrames': [stored()] }) } };
    startBootstrap(u.win, api2);
    await vi.waitFor(() => expect(takePaintedFrame(panelHost()!)?.wrapper.textContent).toBe('Langkah 3'));
  });

  it('a first frame whose panel never comes is taken away (no dead panel left on the page), the page’s space given back', async () => {
    const t = await tab(auditor);
    leaveHandedFrames({ state: { collapsed: false, lang: 'id', width: null }, frames: [stored()] });
    startBootstrap(t.win, withManifest(t), [10, 20]);
    const painted = () => (globalThis as { __panduPaintedFrame?: { wrapper: HTMLElement } }).__panduPaintedFrame;
    expect(painted()?.wrapper.textContent).toBe('Langkah 3');
    // A 1024 px window: the panel floats over the page, which can scroll past it (the spacer).
    expect(t.win.document.querySelector('pandu-dock-space')).not.toBeNull();
    await vi.waitFor(() => expect(painted()?.wrapper.childNodes.length).toBe(0), { timeout: 2000 });
    expect(t.win.document.querySelector('pandu-dock-space')).toBeNull();
    expect(t.win.document.documentElement.hasAttribute('data-pandu-docked')).toBe(false);
    // The panel, should it come after all, still takes the (empty) frame on its host.
    expect(takePaintedFrame(panelHost()!)).toBeDefined();
  });

  it('injected again at a new address before the panel mounted: the frame already painted is kept, the new boot message still goes out', async () => {
    const t = await tab(auditor);
    const api = withManifest(t);
    const state = { collapsed: false, lang: 'id' as const, width: null };
    leaveHandedFrames({ state, frames: [stored()] });
    startBootstrap(t.win, api);
    await vi.waitFor(() => expect(t.sent).toHaveLength(1));
    // The same form at another address (its DOM recognised again as the auditor form).
    t.win.history.pushState(null, '', '/eproc4/admin/auditor/baru?ulang=1');
    leaveHandedFrames({ state, frames: [stored()] });
    expect(() => startBootstrap(t.win, api)).not.toThrow();
    await vi.waitFor(() => expect(t.sent).toHaveLength(2));
    expect(t.sent[1]).toMatchObject({ channel: 'pandu-boot', pageId: 'auditor-form', url: `${auditor}?ulang=1` });
  });

  it('a panel that mounted before the stored frame was read is left alone', async () => {
    const t = await tab(auditor);
    const api = withManifest(t);
    api.storage = { local: { get: async () => ({ 'pandu.panel.firstFrames': [stored()] }) } };
    startBootstrap(t.win, api);
    (t.win as unknown as { __panduPanelMounted?: boolean }).__panduPanelMounted = true;
    await new Promise((r) => setTimeout(r, 0));
    expect(takePaintedFrame(panelHost()!)).toBeUndefined();
  });

  it('injected again into the same document: nothing new unless the address changed', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api);
    startBootstrap(t.win, t.api);
    expect(t.sent).toHaveLength(1);
    t.win.history.pushState(null, '', '/eproc4/admin/verifikator');
    startBootstrap(t.win, t.api);
    expect(t.sent).toHaveLength(2);
    expect(t.sent[1]).toMatchObject({ url: 'http://127.0.0.1:8080/eproc4/admin/verifikator' });
  });

  it('an in-page navigation (hashchange) recognises again, listened for once', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api);
    t.win.history.pushState(null, '', '#x');
    startBootstrap(t.win, t.api);
    t.win.dispatchEvent(new (t.win as unknown as typeof globalThis).HashChangeEvent('hashchange'));
    expect(t.sent).toHaveLength(3);
  });

  it('a recognised page whose panel does not mount asks the background again, a bounded number of times', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api, [20, 40]);
    expect(t.sent).toHaveLength(1);
    await vi.waitFor(() => expect(t.sent).toHaveLength(3));
    expect(t.sent[2]).toMatchObject({ channel: 'pandu-boot', pageId: 'auditor-form', url: auditor });
    await new Promise((r) => setTimeout(r, 80));
    expect(t.sent).toHaveLength(3);
  });

  it('once the panel has mounted, the bootstrap asks no more', async () => {
    const t = await tab(auditor);
    startBootstrap(t.win, t.api, [20, 40]);
    (t.win as unknown as { __panduPanelMounted?: boolean }).__panduPanelMounted = true;
    await new Promise((r) => setTimeout(r, 80));
    expect(t.sent).toHaveLength(1);
  });

  it('a page that is not SPSE: no message, no storage read', async () => {
    const t = await tab('https://www.kemenkeu.go.id/berita', '<html><body><h1>Berita</h1></body></html>');
    startBootstrap(t.win, t.api, [10]);
    await new Promise((r) => setTimeout(r, 40));
    expect(t.sent).toEqual([]);
    expect(t.asked).toEqual([]);
    expect(t.reads).toEqual([]);
  });
});

describe('the bootstrap bundle', () => {
  it('reaches no React, no zod and no polyfill (route table as compiled data)', () => {
    const { files, packages } = importGraph('entrypoints/bootstrap.ts');
    expect([...packages].sort()).toEqual(['wxt/utils/define-unlisted-script']);
    expect(files.map((f) => f.replace(resolve('.') + '/', ''))).toContain('lib/spse/recognition-table.ts');
    expect(files.some((f) => f.endsWith('lib/spse/routes.ts'))).toBe(false);
  });
});

describe('the panel bundle (injected on recognised pages)', () => {
  it('never loads or validates the SOP catalog or the route table: the background did, once', () => {
    const files = importGraph('entrypoints/panel.tsx').files.map((f) => f.replace(resolve('.') + '/', ''));
    expect(files).toContain('components/panel/mount.tsx');
    expect(files.filter((f) => /^lib\/sop\/catalog|^lib\/spse\/compile\.ts|^lib\/messaging\/contract\.ts|^lib\/log\/schema\.ts/.test(f))).toEqual([]);
  });

  it('reaches no zod: nothing is validated at page load (the background validates every message)', () => {
    const { packages } = importGraph('entrypoints/panel.tsx');
    expect(packages.has('zod')).toBe(false);
    expect([...packages].sort()).toEqual(['date-holidays', 'react', 'react-dom/client', 'wxt/browser', 'wxt/utils/content-script-context', 'wxt/utils/define-unlisted-script']);
  });
});
