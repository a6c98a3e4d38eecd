import { activeWorkingMs, caseProgress, heldWorkingMs, MINUTE_MS, type SopLike, type WorkCalendar } from '../timing';
import type { Log } from './log';
import { LogError } from './errors';
import { byLedgerOrder, deriveLifecycle, effectiveStepEvents, withDerivedState, type HoldSpan } from './lifecycle';
import { listCaseEvents } from './ledger';
import type { Case, CaseEvent, StepEvent, Verdict } from './schema';

/** A case with each SOP step's state, derived from stored timestamps only (the same for every reader). */
export type CaseView = {
  case: Case;
  sopId: string;
  /** The instant the timers were computed for. */
  now: string;
  steps: Array<{
    no: number;
    activity: string;
    actors: string[];
    /** The mutu baku as written ("15 – 30 menit"), or null. */
    standard: string | null;
    status: 'pending' | 'running' | 'done';
    startedAt: string | null;
    finishedAt: string | null;
    by: string | null;
    /** Working minutes from start to finish (or now), held time left out. */
    workingMinutes: number | null;
    /** Working minutes of the step spent held (menunggu). */
    heldMinutes: number | null;
    elapsedDays: number | null;
    used: number | null;
    verdict: Verdict | null;
    storedVerdict: Verdict | null;
    warnAt: string | null;
    dueAt: string | null;
    attempts: number;
  }>;
  current: number | null;
  verdict: Verdict | null;
  /** Every SOP step finished (the case's status says whether it is closed). */
  done: boolean;
  /** The case's holds (menunggu), oldest first; `to: null` while it waits. */
  holds: HoldSpan[];
  /** Working minutes the case spent held, from receipt to now / its close. */
  heldMinutes: number;
  /** Lead time: working minutes from receipt to close (or now), held time left out. */
  leadWorkingMinutes: number;
  closedAt: string | null;
  closeReason: string | null;
  /** Restarted steps ("ulangi langkah"), once per restart: the rework count. */
  rework: number;
  /** The case's ledger (lifecycle events), in order. */
  ledger: CaseEvent[];
};

type SopWithText = SopLike & { steps: ReadonlyArray<SopLike['steps'][number] & { duration: { text?: string } | null }> };

/** Builds the view of a case from its record, its step events, its ledger, the SOP and the calendar. Pure. */
export function caseView(kase: Case, stepEvents: readonly StepEvent[], sop: SopWithText, cal: WorkCalendar, now: string | Date, ledger: readonly CaseEvent[] = []): CaseView {
  const nowIso = typeof now === 'string' ? now : now.toISOString();
  const life = deriveLifecycle(kase, ledger);
  const events = effectiveStepEvents(stepEvents, ledger);
  const p = caseProgress(sop, events, cal, nowIso, life.holds);
  const nowMs = Date.parse(nowIso);
  const endMs = life.closedAt ? Math.min(nowMs, Date.parse(life.closedAt)) : nowMs;
  const startMs = Date.parse(kase.receivedAt);
  const held = heldWorkingMs(cal, life.holds, startMs, Math.max(startMs, endMs), nowMs);
  const lead = activeWorkingMs(cal, life.holds, startMs, Math.max(startMs, endMs), nowMs);
  return {
    case: withDerivedState(kase, ledger),
    sopId: sop.id,
    now: nowIso,
    steps: p.steps.map((s, i) => ({
      no: s.no,
      activity: s.activity,
      actors: s.actors,
      standard: sop.steps[i].duration?.text || null,
      status: s.status,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      by: s.event?.by ?? null,
      workingMinutes: s.timing?.elapsedWorkingMinutes ?? null,
      heldMinutes: s.timing?.heldWorkingMinutes ?? null,
      elapsedDays: s.timing ? Math.round(s.timing.elapsedDays * 100) / 100 : null,
      used: s.timing?.used == null ? null : Math.round(s.timing.used * 1000) / 1000,
      verdict: s.verdict,
      storedVerdict: s.storedVerdict,
      warnAt: s.timing?.warnAt ?? null,
      dueAt: s.timing?.dueAt ?? null,
      attempts: s.attempts,
    })),
    current: life.status === 'done' || life.status === 'cancelled' ? null : p.current,
    verdict: p.verdict,
    done: p.done,
    holds: life.holds,
    heldMinutes: Math.floor(held / MINUTE_MS),
    leadWorkingMinutes: Math.floor(lead / MINUTE_MS),
    closedAt: life.closedAt,
    closeReason: life.closeReason,
    rework: life.redoneSteps.length,
    ledger: [...ledger].sort(byLedgerOrder),
  };
}

/** Reads a case and its events from the log and builds its view with the log's own calendar. */
export async function loadCaseView(log: Log, caseId: string, sop: SopWithText, now: string | Date = new Date()): Promise<CaseView> {
  const kase = await log.getCase(caseId);
  if (!kase) throw new LogError(`Kasus tidak ditemukan: ${caseId}`);
  return caseView(kase, await log.listEvents(caseId), sop, await log.calendar(), now, await listCaseEvents(log, caseId));
}
