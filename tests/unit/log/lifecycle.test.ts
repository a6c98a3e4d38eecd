import { describe, expect, it } from 'vitest';
import { closeCase, holdCase, listCaseEvents, loadCaseView, markPersonDone, reopenCase, resumeCase, undoAutomatic, exportBackup, restoreBackup, type Log } from '../../../lib/log';
import { freshLog } from './helpers';

const W = (date: string, time: string) => `${date}T${time}:00+07:00`;
// A three-step SOP without standards apart from step 2 (30 minutes).
const sop = {
  id: 'sop-a',
  steps: [
    { no: 1, activity: 'Terima surat', actors: ['staf'], duration: { text: '5 menit', min: 5, max: 5, unit: 'minute' as const } },
    { no: 2, activity: 'Buat akun', actors: ['admin-ppe'], duration: { text: '30 menit', min: 30, max: 30, unit: 'minute' as const } },
    { no: 3, activity: 'Kirim balasan', actors: ['staf'], duration: { text: '5 menit', min: 5, max: 5, unit: 'minute' as const } },
  ],
};

async function setup(): Promise<{ log: Log; id: string }> {
  const { log } = await freshLog();
  await log.putSettings({ nationalHolidays: false });
  const c = await log.createCase({ sopId: 'sop-a', receivedAt: W('2026-11-23', '08:30'), people: [{ name: 'Budi' }, { name: 'Ani' }] });
  return { log, id: c.id };
}

async function runAll(log: Log, caseId: string) {
  await log.startStep({ caseId, stepNo: 1, at: W('2026-11-23', '09:00') });
  await log.finishStep({ caseId, stepNo: 1, at: W('2026-11-23', '09:05') });
  await log.startStep({ caseId, stepNo: 2, at: W('2026-11-23', '09:10') });
  await log.finishStep({ caseId, stepNo: 2, at: W('2026-11-23', '09:30') });
  await log.startStep({ caseId, stepNo: 3, at: W('2026-11-23', '09:40') });
  return log.finishStep({ caseId, stepNo: 3, at: W('2026-11-23', '09:45'), endsCase: true });
}

