import type { Sop, SopStep } from './schema';
import type { StepEvent } from '../log/schema';
import type { CaseProgress } from '../timing/progress';

/** A step of an SOP, as the panel shows it. */
export type LocatedStep = { sop: Sop; step: SopStep };

export type LocateInput = {
  /** The recognised SPSE page id (`unknown` when not recognised). */
  pageId: string;
  /** The SOP of the open case, when there is one. */
  caseSopId?: string | null;
  /** The case's current step (from its progress), when known. */
  currentStepNo?: number | null;
};

export type LocateResult = {
  /** Every step that happens on this page (within the case's SOP when a case is open). */
  matches: LocatedStep[];
  /** The step to show: the current step when it happens here, else the only match, else null. */
  best: LocatedStep | null;
  /** Several steps match and none is the current one: the user chooses. */
  ambiguous: boolean;
};

/** Steps whose `pages` list names this page. */
export function stepsOnPage(sop: Sop, pageId: string): SopStep[] {
  return sop.steps.filter((s) => s.pages?.includes(pageId as never));
}

/**
 * (page, open case) → the SOP step(s) that happen there, from the SOP data alone.
 * With a case, only its SOP is searched; without one, the whole catalog.
 */
export function locate(catalog: readonly Sop[], input: LocateInput): LocateResult {
  const caseSop = input.caseSopId ? catalog.find((s) => s.id === input.caseSopId) : undefined;
  if (input.caseSopId && !caseSop) return { matches: [], best: null, ambiguous: false };
  const pool = caseSop ? [caseSop] : catalog;
  const matches: LocatedStep[] = [];
  if (input.pageId !== 'unknown') {
    for (const sop of pool) for (const step of stepsOnPage(sop, input.pageId)) matches.push({ sop, step });
  }
  if (caseSop) {
    // With an open case the case leads: its current step is shown when it happens here;
    // otherwise nothing is "here" (the panel shows the current step and says it is elsewhere).
    const current = input.currentStepNo != null ? matches.find((m) => m.step.no === input.currentStepNo) : undefined;
    if (current) return { matches, best: current, ambiguous: false };
    if (input.currentStepNo != null) return { matches, best: null, ambiguous: false };
  }
  if (matches.length === 1) return { matches, best: matches[0], ambiguous: false };
  return { matches, best: null, ambiguous: matches.length > 1 };
}

/** The one SOP whose steps happen on this page (several steps of it may); null when none or several SOPs do. */
export function sopOfPage(catalog: readonly Sop[], pageId: string): Sop | null {
  const sops = new Set(locate(catalog, { pageId }).matches.map((m) => m.sop));
  return sops.size === 1 ? [...sops][0] : null;
}

/** The step after `no` in the SOP's flow (`next`, else the following row); null at the end. */
export function nextStepNo(sop: Sop, no: number, decision?: 'yes' | 'no' | null): number | null {
  const i = sop.steps.findIndex((s) => s.no === no);
  if (i < 0) return null;
  const step = sop.steps[i];
  if (step.decision && decision) return decision === 'yes' ? step.decision.yes : step.decision.no;
  if (step.next !== undefined) return step.next;
  if (step.marker === 'end') return null;
  return sop.steps[i + 1]?.no ?? null;
}

/** Is the step done only by lanes outside the LPSE (the applicant's own step)? */
export function isOutsiderStep(sop: Pick<Sop, 'lanes'>, step: Pick<SopStep, 'actors'>): boolean {
  return step.actors.length > 0 && step.actors.every((id) => sop.lanes.find((l) => l.id === id)?.outsider === true);
}

/** The first step an LPSE lane takes part in: where a new case starts (the SOP's first step if all are the applicant's). */
export function firstLpseStepNo(sop: Sop): number {
  return (sop.steps.find((s) => !isOutsiderStep(sop, s)) ?? sop.steps[0]).no;
}

/**
 * Does finishing step `no` (with this decision answer) end the SOP — its last step, or an end
 * branch? Then the case closes as done by itself.
 */
export function finishEndsCase(sop: Sop, no: number, decision?: 'yes' | 'no' | null): boolean {
  if (!sop.steps.some((s) => s.no === no)) return false;
  const step = sop.steps.find((s) => s.no === no)!;
  if (step.decision && !decision) return false; // a decision without its answer leads nowhere yet
  return nextStepNo(sop, no, decision) === null;
}

/** The step before `no` in table order; null at the start. */
export function previousStepNo(sop: Sop, no: number): number | null {
  const i = sop.steps.findIndex((s) => s.no === no);
  return i > 0 ? sop.steps[i - 1].no : null;
}

/**
 * The step a case is at: its running step, else — after a finished decision step — the decision's
 * yes/no target, else the first pending step after the last finished one (`progress.current`).
 */
export function currentStepOf(sop: Sop, progress: Pick<CaseProgress, 'steps' | 'current'>, events: readonly StepEvent[]): number | null {
  if (progress.steps.some((s) => s.status === 'running')) return progress.current;
  let last: StepEvent | undefined;
  for (const e of events) if (e.finishedAt && (!last || e.finishedAt > last.finishedAt!)) last = e;
  if (last?.decision) {
    const target = nextStepNo(sop, last.stepNo, last.decision);
    if (target !== null) return target;
  }
  // Nothing done yet: the case starts at the first LPSE step (the applicant's own steps come before).
  if (!events.length && progress.current !== null) return firstLpseStepNo(sop);
  return progress.current;
}
