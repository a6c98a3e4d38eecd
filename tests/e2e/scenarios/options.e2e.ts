import { describe, expect, it } from 'vitest';
import { documentOf, panelOf, useE2E, useSandbox } from '../driver';

/** The options page: settings, the SOP library, and an LPSE's own SPSE host added at run time. */
const env = useE2E();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const OTHER_SOP = 'kaltim-registrasi-verifikator-helpdesk-admin-agency';

/** A second SPSE sandbox on another loopback address: not covered by the build's own match patterns. */
const lpse = useSandbox({ host: '127.0.0.2' });

describe(`[${env.name}] options page`, () => {
  it('saves the office settings the background then answers with', async () => {
    const page = await env.browser.newPage(env.browser.extensionUrl('options.html?section=settings'));
    const doc = documentOf(page);
    await doc.type('#set-staffName', 'Siti Aminah');
    await doc.type('#set-officeName', 'UKPBJ Kabupaten Belitung');
    await doc.click({ selector: 'button', hasText: 'Simpan pengaturan' });
    await doc.waitFor({ selector: '[role="status"], p', hasText: 'Pengaturan tersimpan.' });
    const { settings } = await env.browser.send('settings.get', {});
    expect(settings).toMatchObject({ staffName: 'Siti Aminah', officeName: 'UKPBJ Kabupaten Belitung' });
    await page.reload();
    await doc.until(() => doc.value('#set-staffName'), (v) => v === 'Siti Aminah');
    await page.close();
  });

  it('shows one SOP with its lanes and symbols; the keyboard picks another', async () => {
    const page = await env.browser.newPage(env.browser.extensionUrl(`options.html?section=sop&sop=${SOP_ID}`));
    const doc = documentOf(page);
    const viewer = `article.sop-viewer[data-sop-id="${SOP_ID}"]`;
    await doc.waitFor(viewer, 15_000);
    // Six actor lanes, eight step rows, Mulai/Selesai as terminators and the verifier's check as a diamond.
    await expect(doc.count(`${viewer} th.sop-lane-head`)).resolves.toBe(6);
    await expect(doc.count(`${viewer} table.sop-steps tbody tr`)).resolves.toBe(8);
    await expect(doc.count(`${viewer} tr[data-step="1"] svg[data-symbol="terminator"]`)).resolves.toBe(1);
    await expect(doc.count(`${viewer} tr[data-step="3"] svg[data-symbol="decision"]`)).resolves.toBe(1);
    await expect(doc.count(`${viewer} tr[data-step="8"] svg[data-symbol="terminator"]`)).resolves.toBe(1);
    await page.screenshot('options-sop-viewer');
    await page.evaluate(`document.querySelector('.sop-list button[data-sop-id="${OTHER_SOP}"]').focus()`);
    await page.pressKey('Enter');
    await doc.waitFor(`article.sop-viewer[data-sop-id="${OTHER_SOP}"]`);
    await page.close();
  });

  // Headless Chromium leaves the host-permission prompt open (nobody can answer it, no switch accepts it);
  // Firefox grants it (extensions.webextOptionalPermissionPrompts = false). The options-page logic
  // is covered in both by tests/components/options.
  it.skipIf(env.name === 'chromium')('an LPSE host added at run time gets the panel on its SPSE pages', async () => {
    const path = '/lkpp/admin/helpdesk';
    const before = await env.browser.newPage(lpse.url + path);
    await new Promise((r) => setTimeout(r, 1000)); // document_end has passed: nothing may be injected
    await expect(documentOf(before).count('pandu-panel')).resolves.toBe(0); // not even the bootstrap's host
    await before.close();

    const page = await env.browser.newPage(env.browser.extensionUrl('options.html?section=hosts'));
    const doc = documentOf(page);
    await doc.type('#lpse-host-input', 'http://127.0.0.2');
    await doc.click({ selector: 'button[type="submit"]', hasText: 'Tambah' });
    await doc.waitFor({ selector: '[role="status"]', hasText: '*://127.0.0.2/*' });
    await doc.waitFor({ selector: 'li code', hasText: '*://127.0.0.2/*' });
    await page.close();

    const after = await env.browser.newPage(lpse.url + path);
    const panel = panelOf(env.browser, after);
    await panel.waitForPanel();
    await expect(panel.attr('[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe('helpdesk-list');
    await after.close();
  });
});
