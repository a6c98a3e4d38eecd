import type { Log } from '../log/log';
import type { Case, CaseEvent, StepEvent } from '../log/schema';
import { allCaseEvents, putCaseEvents, storedCases } from '../log/ledger';
import { contentHash, currentVersions, fingerprint, fromDoc, laterVersion, toDoc, type RecordVersion, type SyncDoc, type SyncKind } from './docs';
import { PUSH_BATCH, changesPage, writeDocs, type Remote } from './remote';
import type { KnownVersion, SyncState } from './state';
import { SyncError } from './server';

/**
 * One sync of the local log (IndexedDB, the store of record) with the team database:
 * 1. push: every case, step event and ledger event (case lifecycle: held, closed, reopened, …)
 *    whose version the server does not have yet, stamped with this user, in batches; a batch is
 *    remembered only after the server accepted it, so a failure mid-way leaves the rest pending
 *    and the next sync sends it again (a no-op for what arrived);
 * 2. pull: the changes feed after the checkpoint; a supervisor takes every staff member's
 *    records, staff only their own; a record is written when the server's version is later in
 *    event order than the local one; a ledger event (written once, never changed) when it is new.
 * Cases travel as stored: their status is derived from the ledger on every device.
 */

export type SyncWho = { user: string; supervisor: boolean };
export type SyncResult = { pushed: number; pulled: number; skipped: number; rejected: Array<{ id: string; reason: string }>; pending: number; at: string };

const keyOf = (kind: SyncKind, id: string) => `${kind}:${id}`;

type Pending = { kind: 'case'; record: Case } | { kind: 'event'; record: StepEvent } | { kind: 'ledger'; record: CaseEvent };

/** Push order: a case before its step and ledger events. */
const KIND_ORDER: Record<SyncKind, number> = { case: 0, event: 1, ledger: 2 };

/** Local records whose current version the server does not know. */
export async function pendingRecords(log: Log, known: Map<string, KnownVersion>): Promise<Pending[]> {
  const out: Pending[] = [];
  const changed = (kind: SyncKind, record: { id: string }) => known.get(keyOf(kind, record.id))?.fp !== fingerprint(record);
  for (const c of await storedCases(log)) if (changed('case', c)) out.push({ kind: 'case', record: c });
  for await (const batch of log.iterateEvents(2000)) {
    for (const e of batch) if (changed('event', e)) out.push({ kind: 'event', record: e });
  }
  for (const e of await allCaseEvents(log)) if (changed('ledger', e)) out.push({ kind: 'ledger', record: e });
  return out;
}

export async function countPending(log: Log, state: SyncState): Promise<number> {
  return (await pendingRecords(log, await state.allKnown())).length;
}

/** The server document of a pending record, stamped with its author. */
export function pendingDoc(p: Pending, staff: string): Promise<SyncDoc> {
  if (p.kind === 'case') return toDoc('case', p.record, staff);
  if (p.kind === 'event') return toDoc('event', p.record, staff);
  return toDoc('ledger', p.record, staff);
}

/** Sends every pending record; returns how many were sent and how many stay pending. */
export async function pushLog(log: Log, remote: Remote, state: SyncState, who: SyncWho, onProgress?: (sent: number, total: number) => void): Promise<{ pushed: number; pending: number }> {
  const pending = await pendingRecords(log, await state.allKnown());
  // Cases first: a step or ledger event never arrives before its case.
  pending.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  let pushed = 0;
  for (let i = 0; i < pending.length; i += PUSH_BATCH) {
    const slice = pending.slice(i, i + PUSH_BATCH);
    const docs: SyncDoc[] = await Promise.all(slice.map((p) => pendingDoc(p, who.user)));
    await writeDocs(remote, docs);
    await state.putKnown(slice.map((p, j) => ({ key: keyOf(p.kind, p.record.id), fp: fingerprint(p.record), hash: docs[j]._rev.slice(2) })));
    pushed += slice.length;
    onProgress?.(pushed, pending.length);
  }
  return { pushed, pending: pending.length - pushed };
}

/** Reads the changes feed after `since` into record versions (every page), with the last checkpoint. */
export async function readChanges(remote: Remote, since: string | number, accept: (v: RecordVersion) => boolean = () => true) {
  const versions: RecordVersion[] = [];
  const rejected: Array<{ id: string; reason: string }> = [];
  let seq = since;
  for (;;) {
    const page = await changesPage(remote, seq);
    for (const doc of page.docs) {
      if (String((doc as { _id?: string })._id ?? '').startsWith('_design/')) continue;
      if ((doc as { _deleted?: boolean })._deleted) continue;
      const r = await fromDoc(doc);
      if (!r.ok) rejected.push({ id: r.id, reason: r.reason });
      else if (accept(r.version)) versions.push(r.version);
    }
    seq = page.lastSeq;
    if (!page.more) break;
  }
  return { versions, rejected, lastSeq: seq };
}

