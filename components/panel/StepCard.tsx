import { useRef, useState } from 'react';
import { focusNextAfterThis, useFocusWhenAsked } from '../common/focus';
import type { Lang } from '../../lib/i18n';
import type { Sop, SopStep } from '../../lib/sop/schema';
import { formatDuration } from '../../lib/sop/duration';
import { formatWindow, type ClockState, type StepProgress } from '../../lib/timing';
import { TimerBadge } from './TimerBadge';
import { tp } from './strings';
import { trusted } from './trusted';
import { tl } from './lifecycle-strings';
import { requirementKey } from '../../lib/log/lifecycle';

export type StepCardProps = {
  lang: Lang;
  sop: Sop;
  step: SopStep;
  /** Progress of this step in the open case (null without a case). */
  progress: StepProgress | null;
  canAct: boolean;
  busy: boolean;
  onStart: () => void;
  onFinish: (decision: 'yes' | 'no' | null) => void;
  onGo: (stepNo: number) => void;
  previousNo: number | null;
  nextNo: number | null;
  /** "Ulangi langkah": restart the finished step with a reason (rework). */
  onRedo?: (reason: string) => void;
  /** For the timer: is the clock running now, and when does it resume. */
  clock?: ClockState | null;
  resumeText?: string | null;
  now?: number;
  /** Stored kelengkapan ticks of the open case (`${stepNo}:${index}` → ticked); with `onCheck`, the list shows these. */
  checked?: ReadonlyMap<string, boolean>;
  /** Stores a tick as an event of the case (evidence that the file was complete). Without it, ticks stay on screen only. */
  onCheck?: (stepNo: number, requirement: number, checked: boolean) => void;
};

function laneNames(sop: Sop, ids: readonly string[]): string {
  return ids.map((id) => sop.lanes.find((l) => l.id === id)?.name ?? id).join(', ');
}

/** One SOP step: who, what must be complete, output, mutu baku with a live timer, actions. */
export function StepCard({ lang, sop, step, progress, canAct, busy, onStart, onFinish, onGo, previousNo, nextNo, onRedo, clock = null, resumeText = null, now, checked: stored, onCheck }: StepCardProps) {
  const [local, setLocal] = useState<Record<number, boolean>>({});
  const isChecked = (i: number) => (onCheck ? !!stored?.get(requirementKey(step.no, i)) : !!local[i]);
  const check = (i: number, value: boolean) => (onCheck ? onCheck(step.no, i, value) : setLocal((c) => ({ ...c, [i]: value })));
  const [redoing, setRedoing] = useState(false);
  const [redoReason, setRedoReason] = useState('');
  const calendarMinutes =
    progress?.startedAt && (progress.finishedAt || now !== undefined)
      ? Math.max(0, Math.floor(((progress.finishedAt ? Date.parse(progress.finishedAt) : now!) - Date.parse(progress.startedAt)) / 60_000))
      : null;
  const status = progress?.status ?? 'pending';
  // Keyboard: "Buka kasus" → "Mulai langkah" → "Selesai" (or the decision) → the next step's "Mulai langkah".
  const startRef = useRef<HTMLButtonElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  useFocusWhenAsked(startRef, [status, busy]);
  useFocusWhenAsked(finishRef, [status, busy]);
  useFocusWhenAsked(yesRef, [status, busy]);
  return (
    <section className="pandu-card" data-testid="pandu-step" data-step-no={step.no} data-status={status} aria-labelledby="pandu-step-title">
      <h3 id="pandu-step-title">
        {tp(lang, 'step')} {step.no}: {step.activity}
      </h3>
      <p>
        <strong>{tp(lang, 'actor')}:</strong> {laneNames(sop, step.actors)}
      </p>
      {step.requirements.length > 0 && (
        <fieldset className="pandu-checklist">
          <legend>{tp(lang, 'requirements')}</legend>
          {step.requirements.map((r, i) => (
            <label key={i}>
              <input type="checkbox" checked={isChecked(i)} disabled={busy && !!onCheck} onChange={trusted((e) => check(i, e.target.checked))} style={{ width: 'auto' }} data-testid="pandu-requirement" /> {r}
            </label>
          ))}
        </fieldset>
      )}
      {step.output && (
        <p>
          <strong>{tp(lang, 'output')}:</strong> {step.output}
        </p>
      )}
      <p>
        <strong>{tp(lang, 'standard')}:</strong> {formatDuration(step.duration, lang)}
        {step.duration.window && (
          <span className="pandu-muted" data-testid="pandu-window">
            {' '}
            ({tp(lang, 'window')}: {formatWindow(step.duration.window)})
          </span>
        )}
      </p>
      {progress?.timing && (
        // A div, not a paragraph: the badge holds a <details>, which no <p> may contain.
        <div className="pandu-timer-row">
          <TimerBadge timing={progress.timing} lang={lang} clock={clock} resumeText={resumeText} calendarMinutes={calendarMinutes} />
        </div>
      )}
      {step.notes && <p className="pandu-muted">{step.notes}</p>}
      {canAct && (
        <div className="pandu-row">
          {status === 'pending' && (
            <button ref={startRef} type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => (focusNextAfterThis(), onStart()))} data-testid="pandu-start">
              {tp(lang, 'start')}
            </button>
          )}
          {status === 'done' && onRedo && !redoing && (
            <>
              <span className="pandu-muted">{tl(lang, 'stepDone')}</span>
              <button type="button" className="pandu-btn secondary" disabled={busy} onClick={() => setRedoing(true)} data-testid="pandu-redo">
                {tl(lang, 'redo')}
              </button>
            </>
          )}
          {status === 'done' && onRedo && redoing && (
            <div role="group" aria-label={tl(lang, 'redo')}>
              <label>
                {tl(lang, 'redoReason')}
                <input value={redoReason} onChange={(e) => setRedoReason(e.target.value)} maxLength={1000} data-testid="pandu-redo-reason" />
              </label>
              <button
                type="button"
                className="pandu-btn"
                disabled={busy || !redoReason.trim()}
                onClick={trusted(() => {
                  onRedo(redoReason.trim());
                  setRedoing(false);
                  setRedoReason('');
                })}
                data-testid="pandu-redo-save"
              >
                {tl(lang, 'redo')}
              </button>
            </div>
          )}
          {status === 'running' && step.kind === 'decision' && step.decision && (
            <div role="group" aria-label={step.decision.question} data-testid="pandu-decision">
              <p>
                <strong>{step.decision.question}</strong>
              </p>
              <div className="pandu-row">
                <button ref={yesRef} type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => (focusNextAfterThis(), onFinish('yes')))}>
                  {tp(lang, 'yes')}
                </button>
                <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(() => (focusNextAfterThis(), onFinish('no')))}>
                  {tp(lang, 'no')}
                </button>
              </div>
            </div>
          )}
          {status === 'running' && step.kind !== 'decision' && (
            <button ref={finishRef} type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => (focusNextAfterThis(), onFinish(null)))} data-testid="pandu-finish">
              {tp(lang, 'finish')}
            </button>
          )}
        </div>
      )}
      <div className="pandu-row">
        <button type="button" className="pandu-btn secondary" disabled={previousNo === null} onClick={() => previousNo !== null && onGo(previousNo)}>
          ← {tp(lang, 'previous')}
        </button>
        <button type="button" className="pandu-btn secondary" disabled={nextNo === null} onClick={() => nextNo !== null && onGo(nextNo)}>
          {tp(lang, 'next')} →
        </button>
      </div>
    </section>
  );
}
