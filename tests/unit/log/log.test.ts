import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LogError, caseSchema, closeCase, loadCaseView, openLog, settingsSchema } from '../../../lib/log';
import { simpleCalendar } from '../../../lib/timing';
import { freshLog } from './helpers';

const letter = { number: '027/ULP/XI/2026', sender: 'Dinas PU', subject: 'Permohonan akun PPK', role: 'ppk' };

describe('cases', () => {
  it('creates with a random UUID, gets, lists with filters and updates', async () => {
    const { log } = await freshLog();
    const a = await log.createCase({ sopId: 'sop-a', letter, people: [{ name: 'Budi' }], receivedAt: '2026-11-23T09:00:00+07:00', createdBy: 'Sari' });
    const b = await log.createCase({ sopId: 'sop-b', receivedAt: '2026-11-20T09:00:00+07:00' });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.people[0]).toMatchObject({ name: 'Budi', nip: null, doneAt: null });
    expect(await log.getCase(a.id)).toEqual(a);
    expect((await log.listCases()).map((c) => c.id)).toEqual([b.id, a.id]); // oldest received first
    expect((await log.listCases({ sopId: 'sop-a' })).map((c) => c.id)).toEqual([a.id]);
    expect((await log.listCases({ receivedFrom: '2026-11-21T00:00:00+07:00' })).map((c) => c.id)).toEqual([a.id]);

    const edited = await log.updateCase(a.id, { assignedTo: 'Andi', people: [{ name: 'Budi', nip: '198001012005011001' }] });
    expect(edited).toMatchObject({ status: 'open', assignedTo: 'Andi' });
    expect(edited.people[0].nip).toBe('198001012005011001');
    await closeCase(log, { caseId: a.id, status: 'done', at: '2026-11-23T10:00:00+07:00' });
    expect(await log.getCase(a.id)).toMatchObject({ status: 'done' });
    expect((await log.listCases({ status: 'open' })).map((c) => c.id)).toEqual([b.id]);
    expect((await log.listCases({ status: 'done', assignedTo: 'Andi' })).map((c) => c.id)).toEqual([a.id]);
  });

  it('rejects invalid data naming the field, in Indonesian', async () => {
    const { log } = await freshLog();
    await expect(log.createCase({ sopId: 'x', receivedAt: 'kemarin' })).rejects.toThrow(/Data kasus tidak sah: receivedAt: harus tanggal-waktu/);
    await expect(log.updateCase('nope', { assignedTo: 'X' })).rejects.toThrow(/kasus tidak ditemukan/);
  });
});