async function storedCase(log: Log, id: string): Promise<Case | undefined> {
  return log.transaction(['cases'], 'readonly', (tx) => tx.objectStore('cases').get(id));
}

/**
 * Takes the server's versions that are later than the local ones, and the ledger events this log
 * lacks (of cases it has); returns how many were written.
 */
export async function importVersions(log: Log, state: SyncState, versions: Iterable<RecordVersion>): Promise<{ written: number; skipped: number }> {
  const { cases, events, ledger } = currentVersions(versions);
  const known: KnownVersion[] = [];
  const newCases: Case[] = [];
  const newEvents: StepEvent[] = [];
  const newLedger: CaseEvent[] = [];
  let skipped = 0;
  for (const v of cases.values()) {
    const local = await storedCase(log, v.record.id);
    const localHash = local ? await contentHash(local) : '';
    if (local && (localHash === v.hash || laterVersion({ record: local, hash: localHash }, v) !== v)) skipped++;
    else newCases.push(v.record);
    known.push({ key: keyOf('case', v.record.id), fp: fingerprint(v.record), hash: v.hash });
  }
  for (const v of events.values()) {
    const local = await log.getEvent(v.record.id);
    const localHash = local ? await contentHash(local) : '';
    if (local && (localHash === v.hash || laterVersion({ record: local, hash: localHash }, v) !== v)) skipped++;
    else newEvents.push(v.record);
    known.push({ key: keyOf('event', v.record.id), fp: fingerprint(v.record), hash: v.hash });
  }
  if (ledger.size) {
    const localLedger = new Map((await allCaseEvents(log)).map((e) => [e.id, e]));
    const caseIds = new Set([...(await storedCases(log)).map((c) => c.id), ...newCases.map((c) => c.id)]);
    for (const v of ledger.values()) {
      // A ledger event is written once: a local one stands. One of a case this log lacks is left out.
      if (localLedger.has(v.record.id) || !caseIds.has(v.record.caseId)) skipped++;
      else newLedger.push(v.record);
      known.push({ key: keyOf('ledger', v.record.id), fp: fingerprint(v.record), hash: v.hash });
    }
  }
  if (newCases.length) await log.putCases(newCases);
  if (newEvents.length) await log.putEvents(newEvents);
  if (newLedger.length) await putCaseEvents(log, newLedger);
  // Only versions equal to the local record count as known: a later local one stays pending.
  const ledgerNow = ledger.size ? new Map((await allCaseEvents(log)).map((e) => [e.id, e])) : new Map<string, CaseEvent>();
  const fresh = await Promise.all(
    known.map(async (k) => {
      const [kind, ...rest] = k.key.split(':');
      const id = rest.join(':');
      const local = kind === 'case' ? await storedCase(log, id) : kind === 'event' ? await log.getEvent(id) : ledgerNow.get(id);
      return local && fingerprint(local) === k.fp ? k : null;
    }),
  );
  await state.putKnown(fresh.filter((k): k is KnownVersion => k !== null));
  return { written: newCases.length + newEvents.length + newLedger.length, skipped };
}

/** Push, then pull; records the outcome (last sync, pending, error) in the state. */
export async function syncLog(log: Log, remote: Remote, state: SyncState, who: SyncWho, serverKey: string): Promise<SyncResult> {
  const meta = await state.meta(serverKey);
  try {
    const push = await pushLog(log, remote, state, who);
    const pull = await readChanges(remote, meta.since, (v) => who.supervisor || v.staff === who.user);
    const imported = await importVersions(log, state, pull.versions);
    const at = new Date().toISOString();
    const pending = await countPending(log, state);
    await state.putMeta({ server: serverKey, since: pull.lastSeq, lastSyncAt: at, lastError: null, pending });
    return { pushed: push.pushed, pulled: imported.written, skipped: imported.skipped, rejected: pull.rejected, pending, at };
  } catch (err) {
    const message = err instanceof SyncError ? err.message : `Sinkronisasi gagal: ${err instanceof Error ? err.message : String(err)}`;
    const pending = await countPending(log, state).catch(() => meta.pending);
    await state.putMeta({ ...meta, lastError: message, pending });
    throw err instanceof SyncError ? err : new SyncError('server', message);
  }
}
