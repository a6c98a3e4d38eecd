import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { freshLog } from '../log/helpers';
import { startDevServer, type DevServer } from '../../../scripts/sync/dev-server';
import { putUser, setupDatabase } from '../../../lib/sync/design';
import { openRemote, writeDocs } from '../../../lib/sync/remote';
import { openSyncState } from '../../../lib/sync/state';
import { countPending, syncLog } from '../../../lib/sync/log-sync';
import { checkConnection, SyncError, type ServerConfig } from '../../../lib/sync/server';
import { toDoc, type SyncDoc } from '../../../lib/sync/docs';
import { closeCase, forwardCase, holdCase, listCaseEvents, markRequirement, reopenCase } from '../../../lib/log';

const ADMIN = { name: 'admin', password: 'rahasia-admin' };
let server: DevServer;
let cfg: (user: string, password: string) => ServerConfig;

async function docCount(): Promise<number> {
  const r = await fetch(`${server.url}/pandu/_all_docs`, { headers: { authorization: `Basic ${btoa(`${ADMIN.name}:${ADMIN.password}`)}` } });
  const body = (await r.json()) as { rows: Array<{ id: string }> };
  return body.rows.filter((row) => !row.id.startsWith('_design/')).length;
}

async function staffDevice(user: string, password: string, supervisor = false) {
  const { log } = await freshLog();
  const state = await openSyncState('pandu-sync', new IDBFactory());
  const config = cfg(user, password);
  let failAfter = Infinity;
  const remote = openRemote(config, {
    fetch: (u, i) => {
      if (failAfter-- <= 0) return Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
      return fetch(u, i);
    },
  });
  const sync = () => syncLog(log, remote, state, { user, supervisor }, `${config.url}/${config.database}/${user}`);
  return { log, state, remote, sync, breakAfter: (n: number) => (failAfter = n), heal: () => (failAfter = Infinity) };
}

async function logSteps(log: Awaited<ReturnType<typeof freshLog>>['log'], by: string, count: number) {
  const c = await log.createCase({ sopId: 'sop-a', createdBy: by, assignedTo: by });
  for (let i = 1; i <= count; i++) {
    await log.startStep({ caseId: c.id, stepNo: i, by, at: `2026-11-23T0${Math.min(i, 9)}:00:00.000Z` });
    await log.finishStep({ caseId: c.id, stepNo: i, by, at: `2026-11-23T0${Math.min(i, 9)}:30:00.000Z`, verdict: 'on-time' });
  }
  return c;
}

beforeAll(async () => {
  server = await startDevServer({ admin: ADMIN });
  cfg = (user, password) => ({ url: server.url, database: 'pandu', user, password });
  await setupDatabase(cfg(ADMIN.name, ADMIN.password));
  await putUser(cfg(ADMIN.name, ADMIN.password), 'budi', 'sandi-budi', 'staff');
  await putUser(cfg(ADMIN.name, ADMIN.password), 'ani', 'sandi-ani', 'staff');
  await putUser(cfg(ADMIN.name, ADMIN.password), 'kepala', 'sandi-kepala', 'supervisor');
});
afterAll(async () => server?.close());