describe('step events', () => {
  it('starts and finishes steps, storing the verdict', async () => {
    const { log } = await freshLog();
    await log.putSettings({ nationalHolidays: false });
    const c = await log.createCase({ sopId: 'sop-a', receivedAt: '2026-11-23T08:00:00+07:00' });
    const started = await log.startStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T09:00:00+07:00', by: 'Sari' });
    expect(started.finishedAt).toBeNull();
    await expect(log.startStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T09:01:00+07:00' })).rejects.toThrow(/langkah 1 sudah berjalan/);
    const done = await log.finishStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T09:40:00+07:00', duration: { min: 15, max: 30, unit: 'minute' } });
    expect(done).toMatchObject({ id: started.id, finishedAt: '2026-11-23T09:40:00+07:00', verdict: 'late', by: 'Sari' });

    await log.startStep({ caseId: c.id, stepNo: 2, at: '2026-11-23T15:50:00+07:00' });
    // 20 working minutes over the night with an explicit calendar: on time for 1 hour.
    const two = await log.finishStep({ caseId: c.id, stepNo: 2, at: '2026-11-24T08:10:00+07:00', duration: { min: null, max: 1, unit: 'hour' }, calendar: simpleCalendar() });
    expect(two.verdict).toBe('on-time');
    await log.startStep({ caseId: c.id, stepNo: 3, at: '2026-11-24T09:00:00+07:00' });
    expect((await log.finishStep({ caseId: c.id, stepNo: 3, at: '2026-11-24T09:10:00+07:00', duration: { min: null, max: null, unit: null } })).verdict).toBeNull();

    const events = await log.listEvents(c.id);
    expect(events.map((e) => e.stepNo)).toEqual([1, 2, 3]);
    expect(await log.countEvents()).toBe(3);
  });

  it('refuses to finish a step that never started, or before it started', async () => {
    const { log } = await freshLog();
    const c = await log.createCase({ sopId: 'sop-a' });
    await expect(log.finishStep({ caseId: c.id, stepNo: 4 })).rejects.toThrow(/langkah 4 belum dimulai/);
    await expect(log.startStep({ caseId: 'nope', stepNo: 1 })).rejects.toThrow(/kasus tidak ditemukan/);
    await log.startStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T09:00:00+07:00' });
    await expect(log.finishStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T08:00:00+07:00' })).rejects.toThrow(/sebelum waktu mulai/);
  });

  it('iterates all events in batches, and bulk-puts', async () => {
    const { log } = await freshLog();
    const c = await log.createCase({ sopId: 'sop-a' });
    const events = Array.from({ length: 2503 }, (_, i) => ({
      id: `ev-${String(i).padStart(5, '0')}`,
      caseId: c.id,
      stepNo: (i % 7) + 1,
      startedAt: '2026-11-23T09:00:00+07:00',
      updatedAt: '2026-11-23T09:00:00+07:00',
    }));
    await log.putEvents(events);
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of log.iterateEvents(1000)) {
      batches++;
      seen.push(...batch.map((e) => e.id));
    }
    expect(batches).toBe(3);
    expect(seen).toEqual(events.map((e) => e.id));
  });

  it('iterates without IDBKeyRange too (cursor fallback)', async () => {
    const log = await openLog('x', new IDBFactory(), {});
    const c = await log.createCase({ sopId: 's' });
    await log.putEvents(Array.from({ length: 25 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, caseId: c.id, stepNo: 1, startedAt: '2026-11-23T09:00:00+07:00', updatedAt: '2026-11-23T09:00:00+07:00' })));
    const seen: string[] = [];
    const g = globalThis as { IDBKeyRange?: unknown };
    const saved = g.IDBKeyRange;
    delete g.IDBKeyRange;
    try {
      for await (const batch of log.iterateEvents(10)) seen.push(...batch.map((e) => e.id));
    } finally {
      g.IDBKeyRange = saved;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });
});

describe('two readers', () => {
  it('compute the same case state from the same database', async () => {
    const { log, factory } = await freshLog();
    const c = await log.createCase({ sopId: 'sop-a', receivedAt: '2026-11-23T08:00:00+07:00' });
    await log.startStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T09:00:00+07:00' });
    const other = await openLog('pandu-spse', factory);
    const sop = { id: 'sop-a', steps: [{ no: 1, activity: 'Terima', actors: ['staf'], duration: { text: '30 menit', min: null, max: 30, unit: 'minute' as const } }] };
    const now = '2026-11-23T09:25:00+07:00';
    const a = await loadCaseView(log, c.id, sop, now);
    const b = await loadCaseView(other, c.id, sop, now);
    expect(a).toEqual(b);
    expect(a.steps[0]).toMatchObject({ status: 'running', workingMinutes: 25, verdict: 'warning', dueAt: '2026-11-23T09:30:00+07:00' });
    other.close();
  });
});

describe('the stored settings drive the timers', () => {
  it('follows the cuti bersama of the stored settings', async () => {
    const { log } = await freshLog();
    const sop = { id: 'sop-a', steps: [{ no: 1, activity: 'Terima', actors: ['staf'], duration: { min: null, max: 2, unit: 'workday' as const } }] };
    const c = await log.createCase({ sopId: 'sop-a' });
    await log.startStep({ caseId: c.id, stepNo: 1, at: '2026-11-23T08:00:00+07:00' }); // Monday 08:00 WIB
    const before = await loadCaseView(log, c.id, sop, '2026-11-25T09:00:00+07:00');
    expect(before.steps[0]).toMatchObject({ workingMinutes: 1020, dueAt: '2026-11-24T16:00:00+07:00', verdict: 'late' });
    await log.putSettings({ localHolidays: ['2026-11-24'] });
    const after = await loadCaseView(log, c.id, sop, '2026-11-25T09:00:00+07:00');
    expect(after.steps[0]).toMatchObject({ workingMinutes: 540, dueAt: '2026-11-25T16:00:00+07:00', verdict: 'on-time' });
  });
});

describe('problems, settings, profiles', () => {
  it('stores recognition problems', async () => {
    const { log } = await freshLog();
    const p = await log.addProblem({ url: 'https://spse.example.go.id/eproc4/admin', pageId: 'admin-home', kind: 'field-not-found', detail: '#nama' });
    expect(p.id).toBeTruthy();
    expect(await log.listProblems()).toEqual([p]);
  });

  it('gives default settings until some are saved', async () => {
    const { log } = await freshLog();
    expect(await log.getStoredSettings()).toBeNull();
    expect(await log.getSettings()).toEqual(settingsSchema.parse({}));
    const s = await log.putSettings({ timeZone: 'Asia/Makassar', localHolidays: ['2026-12-24'] });
    expect(s.timeZone).toBe('Asia/Makassar');
    expect((await log.putSettings({ officeName: 'LPSE Kota X' })).localHolidays).toEqual(['2026-12-24']);
    expect((await log.calendar()).holidays.has('2026-12-24')).toBe(true);
    await expect(log.putSettings({ localHolidays: ['24-12-2026'] })).rejects.toThrow(/Pengaturan tidak sah: localHolidays\[0\]: format tanggal harus YYYY-MM-DD/);
  });

  it('puts, lists and deletes page profiles', async () => {
    const { log } = await freshLog();
    await log.putProfile({ id: 'p1', host: 'spse.a.go.id', pageId: 'pegawai-baru', updatedAt: '2026-11-23T09:00:00+07:00', data: { pageId: 'pegawai-baru', urlPattern: '/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields: {} } });
    await log.putProfile({ id: 'p2', host: 'spse.b.go.id', pageId: 'pegawai-baru', updatedAt: '2026-11-23T09:00:00+07:00', data: { pageId: 'pegawai-baru', urlPattern: '/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields: {} } });
    expect((await log.listProfiles()).length).toBe(2);
    expect((await log.listProfiles('spse.a.go.id')).map((p) => p.id)).toEqual(['p1']);
    await log.deleteProfile('p1');
    expect((await log.listProfiles()).map((p) => p.id)).toEqual(['p2']);
  });
});

describe('failed writes', () => {
  it('rejects with an Indonesian message when the database is closed', async () => {
    const { log } = await freshLog();
    log.close();
    const err = await log.createCase({ sopId: 'sop-a' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LogError);
    expect((err as Error).message).toMatch(/^Gagal menyimpan catatan: basis data sudah ditutup/);
    await expect(log.listCases()).rejects.toThrow(/^Gagal membaca catatan/);
  });

  it('rejects a duplicate id (ConstraintError) and aborts the transaction', async () => {
    const { log } = await freshLog();
    await log.createCase({ sopId: 'sop-a', id: 'same' });
    await expect(log.createCase({ sopId: 'sop-b', id: 'same' })).rejects.toThrow(/^Gagal menyimpan catatan: id sudah ada/);
    expect((await log.getCase('same'))?.sopId).toBe('sop-a');
  });

  it('surfaces an aborted transaction as a rejection, and keeps nothing of it', async () => {
    const { log } = await freshLog();
    const record = caseSchema.parse({ id: 'y', sopId: 'x', letter: {}, receivedAt: '2026-11-23T09:00:00+07:00', createdAt: '2026-11-23T09:00:00+07:00', updatedAt: '2026-11-23T09:00:00+07:00' });
    const err = await log
      .transaction(['cases'], 'readwrite', async (tx) => {
        await tx.objectStore('cases').put(record);
        tx.abort();
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LogError);
    expect((err as Error).message).toMatch(/^Gagal menyimpan catatan: transaksi dibatalkan/);
    expect(await log.getCase('y')).toBeUndefined();
  });

  it('surfaces a full disk (QuotaExceededError)', async () => {
    const { log } = await freshLog();
    const proto = IDBObjectStore.prototype as { add: (...a: unknown[]) => unknown };
    const original = proto.add;
    proto.add = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      await expect(log.createCase({ sopId: 'sop-a' })).rejects.toThrow('Gagal menyimpan catatan: ruang penyimpanan peramban penuh (QuotaExceededError)');
    } finally {
      proto.add = original;
    }
    expect(await log.listCases()).toEqual([]);
  });
});
