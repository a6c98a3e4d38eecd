/**
 * Team-sync benchmark: a log of COUNT step events (fake-indexeddb, through lib/log) synced to the
 * dev CouchDB server (express-pouchdb, in memory, on 127.0.0.1) — the initial sync, then an
 * incremental sync after INCREMENT new events, then a supervisor's initial pull of everything.
 *
 *   npm run bench sync            npx tsx bench/sync.bench.ts [count] [increment]
 *
 * The server is in-memory PouchDB, much slower per write than Apache CouchDB: read the numbers
 * as an upper bound for the client side.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLog } from '../lib/log';
import type { StepEvent } from '../lib/log/schema';
import { startDevServer } from '../scripts/sync/dev-server';
import { putUser, setupDatabase } from '../lib/sync/design';
import { openRemote } from '../lib/sync/remote';
import { openSyncState } from '../lib/sync/state';
import { syncLog } from '../lib/sync/log-sync';

const count = Number(process.argv[2] ?? 100_000);
const increment = Number(process.argv[3] ?? 100);
const EVENTS_PER_CASE = 8;

function events(from: number, n: number, caseIds: string[]): StepEvent[] {
  const out: StepEvent[] = [];
  for (let i = from; i < from + n; i++) {
    const t = new Date(Date.UTC(2026, 0, 5) + i * 60_000).toISOString();
    out.push({ id: `ev-${String(i).padStart(8, '0')}`, caseId: caseIds[Math.floor(i / EVENTS_PER_CASE) % caseIds.length], stepNo: (i % EVENTS_PER_CASE) + 1, actor: 'admin-ppe', startedAt: t, finishedAt: t, by: 'Budi', note: null, verdict: 'on-time', decision: null, updatedAt: t });
  }
  return out;
}

const admin = { name: 'admin', password: 'bench' };
const server = await startDevServer({ admin });
const cfg = (user: string, password: string) => ({ url: server.url, database: 'pandu', user, password });
await setupDatabase(cfg(admin.name, admin.password));
await putUser(cfg(admin.name, admin.password), 'budi', 'b', 'staff');
await putUser(cfg(admin.name, admin.password), 'kepala', 'k', 'supervisor');

const log = await openLog('bench', new IDBFactory(), { keyRange: IDBKeyRange });
const caseCount = Math.ceil(count / EVENTS_PER_CASE);
const caseIds: string[] = [];
for (let i = 0; i < caseCount; i += 1000) {
  const batch = Array.from({ length: Math.min(1000, caseCount - i) }, (_, j) => {
    const t = new Date(Date.UTC(2026, 0, 5) + (i + j) * 60_000).toISOString();
    const id = `case-${String(i + j).padStart(7, '0')}`;
    caseIds.push(id);
    return { id, sopId: 'oganilir-04-user-id-ppk', letter: {}, receivedAt: t, createdAt: t, updatedAt: t, createdBy: 'Budi' };
  });
  await log.putCases(batch);
}
for (let i = 0; i < count; i += 10_000) await log.putEvents(events(i, Math.min(10_000, count - i), caseIds), { validate: false });

const state = await openSyncState('bench-sync', new IDBFactory());
const remote = openRemote(cfg('budi', 'b'), { timeoutMs: 120_000 });
const who = { user: 'budi', supervisor: false };
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} records/s`;

let t0 = performance.now();
const first = await syncLog(log, remote, state, who, 'bench');
let ms = performance.now() - t0;
process.stdout.write(`initial sync: ${first.pushed.toLocaleString('en')} records (${caseCount.toLocaleString('en')} cases + ${count.toLocaleString('en')} events) in ${(ms / 1000).toFixed(1)} s (${rate(first.pushed, ms)})\n`);

await log.putEvents(events(count, increment, caseIds), { validate: false });
t0 = performance.now();
const inc = await syncLog(log, remote, state, who, 'bench');
ms = performance.now() - t0;
process.stdout.write(`incremental sync: ${inc.pushed} new events in ${ms.toFixed(0)} ms (scan of ${(caseCount + count + increment).toLocaleString('en')} local records included)\n`);

t0 = performance.now();
const nothing = await syncLog(log, remote, state, who, 'bench');
ms = performance.now() - t0;
process.stdout.write(`sync with nothing new: ${nothing.pushed} sent in ${ms.toFixed(0)} ms\n`);

const bossLog = await openLog('boss', new IDBFactory(), { keyRange: IDBKeyRange });
const bossState = await openSyncState('boss-sync', new IDBFactory());
t0 = performance.now();
const pulled = await syncLog(bossLog, openRemote(cfg('kepala', 'k'), { timeoutMs: 120_000 }), bossState, { user: 'kepala', supervisor: true }, 'boss');
ms = performance.now() - t0;
process.stdout.write(`supervisor's initial pull: ${pulled.pulled.toLocaleString('en')} records in ${(ms / 1000).toFixed(1)} s (${rate(pulled.pulled, ms)})\n`);
await server.close();
