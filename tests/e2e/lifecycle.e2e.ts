import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSandboxBrowser, screenshotPath, sendFromPage } from './harness';
import { panelAttr, panelClick, panelCount, panelFill, panelSelect, panelText, panelWaitFor, waitForPanel } from './panel-driver';
import { calendarFromSettings, clockState } from '../../lib/timing';
import { settingsSchema } from '../../lib/log/schema';

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

async function panelOn(path: string, caseId?: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(env.sandbox.url + path);
  await waitForPanel(page);
  if (caseId) {
    await panelSelect(page, '[data-testid="pandu-case-picker"]', caseId);
  }
  return page;
}

const PPK = 'oganilir-04-user-id-ppk';
const letter = (number: string) => ({ number, date: '2026-11-20', sender: 'Dinas Pendidikan', subject: 'Permohonan User ID PPK', role: 'ppk' });

describe('a case is a workflow the panel drives (real Chromium)', () => {
  it('a held case shows that it waits, the held time apart, and a timer that never looks frozen', async () => {
    const { case: c } = await fromExtension('case.open', { sopId: PPK, letter: letter('800/1/HOLD/2026'), people: [{ name: 'Budi Santoso' }], receivedAt: '2026-11-27T08:00:00+07:00' });
    await fromExtension('step.start', { caseId: c.id, stepNo: 1, at: '2026-11-27T09:00:00+07:00' });
    await fromExtension('case.transition', { caseId: c.id, action: 'hold', reason: 'menunggu SK PPK', at: '2026-11-27T10:00:00+07:00' });
    await fromExtension('case.transition', { caseId: c.id, action: 'resume', at: '2026-11-27T14:00:00+07:00' });
    await fromExtension('case.transition', { caseId: c.id, action: 'hold', reason: 'menunggu NIP', at: '2026-11-27T15:00:00+07:00' });

    const page = await panelOn('/eproc4/home', c.id);
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Menunggu');
    await expect(panelText(page, '[data-testid="pandu-waiting"]')).resolves.toContain('menunggu NIP');
    // Held 10:00–14:00 (240) and since 15:00 (60 on that Friday, and every working minute since).
    const held = await panelAttr(page, '[data-testid="pandu-timer-held"]', 'data-minutes');
    expect(Number(held)).toBeGreaterThanOrEqual(300);
    await expect(panelAttr(page, '[data-testid="pandu-timer"]', 'data-clock')).resolves.toBe('held');
    await expect(panelText(page, '[data-testid="pandu-timer-still"]')).resolves.toContain('Ditahan (menunggu) — tidak dihitung');
    // Working time so far: 09:00–10:00 and 14:00–15:00 on Friday = 120 minutes, however long it waits.
    await expect(panelText(page, '[data-testid="pandu-timer"]')).resolves.toMatch(/^120 menit kerja/);

    // Resume from the panel: the clock runs again — or says honestly that it is outside working hours.
    await panelClick(page, '[data-testid="pandu-resume"]');
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Berjalan');
    const expected = clockState(calendarFromSettings(settingsSchema.parse({})), Date.now()).kind; // the extension's default calendar
    await expect.poll(() => panelAttr(page, '[data-testid="pandu-timer"]', 'data-clock')).toBe(expected);
    if (expected === 'off-hours') {
      await expect(panelText(page, '[data-testid="pandu-timer-still"]')).resolves.toMatch(/Di luar jam kerja — dihitung lagi (hari ini|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu).* \d{2}\.\d{2} WIB/);
    }
    await page.screenshot({ path: screenshotPath('lifecycle-held') });
    await page.close();
  });

  it('the last step closes the case; a closed case refuses steps, reopens with a reason, cancels with a reason', async () => {
    const { case: c } = await fromExtension('case.open', { sopId: PPK, letter: letter('800/2/DONE/2026'), people: [{ name: 'Ani' }, { name: 'Rudi' }], receivedAt: '2026-11-27T08:00:00+07:00' });
    for (const no of [1, 2, 3, 4]) {
      await fromExtension('step.start', { caseId: c.id, stepNo: no, at: `2026-11-27T${String(8 + no).padStart(2, '0')}:00:00+07:00` });
      await fromExtension('step.finish', { caseId: c.id, stepNo: no });
    }
    // Two tabs mark different people done at once: both marks survive.
    await Promise.all([fromExtension('case.personDone', { caseId: c.id, person: 0 }), fromExtension('case.personDone', { caseId: c.id, person: 1 })]);
    const page = await panelOn('/eproc4/home', c.id);
    await expect.poll(async () => Number(await panelAttr(page, '[data-testid="pandu-step"]', 'data-step-no'))).toBe(5);
    await panelClick(page, '[data-testid="pandu-start"]');
    await panelClick(page, '[data-testid="pandu-finish"]');
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Selesai');
    await expect(panelText(page, '[data-testid="pandu-closed"]')).resolves.toContain('otomatis: langkah terakhir selesai');
    await expect(panelText(page, '[data-testid="pandu-refused"]')).resolves.toContain('langkah tidak dapat dimulai');
    expect(await panelCount(page, '[data-testid="pandu-start"]')).toBe(0);
    // The log refuses too (a second "Mulai langkah" from any tab), writing nothing.
    await expect(fromExtension('step.start', { caseId: c.id, stepNo: 5 })).rejects.toThrow(/sudah selesai/);
    const detail = await fromExtension('case.detail', { caseId: c.id });
    expect(detail.events).toHaveLength(5);
    expect(detail.case.people.every((p: { doneAt: string | null }) => p.doneAt)).toBe(true);
    // Finished cases leave "Kasus terbuka".
    const open = await fromExtension('case.list', {});
    expect(open.cases.map((x: { id: string }) => x.id)).not.toContain(c.id);

    await panelClick(page, '[data-testid="pandu-reopen"]');
    await panelFill(page, '[data-testid="pandu-reason"]', 'email PPK salah');
    await panelClick(page, '[data-testid="pandu-reason-save"]');
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Berjalan');
    await panelClick(page, '[data-testid="pandu-cancel-case"]');
    await panelFill(page, '[data-testid="pandu-reason"]', 'ditarik pemohon');
    await panelClick(page, '[data-testid="pandu-reason-save"]');
    await expect.poll(() => panelText(page, '[data-testid="pandu-case-status"]')).toBe('Dibatalkan');
    const after = await fromExtension('case.detail', { caseId: c.id });
    expect(after.caseEvents.map((e: { kind: string; closeStatus: string | null; auto: boolean }) => `${e.kind}${e.closeStatus ? `:${e.closeStatus}` : ''}${e.auto ? '*' : ''}`)).toEqual(
      expect.arrayContaining(['closed:done*', 'reopened', 'closed:cancelled']),
    );
    await page.screenshot({ path: screenshotPath('lifecycle-cancelled') });
    await page.close();
  });

  it('a walk-in vendor case for the verifikator, without a letter, starts at the first LPSE step', async () => {
    const page = await panelOn('/eproc4/rekanan/verifikasi');
    // The earlier tests' cases load into the picker above "Kasus baru": click once the list has settled.
    await panelWaitFor(page, '[data-testid="pandu-case-picker"]');
    await panelClick(page, '[data-testid="pandu-new-case"]');
    await panelWaitFor(page, '[data-testid="pandu-new-case-form"]');
    await panelClick(page, '[data-testid="pandu-walk-in-start"]');
    await panelFill(page, '[data-testid="pandu-walk-in-applicant"]', 'CV Maju Jaya');
    await panelFill(page, '[data-testid="pandu-walk-in-subject"]', 'Verifikasi berkas penyedia');
    await panelSelect(page, '[data-testid="pandu-walk-in-sop"]', 'oganilir-01-registrasi-verifikasi-penyedia');
    await expect(panelText(page, '[data-testid="pandu-walk-in-start"]')).resolves.toContain('langkah 2');
    await panelClick(page, '[data-testid="pandu-walk-in-open"]');
    await expect.poll(async () => (await panelText(page, '[data-testid="pandu-case-picker"] option:checked').catch(() => '')).startsWith('Tanpa surat · CV Maju Jaya')).toBe(true);
    await expect.poll(async () => Number(await panelAttr(page, '[data-testid="pandu-step"]', 'data-step-no'))).toBe(2);
    const list = await fromExtension('case.list', {});
    const made = list.cases.find((x: { letter: { sender: string } }) => x.letter.sender === 'CV Maju Jaya');
    expect(made).toMatchObject({ letter: { number: null, subject: 'Verifikasi berkas penyedia' }, note: 'Kasus baru tanpa surat (datang langsung)' });
    await page.screenshot({ path: screenshotPath('lifecycle-walk-in') });
    await page.close();
  });
});
