import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bootMatchFor, recordBootVerdict, type BootVerdictGlobals } from '../../../lib/extension/boot-verdict';
import { startBootstrap } from '../../../lib/extension/bootstrap';
import { isBootMessage } from '../../../lib/extension/boot-messages';
import { dropPanelHost } from '../../../lib/extension/panel-host';
import { renderSandboxPage } from '../../../sandbox/pages';

/** Issue 14: the bootstrap leaves its verdict for the panel's first paint, for this very address only. */
describe('the bootstrap’s verdict for the panel', () => {
  const href = 'https://lpse.x.go.id/eproc4/admin/auditor/baru';
  const match = { pageId: 'auditor-create', confidence: 0.9, role: 'admin-ppe' };

  it('read back only for the address it was made at, as a copy', () => {
    const g: BootVerdictGlobals = {};
    expect(bootMatchFor(g, href)).toBeNull();
    recordBootVerdict(g, href, true, match);
    const got = bootMatchFor(g, href);
    expect(got).toEqual(match);
    expect(got).not.toBe(g.__panduBootVerdict?.match);
    expect(bootMatchFor(g, href + '?other')).toBeNull();
    recordBootVerdict(g, href, false);
    expect(bootMatchFor(g, href)).toBeNull();
  });

  async function loadedTab(url: string, html: string) {
    const win = new JSDOM(html, { url }).window as unknown as Window;
    if (win.document.readyState !== 'complete') await new Promise((r) => win.addEventListener('load', r, { once: true }));
    const sent: unknown[] = [];
    const api = { runtime: { sendMessage: async (m: unknown) => void sent.push(m) }, storage: { local: { get: async () => ({}) } } };
    return { win, api, boots: () => sent.filter(isBootMessage) };
  }

  it('a recognised page: the verdict names the page and the boot message asks for the panel', async () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    const t = await loadedTab(url, renderSandboxPage(url).html);
    startBootstrap(t.win, t.api);
    const verdict = (t.win as unknown as BootVerdictGlobals).__panduBootVerdict;
    expect(verdict).toMatchObject({ href: url, known: true });
    expect(bootMatchFor(t.win as unknown as BootVerdictGlobals, url)?.pageId).toBe(verdict?.match?.pageId);
    await expect.poll(() => t.boots()).toMatchObject([{ pageId: verdict?.match?.pageId, url }]);
    dropPanelHost();
  });

  it('an SPSE page it does not recognise: known false, the boot message still goes (taught pages, the report)', async () => {
    const url = 'http://127.0.0.1:8080/eproc4/admin/auditor/baru';
    // An SPSE maintenance page at the form's address: SPSE by its footer, no page of the route table.
    const html = '<html><head><title>Perbaikan</title></head><body><p>Halaman dalam perbaikan</p><div id="footer">Aplikasi SPSE v4.5u20250321 - LKPP</div></body></html>';
    const t = await loadedTab(url, html);
    startBootstrap(t.win, t.api);
    expect((t.win as unknown as BootVerdictGlobals).__panduBootVerdict).toMatchObject({ href: url, known: false });
    expect(t.boots()).toMatchObject([{ pageId: 'unknown', url }]);
    dropPanelHost();
  });
});
