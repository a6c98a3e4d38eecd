import { describe, expect, it } from 'vitest';
import { documentOf, panelOf, useE2E, WAIT_MS } from '../driver';

const env = useE2E();

describe(`[${env.name}] Ajari halaman ini (teach this page)`, () => {
  it('teaches an unknown SPSE page; after reload the panel recognises it and its fields', async () => {
    const page = await env.browser.newPage(env.sandbox.url + '/eproc4/admin/satker');
    const panel = panelOf(env.browser, page);
    const doc = documentOf(page);
    // An unknown SPSE page gets no panel by itself: the user opens it (Alt+Shift+P / toolbar).
    await page.waitUntil(`document.querySelectorAll('pandu-panel').length === 1`); // the bootstrap has run
    await expect(env.browser.panelCommand(page)).resolves.toBe('opened');
    await panel.waitFor('[data-testid="pandu-panel"]');
    const badge = '[data-testid="pandu-page"]';
    await expect(panel.attr(badge, 'data-page-id')).resolves.toBe('unknown');
    await expect(panel.text(badge)).resolves.toBe('Halaman belum dikenali');

    await panel.click('[data-testid="pandu-teach"]');
    const form = '[data-testid="pandu-teach-form"]';
    await panel.select(`${form} #pandu-teach-page`, 'admin-agency-form');

    const pick = async (attribute: string, inputName: string) => {
      const attr = `${form} [data-testid="pandu-teach-attr"][data-attribute="${attribute}"]`;
      await panel.click(`${attr} button`);
      await doc.click(`[name="${inputName}"]`);
      await panel.until(() => panel.text(`${attr} code`), (t) => !!t?.includes(inputName), WAIT_MS, `${attribute} picked`);
    };
    await pick('name', 'satker.stk_nama');
    await pick('address', 'satker.stk_alamat');
    await pick('phone', 'satker.stk_telepon');
    await panel.click(`${form} [data-testid="pandu-teach-save"]`);
    await panel.until(() => panel.attr(badge, 'data-page-id'), (v) => v === 'admin-agency-form');

    await page.reload();
    await panel.waitForPanel();
    await panel.until(() => panel.attr(badge, 'data-page-id'), (v) => v === 'admin-agency-form');
    await page.screenshot('teach-after-reload');

    // The taught profile is stored in the extension's log and can be exported.
    const host = new URL(env.sandbox.url).host;
    const { profiles } = await env.browser.send('profile.list', { host });
    const data = profiles[0].data;
    expect(data.pageId).toBe('admin-agency-form');
    expect(data.urlPattern).toBe('/admin/satker');
    expect(Object.keys(data.fields).sort()).toEqual(['address', 'name', 'phone']);
    await page.close();
  });
});
