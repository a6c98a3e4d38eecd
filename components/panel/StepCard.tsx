import { useState } from 'react';
import type { Lang } from '../../lib/i18n';
import type { Sop, SopStep } from '../../lib/sop/schema';
import { formatDuration } from '../../lib/sop/duration';
import { formatWindow, type StepProgress } from '../../lib/timing';
import { TimerBadge } from './TimerBadge';
import { tp } from './strings';
import { trusted } from './trusted';

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
};

function laneNames(sop: Sop, ids: readonly string[]): string {
  return ids.map((id) => sop.lanes.find((l) => l.id === id)?.name ?? id).join(', ');
}

/** One SOP step: who, what must be complete, output, mutu baku with a live timer, actions. */
export function StepCard({ lang, sop, step, progress, canAct, busy, onStart, onFinish, onGo, previousNo, nextNo }: StepCardProps) {
  const [checked, setChecked] = useState<Record<number, boolean>>({});
  const status = progress?.status ?? 'pending';
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
              <input type="checkbox" checked={!!checked[i]} onChange={(e) => setChecked((c) => ({ ...c, [i]: e.target.checked }))} style={{ width: 'auto' }} /> {r}
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
        <p>
          <TimerBadge timing={progress.timing} lang={lang} />
        </p>
      )}
      {step.notes && <p className="pandu-muted">{step.notes}</p>}
      {canAct && (
        <div className="pandu-row">
          {status !== 'running' && (
            <button type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => onStart())} data-testid="pandu-start">
              {tp(lang, 'start')}
            </button>
          )}
          {status === 'running' && step.kind === 'decision' && step.decision && (
            <div role="group" aria-label={step.decision.question} data-testid="pandu-decision">
              <p>
                <strong>{step.decision.question}</strong>
              </p>
              <div className="pandu-row">
                <button type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => onFinish('yes'))}>
                  {tp(lang, 'yes')}
                </button>
                <button type="button" className="pandu-btn secondary" disabled={busy} onClick={trusted(() => onFinish('no'))}>
                  {tp(lang, 'no')}
                </button>
              </div>
            </div>
          )}
          {status === 'running' && step.kind !== 'decision' && (
            <button type="button" className="pandu-btn" disabled={busy} onClick={trusted(() => onFinish(null))} data-testid="pandu-finish">
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
