import type { Case, CaseEvent, StepEvent } from '../log/schema';
import { deriveLifecycle, effectiveStepEvents, type Lifecycle } from '../log/lifecycle';
import type { Sop } from '../sop/schema';
import { currentStepOf } from '../sop/locate';
import { caseProgress, clockState, type CaseProgress, type ClockState, type StepProgress, type WorkCalendar } from '../timing';

/** Where one case stands now: derived from its stored events only (the panel's case list, the toolbar popup). */
export type CaseWork = {
  progress: CaseProgress;
  /** The step being worked on (the SOP's flow, decisions included), or null when the case is through. */
  currentStep: number | null;
  /** That step's progress: its live timer when it runs. */
  current: StepProgress | null;
  life: Lifecycle;
  /** Whether the case's clock runs now (held, off hours). */
  clock: ClockState;
};

export function caseWork(kase: Case, sop: Sop, stepEvents: readonly StepEvent[], ledger: readonly CaseEvent[], cal: WorkCalendar, now: number): CaseWork {
  const life = deriveLifecycle(kase, ledger);
  const events = effectiveStepEvents(stepEvents, ledger);
  const progress = caseProgress(sop, events, cal, now, life.holds);
  const currentStep = currentStepOf(sop, progress, events);
  const current = currentStep === null ? null : (progress.steps.find((s) => s.no === currentStep) ?? null);
  return { progress, currentStep, current, life, clock: clockState(cal, now, life.holds) };
}

/** The cases still in work (open, waiting), newest received first. */
export function casesInWork<C extends Pick<Case, 'status' | 'receivedAt'>>(cases: readonly C[]): C[] {
  return cases.filter((c) => c.status === 'open' || c.status === 'waiting').sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}
