import { describe, expect, it } from 'vitest';
import { useSandboxBrowser, screenshotPath } from './harness';
import { panelAttr, panelClick, panelCommand, panelSelect, panelText, waitForPanel } from './panel-driver';

const env = useSandboxBrowser();

describe('Ajari halaman ini (teach this page)', () => {
  it('teaches an unknown SPSE page; after reload the panel recognises it and its fields', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/satker');
    // An unknown SPSE page gets no panel by itself: the user opens it (Alt+Shift+P / toolbar).
    await page.bringToFront();
    await expect(panelCommand(page)).resolves.toBe('opened');
    await waitForPanel(page);
    const badge = '[data-testid="pandu-page"]';
    await expect(panelAttr(page, badge, 'data-page-id')).resolves.toBe('unknown');
    await expect(panelText(page, badge)).resolves.toBe('Halaman belum dikenali');

    await panelClick(page, '[data-testid="pandu-teach"]');
    const form = '[data-testid="pandu-teach-form"]';
    await panelSelect(page, `${form} #pandu-teach-page`, 'admin-agency-form');

    const pick = async (attribute: string, inputName: string) => {
      await panelClick(page, `${form} [data-testid="pandu-teach-attr"][data-attribute="${attribute}"] button`);
      await page.locator(`[name="${inputName}"]`).click();
      await expect.poll(() => panelText(page, `${form} [data-testid="pandu-teach-attr"][data-attribute="${attribute}"] code`)).toContain(inputName);
    };
    await pick('name', 'satker.stk_nama');
    await pick('address', 'satker.stk_alamat');
    await pick('phone', 'satker.stk_telepon');
    await panelClick(page, `${form} [data-testid="pandu-teach-save"]`);
    await expect.poll(() => panelAttr(page, badge, 'data-page-id'), { timeout: 10_000 }).toBe('admin-agency-form');

    // A taught page gets the panel by itself after a reload.
    await page.reload();
    await waitForPanel(page);
    await expect.poll(() => panelAttr(page, badge, 'data-page-id'), { timeout: 10_000 }).toBe('admin-agency-form');
    await page.screenshot({ path: screenshotPath('teach-after-reload') });

    // The taught profile is stored in the extension's log and can be exported.
    const ext = await env.browser.context.newPage();
    await ext.goto(env.browser.extensionUrl('options.html'));
    const host = new URL(env.sandbox.url).host;
    const reply = await ext.evaluate((h) => (globalThis as any).chrome.runtime.sendMessage({ channel: 'pandu', type: 'profile.list', payload: { host: h } }), host);
    expect(reply.ok).toBe(true);
    const data = reply.data.profiles[0].data;
    expect(data.pageId).toBe('admin-agency-form');
    expect(data.urlPattern).toBe('/admin/satker');
    expect(Object.keys(data.fields).sort()).toEqual(['address', 'name', 'phone']);
    await ext.close();
    await page.close();
  });
});
