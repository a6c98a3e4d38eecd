import { describe, expect, it } from 'vitest';
import { useSandboxBrowser, screenshotPath, PANEL_HOST, launchBrowser } from './harness';
import { panelAttr, panelClick, panelCommand, panelCount, panelWaitFor, waitForPanel } from './panel-driver';

const env = useSandboxBrowser();

const PAGES: { path: string; pageId: string }[] = [
  { path: '/eproc4/admin/auditor/baru', pageId: 'auditor-form' },
  { path: '/eproc4/admin/verifikator', pageId: 'verifikator-list' },
  { path: '/eproc4/pegawai/baru', pageId: 'pegawai-form' },
  { path: '/lkpp/admin/auditor/baru', pageId: 'auditor-form' },
  { path: '/lkpp/admin/helpdesk', pageId: 'helpdesk-list' },
  { path: '/lkpp/rekanan/verifikasi', pageId: 'penyedia-verification-list' },
  { path: '/akun/verifikasi-akses', pageId: 'role-access-approval' },
];

describe('the panel is injected in its closed shadow root (both layouts)', () => {
  for (const { path, pageId } of PAGES) {
    it(`${path} → ${pageId}`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.sandbox.url + path);
      await waitForPanel(page);
      await expect(panelCount(page, '[data-testid="pandu-panel"]')).resolves.toBe(1);
      // The host is in the page, its root is closed: nothing of the panel is reachable from the page.
      const fromPage = await page.evaluate((host) => {
        const el = document.querySelector(host);
        return { host: !!el, shadowRoot: el ? el.shadowRoot : 'no host', inDom: !!document.querySelector('[data-testid="pandu-panel"]') };
      }, PANEL_HOST);
      expect(fromPage).toEqual({ host: true, shadowRoot: null, inDom: false });
      await expect(panelAttr(page, '[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe(pageId);
      await page.screenshot({ path: screenshotPath(`foundation${path.replaceAll('/', '_')}`) });
      await page.close();
    });
  }

  it('shows nothing on a page that is not SPSE', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/');
    await page.waitForTimeout(1500);
    await expect(page.locator(PANEL_HOST).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('SPSE keeps working with the extension present', () => {
  it('the page’s own form still submits and the server receives the values', async () => {
    env.sandbox.reset();
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/verifikator/baru');
    await waitForPanel(page);
    await page.fill('[name="pegawai.peg_namauser"]', 'verif.baru');
    await page.fill('[name="pegawai.peg_nama"]', 'Rahmat Hidayat, S.Kom.');
    await page.fill('[name="pegawai.peg_nip"]', '199002022015031004');
    await page.fill('[name="pegawai.peg_email"]', 'rahmat@contoh.go.id');
    await page.fill('[name="pegawai.passw"]', 'Rahasia#2026');
    await page.fill('[name="pegawai.passw_konfirmasi"]', 'Rahasia#2026');
    await Promise.all([page.waitForNavigation(), page.click('button[name="simpan"]')]);
    await expect(page.evaluate(() => document.body.innerText)).resolves.toMatch(/berhasil/i);
    const got = env.sandbox.submissions.find((s) => s.fields['pegawai.peg_namauser'] === 'verif.baru');
    expect(got?.fields['pegawai.peg_nama']).toBe('Rahmat Hidayat, S.Kom.');
    expect(got?.fields['authenticityToken']).toBeTruthy();
    await page.close();
  });
});

describe('panel behaviour', () => {
  it('collapses to a tab and remembers it across reloads', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/auditor');
    await waitForPanel(page);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('340px');
    await panelClick(page, '[data-testid="pandu-panel"] header button');
    await panelWaitFor(page, '[data-testid="pandu-tab"]');
    const marginClosed = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(marginClosed).toBe('0px');
    await page.reload();
    await panelWaitFor(page, '[data-testid="pandu-tab"]', { timeout: 10_000 });
    await expect(panelCount(page, '[data-testid="pandu-panel"]')).resolves.toBe(0);
    await panelClick(page, '[data-testid="pandu-tab"]');
    await panelWaitFor(page, '[data-testid="pandu-panel"]');
    await page.close();
  });

  it('the show/hide command reaches the panel and moves the focus into it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/helpdesk');
    await waitForPanel(page);
    // What the background does on the `toggle-panel` command (Alt+Shift+P) and the toolbar button.
    await page.bringToFront();
    await expect(panelCommand(page)).resolves.toBe('toggled');
    await panelWaitFor(page, '[data-testid="pandu-tab"]');
    await expect(panelCommand(page)).resolves.toBe('toggled');
    await panelWaitFor(page, '[data-testid="pandu-panel"]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('pandu-panel');
    await page.close();
  });

  it('on a page without an automatic panel, the command injects the panel and opens it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/satker');
    await page.waitForTimeout(800);
    await expect(page.locator(PANEL_HOST).count()).resolves.toBe(1); // the bootstrap's empty host
    await expect(panelCount(page, '[data-testid="pandu-panel"]')).resolves.toBe(0);
    await page.bringToFront();
    await expect(panelCommand(page)).resolves.toBe('opened');
    await panelWaitFor(page, '[data-testid="pandu-panel"]');
    await expect(panelAttr(page, '[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe('unknown');
    await expect(panelCommand(page)).resolves.toBe('toggled');
    await panelWaitFor(page, '[data-testid="pandu-tab"]');
    await page.close();
  });

  it('the background answers a typed ping', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('options.html'));
    const reply = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ channel: 'pandu', type: 'ping', payload: {} }));
    expect(reply).toMatchObject({ ok: true, data: { pong: true } });
    const bad = await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ channel: 'pandu', type: 'ping', payload: { x: 1 } }));
    expect(bad).toMatchObject({ ok: false });
    await page.close();
  });
});

describe('control: without the extension', () => {
  it('no panel is injected (so the tests above can fail)', async () => {
    const plain = await launchBrowser({ extension: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(env.sandbox.url + '/eproc4/admin/auditor/baru');
      await page.waitForTimeout(1000);
      await expect(page.locator(PANEL_HOST).count()).resolves.toBe(0);
    } finally {
      await plain.close();
    }
  });
});
