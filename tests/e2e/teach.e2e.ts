import { describe, expect, it } from 'vitest';
import { useSandboxBrowser, waitForPanel, screenshotPath } from './harness';

const env = useSandboxBrowser();

describe('Ajari halaman ini (teach this page)', () => {
  it('teaches an unknown SPSE page; after reload the panel recognises it and its fields', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/satker');
    await waitForPanel(page);
    const pageBadge = page.locator('[data-testid="pandu-page"]');
    await expect(pageBadge.getAttribute('data-page-id')).resolves.toBe('unknown');
    await expect(pageBadge.innerText()).resolves.toBe('Halaman belum dikenali');

    await page.locator('[data-testid="pandu-teach"]').click();
    const form = page.locator('[data-testid="pandu-teach-form"]');
    await form.locator('#pandu-teach-page').selectOption('admin-agency-form');

    const pick = async (attribute: string, inputName: string) => {
      await form.locator(`[data-testid="pandu-teach-attr"][data-attribute="${attribute}"] button`).click();
      await page.locator(`[name="${inputName}"]`).click();
      await expect(form.locator(`[data-testid="pandu-teach-attr"][data-attribute="${attribute}"] code`).innerText()).resolves.toContain(inputName);
    };
    await pick('name', 'satker.stk_nama');
    await pick('address', 'satker.stk_alamat');
    await pick('phone', 'satker.stk_telepon');
    await form.locator('[data-testid="pandu-teach-save"]').click();
    await expect.poll(() => pageBadge.getAttribute('data-page-id'), { timeout: 10_000 }).toBe('admin-agency-form');

    await page.reload();
    await waitForPanel(page);
    await expect.poll(() => page.locator('[data-testid="pandu-page"]').getAttribute('data-page-id'), { timeout: 10_000 }).toBe('admin-agency-form');
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
