import type { StepEvent, Verdict } from '../log/schema';
import type { WorkCalendar } from './calendar';
import { stepTiming, type DurationLike, type StepTiming } from './verdict';
import type { HoldLike } from './held';

/** The part of lib/sop's `Sop` that progress needs (any `Sop` fits). */
export type SopLike = {
  id: string;
  steps: ReadonlyArray<{ no: number; activity: string; actors: readonly string[]; duration: DurationLike | null }>;
};

export type StepStatus = 'pending' | 'running' | 'done';

export type StepProgress = {
  no: number;
  activity: string;
  actors: string[];
  status: StepStatus;
  /** The latest event of the step (a step may be redone: the latest start wins). */
  event: StepEvent | null;
  /** How many times the step was started. */
  attempts: number;
  startedAt: string | null;
  finishedAt: string | null;
  timing: StepTiming | null;
  verdict: Verdict | null;
  /** The verdict stored when the step was finished (may differ if the settings changed since). */
  storedVerdict: Verdict | null;
};

export type CaseProgress = {
  steps: StepProgress[];
  /** The step being worked on: the running step started last, else the first pending step after the last finished one. */
  current: number | null;
  /** The worst verdict of the started steps (late > warning > on-time); null when none has a standard. */
  verdict: Verdict | null;
  done: boolean;
};

const RANK: Record<Verdict, number> = { 'on-time': 0, warning: 1, late: 2 };

/** The worse of two verdicts (null counts as no information). */
export function worseVerdict(a: Verdict | null, b: Verdict | null): Verdict | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}

/** Deterministic order of events: by start, then last update, then id. */
function byStart(a: StepEvent, b: StepEvent): number {
  return Date.parse(a.startedAt) - Date.parse(b.startedAt) || Date.parse(a.updatedAt) - Date.parse(b.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Progress of one case, derived only from the stored step events, the case's holds and `now` —
 * two readers of the same records compute the same state, whatever page or worker is alive.
 */
export function caseProgress(sop: SopLike, events: readonly StepEvent[], cal: WorkCalendar, now: string | number | Date, holds: readonly HoldLike[] = []): CaseProgress {
  const byStep = new Map<number, StepEvent[]>();
  for (const e of events) {
    const list = byStep.get(e.stepNo) ?? [];
    list.push(e);
    byStep.set(e.stepNo, list);
  }
  const steps: StepProgress[] = sop.steps.map((step) => {
    const list = (byStep.get(step.no) ?? []).slice().sort(byStart);
    const event = list.length ? list[list.length - 1] : null;
    const timing = event ? stepTiming(cal, step.duration, event.startedAt, event.finishedAt, now, holds) : null;
    return {
      no: step.no,
      activity: step.activity,
      actors: [...step.actors],
      status: !event ? 'pending' : event.finishedAt ? 'done' : 'running',
      event,
      attempts: list.length,
      startedAt: event?.startedAt ?? null,
      finishedAt: event?.finishedAt ?? null,
      timing,
      verdict: timing?.verdict ?? null,
      storedVerdict: event?.verdict ?? null,
    };
  });

  let current: number | null = null;
  const running = steps.filter((s) => s.status === 'running').sort((a, b) => Date.parse(a.startedAt!) - Date.parse(b.startedAt!) || a.no - b.no);
  if (running.length) current = running[running.length - 1].no;
  else {
    let lastDone = -1;
    steps.forEach((s, i) => {
      if (s.status === 'done') lastDone = i;
    });
    const next = steps.slice(lastDone + 1).find((s) => s.status === 'pending');
    current = next ? next.no : null;
  }

  const verdict = steps.reduce<Verdict | null>((v, s) => worseVerdict(v, s.verdict), null);
  return { steps, current, verdict, done: steps.length > 0 && current === null && !running.length };
}

export type StepAlarm = { stepNo: number; kind: 'warning' | 'due'; at: string };

/**
 * The alarms still ahead for the running steps (80 % warning and due time), soonest first — for
 * `browser.alarms`. Recomputed from the records whenever they change; nothing is counted.
 */
export function upcomingAlarms(progress: CaseProgress, now: string | number | Date): StepAlarm[] {
  const nowMs = typeof now === 'number' ? now : now instanceof Date ? now.getTime() : Date.parse(now);
  const out: StepAlarm[] = [];
  for (const s of progress.steps) {
    if (s.status !== 'running' || !s.timing) continue;
    if (s.timing.warnAt && Date.parse(s.timing.warnAt) > nowMs) out.push({ stepNo: s.no, kind: 'warning', at: s.timing.warnAt });
    if (s.timing.dueAt && Date.parse(s.timing.dueAt) > nowMs) out.push({ stepNo: s.no, kind: 'due', at: s.timing.dueAt });
  }
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.stepNo - b.stepNo);
}
