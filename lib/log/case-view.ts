import { caseProgress, type SopLike, type WorkCalendar } from '../timing';
import type { Log } from './log';
import { LogError } from './errors';
import type { Case, StepEvent, Verdict } from './schema';

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
    workingMinutes: number | null;
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
  done: boolean;
};

type SopWithText = SopLike & { steps: ReadonlyArray<SopLike['steps'][number] & { duration: { text?: string } | null }> };

/** Builds the view of a case from its record, its events, the SOP and the calendar. Pure. */
export function caseView(kase: Case, events: readonly StepEvent[], sop: SopWithText, cal: WorkCalendar, now: string | Date): CaseView {
  const nowIso = typeof now === 'string' ? now : now.toISOString();
  const p = caseProgress(sop, events, cal, nowIso);
  return {
    case: kase,
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
      elapsedDays: s.timing ? Math.round(s.timing.elapsedDays * 100) / 100 : null,
      used: s.timing?.used == null ? null : Math.round(s.timing.used * 1000) / 1000,
      verdict: s.verdict,
      storedVerdict: s.storedVerdict,
      warnAt: s.timing?.warnAt ?? null,
      dueAt: s.timing?.dueAt ?? null,
      attempts: s.attempts,
    })),
    current: p.current,
    verdict: p.verdict,
    done: p.done,
  };
}

/** Reads a case and its events from the log and builds its view with the log's own calendar. */
export async function loadCaseView(log: Log, caseId: string, sop: SopWithText, now: string | Date = new Date()): Promise<CaseView> {
  const kase = await log.getCase(caseId);
  if (!kase) throw new LogError(`Kasus tidak ditemukan: ${caseId}`);
  return caseView(kase, await log.listEvents(caseId), sop, await log.calendar(), now);
}
