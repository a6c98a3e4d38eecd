import { describe, expect, it } from 'vitest';
import { calendarFromSettings, clockState } from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';
import { useE2E, type Panel, WAIT_MS } from '../driver';

/** A case is a workflow the panel drives: held, resumed, closed by its last step, reopened, cancelled, walk-in. */
const env = useE2E();

const PPK = 'oganilir-04-user-id-ppk';
const PICKER = '[data-testid="pandu-case-picker"]';
const STATUS = '[data-testid="pandu-case-status"]';
const letter = (number: string) => ({ number, date: '2026-11-20', sender: 'Dinas Pendidikan', subject: 'Permohonan User ID PPK', role: 'ppk' });

async function panelOn(path: string, caseId?: string) {
  const opened = await env.openSpse(path);
  if (caseId) await opened.panel.select(PICKER, caseId);
  return opened;
}

const statusIs = (panel: Panel, status: string) => panel.until(() => panel.text(STATUS), (t) => t === status, WAIT_MS, `case status ${status}`);
const stepNoIs = (panel: Panel, no: number) => panel.until(() => panel.attr('[data-testid="pandu-step"]', 'data-step-no'), (n) => Number(n) === no, WAIT_MS, `step ${no} shown`);

describe(`[${env.name}] a case is a workflow the panel drives`, () => {
  it('a held case shows that it waits, the held time apart, and a timer that never looks frozen', async () => {
    const b = env.browser;
    const { case: c } = await b.send('case.open', { sopId: PPK, letter: letter('800/1/HOLD/2026'), people: [{ name: 'Budi Santoso' }], receivedAt: '2026-11-27T08:00:00+07:00' });
    await b.send('step.start', { caseId: c.id, stepNo: 1, at: '2026-11-27T09:00:00+07:00' });
    await b.send('case.transition', { caseId: c.id, action: 'hold', reason: 'menunggu SK PPK', at: '2026-11-27T10:00:00+07:00' });
    await b.send('case.transition', { caseId: c.id, action: 'resume', at: '2026-11-27T14:00:00+07:00' });
    await b.send('case.transition', { caseId: c.id, action: 'hold', reason: 'menunggu NIP', at: '2026-11-27T15:00:00+07:00' });

    const { page, panel } = await panelOn('/eproc4/home', c.id);
    await statusIs(panel, 'Menunggu');
    await expect(panel.text('[data-testid="pandu-waiting"]')).resolves.toContain('menunggu NIP');
    // Held 10:00–14:00 (240) and since 15:00 (60 on that Friday, and every working minute since).
    const held = await panel.until(() => panel.attr('[data-testid="pandu-timer-held"]', 'data-minutes'), (m) => m !== null, WAIT_MS, 'the held minutes');
    expect(Number(held)).toBeGreaterThanOrEqual(300);
    await expect(panel.attr('[data-testid="pandu-timer"]', 'data-clock')).resolves.toBe('held');
    await expect(panel.text('[data-testid="pandu-timer-still"]')).resolves.toContain('Ditahan (menunggu) — tidak dihitung');
    // Working time so far: 09:00–10:00 and 14:00–15:00 on Friday = 120 minutes, however long it waits.
    await expect(panel.text('[data-testid="pandu-timer"]')).resolves.toMatch(/^120 menit kerja/);

    // Resume from the panel: the clock runs again — or says honestly that it is outside working hours.
    await panel.click('[data-testid="pandu-resume"]');
    await statusIs(panel, 'Berjalan');
    const expected = clockState(calendarFromSettings(settingsSchema.parse({})), Date.now()).kind; // the extension's default calendar
    await panel.until(() => panel.attr('[data-testid="pandu-timer"]', 'data-clock'), (k) => k === expected, WAIT_MS, `the clock ${expected}`);
    if (expected === 'off-hours') {
      await expect(panel.text('[data-testid="pandu-timer-still"]')).resolves.toMatch(/Di luar jam kerja — dihitung lagi (hari ini|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu).* \d{2}\.\d{2} WIB/);
    }
    await page.screenshot('lifecycle-held');
    await page.close();
  });

  it('the last step closes the case; a closed case refuses steps, reopens with a reason, cancels with a reason', async () => {
    const b = env.browser;
    const { case: c } = await b.send('case.open', { sopId: PPK, letter: letter('800/2/DONE/2026'), people: [{ name: 'Ani' }, { name: 'Rudi' }], receivedAt: '2026-11-27T08:00:00+07:00' });
    for (const no of [1, 2, 3, 4]) {
      await b.send('step.start', { caseId: c.id, stepNo: no, at: `2026-11-27T${String(8 + no).padStart(2, '0')}:00:00+07:00` });
      await b.send('step.finish', { caseId: c.id, stepNo: no });
    }
    // Two tabs mark different people done at once: both marks survive.
    const otherTab = await b.newPage(b.extensionUrl('options.html'));
    const fromOtherTab = otherTab.evaluate<{ ok: boolean }>(
      `(typeof browser !== 'undefined' ? browser : chrome).runtime.sendMessage({ channel: 'pandu', type: 'case.personDone', payload: { caseId: ${JSON.stringify(c.id)}, person: 1 } })`,
    );
    await Promise.all([b.send('case.personDone', { caseId: c.id, person: 0 }), expect(fromOtherTab).resolves.toMatchObject({ ok: true })]);
    await otherTab.close();
    const { page, panel } = await panelOn('/eproc4/home', c.id);
    await stepNoIs(panel, 5);
    await panel.click('[data-testid="pandu-start"]');
    await panel.click('[data-testid="pandu-finish"]');
    await statusIs(panel, 'Selesai');
    await expect(panel.text('[data-testid="pandu-closed"]')).resolves.toContain('otomatis: langkah terakhir selesai');
    await expect(panel.text('[data-testid="pandu-refused"]')).resolves.toContain('langkah tidak dapat dimulai');
    await expect(panel.count('[data-testid="pandu-start"]')).resolves.toBe(0);
    // The log refuses too (a second "Mulai langkah" from any tab), writing nothing.
    await expect(b.send('step.start', { caseId: c.id, stepNo: 5 })).rejects.toThrow(/sudah selesai/);
    const detail = await b.send('case.detail', { caseId: c.id });
    expect(detail.events).toHaveLength(5);
    expect(detail.case.people.every((p: { doneAt: string | null }) => p.doneAt)).toBe(true);
    // Finished cases leave "Kasus terbuka".
    const open = await b.send('case.list', {});
    expect(open.cases.map((x: { id: string }) => x.id)).not.toContain(c.id);

    await panel.click('[data-testid="pandu-reopen"]');
    await panel.type('[data-testid="pandu-reason"]', 'email PPK salah');
    await panel.click('[data-testid="pandu-reason-save"]');
    await statusIs(panel, 'Berjalan');
    await panel.click('[data-testid="pandu-cancel-case"]');
    await panel.type('[data-testid="pandu-reason"]', 'ditarik pemohon');
    await panel.click('[data-testid="pandu-reason-save"]');
    await statusIs(panel, 'Dibatalkan');
    const after = await b.send('case.detail', { caseId: c.id });
    expect(after.caseEvents.map((e: { kind: string; closeStatus: string | null; auto: boolean }) => `${e.kind}${e.closeStatus ? `:${e.closeStatus}` : ''}${e.auto ? '*' : ''}`)).toEqual(
      expect.arrayContaining(['closed:done*', 'reopened', 'closed:cancelled']),
    );
    await page.screenshot('lifecycle-cancelled');
    await page.close();
  });

  it('a walk-in vendor case for the verifikator, without a letter, starts at the first LPSE step with the vendor read from the page', async () => {
    const { page, panel } = await panelOn('/eproc4/rekanan/102/verifikasi');
    // The earlier tests' cases load into the picker above "Kasus baru": click once the list has settled.
    await panel.waitFor(PICKER);
    await panel.click('[data-testid="pandu-new-case"]');
    await panel.waitFor('[data-testid="pandu-new-case-form"]');
    await panel.click('[data-testid="pandu-walk-in-start"]');
    // The vendor's page names the vendor: the form starts with its name, NPWP and the page's SOP.
    await panel.until(() => panel.value('[data-testid="pandu-walk-in-applicant"]'), (v) => v === 'PT Sinar Konstruksi', WAIT_MS, 'the vendor name from the page');
    expect(await panel.value('[data-testid="pandu-walk-in-npwp"]')).toBe('02.345.678.9-012.000');
    await panel.type('[data-testid="pandu-walk-in-subject"]', 'Verifikasi berkas penyedia');
    // Two offices' verification SOPs serve the vendor pages: the user picks one.
    await panel.select('[data-testid="pandu-walk-in-sop"]', 'oganilir-01-registrasi-verifikasi-penyedia');
    await panel.until(() => panel.text('[data-testid="pandu-walk-in-start"]'), (t) => !!t?.includes('langkah 2'), WAIT_MS, 'the walk-in start step');
    await panel.click('[data-testid="pandu-walk-in-open"]');
    await panel.until(() => panel.text(`${PICKER} option:checked`), (t) => !!t?.startsWith('Tanpa surat · PT Sinar Konstruksi'), WAIT_MS, 'the walk-in case chosen');
    await stepNoIs(panel, 2);
    const list = await env.browser.send('case.list', {});
    const made = list.cases.find((x: { letter: { sender: string } }) => x.letter.sender === 'PT Sinar Konstruksi');
    expect(made).toMatchObject({ letter: { number: null, subject: 'Verifikasi berkas penyedia' }, note: 'Kasus baru tanpa surat (datang langsung) · NPWP 02.345.678.9-012.000' });
    await page.screenshot('lifecycle-walk-in');
    await page.close();
  });
});
