/**
 * Step-event volume benchmark: writes COUNT step events (batched transactions, validated like an
 * import) into fake-indexeddb through lib/log, reads them all back in batches, and looks up a
 * sample of cases by index.
 *
 *   npx tsx bench/log-events.bench.ts [count]     (default 1,000,000)
 *
 * fake-indexeddb keeps everything in memory and has no disk: the "database size" printed is the
 * serialized (JSON, UTF-8) size of the stored records, not a file size.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLog } from '../lib/log';
import type { StepEvent } from '../lib/log/schema';

const count = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(count) || count <= 0) {
  process.stderr.write('Pemakaian: npx tsx bench/log-events.bench.ts [jumlah > 0]\n');
  process.exit(2);
}
const BATCH = 10_000;
const EVENTS_PER_CASE = 8;

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Events for cases numbered from `first`: realistic ids (UUIDs), 8 steps a case, minutes apart. */
function makeBatch(start: number, n: number, caseIds: string[]): StepEvent[] {
  const out: StepEvent[] = [];
  const base = Date.parse('2026-01-05T01:00:00Z');
  for (let i = start; i < start + n; i++) {
    const c = Math.floor(i / EVENTS_PER_CASE);
    caseIds[c] ??= crypto.randomUUID();
    const startedMs = base + c * 3_600_000 + (i % EVENTS_PER_CASE) * 900_000;
    const startedAt = new Date(startedMs).toISOString();
    const finishedAt = new Date(startedMs + 600_000).toISOString();
    out.push({
      id: crypto.randomUUID(),
      caseId: caseIds[c],
      stepNo: (i % EVENTS_PER_CASE) + 1,
      actor: 'admin-ppe',
      startedAt,
      finishedAt,
      by: 'Staf LPSE',
      note: null,
      verdict: i % 5 === 0 ? 'late' : 'on-time',
      decision: null,
      updatedAt: finishedAt,
    });
  }
  return out;
}

async function main(): Promise<void> {
  const log = await openLog('bench', new IDBFactory(), { keyRange: IDBKeyRange });
  const caseIds: string[] = [];
  let bytes = 0;
  let writeMs = 0;
  process.stdout.write(`Pandu SPSE — bench log-events: ${count.toLocaleString('en')} step events, batches of ${BATCH.toLocaleString('en')}\n`);
  for (let done = 0; done < count; done += BATCH) {
    const batch = makeBatch(done, Math.min(BATCH, count - done), caseIds);
    for (const e of batch) bytes += Buffer.byteLength(JSON.stringify(e));
    const t0 = performance.now();
    await log.putEvents(batch);
    writeMs += performance.now() - t0;
    if ((done / BATCH) % 20 === 19) process.stdout.write(`  … ${(done + batch.length).toLocaleString('en')} written\n`);
  }

  const t1 = performance.now();
  let read = 0;
  for await (const batch of log.iterateEvents(BATCH)) read += batch.length;
  const readMs = performance.now() - t1;
  if (read !== count) throw new Error(`read ${read} events, wrote ${count}`);

  const sample = Math.min(1000, caseIds.length);
  const t2 = performance.now();
  let perCase = 0;
  for (let i = 0; i < sample; i++) perCase += (await log.listEvents(caseIds[Math.floor((i * caseIds.length) / sample)])).length;
  const caseMs = performance.now() - t2;

  const mem = process.memoryUsage();
  const rows = [
    ['write', `${Math.round(count / (writeMs / 1000)).toLocaleString('en')} events/s`, `${(writeMs / 1000).toFixed(1)} s (zod validation + put, ${Math.ceil(count / BATCH)} transactions)`],
    ['read (all, batched)', `${Math.round(read / (readMs / 1000)).toLocaleString('en')} events/s`, `${(readMs / 1000).toFixed(1)} s`],
    ['read (by case index)', `${(caseMs / sample).toFixed(2)} ms/case`, `${sample} cases, ${perCase} events`],
    ['database size', `${mb(bytes)} MB`, 'serialized JSON of the stored records (fake-indexeddb has no disk)'],
    ['process memory', `${mb(mem.rss)} MB rss`, `${mb(mem.heapUsed)} MB heap in use`],
  ];
  for (const [what, value, note] of rows) process.stdout.write(`${what.padEnd(22)} ${value.padEnd(22)} ${note}\n`);
  log.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`Galat: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
