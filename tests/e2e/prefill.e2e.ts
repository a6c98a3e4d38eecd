import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSandboxBrowser, screenshotPath } from './harness';
import { panelClick, panelCount, panelFill, panelSetFiles, panelText, panelValue, panelWaitFor, waitForPanel } from './panel-driver';

const env = useSandboxBrowser();

const letter = (name: string) => readFileSync(`tests/fixtures/letters/${name}.txt`, 'utf8');

/** Paste the letter into the panel, review it, open the case with the suggested SOP. */
async function openCaseFromLetter(page: Page, text: string, sopId: string) {
  await panelClick(page, '[data-testid="pandu-new-case"]');
  const intake = '[data-testid="pandu-letter-intake"]';
  await panelFill(page, `${intake} textarea`, text);
  await panelClick(page, { sel: `${intake} button`, hasText: 'Baca surat' });
  await panelWaitFor(page, '[data-testid="pandu-letter-review"]');
  await panelClick(page, '[data-testid="pandu-letter-confirm"]');
  await expect(panelValue(page, '#pandu-case-sop')).resolves.toBe(sopId);
  await panelClick(page, '[data-testid="pandu-open-case"]');
  await panelWaitFor(page, '[data-testid="pandu-fill-preview"]', { timeout: 10_000 });
}

describe('pre-fill from the request letter', () => {
  it('auditor form: review, fill, submit with SPSE’s own button; exact values arrive, password untouched', async () => {
    env.sandbox.reset();
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/auditor/baru');
    await waitForPanel(page);
    await openCaseFromLetter(page, letter('01-inspektorat-kv'), 'belitung-49-registrasi-user-id-auditor');

    const preview = '[data-testid="pandu-fill-preview"]';
    await expect(panelText(page, `${preview} [data-testid="pandu-fill-row"][data-attribute="nip"]`)).resolves.toContain('198001012005011001');
    await expect(panelCount(page, `${preview} [data-testid="pandu-fill-row"][data-attribute="password"]`)).resolves.toBe(0);
    await panelClick(page, `${preview} [data-testid="pandu-fill-button"]`);
    await expect.poll(() => page.inputValue('[name="pegawai.peg_nama"]')).toBe('Dr. Budi Santoso, S.E., M.Si.');
    const userId = await page.inputValue('[name="pegawai.peg_namauser"]');
    expect(userId).toMatch(/^[a-z0-9._]{3,30}$/);
    // the page's own scripts saw the input/change events
    await expect(page.locator('[name="pegawai.passw"]').inputValue()).resolves.toBe('');
    await page.screenshot({ path: screenshotPath('prefill-auditor-filled') });

    // What the letter does not hold, the user types; then SPSE's own Simpan button.
    await page.fill('[name="auditor.aud_instansi"]', 'Inspektorat Daerah Kabupaten Belitung');
    await page.fill('[name="auditor.aud_no_surat_tugas"]', '700/031/ST/INSP/2026');
    await page.fill('[name="pegawai.peg_masa_berlaku"]', '31-12-2026');
    await page.locator('[name="pegawai.peg_masa_berlaku"]').press('Tab'); // closes the date picker
    await Promise.all([page.waitForNavigation(), page.click('button[name="simpan"]')]);
    const got = env.sandbox.submissions.find((s) => s.fields['pegawai.peg_namauser'] === userId);
    expect(got, 'the sandbox server received the form').toBeTruthy();
    expect(got!.fields).toMatchObject({
      'pegawai.peg_nama': 'Dr. Budi Santoso, S.E., M.Si.',
      'pegawai.peg_nip': '198001012005011001',
      'pegawai.peg_email': 'budi.santoso@belitungkab.go.id',
      'pegawai.peg_mobile': '081277881234',
      'pegawai.peg_jabatan': 'Ketua Tim',
      'auditor.aud_instansi': 'Inspektorat Daerah Kabupaten Belitung',
      'pegawai.passw': '',
      'pegawai.passw_konfirmasi': '',
    });
    expect(got!.fields.authenticityToken).toBeTruthy();
    await page.close();
  });

  it('pegawai form: pick the second PPK of the letter, fill, submit; exact values arrive', async () => {
    env.sandbox.reset();
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/pegawai/baru');
    await waitForPanel(page);
    await openCaseFromLetter(page, letter('03-dpupr-ppk-tab'), 'oganilir-04-user-id-ppk');
    const preview = '[data-testid="pandu-fill-preview"]';
    await panelClick(page, { sel: `${preview} [data-testid="pandu-person-picker"] label`, hasText: 'Lestari Handayani, S.T.' });
    await expect.poll(() => panelText(page, `${preview} [data-testid="pandu-fill-row"][data-attribute="name"]`)).toContain('Lestari Handayani, S.T.');
    await panelClick(page, `${preview} [data-testid="pandu-fill-button"]`);
    await expect.poll(() => page.inputValue('[name="pegawai.peg_nama"]')).toBe('Lestari Handayani, S.T.');
    const userId = await page.inputValue('[name="pegawai.peg_namauser"]');
    await page.check('input[name="usergroup"][value="PPK"]');
    await Promise.all([page.waitForNavigation(), page.click('button[name="simpan"]')]);
    const got = env.sandbox.submissions.find((s) => s.fields['pegawai.peg_namauser'] === userId);
    expect(got).toBeTruthy();
    expect(got!.fields).toMatchObject({
      'pegawai.peg_nama': 'Lestari Handayani, S.T.',
      'pegawai.peg_nip': '198606062010122003',
      'pegawai.peg_email': 'lestari.handayani86@yahoo.co.id',
      'pegawai.peg_mobile': '081379002211',
      'pegawai.peg_jabatan': 'PPK Bidang Cipta Karya',
      usergroup: 'PPK',
    });
    await page.close();
  });
});

describe('dropping a letter file into the panel', () => {
  for (const file of ['letter.docx', 'letter.pdf']) {
    it(`reads ${file} (through the background) into the review`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.sandbox.url + '/eproc4/admin/auditor/baru');
      await waitForPanel(page);
      await panelClick(page, '[data-testid="pandu-new-case"]');
      await panelSetFiles(page, '[data-testid="pandu-letter-intake"] input[type="file"]', `tests/fixtures/letters/files/${file}`);
      await panelWaitFor(page, '[data-testid="pandu-letter-review"]', { timeout: 15_000 });
      await expect(panelCount(page, '[data-testid="pandu-letter-review"] [data-testid="pandu-letter-person"]')).resolves.toBeGreaterThan(0);
      await page.close();
    });
  }

  it('a scanned PDF gets a clear message', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/admin/auditor/baru');
    await waitForPanel(page);
    await panelClick(page, '[data-testid="pandu-new-case"]');
    await panelSetFiles(page, '[data-testid="pandu-letter-intake"] input[type="file"]', 'tests/fixtures/letters/files/scanned.pdf');
    await expect.poll(() => panelText(page, '[data-testid="pandu-letter-intake"]'), { timeout: 15_000 }).toMatch(/pindaian/);
    await page.close();
  });
});
