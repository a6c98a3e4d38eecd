import { describe, expect, it } from 'vitest';
import { documentOf, panelOf, useE2E } from '../driver';

/** The panel on SPSE pages of every layout, and SPSE still working beside it. */
const env = useE2E();

const PAGES: { path: string; pageId: string; layout: string }[] = [
  { path: '/eproc4/admin/auditor/baru', pageId: 'auditor-form', layout: 'local' },
  { path: '/eproc4/admin/verifikator', pageId: 'verifikator-list', layout: 'local' },
  { path: '/eproc4/pegawai/baru', pageId: 'pegawai-form', layout: 'local' },
  { path: '/lkpp/admin/auditor/baru', pageId: 'auditor-form', layout: 'national' },
  { path: '/lkpp/admin/helpdesk', pageId: 'helpdesk-list', layout: 'national' },
  { path: '/lkpp/rekanan/verifikasi', pageId: 'penyedia-verification-list', layout: 'national' },
  { path: '/akun/verifikasi-akses', pageId: 'role-access-approval', layout: 'akun' },
];

describe(`[${env.name}] the panel recognises SPSE pages (local, national, akun) in its closed shadow root`, () => {
  for (const { path, pageId, layout } of PAGES) {
    it(`${layout} ${path} → ${pageId}`, async () => {
      const { page, panel } = await env.openSpse(path);
      await panel.waitFor('[data-testid="pandu-panel"]');
      await expect(panel.count('[data-testid="pandu-panel"]')).resolves.toBe(1);
      // The host is in the page, its root is closed: nothing of the panel is reachable from the page.
      const fromPage = await page.evaluate(`(() => { const el = document.querySelector('pandu-panel'); return { host: !!el, shadowRoot: el ? el.shadowRoot : 'no host', inDom: !!document.querySelector('[data-testid="pandu-panel"]') }; })()`);
      expect(fromPage).toEqual({ host: true, shadowRoot: null, inDom: false });
      await expect(panel.attr('[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe(pageId);
      await page.screenshot(`panel${path.replaceAll('/', '_')}`);
      await page.close();
    });
  }

  it('shows nothing on a page that is not SPSE', async () => {
    const page = await env.browser.newPage(env.sandbox.url + '/');
    // the content script runs at document_idle: give it that moment, then look
    await new Promise((r) => setTimeout(r, 1000));
    await expect(panelOf(env.browser, page).present()).resolves.toBe(false);
    await expect(documentOf(page).count('pandu-panel')).resolves.toBe(0);
    await page.close();
  });
});

describe(`[${env.name}] SPSE keeps working with the extension present`, () => {
  it('the page’s own form still submits and the server receives the values', async () => {
    env.sandbox.reset();
    const { page } = await env.openSpse('/eproc4/admin/verifikator/baru');
    const doc = documentOf(page);
    await doc.type('[name="pegawai.peg_namauser"]', 'verif.baru');
    await doc.type('[name="pegawai.peg_nama"]', 'Rahmat Hidayat, S.Kom.');
    await doc.type('[name="pegawai.peg_nip"]', '199002022015031004');
    await doc.type('[name="pegawai.peg_email"]', 'rahmat@contoh.go.id');
    await doc.type('[name="pegawai.passw"]', 'Rahasia#2026');
    await doc.type('[name="pegawai.passw_konfirmasi"]', 'Rahasia#2026');
    await page.waitForLoadAfter(() => doc.click('button[name="simpan"]'));
    await expect(page.evaluate<string>('document.body.innerText')).resolves.toMatch(/berhasil/i);
    const got = env.sandbox.submissions.find((s) => s.fields['pegawai.peg_namauser'] === 'verif.baru');
    expect(got?.fields['pegawai.peg_nama']).toBe('Rahmat Hidayat, S.Kom.');
    expect(got?.fields['authenticityToken']).toBeTruthy();
    await page.close();
  });

  it('the panel collapses to a tab, gives the page its space back, and remembers it across reloads', async () => {
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor');
    const margin = () => page.evaluate<string>('getComputedStyle(document.documentElement).marginRight');
    await panel.until(margin, (m) => m === '380px');
    await panel.click('[data-testid="pandu-panel"] header button');
    await panel.waitFor('[data-testid="pandu-tab"]');
    await panel.until(margin, (m) => m === '0px', undefined, 'the page margin given back');
    await expect(page.evaluate<boolean>(`document.querySelector('pandu-dock-space') === null`)).resolves.toBe(true);
    await page.reload();
    await panel.waitFor('[data-testid="pandu-tab"]');
    await expect(panel.count('[data-testid="pandu-panel"]')).resolves.toBe(0);
    await panel.click('[data-testid="pandu-tab"]');
    await panel.waitFor('[data-testid="pandu-panel"]');
    await page.close();
  });

  it('the show/hide command reaches the panel and moves the focus into it', async () => {
    const { page, panel } = await env.openSpse('/eproc4/admin/helpdesk');
    // Chromium: the `commands.onCommand` event itself is fired in the background, so its real
    // listener runs (the command's name, the active-tab lookup, the message to that tab's panel).
    // Firefox offers no way to fire it from a test (see driver/firefox.ts fireCommand): there the
    // test calls what the listener calls, userTogglesPanel(tab id), through panelCommand.
    const toggle = async () => {
      if (!(await env.browser.fireCommand(page, 'toggle-panel'))) await expect(env.browser.panelCommand(page)).resolves.toBe('toggled');
    };
    if (await env.browser.fireCommand(page, 'some-other-command')) {
      // Another command's name is ignored: the panel stays open (watched for a second).
      const end = Date.now() + 1_000;
      while (Date.now() < end) await expect(panel.count('[data-testid="pandu-tab"]')).resolves.toBe(0);
      await expect(panel.count('[data-testid="pandu-panel"]')).resolves.toBe(1);
    }
    // Open panel, focus on the page: the command moves the focus into the panel (it stays open).
    await page.evaluate(`document.querySelector('input, a[href]').focus()`);
    await toggle();
    await page.waitUntil(`document.activeElement?.tagName.toLowerCase() === 'pandu-panel'`);
    await expect(panel.count('[data-testid="pandu-panel"]')).resolves.toBe(1);
    // Focus in the panel: the command collapses it; again, it opens with the focus inside.
    await toggle();
    await panel.waitFor('[data-testid="pandu-tab"]');
    await page.evaluate(`document.querySelector('input, a[href]').focus()`);
    await toggle();
    await panel.waitFor('[data-testid="pandu-panel"]');
    await page.waitUntil(`document.activeElement?.tagName.toLowerCase() === 'pandu-panel'`);
    await page.close();
  });

  it('on a page without an automatic panel, the command injects the panel and opens it', async () => {
    const page = await env.browser.newPage(env.sandbox.url + '/eproc4/admin/satker');
    const panel = panelOf(env.browser, page);
    await page.waitUntil(`document.querySelectorAll('pandu-panel').length === 1`); // the bootstrap's empty host
    await new Promise((r) => setTimeout(r, 500)); // the bootstrap has decided: no automatic panel
    await expect(panel.count('[data-testid="pandu-panel"]')).resolves.toBe(0);
    await expect(env.browser.panelCommand(page)).resolves.toBe('opened');
    await panel.waitFor('[data-testid="pandu-panel"]');
    await expect(panel.attr('[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe('unknown');
    // Opened by the command: the focus is in the panel (on the letter box: no case on show).
    await page.waitUntil(`document.activeElement?.tagName.toLowerCase() === 'pandu-panel'`);
    await expect(env.browser.panelCommand(page)).resolves.toBe('toggled');
    await panel.waitFor('[data-testid="pandu-tab"]');
    await page.close();
  });

  it('the background answers a typed ping and refuses a malformed one', async () => {
    await expect(env.browser.send('ping', {})).resolves.toMatchObject({ pong: true });
    const bad = await env.browser.inExtension<{ ok: boolean }>(`return api.runtime.sendMessage({ channel: 'pandu', type: 'ping', payload: { x: 1 } });`);
    expect(bad).toMatchObject({ ok: false });
  });
});
