import type { Log } from '../log/log';
import type { Case, StepEvent } from '../log/schema';
import { contentHash, currentVersions, fingerprint, fromDoc, laterVersion, toDoc, type RecordVersion, type SyncDoc } from './docs';
import { PUSH_BATCH, changesPage, writeDocs, type Remote } from './remote';
import type { KnownVersion, SyncState } from './state';
import { SyncError } from './server';

/**
 * One sync of the local log (IndexedDB, the store of record) with the team database:
 * 1. push: every case and event whose version the server does not have yet, stamped with this
 *    user, in batches; a batch is remembered only after the server accepted it, so a failure
 *    mid-way leaves the rest pending and the next sync sends it again (a no-op for what arrived);
 * 2. pull: the changes feed after the checkpoint; a supervisor takes every staff member's
 *    records, staff only their own; a record is written when the server's version is later in
 *    event order than the local one.
 */

export type SyncWho = { user: string; supervisor: boolean };
export type SyncResult = { pushed: number; pulled: number; skipped: number; rejected: Array<{ id: string; reason: string }>; pending: number; at: string };

const keyOf = (kind: 'case' | 'event', id: string) => `${kind}:${id}`;

type Pending = { kind: 'case'; record: Case } | { kind: 'event'; record: StepEvent };

/** Local records whose current version the server does not know. */
export async function pendingRecords(log: Log, known: Map<string, KnownVersion>): Promise<Pending[]> {
  const out: Pending[] = [];
  for (const c of await log.listCases()) if (known.get(keyOf('case', c.id))?.fp !== fingerprint(c)) out.push({ kind: 'case', record: c });
  for await (const batch of log.iterateEvents(2000)) {
    for (const e of batch) if (known.get(keyOf('event', e.id))?.fp !== fingerprint(e)) out.push({ kind: 'event', record: e });
  }
  return out;
}

export async function countPending(log: Log, state: SyncState): Promise<number> {
  return (await pendingRecords(log, await state.allKnown())).length;
}

/** Sends every pending record; returns how many were sent and how many stay pending. */
export async function pushLog(log: Log, remote: Remote, state: SyncState, who: SyncWho, onProgress?: (sent: number, total: number) => void): Promise<{ pushed: number; pending: number }> {
  const pending = await pendingRecords(log, await state.allKnown());
  // Cases first: an event never arrives before its case.
  pending.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'case' ? -1 : 1));
  let pushed = 0;
  for (let i = 0; i < pending.length; i += PUSH_BATCH) {
    const slice = pending.slice(i, i + PUSH_BATCH);
    const docs: SyncDoc[] = await Promise.all(slice.map((p) => (p.kind === 'case' ? toDoc('case', p.record, who.user) : toDoc('event', p.record, who.user))));
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

/** Takes the server's versions that are later than the local ones; returns how many were written. */
export async function importVersions(log: Log, state: SyncState, versions: Iterable<RecordVersion>): Promise<{ written: number; skipped: number }> {
  const { cases, events } = currentVersions(versions);
  const known: KnownVersion[] = [];
  const newCases: Case[] = [];
  const newEvents: StepEvent[] = [];
  let skipped = 0;
  for (const v of cases.values()) {
    const local = await log.getCase(v.record.id);
    if (local && laterVersion({ record: local, hash: await contentHash(local) }, v) !== v) skipped++;
    else if (local && local.updatedAt === v.record.updatedAt && (await contentHash(local)) === v.hash) skipped++;
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
  if (newCases.length) await log.putCases(newCases);
  if (newEvents.length) await log.putEvents(newEvents);
  // Only versions equal to the local record count as known: a later local one stays pending.
  const fresh = await Promise.all(
    known.map(async (k) => {
      const [kind, ...rest] = k.key.split(':');
      const id = rest.join(':');
      const local = kind === 'case' ? await log.getCase(id) : await log.getEvent(id);
      return local && fingerprint(local) === k.fp ? k : null;
    }),
  );
  await state.putKnown(fresh.filter((k): k is KnownVersion => k !== null));
  return { written: newCases.length + newEvents.length, skipped };
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