describe('case lifecycle: every transition is an event, the status is derived', () => {
  it('open → waiting → open → done (by the last step, automatically) → reopened → cancelled', async () => {
    const { log, id } = await setup();
    expect((await log.getCase(id))?.status).toBe('open');
    await holdCase(log, { caseId: id, at: W('2026-11-23', '08:40'), reason: 'menunggu surat tugas asli', by: 'Sari' });
    expect((await log.getCase(id))?.status).toBe('waiting');
    expect((await log.listCases({ status: 'waiting' })).map((c) => c.id)).toEqual([id]);
    await resumeCase(log, { caseId: id, at: W('2026-11-23', '08:55'), by: 'Sari' });
    expect((await log.getCase(id))?.status).toBe('open');
    await runAll(log, id);
    expect((await log.getCase(id))?.status).toBe('done');
    expect((await log.listCases({ status: 'open' })).map((c) => c.id)).toEqual([]);
    const ledger = await listCaseEvents(log, id);
    expect(ledger.map((e) => [e.kind, e.auto])).toEqual([
      ['held', false],
      ['resumed', false],
      ['closed', true],
    ]);
    expect(ledger[0]).toMatchObject({ by: 'Sari', reason: 'menunggu surat tugas asli' });
    await reopenCase(log, { caseId: id, at: W('2026-11-23', '10:00'), reason: 'pemohon minta ganti email' });
    expect((await log.getCase(id))?.status).toBe('open');
    await closeCase(log, { caseId: id, status: 'cancelled', at: W('2026-11-23', '10:30'), reason: 'ditarik pemohon' });
    const view = await loadCaseView(log, id, sop, W('2026-11-23', '11:00'));
    expect(view.case.status).toBe('cancelled');
    expect(view.closeReason).toBe('ditarik pemohon');
    expect(view.holds).toEqual([{ from: W('2026-11-23', '08:40'), to: W('2026-11-23', '08:55'), reason: 'menunggu surat tugas asli' }]);
    expect(view.current).toBeNull();
    // Nothing was rewritten: the record still says what it said when created.
    expect((await log.transaction(['cases'], 'readonly', (tx) => tx.objectStore('cases').get(id)))?.status).toBe('open');
  });

  it('refuses transitions that do not fit the status, in Indonesian, writing nothing', async () => {
    const { log, id } = await setup();
    await expect(resumeCase(log, { caseId: id })).rejects.toThrow(/tidak sedang menunggu/);
    await expect(reopenCase(log, { caseId: id, reason: 'x' })).rejects.toThrow(/hanya kasus yang selesai atau dibatalkan/);
    await expect(holdCase(log, { caseId: id, reason: '  ' })).rejects.toThrow(/alasan wajib diisi/);
    await expect(closeCase(log, { caseId: id, status: 'cancelled' })).rejects.toThrow(/alasan wajib diisi untuk membatalkan/);
    await holdCase(log, { caseId: id, at: W('2026-11-23', '09:00'), reason: 'menunggu' });
    await expect(holdCase(log, { caseId: id, at: W('2026-11-23', '09:10'), reason: 'lagi' })).rejects.toThrow(/hanya kasus yang sedang berjalan/);
    await expect(log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:20') })).rejects.toThrow(/sedang menunggu.*lanjutkan kasus dulu/);
    // Not before the last event: a correction is a new event, never a rewrite of the past.
    await expect(resumeCase(log, { caseId: id, at: W('2026-11-23', '08:50') })).rejects.toThrow(/sebelum peristiwa terakhir/);
    await expect(closeCase(log, { caseId: 'tidak-ada', status: 'done' })).rejects.toThrow(/kasus tidak ditemukan/);
    expect((await listCaseEvents(log, id)).length).toBe(1);
  });

  it('a done or cancelled case refuses new steps and stays unchanged', async () => {
    const { log, id } = await setup();
    await runAll(log, id);
    const before = JSON.stringify(await exportBackup(log));
    await expect(log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '10:00') })).rejects.toThrow(/sudah selesai: langkah tidak dapat dimulai/);
    await expect(log.startStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '10:00'), redo: { reason: 'salah email' } })).rejects.toThrow(/sudah selesai/);
    await expect(log.finishStep({ caseId: id, stepNo: 3, at: W('2026-11-23', '10:00') })).rejects.toThrow(/sudah selesai/);
    expect(JSON.stringify(await exportBackup(log))).toBe(before);
    const view = await loadCaseView(log, id, sop, W('2026-11-23', '11:00'));
    expect(view.steps.map((s) => s.attempts)).toEqual([1, 1, 1]);
  });

  it('a finished step is never silently started again: "ulangi langkah" needs a reason and counts as rework', async () => {
    const { log, id } = await setup();
    await log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:00') });
    await log.finishStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:05') });
    await expect(log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:10') })).rejects.toThrow(/sudah selesai; untuk mengerjakannya lagi pilih "Ulangi langkah"/);
    await expect(log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:10'), redo: { reason: ' ' } })).rejects.toThrow(/alasan wajib diisi untuk mengulang/);
    await expect(log.startStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '09:10'), redo: { reason: 'x' } })).rejects.toThrow(/belum pernah dikerjakan/);
    await log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:10'), redo: { reason: 'NIP salah ketik' } });
    const view = await loadCaseView(log, id, sop, W('2026-11-23', '09:20'));
    expect(view.rework).toBe(1);
    expect(view.steps[0]).toMatchObject({ attempts: 2, status: 'running' });
    expect((await listCaseEvents(log, id)).map((e) => [e.kind, e.stepNo, e.reason])).toEqual([['step-redone', 1, 'NIP salah ketik']]);
  });

  it('step working minutes leave held time out; the view lists the holds', async () => {
    const { log, id } = await setup();
    await log.startStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '09:00') });
    await holdCase(log, { caseId: id, at: W('2026-11-23', '09:10'), reason: 'menunggu NIP' });
    const held = await loadCaseView(log, id, sop, W('2026-11-24', '10:00'));
    expect(held.case.status).toBe('waiting');
    expect(held.steps[1]).toMatchObject({ workingMinutes: 10, status: 'running', dueAt: null });
    expect(held.holds).toEqual([{ from: W('2026-11-23', '09:10'), to: null, reason: 'menunggu NIP' }]);
    await resumeCase(log, { caseId: id, at: W('2026-11-24', '10:00') });
    await log.finishStep({ caseId: id, stepNo: 2, at: W('2026-11-24', '10:15') });
    const view = await loadCaseView(log, id, sop, W('2026-11-24', '11:00'));
    expect(view.steps[1]).toMatchObject({ workingMinutes: 25, verdict: 'warning' });
    expect(view.steps[1].heldMinutes).toBe(410 + 120);
    expect(view.heldMinutes).toBe(410 + 120);
  });

  it('marks people done one by one: two tabs marking different people both survive', async () => {
    const { log, id } = await setup();
    // Both "tabs" read the case before either writes (the old whole-list update lost one mark here).
    await Promise.all([markPersonDone(log, { caseId: id, person: 0, at: W('2026-11-23', '09:00') }), markPersonDone(log, { caseId: id, person: 1, at: W('2026-11-23', '09:01') })]);
    const c = await log.getCase(id);
    expect(c?.people.map((p) => p.doneAt)).toEqual([W('2026-11-23', '09:00'), W('2026-11-23', '09:01')]);
    expect(await markPersonDone(log, { caseId: id, person: 0 })).toBeNull(); // the first mark stays
    await expect(markPersonDone(log, { caseId: id, person: 5 })).rejects.toThrow(/orang ke-6 tidak ada/);
  });

  it('automatic events can be undone; manual ones cannot', async () => {
    const { log, id } = await setup();
    const auto = await log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:00'), auto: true });
    expect(auto.auto).toBe(true);
    await undoAutomatic(log, { caseId: id, eventId: auto.id });
    let view = await loadCaseView(log, id, sop, W('2026-11-23', '09:30'));
    expect(view.steps[0]).toMatchObject({ status: 'pending', attempts: 0 });
    await expect(undoAutomatic(log, { caseId: id, eventId: auto.id })).rejects.toThrow(/sudah dibatalkan/);
    const manual = await log.startStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:40') });
    await expect(undoAutomatic(log, { caseId: id, eventId: manual.id })).rejects.toThrow(/hanya peristiwa otomatis/);
    await log.finishStep({ caseId: id, stepNo: 1, at: W('2026-11-23', '09:45') });
    await log.startStep({ caseId: id, stepNo: 3, at: W('2026-11-23', '09:50') });
    await log.finishStep({ caseId: id, stepNo: 3, at: W('2026-11-23', '09:55'), endsCase: true });
    const closed = (await listCaseEvents(log, id)).find((e) => e.kind === 'closed')!;
    expect((await log.getCase(id))?.status).toBe('done');
    await undoAutomatic(log, { caseId: id, eventId: closed.id, at: W('2026-11-23', '10:00') });
    view = await loadCaseView(log, id, sop, W('2026-11-23', '10:05'));
    expect(view.case.status).toBe('open');
  });

  it('an automatic finish can be undone alone: the step runs again, and a later finish stands', async () => {
    const { log, id } = await setup();
    const started = await log.startStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '09:00'), auto: true });
    const finished = await log.finishStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '09:20'), auto: true });
    expect(finished).toMatchObject({ auto: true, autoFinished: true });
    await undoAutomatic(log, { caseId: id, eventId: `${started.id}#finish` });
    let view = await loadCaseView(log, id, sop, W('2026-11-23', '09:30'));
    expect(view.steps[1]).toMatchObject({ status: 'running', attempts: 1 });
    await expect(undoAutomatic(log, { caseId: id, eventId: `${started.id}#finish` })).rejects.toThrow(/hanya peristiwa otomatis|sudah dibatalkan/);
    await log.finishStep({ caseId: id, stepNo: 2, at: W('2026-11-23', '09:40') });
    view = await loadCaseView(log, id, sop, W('2026-11-23', '09:45'));
    expect(view.steps[1]).toMatchObject({ status: 'done', finishedAt: W('2026-11-23', '09:40'), workingMinutes: 40 });
  });

  it('the ledger travels in backups and merges without duplicates', async () => {
    const { log, id } = await setup();
    await holdCase(log, { caseId: id, at: W('2026-11-23', '09:00'), reason: 'menunggu' });
    const backup = await exportBackup(log);
    expect(backup.caseEvents).toHaveLength(1);
    const other = (await freshLog()).log;
    await restoreBackup(other, backup, { mode: 'merge' });
    await restoreBackup(other, backup, { mode: 'merge' });
    expect(await listCaseEvents(other, id)).toHaveLength(1);
    expect((await other.getCase(id))?.status).toBe('waiting');
  });
});