describe('team log on CouchDB', () => {
  it('two staff push, the supervisor pulls both; repeated syncs add nothing', async () => {
    const budi = await staffDevice('budi', 'sandi-budi');
    const ani = await staffDevice('ani', 'sandi-ani');
    const boss = await staffDevice('kepala', 'sandi-kepala', true);
    await logSteps(budi.log, 'Budi', 2);
    await logSteps(ani.log, 'Ani', 3);
    expect((await budi.sync()).pushed).toBe(3);
    expect((await ani.sync()).pushed).toBe(4);
    const before = await docCount();
    expect(before).toBe(7);
    const again = await budi.sync();
    expect(again).toMatchObject({ pushed: 0, pending: 0 });
    // Even with the memory of what was sent lost, a second push of the same records adds nothing.
    await budi.state.reset();
    expect((await budi.sync()).pushed).toBe(3);
    expect(await docCount()).toBe(before);

    const r = await boss.sync();
    expect(r.pulled).toBe(7);
    expect((await boss.log.listCases()).map((c) => c.createdBy).sort()).toEqual(['Ani', 'Budi']);
    expect(await boss.log.countEvents()).toBe(5);
    expect((await boss.sync()).pulled).toBe(0);
    // Staff take back only their own records.
    const budi2 = await staffDevice('budi', 'sandi-budi');
    await budi2.sync();
    expect((await budi2.log.listCases()).map((c) => c.createdBy)).toEqual(['Budi']);
  });

  it('a later version of a record wins on every device (event order)', async () => {
    const budi = await staffDevice('budi', 'sandi-budi');
    const boss = await staffDevice('kepala', 'sandi-kepala', true);
    const c = await budi.log.createCase({ sopId: 'sop-b', createdBy: 'Budi' });
    const e = await budi.log.startStep({ caseId: c.id, stepNo: 1, by: 'Budi', at: '2026-11-24T01:00:00.000Z' });
    await budi.sync();
    await boss.sync();
    expect((await boss.log.getEvent(e.id))?.finishedAt).toBeNull();
    // Same clock instant (the test log's clock is fixed): the finished step still wins.
    await budi.log.finishStep({ caseId: c.id, stepNo: 1, at: '2026-11-24T02:00:00.000Z', verdict: 'late' });
    expect((await budi.sync()).pushed).toBe(1);
    await boss.sync();
    expect(await boss.log.getEvent(e.id)).toMatchObject({ finishedAt: '2026-11-24T02:00:00.000Z', verdict: 'late' });
    // A later correction of the case by its owner reaches the supervisor; the older version never comes back.
    const { log: budiLater } = await freshLog('2026-11-25T02:00:00.000Z');
    await budiLater.putCases([{ ...c }]);
    await budiLater.updateCase(c.id, { note: 'berkas lengkap' });
    const budiDevice2 = await staffDevice('budi', 'sandi-budi');
    await budiDevice2.log.putCases([(await budiLater.getCase(c.id))!]);
    await budiDevice2.sync();
    await boss.sync();
    expect((await boss.log.getCase(c.id))?.note).toBe('berkas lengkap');
    await budi.sync();
    expect((await budi.log.getCase(c.id))?.note).toBe('berkas lengkap');
  });

  it('the lifecycle ledger travels: closed, cancelled and held cases keep their status on the supervisor\'s device', async () => {
    const budi = await staffDevice('budi', 'sandi-budi');
    const boss = await staffDevice('kepala', 'sandi-kepala', true);
    const done = await budi.log.createCase({ sopId: 'sop-l', createdBy: 'Budi', letter: { number: 'L-1' } });
    const cancelled = await budi.log.createCase({ sopId: 'sop-l', createdBy: 'Budi', letter: { number: 'L-2' } });
    const held = await budi.log.createCase({ sopId: 'sop-l', createdBy: 'Budi', letter: { number: 'L-3' } });
    await closeCase(budi.log, { caseId: done.id, status: 'done', by: 'Budi' });
    await closeCase(budi.log, { caseId: cancelled.id, status: 'cancelled', by: 'Budi', reason: 'ditarik pemohon' });
    await holdCase(budi.log, { caseId: held.id, by: 'Budi', reason: 'menunggu kelengkapan' });
    // Three cases and three ledger events; a second sync sends nothing.
    expect(await budi.sync()).toMatchObject({ pushed: 6, pending: 0 });
    expect(await budi.sync()).toMatchObject({ pushed: 0, pending: 0 });
    await boss.sync();
    const status = async (id: string) => (await boss.log.getCase(id))?.status;
    expect([await status(done.id), await status(cancelled.id), await status(held.id)]).toEqual(['done', 'cancelled', 'waiting']);
    expect((await listCaseEvents(boss.log, cancelled.id)).map((e) => [e.kind, e.closeStatus, e.reason])).toEqual([['closed', 'cancelled', 'ditarik pemohon']]);
    // A later transition (reopen) reaches the supervisor too; the supervisor's repeated sync adds nothing.
    await reopenCase(budi.log, { caseId: done.id, by: 'Budi', reason: 'salah tutup', at: '2026-11-23T03:00:00.000Z' });
    // The status line's "waiting to be sent" counts it: the ledger event alone (the case record is unchanged).
    expect(await countPending(budi.log, budi.state)).toBe(1);
    expect(await budi.sync()).toMatchObject({ pushed: 1, pending: 0 });
    await boss.sync();
    expect(await status(done.id)).toBe('open');
    expect((await boss.sync()).pulled).toBe(0);
    expect(await boss.log.listCases({ status: 'cancelled' })).toHaveLength(1);
    // The case marks of the ledger travel the same way: kelengkapan ticks and "Diteruskan kepada".
    await markRequirement(budi.log, { caseId: held.id, stepNo: 1, requirement: 0, checked: true, by: 'Budi', at: '2026-11-23T03:00:00.000Z' });
    await forwardCase(budi.log, { caseId: held.id, to: 'Kepala Seksi', by: 'Budi', at: '2026-11-23T03:00:00.000Z' });
    expect(await budi.sync()).toMatchObject({ pushed: 2, pending: 0 });
    await boss.sync();
    expect((await listCaseEvents(boss.log, held.id)).map((e) => [e.kind, e.requirement, e.checked, e.forwardedTo])).toEqual(
      expect.arrayContaining([
        ['requirement-checked', 0, true, null],
        ['forwarded', null, null, 'Kepala Seksi'],
      ]),
    );
    // A new device of the same staff member takes back their ledger with their cases.
    const budi2 = await staffDevice('budi', 'sandi-budi');
    await budi2.sync();
    expect((await budi2.log.getCase(cancelled.id))?.status).toBe('cancelled');
    expect(await budi2.sync()).toMatchObject({ pushed: 0, pending: 0 });
  });

  it('the server down mid-burst: the rest stays pending, nothing is lost or doubled', async () => {
    const ani = await staffDevice('ani', 'sandi-ani');
    const boss = await staffDevice('kepala', 'sandi-kepala', true);
    // 1 case + 1200 events: three push batches; the second batch's request fails.
    const c = await ani.log.createCase({ sopId: 'sop-c', createdBy: 'Ani' });
    const events = Array.from({ length: 1200 }, (_, i) => ({ id: `burst-${String(i).padStart(5, '0')}`, caseId: c.id, stepNo: (i % 999) + 1, startedAt: '2026-11-24T03:00:00.000Z', finishedAt: '2026-11-24T03:10:00.000Z', by: 'Ani', updatedAt: '2026-11-24T03:10:00.000Z' }));
    await ani.log.putEvents(events);
    const start = await docCount();
    ani.breakAfter(1);
    await expect(ani.sync()).rejects.toMatchObject({ code: 'unreachable' });
    const meta = await ani.state.meta(`${server.url}/pandu/ani`);
    expect(meta.lastError).toMatch(/tidak dapat dihubungi/);
    expect(meta.pending).toBe(701);
    ani.heal();
    expect((await ani.sync()).pushed).toBe(701);
    expect(await docCount()).toBe(start + 1201);
    await boss.sync();
    expect((await boss.log.listEvents(c.id)).length).toBe(1200);
  });

  it('refuses a wrong password, a missing database, an impersonating or schema-breaking write', async () => {
    await expect(checkConnection(cfg('budi', 'salah'))).rejects.toMatchObject({ code: 'auth', message: expect.stringMatching(/kata sandi CouchDB salah/) });
    await expect(checkConnection({ ...cfg('budi', 'sandi-budi'), database: 'tidak-ada' })).rejects.toMatchObject({ code: 'db-missing', message: expect.stringMatching(/Basis data "tidak-ada" tidak ada/) });
    expect(await checkConnection(cfg('kepala', 'sandi-kepala'))).toMatchObject({ name: 'kepala', supervisor: true });
    const budi = openRemote(cfg('budi', 'sandi-budi'));
    const kase = { id: 'k-imp', sopId: 'sop-a', sopVersion: '1', letter: { number: null, date: null, sender: null, subject: null, role: null }, people: [], receivedAt: '2026-11-24T01:00:00.000Z', status: 'open' as const, assignedTo: null, createdBy: 'Ani', createdAt: '2026-11-24T01:00:00.000Z', updatedAt: '2026-11-24T01:00:00.000Z', note: null };
    await expect(writeDocs(budi, [await toDoc('case', kase, 'ani')])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/atas nama orang lain/) });
    const broken = { ...(await toDoc('case', kase, 'budi')), record: { ...kase, sopId: '' } } as SyncDoc;
    await expect(writeDocs(budi, [broken])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/sopId/) });
    // Step events and ledger events: the same rules (author = the CouchDB user, the record's schema, the password).
    const step = { id: 'se-imp', caseId: 'k-imp', stepNo: 1, actor: null, startedAt: '2026-11-24T01:00:00.000Z', finishedAt: null, by: 'Ani', note: null, verdict: null, decision: null, updatedAt: '2026-11-24T01:00:00.000Z' };
    await expect(writeDocs(budi, [await toDoc('event', step, 'ani')])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/atas nama orang lain/) });
    const wrongPassword = openRemote(cfg('budi', 'salah'));
    await expect(writeDocs(wrongPassword, [await toDoc('event', step, 'budi')])).rejects.toMatchObject({ code: 'auth', message: expect.stringMatching(/kata sandi CouchDB salah/) });
    const closed = { id: 'le-imp', caseId: 'k-imp', kind: 'closed' as const, at: '2026-11-24T02:00:00.000Z', by: 'Ani', reason: null, closeStatus: 'cancelled' as const, stepNo: null, person: null, undoes: null, requirement: null, checked: null, forwardedTo: null, auto: false, recordedAt: '2026-11-24T02:00:00.000Z' };
    await expect(writeDocs(budi, [await toDoc('ledger', closed, 'ani')])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/atas nama orang lain/) });
    const badKind = { ...(await toDoc('ledger', closed, 'budi')), record: { ...closed, kind: 'dihapus' } } as unknown as SyncDoc;
    await expect(writeDocs(budi, [badKind])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/record.kind/) });
    const badClose = await toDoc('ledger', { ...closed, closeStatus: 'hilang' } as unknown as typeof closed, 'budi');
    await expect(writeDocs(budi, [badClose])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/record.closeStatus/) });
    const badCheck = await toDoc('ledger', { ...closed, kind: 'requirement-checked', closeStatus: null, stepNo: 1, requirement: 0, checked: 'ya' } as unknown as typeof closed, 'budi');
    await expect(writeDocs(budi, [badCheck])).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/record.checked/) });
    await expect(writeDocs(wrongPassword, [await toDoc('ledger', closed, 'budi')])).rejects.toMatchObject({ code: 'auth' });
    await writeDocs(budi, [await toDoc('ledger', closed, 'budi')]);
    const ok = await toDoc('case', kase, 'budi');
    await writeDocs(budi, [ok]);
    await writeDocs(budi, [ok]);
  });

  it('an unreachable server fails within seconds with an Indonesian message', async () => {
    const t0 = Date.now();
    const err = await checkConnection({ url: 'http://127.0.0.1:9', database: 'pandu', user: 'budi', password: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).code).toBe('unreachable');
    expect((err as SyncError).message).toMatch(/tidak dapat dihubungi/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
