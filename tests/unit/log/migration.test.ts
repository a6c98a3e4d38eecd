import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import './helpers';
import { DB_VERSION, MIGRATIONS, LogError, listQuarantine, openDatabase, openLog } from '../../../lib/log';

/** Creates a database with the version 1 layout (see lib/log/db.ts) through raw idb, and fills it. */
async function makeV1(factory: IDBFactory): Promise<void> {
  const saved = globalThis.indexedDB;
  globalThis.indexedDB = factory; // raw idb opens through the global factory
  try {
    const db = await openDB('pandu-spse', 1, {
      upgrade(db) {
        db.createObjectStore('cases', { keyPath: 'id' }).createIndex('status', 'status');
        db.createObjectStore('events', { keyPath: 'id' }).createIndex('caseId', 'caseId');
        db.createObjectStore('problems', { keyPath: 'id' });
        db.createObjectStore('settings');
      },
    });
    // v1 records lack fields added later (assignedTo, createdBy, note, updatedAt; actor, verdict, decision).
    await db.put('cases', { id: 'c1', sopId: 'sop-a', sopVersion: '1', letter: { number: '1/X', date: null, sender: 'Dinas', subject: 'Akun', role: null }, people: [{ name: 'Budi', nip: null, position: null, email: null, phone: null }], receivedAt: '2026-01-05T09:00:00+07:00', status: 'open', createdAt: '2026-01-05T09:00:00+07:00' });
    await db.put('cases', { id: 'c2', sopId: 'sop-b', letter: {}, receivedAt: '2026-01-06T09:00:00+07:00', status: 'done' });
    for (let i = 0; i < 50; i++) {
      await db.put('events', { id: `e${i}`, caseId: i % 2 ? 'c1' : 'c2', stepNo: i % 5, startedAt: '2026-01-05T10:00:00+07:00', finishedAt: i % 3 ? '2026-01-05T10:20:00+07:00' : null, by: 'Sari' });
    }
    await db.put('problems', { id: 'p1', at: '2026-01-05T10:00:00+07:00', url: 'https://spse/x', pageId: 'x', kind: 'page-unknown', detail: '' });
    await db.put('settings', { officeName: 'LPSE Lama', timeZone: 'Asia/Makassar' }, 'current');
    // A record the current schema cannot read must survive too.
    await db.put('events', { id: 'weird', caseId: 'c1', stepNo: 'tiga' });
    db.close();
  } finally {
    globalThis.indexedDB = saved;
  }
}

describe('migration v1 → current', () => {
  it('upgrades a filled v1 database and loses nothing', async () => {
    expect(DB_VERSION).toBe(4);
    const factory = new IDBFactory();
    await makeV1(factory);
    const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    expect(log.db.version).toBe(4);
    expect([...log.db.objectStoreNames].sort()).toEqual(['caseEvents', 'cases', 'events', 'problems', 'profiles', 'quarantine', 'settings']);

    const cases = await log.listCases();
    expect(cases.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(cases[0]).toMatchObject({ sopId: 'sop-a', assignedTo: null, createdBy: null, note: null, updatedAt: '2026-01-05T09:00:00+07:00' });
    expect(cases[0].people[0]).toMatchObject({ name: 'Budi', doneAt: null });
    expect(cases[1]).toMatchObject({ status: 'done', createdAt: '2026-01-06T09:00:00+07:00', sopVersion: '1' });
    // The new indexes work on the old records.
    expect((await log.listCases({ sopId: 'sop-b' })).map((c) => c.id)).toEqual(['c2']);
    expect((await log.listCases({ status: 'open' })).map((c) => c.id)).toEqual(['c1']);

    // Step number 0 (10 events) and the unreadable one are set aside whole, with their reasons.
    expect(await log.countEvents()).toBe(40);
    const quarantined = await listQuarantine(log);
    expect(quarantined.length).toBe(11);
    const c1 = await log.listEvents('c1');
    expect(c1.length).toBe(20); // 25 minus the 5 with step number 0
    const e1 = await log.getEvent('e1');
    expect(e1).toMatchObject({ verdict: null, decision: null, actor: null, note: null, by: 'Sari', updatedAt: '2026-01-05T10:20:00+07:00' });
    expect(await log.getEvent('weird')).toBeUndefined();
    expect(quarantined.find((q) => q.key === 'weird')).toMatchObject({ store: 'events', record: { stepNo: 'tiga' }, reasons: expect.arrayContaining([expect.stringMatching(/^stepNo: /)]) });

    expect((await log.listProblems()).map((p) => p.id)).toEqual(['p1']);
    const settings = await log.getSettings();
    expect(settings).toMatchObject({ officeName: 'LPSE Lama', timeZone: 'Asia/Makassar', nationalHolidays: true });
    expect(await log.listProfiles()).toEqual([]);
    log.close();

    // Opening again is a no-op upgrade: the same data.
    const again = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    expect(await again.countEvents()).toBe(40);
    expect((await listQuarantine(again)).length).toBe(11);
    again.close();
  });

  it('leaves the database untouched when a migration fails', async () => {
    const factory = new IDBFactory();
    const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    await log.createCase({ sopId: 'sop-a', id: 'keep' });
    log.close();
    MIGRATIONS.push({
      version: DB_VERSION + 1,
      schema: (db) => void db.createObjectStore('agenda', { keyPath: 'id' }),
      data: async () => {
        throw new Error('rusak');
      },
    });
    try {
      const err = await openDatabase('pandu-spse', factory, DB_VERSION + 1).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LogError);
      expect((err as Error).message).toBe(`Gagal memperbarui susunan catatan ke versi ${DB_VERSION + 1}: Error: rusak`);
    } finally {
      MIGRATIONS.pop();
    }
    const again = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    expect(again.db.version).toBe(DB_VERSION);
    expect([...again.db.objectStoreNames]).not.toContain('agenda');
    expect((await again.getCase('keep'))?.sopId).toBe('sop-a');
    again.close();
  });

  it('v3 → v4 adds the case ledger and keeps every case with its stored status', async () => {
    const factory = new IDBFactory();
    const v2 = await openDatabase('pandu-spse', factory, 3);
    await v2.put('cases', { id: 'old-done', sopId: 'sop-a', sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: '2026-01-05T09:00:00+07:00', status: 'done', assignedTo: null, createdBy: null, createdAt: '2026-01-05T09:00:00+07:00', updatedAt: '2026-01-05T09:00:00+07:00', note: null });
    v2.close();
    const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    expect(log.db.version).toBe(4);
    expect([...log.db.objectStoreNames]).toContain('quarantine');
    expect([...log.db.transaction('caseEvents').store.indexNames]).toEqual(['caseId']);
    expect((await log.getCase('old-done'))?.status).toBe('done');
    expect((await log.listCases({ status: 'done' })).map((c) => c.id)).toEqual(['old-done']);
    log.close();
  });

  it('creates the current layout from nothing', async () => {
    const log = await openLog('fresh', new IDBFactory(), { keyRange: IDBKeyRange });
    expect([...log.db.transaction('events').store.indexNames].sort()).toEqual(['caseId', 'caseStep', 'startedAt']);
    expect([...log.db.transaction('cases').store.indexNames].sort()).toEqual(['receivedAt', 'sopId', 'status']);
    log.close();
  });
});
