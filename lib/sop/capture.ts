import type { CaseProgress } from '../timing/progress';
import type { Sop } from './schema';
import { isOutsiderStep, nextStepNo } from './locate';

/**
 * Automatic step capture, decided from what the SPSE page shows. Pure: the panel asks, then
 * writes the answer as an automatic (marked, undoable) event — or shows SPSE's refusal.
 *
 * - arriving on the SPSE page of the case's current step starts it (a list or detail page; a form
 *   starts with the fill);
 * - "Isi formulir" on that page starts it (`trigger: 'fill'`);
 * - SPSE's success message on a page of the running step (its form, or the list SPSE returns to)
 *   finishes it and proposes the next step;
 * - SPSE's error message keeps the running step open and is shown in its card.
 */
export type CaptureTrigger = 'arrive' | 'fill' | 'message';

export type CaptureInput = {
  sop: Sop;
  pageId: string;
  progress: Pick<CaseProgress, 'steps'>;
  /** The case's current step (lib/sop/locate currentStepOf). */
  currentNo: number | null;
  caseStatus: 'open' | 'waiting' | 'done' | 'cancelled';
  trigger: CaptureTrigger;
  message?: { kind: 'success' | 'error'; text: string } | null;
};

export type CaptureAction =
  | { kind: 'start'; stepNo: number }
  | { kind: 'finish'; stepNo: number; next: number | null }
  | { kind: 'rejected'; stepNo: number; text: string }
  | null;

/** "pegawai-form" and "pegawai-list" are one family: SPSE returns to the list after saving the form. */
export function pageFamily(pageId: string): string {
  return pageId.replace(/-(form|list|detail)$/, '');
}

function happensOn(step: Sop['steps'][number], pageId: string): boolean {
  return (step.pages ?? []).some((p) => p === pageId || (p !== 'home' && pageFamily(p) === pageFamily(pageId)));
}

export function captureAction(input: CaptureInput): CaptureAction {
  const { sop, pageId, progress, currentNo, caseStatus, trigger, message } = input;
  if (caseStatus !== 'open' || pageId === 'unknown') return null;
  const running = progress.steps.filter((s) => s.status === 'running').map((s) => sop.steps.find((x) => x.no === s.no)!).filter(Boolean);
  const onThisPage = running.find((s) => happensOn(s, pageId));
  if (trigger === 'message' && message && onThisPage) {
    if (message.kind === 'error') return { kind: 'rejected', stepNo: onThisPage.no, text: message.text };
    if (onThisPage.kind === 'decision') return null; // a decision needs its answer from a person
    return { kind: 'finish', stepNo: onThisPage.no, next: nextStepNo(sop, onThisPage.no, null) };
  }
  if ((trigger === 'arrive' || trigger === 'fill') && !running.length && currentNo !== null) {
    const step = sop.steps.find((s) => s.no === currentNo);
    const state = progress.steps.find((s) => s.no === currentNo);
    if (!step || state?.status !== 'pending' || isOutsiderStep(sop, step)) return null;
    const pages = step.pages ?? [];
    // Arriving starts a step only on its own page — never on the home page every step passes, and
    // not on a form: opening a form is not yet doing the work; "Isi formulir" (or a save) is.
    if (trigger === 'arrive' && pages.includes(pageId as never) && pageId !== 'home' && !pageId.endsWith('-form')) return { kind: 'start', stepNo: step.no };
    if (trigger === 'fill' && happensOn(step, pageId)) return { kind: 'start', stepNo: step.no };
  }
  return null;
}
