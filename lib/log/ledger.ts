import type { IDBPTransaction } from 'idb';
import { LIMITS } from '../bounds';
import { CASE_MARK_KINDS, caseEventSchema, type Case, type CaseEvent, type CaseEventKind } from './schema';
import { putAll, type PanduDB, type StoreName } from './db';
import { LogError, WRITE_FAILED, parseOrThrow } from './errors';
import { byLedgerOrder, deriveLifecycle, finishUndoKey, refusal, type Lifecycle, type Transition } from './lifecycle';
import type { Log } from './log';

/**
 * The case ledger's writes: every lifecycle transition (hold, resume, close, reopen), an explicit
 * step restart, a person marked done, an automatic event taken back — each one appended as a
 * case event, checked against the state derived from the events before it, in one transaction.
 * The case record itself is never rewritten for a transition: its status is derived on reading.
 */

type RwTx = IDBPTransaction<PanduDB, StoreName[], 'readwrite'>;

export type LedgerInput = {
  caseId: string;
  /** Default: now. */
  at?: string;
  by?: string | null;
  reason?: string | null;
  auto?: boolean;
  id?: string;
};

/** The case and its lifecycle, read inside a transaction that covers 'cases' and 'caseEvents'. */
export async function caseStateInTx<M extends IDBTransactionMode>(tx: IDBPTransaction<PanduDB, StoreName[], M>, caseId: string): Promise<{ kase: Case; events: CaseEvent[]; life: Lifecycle }> {
  const kase = await tx.objectStore('cases').get(caseId);
  if (!kase) throw new LogError(`${WRITE_FAILED}: kasus tidak ditemukan (${caseId})`);
  const events = await tx.objectStore('caseEvents').index('caseId').getAll(caseId);
  return { kase, events, life: deriveLifecycle(kase, events) };
}

/** Throws the Indonesian refusal when the case's status does not allow the transition. */
export async function requireTransition<M extends IDBTransactionMode>(tx: IDBPTransaction<PanduDB, StoreName[], M>, caseId: string, transition: Transition): Promise<{ kase: Case; events: CaseEvent[]; life: Lifecycle }> {
  const state = await caseStateInTx(tx, caseId);
  const why = refusal(state.life.status, transition);
  if (why) throw new LogError(`${WRITE_FAILED}: ${why}`);
  return state;
}

function requireReason(reason: string | null | undefined, what: string): string {
  const text = reason?.trim();
  if (!text) throw new LogError(`${WRITE_FAILED}: alasan wajib diisi untuk ${what}`);
  return text;
}

/**
 * Appends one case event inside `tx` (stores 'cases' and 'caseEvents', readwrite). The event must not be dated before the case was received or
 * before the case's last lifecycle event (a correction is a new event, not a rewrite of the past).
 */
export async function appendInTx(
  log: Log,
  tx: RwTx,
  state: { kase: Case; events: CaseEvent[] },
  kind: CaseEventKind,
  input: LedgerInput & { closeStatus?: 'done' | 'cancelled' | null; stepNo?: number | null; person?: number | null; undoes?: string | null; requirement?: number | null; checked?: boolean | null; forwardedTo?: string | null },
): Promise<CaseEvent> {
  const now = log.nowIso();
  const at = input.at ?? now;
  const record = parseOrThrow(
    caseEventSchema,
    {
      id: input.id ?? crypto.randomUUID(),
      caseId: input.caseId,
      kind,
      at,
      by: input.by ?? null,
      reason: input.reason ?? null,
      closeStatus: input.closeStatus ?? null,
      stepNo: input.stepNo ?? null,
      person: input.person ?? null,
      requirement: input.requirement ?? null,
      checked: input.checked ?? null,
      forwardedTo: input.forwardedTo ?? null,
      undoes: input.undoes ?? null,
      auto: input.auto ?? false,
      recordedAt: now,
    },
    'Peristiwa kasus',
  );
  if (Date.parse(record.at) < Date.parse(state.kase.receivedAt))
    throw new LogError(`${WRITE_FAILED}: waktu (${record.at}) sebelum surat diterima (${state.kase.receivedAt})`);
  const last = state.events.filter((e) => !CASE_MARK_KINDS.has(e.kind)).sort(byLedgerOrder).pop();
  if (last && !CASE_MARK_KINDS.has(kind) && Date.parse(record.at) < Date.parse(last.at))
    throw new LogError(`${WRITE_FAILED}: waktu (${record.at}) sebelum peristiwa terakhir kasus ini (${last.at}); catat koreksi sebagai peristiwa baru`);
  await tx.objectStore('caseEvents').add(record);
  return record;
}

