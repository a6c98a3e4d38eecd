import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markPanelAlong, panelComesAlong, panelWanted, recordBootVerdict, type AlongGlobals } from '../../../lib/extension/panel-along';
import { startBootstrap } from '../../../lib/extension/bootstrap';
import { isBootMessage } from '../../../lib/extension/boot-messages';
import { dropPanelHost } from '../../../lib/extension/panel-host';
import { renderSandboxPage } from '../../../sandbox/pages';

/** Issue 14: the panel sent along with the bootstrap shows only where the bootstrap recognised the page. */
describe('the panel sent along with the bootstrap', () => {
  const href = 'https://lpse.x.go.id/eproc4/admin/auditor/baru';

  it('injected on its own (background decided, user’s command): always shown', () => {
    const g: AlongGlobals = {};
    expect(panelWanted(g, href)).toBe(true);
    recordBootVerdict(g, href, false);
    expect(panelWanted(g, href)).toBe(true);
  });

  it('sent along: shown only when the bootstrap just recognised this very address; the flag is taken once', () => {
    const g: AlongGlobals = {};
    markPanelAlong(g);
    expect(panelComesAlong(g)).toBe(true);
    recordBootVerdict(g, href, true);
    expect(panelWanted(g, href)).toBe(true);
    expect(panelComesAlong(g)).toBe(false);

    markPanelAlong(g);
    recordBootVerdict(g, href, false);
    expect(panelWanted(g, href)).toBe(false);

    markPanelAlong(g);
    recordBootVerdict(g, href, true);
    expect(panelWanted(g, href + '?other')).toBe(false);

    markPanelAlong(g);
    expect(panelWanted({ __panduPanelAlong: true }, href)).toBe(false);
  });

  async function loadedTab(url: string, html: string) {
    const win = new JSDOM(html, { url }).window as unknown as Window;
    if (win.document.readyState !== 'complete') await new Promise((r) => win.addEventListener('load', r, { once: true }));
    const sent: unknown[] = [];
    const api = { runtime: { sendMessage: async (m: unknown) => void sent.push(m) }, storage: { local: { get: async () => ({}) } } };
    return { win, api, boots: () => sent.filter(isBootMessage) };
  }

  it('the bootstrap before a panel that comes along: no boot message on a recognised page, its verdict left for the panel', async () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    const t = await loadedTab(url, renderSandboxPage(url).html);
    markPanelAlong(t.win as unknown as AlongGlobals);
    startBootstrap(t.win, t.api);
    expect(t.boots()).toEqual([]);
    expect(panelWanted(t.win as unknown as AlongGlobals, url)).toBe(true);
    dropPanelHost();
  });

  it('…and on an SPSE page it does not recognise: the boot message still goes (taught pages, the report), the panel stays away', async () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    // An SPSE maintenance page at the form's address: SPSE by its footer, no page of the route table.
    const html = '<html><head><title>Perbaikan</title></head><body><p>Halaman dalam perbaikan</p><div id="footer">Aplikasi SPSE v4.5u20250321 - LKPP</div></body></html>';
    const t = await loadedTab(url, html);
    markPanelAlong(t.win as unknown as AlongGlobals);
    startBootstrap(t.win, t.api);
    expect((t.win as unknown as AlongGlobals).__panduBootVerdict).toMatchObject({ href: url, known: false });
    expect(t.boots()).toMatchObject([{ pageId: 'unknown', url }]);
    expect(panelWanted(t.win as unknown as AlongGlobals, url)).toBe(false);
    dropPanelHost();
  });
});
