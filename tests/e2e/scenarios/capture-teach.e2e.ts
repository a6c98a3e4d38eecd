import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { SATKER } from '../../../sandbox/data';
import { documentOf, panelOf, useE2E, WAIT_MS } from '../driver';

/**
 * Issue 15: a field capture made in the panel becomes a page the sandbox serves; the Satuan Kerja
 * page (unknown to Pandu) is taught under a name of its own, linked to its SOP step, with its
 * satker inputs mapped; after a reload the panel recognises it by that name and shows the step.
 */
const env = useE2E();
const SOP_ID = 'oganilir-04-user-id-ppk';
const badge = '[data-testid="pandu-page"]';

let capturesDir = '';
let served: Sandbox | null = null;
beforeAll(async () => {
  capturesDir = mkdtempSync(join(tmpdir(), 'pandu-captures-'));
  served = await startSandbox({ port: 0, capturesDir });
});
afterAll(async () => {
  await served?.close();
  if (capturesDir) rmSync(capturesDir, { recursive: true, force: true });
});

describe(`[${env.name}] Kirim contoh halaman → served back → Ajari halaman ini`, () => {
  it('captures the satker page from the panel, serves the capture, teaches it as "Satuan Kerja" and recognises it after reload', async () => {
    // 1. The panel on the sandbox's Satuan Kerja page (unknown: opened by the user's command).
    const page = await env.browser.newPage(env.sandbox.url + '/eproc4/admin/satker');
    const panel = panelOf(env.browser, page);
    await page.waitUntil(`document.querySelectorAll('pandu-panel').length === 1`);
    await expect(env.browser.panelCommand(page)).resolves.toBe('opened');
    await panel.waitFor('[data-testid="pandu-panel"]');
    await panel.until(() => panel.attr(badge, 'data-page-id'), (v) => v === 'unknown', WAIT_MS, 'the page unknown');

    // 2. "Kirim contoh halaman": the preview (text, never the page's markup rendered), then the file.
    await panel.click('[data-testid="pandu-sample-open"]');
    await panel.until(() => panel.text('[data-testid="pandu-sample-inputs"]'), (t) => !!t?.includes('satker.stk_kode · text'), WAIT_MS, 'the sample preview');
    const preview = (await panel.text('[data-testid="pandu-sample"]')) ?? '';
    for (const s of SATKER) expect(preview, s.nama).not.toContain(s.nama);
    await expect(panel.count('[data-testid="pandu-sample"] input[name], [data-testid="pandu-sample"] table')).resolves.toBe(0);
    const file = await page.download(() => panel.click('[data-testid="pandu-sample-save"]'));
    expect(file.name).toMatch(/^contoh-halaman-unknown-\d{8}-\d{4}\.html$/);
    const html = readFileSync(file.path, 'utf8');
    expect(html).toContain('<meta name="pandu-capture" content="pandu-page-capture-1">');
    expect(html).toContain('name="satker.stk_kode"');
    for (const s of SATKER) expect(html, s.nama).not.toContain(s.nama);
    expect(html).not.toContain('<pandu-panel');
    await panel.until(() => panel.text('[data-testid="pandu-sample-saved"]'), (t) => !!t?.includes(file.name), WAIT_MS, 'the saved notice');
    await page.close();

    // 3. The capture dropped into the sandbox's captures folder is served at its own URL.
    copyFileSync(file.path, join(capturesDir, 'lapangan-satker.html'));
    const url = `${served!.url}/eproc4/admin/satker?capture=lapangan-satker.html`;
    const captured = await env.browser.newPage(url);
    const cpanel = panelOf(env.browser, captured);
    await captured.waitUntil(`document.querySelector('meta[name="pandu-capture"]') !== null && document.querySelectorAll('pandu-panel').length === 1`);
    await expect(env.browser.panelCommand(captured)).resolves.toBe('opened');
    await cpanel.waitFor('[data-testid="pandu-panel"]');
    await cpanel.until(() => cpanel.attr(badge, 'data-page-id'), (v) => v === 'unknown', WAIT_MS, 'the capture unknown');

    // 4. Teach it: a new page named "Satuan Kerja", SOP step 4 of the PPK SOP, satker code and name mapped.
    await cpanel.click('[data-testid="pandu-teach"]');
    const form = '[data-testid="pandu-teach-form"]';
    await cpanel.until(() => cpanel.value(`${form} #pandu-teach-page`), (v) => v === 'new', WAIT_MS, 'a new page offered');
    await cpanel.type(`${form} #pandu-teach-name`, 'Satuan Kerja');
    await cpanel.until(() => cpanel.text('[data-testid="pandu-teach-id"]'), (t) => t === 'Disimpan sebagai taught:satuan-kerja', WAIT_MS, 'the taught id');
    await cpanel.select(`${form} #pandu-teach-sop`, SOP_ID);
    await cpanel.waitFor(`${form} #pandu-teach-step`);
    await cpanel.select(`${form} #pandu-teach-step`, '4');
    const doc = documentOf(captured);
    const pick = async (attribute: string, inputName: string) => {
      const row = `${form} [data-testid="pandu-teach-attr"][data-attribute="${attribute}"]`;
      await cpanel.click(`${row} button`);
      await cpanel.until(() => cpanel.count(`${row} em`), (n) => n === 1, WAIT_MS, `${attribute} picking`);
      await doc.click(`[name="${inputName}"]`);
      await cpanel.until(() => cpanel.text(`${row} code`), (t) => !!t?.includes(inputName), WAIT_MS, `${attribute} picked`);
    };
    // By keyboard: Enter on "Pilih kolom", then Enter on the focused SPSE input (no form submitted).
    const codeRow = `${form} [data-testid="pandu-teach-attr"][data-attribute="satkerCode"]`;
    await cpanel.focus(`${codeRow} button`);
    await captured.pressKey('Enter');
    await cpanel.until(() => cpanel.count(`${codeRow} em`), (n) => n === 1, WAIT_MS, 'satkerCode picking');
    await doc.focus('[name="satker.stk_kode"]');
    await captured.pressKey('Enter');
    await cpanel.until(() => cpanel.text(`${codeRow} code`), (t) => !!t?.includes('satker.stk_kode'), WAIT_MS, 'satkerCode picked by keyboard');
    await expect(captured.url()).resolves.toBe(url);
    // By mouse.
    await pick('satker', 'satker.stk_nama');
    await cpanel.click(`${form} [data-testid="pandu-teach-save"]`);
    await cpanel.until(() => cpanel.attr(badge, 'data-page-id'), (v) => v === 'taught:satuan-kerja', WAIT_MS, 'recognised after teaching');

    // 5. After a reload: recognised by its taught name, with its SOP step on show.
    await captured.reload();
    await cpanel.waitForPanel();
    await cpanel.until(() => cpanel.attr(badge, 'data-page-id'), (v) => v === 'taught:satuan-kerja', WAIT_MS, 'recognised after reload');
    await expect(cpanel.text(badge)).resolves.toMatch(/^Halaman dikenali: Satuan Kerja/);
    await cpanel.until(() => cpanel.attr('[data-testid="pandu-step"]', 'data-step-no'), (n) => n === '4', WAIT_MS, 'the linked step shown');
    await captured.screenshot('capture-teach-after-reload');

    // The taught profile is stored (and exported) with its name, step and fields.
    const { profiles } = await env.browser.send('profile.list', { host: new URL(served!.url).host });
    expect(profiles[0].data).toMatchObject({
      pageId: 'taught:satuan-kerja',
      title: 'Satuan Kerja',
      steps: [{ sopId: SOP_ID, stepNo: 4 }],
      urlPattern: '/admin/satker',
      fields: { satkerCode: 'input[name="satker.stk_kode"]', satker: 'input[name="satker.stk_nama"]' },
    });
    await captured.close();
  });
});