async function transition(log: Log, t: Transition, kind: CaseEventKind, input: LedgerInput & { closeStatus?: 'done' | 'cancelled' }): Promise<CaseEvent> {
  if (input.at !== undefined && !Number.isFinite(Date.parse(input.at))) throw new LogError(`${WRITE_FAILED}: waktu tidak sah (${input.at})`);
  return log.transaction(['cases', 'caseEvents'], 'readwrite', async (tx) => {
    const state = await requireTransition(tx, input.caseId, t);
    return appendInTx(log, tx, state, kind, input);
  });
}

/** Puts a case on hold (menunggu kelengkapan / pemohon): its clock stops. A reason is required. */
export async function holdCase(log: Log, input: LedgerInput): Promise<CaseEvent> {
  const reason = requireReason(input.reason, 'menunda kasus (mis. menunggu kelengkapan)');
  return transition(log, 'hold', 'held', { ...input, reason });
}

/** Ends the hold: the clock runs again. */
export async function resumeCase(log: Log, input: LedgerInput): Promise<CaseEvent> {
  return transition(log, 'resume', 'resumed', input);
}

/** Closes a case as done, or cancelled (ditolak / dibatalkan / ditarik: a reason is required). */
export async function closeCase(log: Log, input: LedgerInput & { status: 'done' | 'cancelled' }): Promise<CaseEvent> {
  const reason = input.status === 'cancelled' ? requireReason(input.reason, 'membatalkan kasus') : (input.reason ?? null);
  return transition(log, 'close', 'closed', { ...input, reason, closeStatus: input.status });
}

/** Opens a done or cancelled case again; a reason is required. */
export async function reopenCase(log: Log, input: LedgerInput): Promise<CaseEvent> {
  const reason = requireReason(input.reason, 'membuka kembali kasus');
  return transition(log, 'reopen', 'reopened', { ...input, reason });
}

/**
 * Marks one person of the case done (their SPSE account is made). One event per person: two tabs
 * marking different people never overwrite each other; marking the same person twice keeps the first.
 */
export async function markPersonDone(log: Log, input: LedgerInput & { person: number }): Promise<CaseEvent | null> {
  return log.transaction(['cases', 'caseEvents'], 'readwrite', async (tx) => {
    const state = await caseStateInTx(tx, input.caseId);
    if (!Number.isInteger(input.person) || input.person < 0 || input.person >= state.kase.people.length)
      throw new LogError(`${WRITE_FAILED}: orang ke-${input.person + 1} tidak ada dalam kasus ini`);
    if (state.life.peopleDone.has(input.person)) return null;
    return appendInTx(log, tx, state, 'person-done', input);
  });
}

/**
 * Ticks or unticks one kelengkapan item of a step (`requirement` = its index in the step's list).
 * Every mark is an event: the ticks are evidence that the file was complete when the step ran.
 */
export async function markRequirement(log: Log, input: LedgerInput & { stepNo: number; requirement: number; checked: boolean }): Promise<CaseEvent> {
  if (!Number.isInteger(input.requirement) || input.requirement < 0 || input.requirement > LIMITS.smallList)
    throw new LogError(`${WRITE_FAILED}: kelengkapan ke-${input.requirement + 1} tidak sah`);
  return log.transaction(['cases', 'caseEvents'], 'readwrite', async (tx) => appendInTx(log, tx, await caseStateInTx(tx, input.caseId), 'requirement-checked', input));
}

