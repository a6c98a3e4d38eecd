import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSandboxBrowser, screenshotPath, sendFromPage } from './harness';
import { panelAttr, panelClick, panelCount, panelFill, panelSelect, panelText, waitForPanel } from './panel-driver';

const env = useSandboxBrowser();

async function fromExtension<T = any>(type: string, payload: unknown): Promise<T> {
  const ext = await env.browser.context.newPage();
  try {
    await ext.goto(env.browser.extensionUrl('options.html'));
    return await sendFromPage<T>(ext, type, payload);
  } finally {
    await ext.close();
  }
}

const stepNo = async (page: Page) => Number(await panelAttr(page, '[data-testid="pandu-step"]', 'data-step-no'));
const stepStatus = (page: Page) => panelAttr(page, '[data-testid="pandu-step"]', 'data-status');

describe('automatic capture: the PPK case from letter to done (real Chromium)', () => {
  it('manual clicks only for the steps outside SPSE; "Isi formulir" starts the SPSE step, SPSE’s error shows, its success finishes it', async () => {
    env.sandbox.reset();
    const { case: c } = await fromExtension('case.open', {
      sopId: 'oganilir-04-user-id-ppk',
      letter: { number: '027/88/DISDIK/XI/2026', date: '2026-11-20', sender: 'Dinas Pendidikan', subject: 'Permohonan User ID PPK', role: 'ppk' },
      people: [{ name: 'Lestari Handayani, S.T.', nip: '198606062010122003', email: 'lestari.handayani86@yahoo.co.id', phone: '081379002211', position: 'PPK Bidang Cipta Karya' }],
    });
    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/home');
    await waitForPanel(page);
    await panelSelect(page, '[data-testid="pandu-case-picker"]', c.id);

    // Steps 1–3 happen outside SPSE (letter, checks, approval): the staff's own clicks.
    for (const no of [1, 2, 3]) {
      await expect.poll(() => stepNo(page)).toBe(no);
      await panelClick(page, '[data-testid="pandu-start"]');
      if (no === 3) await panelClick(page, { sel: '[data-testid="pandu-decision"] button', hasText: 'Ya' }); // "lengkap dan disetujui?"
      else await panelClick(page, '[data-testid="pandu-finish"]');
    }
    await expect.poll(() => stepNo(page)).toBe(4);

    // The pointer leads from the home page to the pegawai form (a link the user follows).
    const open = '[data-testid="pandu-pointer-open"]';
    await expect(panelText(page, open)).resolves.toBe('Buka halaman: Formulir Pegawai (PPK/Pokja)');
    await expect(panelAttr(page, open, 'href')).resolves.toBe(env.sandbox.url + '/eproc4/pegawai/baru');
    await Promise.all([page.waitForNavigation(), panelClick(page, open)]);
    await waitForPanel(page);
    // On arrival: SPSE's own Simpan is outlined, with a one-line hint; nothing is clicked for the user.
    await expect.poll(() => page.locator('button[name="simpan"][data-pandu-pointer]').count()).toBe(1);
    await expect(panelText(page, '[data-testid="pandu-pointer-hint"]')).resolves.toContain('tekan Simpan');
    expect(env.sandbox.submissions.length).toBe(0);
    // Step 4 happens on the pegawai form: arriving does not start it, "Isi formulir" does.
    await expect.poll(() => stepNo(page)).toBe(4);
    await expect(stepStatus(page)).resolves.toBe('pending');
    await panelClick(page, '[data-testid="pandu-fill-button"]');
    await expect.poll(() => panelAttr(page, '[data-testid="pandu-auto-notice"]', 'data-kind')).toBe('started');
    await expect.poll(() => stepStatus(page)).toBe('running');

    // Saved without a role: SPSE refuses; the panel shows it and the step stays open.
    await Promise.all([page.waitForNavigation(), page.click('button[name="simpan"]')]);
    await waitForPanel(page);
    await expect.poll(() => panelText(page, '[data-testid="pandu-spse-rejected"]').catch(() => '')).toContain('SPSE menolak: ');
    await expect(panelText(page, '[data-testid="pandu-spse-rejected"]')).resolves.toContain('Peran wajib diisi');
    await expect.poll(() => stepStatus(page)).toBe('running');
    await page.screenshot({ path: screenshotPath('capture-rejected') });

    // Saved with the role: SPSE's "Data berhasil disimpan" on the list finishes step 4 and proposes 5.
    if (!(await page.inputValue('[name="pegawai.peg_nama"]'))) await panelClick(page, '[data-testid="pandu-fill-button"]');
    await page.check('input[name="usergroup"][value="PPK"]');
    await Promise.all([page.waitForNavigation(), page.click('button[name="simpan"]')]);
    await waitForPanel(page);
    await expect.poll(() => panelAttr(page, '[data-testid="pandu-auto-notice"]', 'data-kind').catch(() => null), { timeout: 10_000 }).toBe('finished');
    await expect(panelText(page, '[data-testid="pandu-auto-notice"]')).resolves.toContain('Berikutnya: langkah 5');
    await expect.poll(() => stepNo(page)).toBe(5);

    // Step 5 (handing the user ID to the PPK) is outside SPSE again: one manual step, and the case is done.
    await panelClick(page, '[data-testid="pandu-start"]');
    await panelClick(page, '[data-testid="pandu-finish"]');
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Selesai');
    await page.screenshot({ path: screenshotPath('capture-done') });

    const d = await fromExtension('case.detail', { caseId: c.id });
    const byStep = (no: number) => d.events.find((e: { stepNo: number }) => e.stepNo === no);
    expect(d.events).toHaveLength(5);
    expect(byStep(4)).toMatchObject({ auto: true, autoFinished: true });
    for (const no of [1, 2, 3, 5]) expect(byStep(no).auto ?? false).toBe(false);
    expect(d.case.status).toBe('done');
    await page.close();
  });
});
