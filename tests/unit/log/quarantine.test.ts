import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import './helpers';
import { exportBackup, listQuarantine, openDatabase, openLog, parseBackup, restoreBackup } from '../../../lib/log';

const T = '2026-01-05T09:00:00+07:00';

/** Writes raw records (no validation) into a database of the given version. */
async function rawPut(factory: IDBFactory, version: number, puts: Array<[string, unknown, string?]>): Promise<void> {
  const saved = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    const db = await openDB('pandu-spse', version);
    for (const [store, value, key] of puts) await db.put(store as never, value as never, key as never);
    db.close();
  } finally {
    globalThis.indexedDB = saved;
  }
}

/** A version-2 database (what users have today) holding records the stricter checks refuse. */
async function oldDatabase(): Promise<IDBFactory> {
  const factory = new IDBFactory();
  (await openDatabase('pandu-spse', factory, 2)).close();
  await rawPut(factory, 2, [
    ['cases', { id: 'ok', sopId: 'sop-a', sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: T, status: 'open', assignedTo: null, createdBy: null, createdAt: T, updatedAt: T, note: null }],
    // Certain repair: a v1-style case without createdAt / updatedAt.
    ['cases', { id: 'repairable', sopId: 'sop-a', letter: {}, receivedAt: T }],
    // No certain repair: a typo year, a 50,000-character name.
    ['cases', { id: 'year-0202', sopId: 'sop-a', letter: {}, receivedAt: '0202-05-04T09:00:00+07:00', createdAt: T, updatedAt: T }],
    ['cases', { id: 'long-name', sopId: 'sop-a', letter: {}, people: [{ name: 'x'.repeat(50_000) }], receivedAt: T, createdAt: T, updatedAt: T }],
    ['events', { id: 'e-ok', caseId: 'ok', stepNo: 1, startedAt: T, finishedAt: null, updatedAt: T }],
    ['events', { id: 'e-minus', caseId: 'ok', stepNo: -7, startedAt: T, updatedAt: T }],
    ['events', { id: 'e-backwards', caseId: 'ok', stepNo: 2, startedAt: T, finishedAt: '2026-01-05T08:00:00+07:00', updatedAt: T }],
    ['events', { id: 'e-orphan', caseId: 'year-0202', stepNo: 1, startedAt: T, updatedAt: T }],
    ['profiles', { id: 'pr', host: 'h', pageId: 'p', updatedAt: T, data: { anything: true } }],
    ['settings', { workingHours: { '1': { from: 'abc', to: '99:99' } } }, 'current'],
  ]);
  return factory;
}

describe('after the upgrade no record is hidden or exported as-is (issue 11 item 7)', () => {
  it('repairs what is certain and quarantines the rest, visibly, with Indonesian reasons', async () => {
    const log = await openLog('pandu-spse', await oldDatabase(), { keyRange: IDBKeyRange });
    expect((await log.listCases()).map((c) => c.id).sort()).toEqual(['ok', 'repairable']);
    expect(await log.getCase('repairable')).toMatchObject({ createdAt: T, updatedAt: T, people: [], status: 'open' });
    expect((await log.listEvents('ok')).map((e) => e.id)).toEqual(['e-ok']);
    expect((await log.getSettings()).workingHours['1']).toEqual({ from: '08:00', to: '16:00' }); // defaults, not "abc"

    const q = await listQuarantine(log);
    const by = new Map(q.map((r) => [`${r.store}:${r.key}`, r]));
    expect([...by.keys()].sort()).toEqual(['cases:long-name', 'cases:year-0202', 'events:e-backwards', 'events:e-minus', 'events:e-orphan', 'profiles:pr', 'settings:current']);
    expect(by.get('cases:year-0202')!.reasons.join()).toMatch(/receivedAt: .*2000-01-01/);
    expect(by.get('events:e-backwards')!.reasons.join()).toMatch(/sebelum waktu mulai/);
    expect(by.get('events:e-orphan')!.reasons.join()).toMatch(/kasus year-0202/);
    expect(by.get('settings:current')!.record).toEqual({ workingHours: { '1': { from: 'abc', to: '99:99' } } });
    log.close();
  });

  it('export after the upgrade, then restore, succeeds', async () => {
    const log = await openLog('pandu-spse', await oldDatabase(), { keyRange: IDBKeyRange });
    const backup = JSON.parse(JSON.stringify(await exportBackup(log, 'Sari')));
    expect(parseBackup(backup)).toMatchObject({ ok: true });
    const target = await openLog('other', new IDBFactory(), { keyRange: IDBKeyRange });
    await expect(restoreBackup(target, backup, { mode: 'replace' })).resolves.toMatchObject({ mode: 'replace' });
    expect((await target.listCases()).length).toBe(2);
    log.close();
    target.close();
  });

  it('a bad record written behind the log’s back is quarantined at export, never exported', async () => {
    const factory = new IDBFactory();
    const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    const c = await log.createCase({ sopId: 'sop-a', receivedAt: '2026-11-23T09:00:00+07:00' });
    await log.db.put('events', { id: 'sneaky', caseId: c.id, stepNo: 1e15, startedAt: T, updatedAt: T } as never);
    const backup = await exportBackup(log);
    expect(backup.events.map((e) => e.id)).toEqual([]);
    expect(parseBackup(JSON.parse(JSON.stringify(backup))).ok).toBe(true);
    expect((await listQuarantine(log)).map((r) => r.key)).toEqual(['sneaky']);
    log.close();
  });
});

describe('the case ledger is checked like the other records', () => {
  it('sets aside ledger events with out-of-window dates or without their case; keeps the valid ones', async () => {
    const { quarantineLog } = await import('../../../lib/log');
    const factory = new IDBFactory();
    (await openDatabase('pandu-spse', factory, 4)).close();
    await rawPut(factory, 4, [
      ['cases', { id: 'ok', sopId: 'sop-a', sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: T, status: 'open', assignedTo: null, createdBy: null, createdAt: T, updatedAt: T, note: null }],
      ['caseEvents', { id: 'le-ok', caseId: 'ok', kind: 'held', at: T, reason: 'menunggu berkas', recordedAt: T }],
      ['caseEvents', { id: 'le-year', caseId: 'ok', kind: 'resumed', at: '0202-01-05T09:00:00+07:00', recordedAt: T }],
      ['caseEvents', { id: 'le-orphan', caseId: 'gone', kind: 'held', at: T, recordedAt: T }],
    ]);
    const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange });
    expect(await quarantineLog(log)).toMatchObject({ quarantined: 2 });
    const q = new Map((await listQuarantine(log)).map((r) => [`${r.store}:${r.key}`, r]));
    expect([...q.keys()].sort()).toEqual(['caseEvents:le-orphan', 'caseEvents:le-year']);
    expect(q.get('caseEvents:le-year')!.reasons.join()).toMatch(/^at: .*2000-01-01/);
    expect(q.get('caseEvents:le-orphan')!.reasons.join()).toMatch(/kasus gone/);
    expect((await exportBackup(log)).caseEvents.map((e) => e.id)).toEqual(['le-ok']);
    log.close();
  });
});