/** Sets "Diteruskan kepada" (disposisi): a new event; the last one names the case's holder. */
export async function forwardCase(log: Log, input: LedgerInput & { to: string }): Promise<CaseEvent> {
  const to = input.to.trim();
  if (!to) throw new LogError(`${WRITE_FAILED}: "Diteruskan kepada" wajib diisi`);
  return log.transaction(['cases', 'caseEvents'], 'readwrite', async (tx) => appendInTx(log, tx, await caseStateInTx(tx, input.caseId), 'forwarded', { ...input, forwardedTo: to }));
}

/**
 * Takes back an automatic event (a step Pandu started, or a case Pandu closed): an `undone` event
 * names it, and every reader then ignores it. `<stepEventId>#finish` takes back only an automatic
 * finish (the step runs again). Only automatic events can be undone.
 */
export async function undoAutomatic(log: Log, input: LedgerInput & { eventId: string }): Promise<CaseEvent> {
  return log.transaction(['cases', 'caseEvents', 'events'], 'readwrite', async (tx) => {
    const state = await caseStateInTx(tx, input.caseId);
    const finishOnly = input.eventId.endsWith('#finish');
    const id = finishOnly ? input.eventId.slice(0, -'#finish'.length) : input.eventId;
    const caseEvent = finishOnly ? undefined : state.events.find((e) => e.id === id);
    const stepEvent = caseEvent ? undefined : await tx.objectStore('events').get(id);
    const target = caseEvent ?? stepEvent;
    if (!target || (stepEvent && stepEvent.caseId !== input.caseId)) throw new LogError(`${WRITE_FAILED}: peristiwa ${input.eventId} tidak ada dalam kasus ini`);
    const automatic = finishOnly ? !!stepEvent?.autoFinished && !!stepEvent.finishedAt : target.auto;
    if (!automatic) throw new LogError(`${WRITE_FAILED}: hanya peristiwa otomatis yang dapat dibatalkan; koreksi langkah manual dengan peristiwa baru`);
    const undoes = finishOnly ? finishUndoKey(id, stepEvent!.finishedAt!) : id;
    if (state.events.some((e) => e.kind === 'undone' && e.undoes === undoes)) throw new LogError(`${WRITE_FAILED}: peristiwa ini sudah dibatalkan`);
    return appendInTx(log, tx, state, 'undone', { ...input, undoes, at: input.at ?? log.nowIso() });
  });
}

/** The ledger of one case, in ledger order. */
export async function listCaseEvents(log: Log, caseId: string): Promise<CaseEvent[]> {
  const list = await log.transaction(['caseEvents'], 'readonly', (tx) => tx.objectStore('caseEvents').index('caseId').getAll(caseId));
  return list.sort(byLedgerOrder);
}

/** Every ledger event (reports, backups). */
export async function allCaseEvents(log: Log): Promise<CaseEvent[]> {
  return log.transaction(['caseEvents'], 'readonly', (tx) => tx.objectStore('caseEvents').getAll());
}

/** Writes ledger events as they are (team sync imports); one transaction. An event is immutable: the same id is the same event. */
export async function putCaseEvents(log: Log, events: readonly CaseEvent[]): Promise<void> {
  const records = events.map((e) => parseOrThrow(caseEventSchema, e, 'Peristiwa kasus'));
  await log.transaction(['caseEvents'], 'readwrite', async (tx) => {
    putAll(tx.objectStore('caseEvents'), records);
  });
}

/** Every case as stored, without the status derived from the ledger (the ledger travels beside it: team sync). */
export async function storedCases(log: Log): Promise<Case[]> {
  return log.transaction(['cases'], 'readonly', (tx) => tx.objectStore('cases').getAll());
}
