import { useCallback, useEffect, useRef, useState } from 'react';
import { captureAction, type CaptureTrigger } from '../../lib/sop/capture';
import { readSpseMessage } from '../../lib/spse/messages';
import type { Sop } from '../../lib/sop/schema';
import type { Case, StepEvent } from '../../lib/log/schema';
import type { CaseProgress } from '../../lib/timing';

/** What automatic capture did last (shown with "Urungkan" for a while), or SPSE's refusal. */
export type CaptureNotice =
  | { kind: 'started' | 'finished'; stepNo: number; next: number | null; undoId: string; until: number }
  | { kind: 'rejected'; stepNo: number; text: string };

export type AutoCaptureDeps = {
  enabled: boolean;
  pageId: string;
  /** Changes on every navigation (the page URL): each visit is judged once. */
  visit: string;
  activeCase: Case | null;
  sop: Sop | undefined;
  progress: CaseProgress | null;
  currentNo: number | null;
  /** The panel's host element: message boxes inside it are not SPSE's. */
  host: () => Element | null;
  start: (stepNo: number) => Promise<StepEvent>;
  finish: (stepNo: number) => Promise<StepEvent>;
};

const UNDO_MS = 2 * 60_000;

/**
 * Automatic capture in the panel: once per page visit (arriving, SPSE's message) and on
 * "Isi formulir". Every write is an automatic, undoable event; a refusal from SPSE is shown only.
 */
export function useAutoCapture(d: AutoCaptureDeps): { notice: CaptureNotice | null; onFill: () => void; dismiss: () => void } {
  const [notice, setNotice] = useState<CaptureNotice | null>(null);
  const judged = useRef<string | null>(null);
  const latest = useRef(d);
  latest.current = d;

  const run = useCallback(async (trigger: CaptureTrigger) => {
    const x = latest.current;
    if (!x.enabled || !x.activeCase || !x.sop || !x.progress) return;
    const message = trigger === 'message' ? readSpseMessage(document, x.host()) : null;
    const action = captureAction({ sop: x.sop, pageId: x.pageId, progress: x.progress, currentNo: x.currentNo, caseStatus: x.activeCase.status, trigger, message });
    if (!action) return false;
    if (action.kind === 'rejected') {
      setNotice({ kind: 'rejected', stepNo: action.stepNo, text: action.text });
      return true;
    }
    try {
      if (action.kind === 'start') {
        const e = await x.start(action.stepNo);
        setNotice({ kind: 'started', stepNo: action.stepNo, next: null, undoId: e.id, until: Date.now() + UNDO_MS });
      } else {
        const e = await x.finish(action.stepNo);
        setNotice({ kind: 'finished', stepNo: action.stepNo, next: action.next, undoId: `${e.id}#finish`, until: Date.now() + UNDO_MS });
      }
    } catch {
      /* the log refused (another tab was faster, the case closed): the panel's refresh shows the truth */
    }
    return true;
  }, []);

  // Once per visit, when the case's state is known: SPSE's message first, else the arrival.
  const ready = !!(d.enabled && d.activeCase && d.sop && d.progress);
  const key = `${d.visit}|${d.activeCase?.id ?? ''}`;
  useEffect(() => {
    if (!ready || judged.current === key) return;
    judged.current = key;
    void (async () => {
      if (!(await run('message'))) await run('arrive');
    })();
  }, [ready, key, run]);

  return { notice, onFill: () => void run('fill'), dismiss: () => setNotice(null) };
}
