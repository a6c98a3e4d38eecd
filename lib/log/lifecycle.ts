import type { Case, CaseEvent, CaseEventKind, CaseStatusValue, StepEvent } from './schema';

/**
 * A case's lifecycle, derived from its ledger (the case events) only. Pure: every reader of the
 * same records derives the same status, holds and rework, and a correction is simply a later
 * event. Undone events (an `undone` event names them) count as never written.
 */

export type HoldSpan = { from: string; to: string | null; reason: string | null };

export type Lifecycle = {
  status: CaseStatusValue;
  /** Every hold, oldest first; the last one is open (`to: null`) while the case waits. */
  holds: HoldSpan[];
  /** When the case was last closed (done or cancelled), and why; null while open or waiting. */
  closedAt: string | null;
  closeReason: string | null;
  /** True when the close was written by Pandu (the SOP's last step finished). */
  closedAutomatically: boolean;
  reopenCount: number;
  /** Step numbers explicitly restarted ("ulangi langkah"), once per restart. */
  redoneSteps: number[];
  /** Person index → when that person was marked done. */
  peopleDone: Map<number, string>;
  /** `${stepNo}:${requirement}` → ticked or not (the last mark wins). */
  requirementsChecked: Map<string, boolean>;
  /** "Diteruskan kepada" from the last `forwarded` event; null when never forwarded. */
  forwardedTo: string | null;
};

/** Key of a kelengkapan item in `Lifecycle.requirementsChecked`. */
export function requirementKey(stepNo: number, requirement: number): string {
  return `${stepNo}:${requirement}`;
}

const TIME = (iso: string) => Date.parse(iso);

