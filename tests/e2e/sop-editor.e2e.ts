import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, sendFromPage, useSandboxBrowser } from './harness';
import { panelAttr, panelClick, panelCount, panelSelect, panelText, waitForPanel } from './panel-driver';

/**
 * The SOP editor in the built extension: a seed SOP edited into a new version (a mutu baku changed,
 * a step added), a case opened on that version, the panel and the report using it; a draft from a
 * Word table saved, exported as JSON and imported into another Pandu (a fresh browser profile).
 */

const env = useSandboxBrowser();
const SOP_ID = 'belitung-49-registrasi-user-id-auditor';

const stepBox = (page: Page, n: number) => page.getByRole('group', { name: `Langkah ${n}`, exact: true });

describe('SOP editor', () => {
  it('edits a seed SOP into version 2; a new case uses it in the panel and the report', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl(`options.html?section=sop&sop=${SOP_ID}`));
    // A case opened before the edit stays on version 1.
    const { case: before } = await sendFromPage(page, 'case.open', {
      sopId: SOP_ID,
      letter: { number: '700/50/ITDA/2026', date: '2026-11-26', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [],
    });
    expect(before.sopVersion).toBe('1');
    await page.getByRole('button', { name: 'Ubah (simpan sebagai versi baru)' }).click();

    // Step 2's mutu baku: 10 menit → 20 menit, read live.
    const time = stepBox(page, 2).getByLabel(/Mutu baku waktu/);
    await time.fill('20 menit');
    await expect(page.getByTestId('reading-1').innerText()).resolves.toBe('Terbaca: 20 menit');
    await expect(page.locator('.sop-editor-preview tr[data-step="2"] .sop-time').innerText()).resolves.toBe('20 menit');

    // A step after step 7, by keyboard: focus the button and press Enter.
    const insert = page.getByRole('button', { name: 'Sisipkan langkah sesudah 7' });
    await insert.focus();
    await page.keyboard.press('Enter');
    const eight = stepBox(page, 8);
    await eight.getByLabel('Uraian kegiatan').fill('Admin LPSE mencatat USER ID Auditor dalam buku register');
    await eight.getByLabel(/Mutu baku waktu/).fill('1 x 24 jam');
    await expect(page.getByTestId('reading-7').innerText()).resolves.toBe('Terbaca: 24 jam');
    await expect(page.locator('.sop-editor-preview table.sop-steps tbody tr').count()).resolves.toBe(9);
    await page.screenshot({ path: screenshotPath('sop-editor'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await page.getByText(`Disimpan: ${SOP_ID} versi 2`).waitFor();

    // A case opened now starts on version 2 (and keeps it).
    const { case: c } = await sendFromPage(page, 'case.open', {
      sopId: SOP_ID,
      letter: { number: '700/51/ITDA/2026', date: '2026-11-27', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [{ name: 'Rina Kartika, S.E.', nip: '199002142015032001', position: 'Auditor', email: 'rina@belitungkab.go.id', phone: '+6281377889900' }],
    });
    expect(c.sopVersion).toBe('2');

    // The panel: 9 steps in the flow; the case starts at step 2 (step 1 is the auditor's own, the
    // first LPSE step is 2), which shows the new standard.
    const spse = await env.browser.context.newPage();
    await spse.goto(env.sandbox.url + '/eproc4/home');
    await waitForPanel(spse);
    await panelSelect(spse, '[data-testid="pandu-case-picker"]', c.id);
    await expect.poll(() => panelCount(spse, '[data-testid="pandu-flow"] li'), { timeout: 10_000 }).toBe(9);
    await expect(panelText(spse, '[data-testid="pandu-flow"]')).resolves.toContain('8. Admin LPSE mencatat USER ID Auditor');
    await expect.poll(() => panelAttr(spse, '[data-testid="pandu-step"]', 'data-step-no'), { timeout: 10_000 }).toBe('2');
    await expect(panelText(spse, '[data-testid="pandu-step"]')).resolves.toContain('20 menit');
    await panelClick(spse, '[data-testid="pandu-start"]');
    await expect.poll(() => panelAttr(spse, '[data-testid="pandu-step"]', 'data-status'), { timeout: 10_000 }).toBe('running');
    await spse.screenshot({ path: screenshotPath('sop-editor-panel') });
    await panelSelect(spse, '[data-testid="pandu-case-picker"]', before.id);
    await expect.poll(() => panelCount(spse, '[data-testid="pandu-flow"] li'), { timeout: 10_000 }).toBe(8);
    await spse.close();

    // The report measures the case against version 2.
    const report = await env.browser.context.newPage();
    await report.goto(env.browser.extensionUrl('report.html'));
    const steps = report.getByTestId('sla-steps');
    await steps.waitFor();
    await expect.poll(() => steps.innerText(), { timeout: 10_000 }).toContain('20 menit');
    await expect(report.getByTestId('sla-sops').innerText()).resolves.toContain('Permohonan Registrasi USER ID Auditor pada LPSE (versi 2)');
    await report.close();
    await page.close();
  });

  it('drafts from a .docx Word table, saves it, exports JSON and imports it into another Pandu', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl('options.html?section=sop'));
    await page.getByRole('button', { name: 'Draf dari dokumen SOP…' }).click();
    await page.getByLabel(/pilih berkas/).setInputFiles(resolve('tests/fixtures/sop/files/reset-password.docx'));
    await expect(page.getByLabel('Nama SOP').inputValue()).resolves.toBe('Reset Password Pengguna Non Penyedia');
    await expect(page.locator('.sop-flags').innerText()).resolves.toContain('steps[2].decision');
    await expect(page.locator('.sop-editor-preview th.sop-lane-head').allInnerTexts()).resolves.toEqual(['Pemohon', 'Helpdesk', 'Admin PPE', 'Kepala UKPBJ']);
    await expect(page.locator('.sop-editor-preview tr[data-step="3"] svg[data-symbol="decision"]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await page.getByText('Disimpan: draf-reset-password-pengguna-non-penyedia versi 1').waitFor();
    await page.getByRole('button', { name: 'Tutup editor' }).click();
    const viewer = page.locator('article.sop-viewer[data-sop-id="draf-reset-password-pengguna-non-penyedia"]');
    await viewer.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor JSON' }).click()]);
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8')) as { id: string; steps: { duration: { text: string } }[] };
    expect(json.id).toBe('draf-reset-password-pengguna-non-penyedia');
    expect(json.steps.map((s) => s.duration.text)).toEqual(['10 menit', '5 menit', '15 menit', '1 hari kerja', '1 x 24 jam', '']);
    await page.close();

    // Another LPSE's Pandu: a fresh profile imports the file.
    const other = await launchBrowser();
    try {
      const p2 = await other.context.newPage();
      await p2.goto(other.extensionUrl('options.html?section=sop'));
      await p2.getByLabel(/Impor SOP/).setInputFiles(file);
      await p2.getByText(/Diimpor: 1 SOP/).waitFor();
      await p2.locator('article.sop-viewer[data-sop-id="draf-reset-password-pengguna-non-penyedia"]').waitFor();
      await expect(p2.locator('article.sop-viewer table.sop-steps tbody tr').count()).resolves.toBe(6);
    } finally {
      await other.close();
    }
  });
});