/** Ledger order: by `at`, then by when written, then by id. */
export function byLedgerOrder(a: CaseEvent, b: CaseEvent): number {
  return TIME(a.at) - TIME(b.at) || TIME(a.recordedAt) - TIME(b.recordedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The events that count: without the ones taken back by an `undone` event. */
export function effectiveEvents(events: readonly CaseEvent[]): CaseEvent[] {
  const undone = undoneKeys(events);
  return events.filter((e) => e.kind !== 'undone' && !undone.has(e.id)).sort(byLedgerOrder); // filter made a copy: sorting it leaves the caller's array alone
}

/** The `undoes` value that takes back only this automatic finish of a step event (a later finish stands). */
export const finishUndoKey = (eventId: string, finishedAt: string) => `${eventId}#finish@${finishedAt}`;

/**
 * Step events that count: without automatic ones taken back by an `undone` case event; an
 * automatic finish taken back leaves its step running again.
 */
export function effectiveStepEvents(stepEvents: readonly StepEvent[], caseEvents: readonly CaseEvent[]): StepEvent[] {
  const undone = undoneKeys(caseEvents);
  // Stryker disable next-line ConditionalExpression: equivalent — a shortcut; with nothing undone the general path maps every event to itself (tests: lifecycle-fold).
  if (!undone.size) return stepEvents.slice();
  return stepEvents.map((e) => effectiveStepEvent(e, undone)).filter((e): e is StepEvent => e !== null);
}

/** What the `undone` events of a ledger take back (event ids and finish keys). */
export function undoneKeys(caseEvents: readonly CaseEvent[]): Set<string> {
  return new Set(caseEvents.filter((e) => e.kind === 'undone' && e.undoes).map((e) => e.undoes!));
}

/** One step event as it counts: null when taken back whole; running again when only its automatic finish was taken back. */
export function effectiveStepEvent(e: StepEvent, undone: ReadonlySet<string>): StepEvent | null {
  if (undone.has(e.id)) return null;
  return e.finishedAt && undone.has(finishUndoKey(e.id, e.finishedAt)) ? { ...e, finishedAt: null, verdict: null, autoFinished: undefined } : e;
}

const LIFECYCLE_KINDS = new Set<CaseEventKind>(['held', 'resumed', 'closed', 'reopened']);

/**
 * Folds the ledger into the case's state. A case with no lifecycle events keeps the status stored
 * in its record (records from before the ledger, imports of old backups); otherwise the record's
 * status is only a cache and the events decide.
 */
export function deriveLifecycle(kase: Pick<Case, 'status' | 'people'>, events: readonly CaseEvent[]): Lifecycle {
  const list = effectiveEvents(events);
  const hasLifecycle = list.some((e) => LIFECYCLE_KINDS.has(e.kind));
  let status: CaseStatusValue = hasLifecycle ? 'open' : kase.status;
  const holds: HoldSpan[] = [];
  let closedAt: string | null = null;
  let closeReason: string | null = null;
  let closedAutomatically = false;
  let reopenCount = 0;
  const redoneSteps: number[] = [];
  const peopleDone = new Map<number, string>();
  const requirementsChecked = new Map<string, boolean>();
  let forwardedTo: string | null = null;
  kase.people.forEach((p, i) => {
    if (p.doneAt) peopleDone.set(i, p.doneAt);
  });
  const endHold = (at: string) => {
    const open = holds[holds.length - 1];
    if (open && open.to === null) open.to = at;
  };
  for (const e of list) {
    switch (e.kind) {
      case 'held':
        if (status === 'open') {
          status = 'waiting';
          holds.push({ from: e.at, to: null, reason: e.reason });
        }
        break;
      case 'resumed':
        if (status === 'waiting') {
          status = 'open';
          endHold(e.at);
        }
        break;
      case 'closed':
        if (status === 'open' || status === 'waiting') {
          endHold(e.at);
          status = e.closeStatus ?? 'done';
          closedAt = e.at;
          closeReason = e.reason;
          closedAutomatically = e.auto;
        }
        break;
      case 'reopened':
        if (status === 'done' || status === 'cancelled') {
          status = 'open';
          closedAt = null;
          closeReason = null;
          closedAutomatically = false;
          reopenCount++;
        }
        break;
      case 'step-redone':
        if (e.stepNo !== null) redoneSteps.push(e.stepNo);
        break;
      case 'person-done':
        if (e.person !== null && !peopleDone.has(e.person)) peopleDone.set(e.person, e.at);
        break;
      case 'requirement-checked':
        if (e.stepNo != null && e.requirement != null && e.checked != null) requirementsChecked.set(requirementKey(e.stepNo, e.requirement), e.checked);
        break;
      case 'forwarded':
        if (e.forwardedTo) forwardedTo = e.forwardedTo;
        break;
      default:
        break;
    }
  }
  return { status, holds, closedAt, closeReason, closedAutomatically, reopenCount, redoneSteps, peopleDone, requirementsChecked, forwardedTo };
}

/** The case with its derived status and people's done marks (what every view shows). */
export function withDerivedState<C extends Case>(kase: C, events: readonly CaseEvent[]): C {
  const life = deriveLifecycle(kase, events);
  return { ...kase, status: life.status, assignedTo: life.forwardedTo ?? kase.assignedTo, people: kase.people.map((p, i) => ({ ...p, doneAt: life.peopleDone.get(i) ?? p.doneAt })) };
}

/** Every case with its derived state, from the whole ledger (backups, reports). */
export function casesWithDerivedState<C extends Case>(cases: readonly C[], caseEvents: readonly CaseEvent[]): C[] {
  // Stryker disable next-line ConditionalExpression: equivalent — a shortcut; with no ledger events the general path returns every case as it is (tests: lifecycle-fold).
  if (!caseEvents.length) return cases.slice();
  const byCase = new Map<string, CaseEvent[]>();
  for (const e of caseEvents) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  return cases.map((c) => (byCase.has(c.id) ? withDerivedState(c, byCase.get(c.id)!) : c));
}

export type Transition = 'hold' | 'resume' | 'close' | 'reopen' | 'step';

const STATUS_ID: Record<CaseStatusValue, string> = { open: 'sedang berjalan', waiting: 'sedang menunggu', done: 'sudah selesai', cancelled: 'sudah dibatalkan' };

/** Indonesian label of a status ("sudah selesai"). */
export function statusText(status: CaseStatusValue): string {
  return STATUS_ID[status];
}

/**
 * Why a transition is refused in this status (an Indonesian sentence), or null when allowed.
 * `step` = starting, finishing or redoing a step.
 */
export function refusal(status: CaseStatusValue, transition: Transition): string | null {
  switch (transition) {
    case 'hold':
      return status === 'open' ? null : `Kasus ${STATUS_ID[status]}; hanya kasus yang sedang berjalan dapat ditunda.`;
    case 'resume':
      return status === 'waiting' ? null : `Kasus ${STATUS_ID[status]}, tidak sedang menunggu; tidak ada yang dilanjutkan.`;
    case 'close':
      return status === 'open' || status === 'waiting' ? null : `Kasus ${STATUS_ID[status]}; buka kembali dulu bila perlu diubah.`;
    case 'reopen':
      return status === 'done' || status === 'cancelled' ? null : `Kasus ${STATUS_ID[status]}; hanya kasus yang selesai atau dibatalkan dapat dibuka kembali.`;
    case 'step':
      if (status === 'done' || status === 'cancelled')
        return `Kasus ${STATUS_ID[status]}: langkah tidak dapat dimulai atau diselesaikan. Buka kembali kasus dengan alasan (case reopen) bila memang perlu.`;
      if (status === 'waiting') return 'Kasus sedang menunggu (jam ditahan): lanjutkan kasus dulu (case resume), lalu kerjakan langkahnya.';
      return null;
  }
}
