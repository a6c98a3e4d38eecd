import type { Lang } from '../../lib/i18n';
import type { ClockState, StepTiming } from '../../lib/timing';
import { tp } from './strings';
import { tl } from './lifecycle-strings';

export type TimerBadgeProps = {
  timing: StepTiming | null;
  lang: Lang;
  /** Whether the clock runs now (for a running step): off hours and held clocks say so, never look frozen. */
  clock?: ClockState | null;
  /** When counting resumes, already formatted ("Senin 08.00 WIB"). */
  resumeText?: string | null;
  /** Calendar minutes from start to finish (or now), shown beside working time when expanded. */
  calendarMinutes?: number | null;
};

function calendarText(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d ? `${d} h` : '', h ? `${h} j` : '', `${m} m`].filter(Boolean).join(' ');
}

/** Elapsed working time of a step and its verdict against the mutu baku; honest about a clock that stands still. */
export function TimerBadge({ timing, lang, clock = null, resumeText = null, calendarMinutes = null }: TimerBadgeProps) {
  if (!timing) return null;
  const amount = timing.used === null || timing.elapsedDays < 1 ? `${timing.elapsedWorkingMinutes} ${tp(lang, 'minutes')}` : `${timing.elapsedDays.toFixed(1)} ${tp(lang, 'days')}`;
  const pct = timing.used === null ? null : Math.round(timing.used * 100);
  const still = timing.running && clock && clock.kind !== 'running';
  return (
    <span className="pandu-timer" data-testid="pandu-timer" data-verdict={timing.verdict ?? 'none'} data-clock={timing.running ? (clock?.kind ?? 'running') : 'stopped'} aria-live="polite">
      {amount}
      {pct !== null && ` · ${pct}% ${tp(lang, 'elapsed')}`}{' '}
      {timing.verdict ? (
        <span className={`pandu-${timing.verdict}`}>{tp(lang, `verdict.${timing.verdict}`)}</span>
      ) : (
        <span className="pandu-muted">{tp(lang, 'noStandard')}</span>
      )}
      {still && (
        <span className="pandu-muted" data-testid="pandu-timer-still">
          {' · '}
          {clock.kind === 'held' ? tl(lang, 'heldClock') : resumeText ? tl(lang, 'offHours', { when: resumeText }) : tl(lang, 'offHoursNever')}
        </span>
      )}
      <details className="pandu-timer-details" data-testid="pandu-timer-details">
        <summary>…</summary>
        {calendarMinutes !== null && <span>{tl(lang, 'calendarTime', { t: calendarText(calendarMinutes) })}</span>}
        <br />
        <span>{tl(lang, 'workingTime', { n: timing.elapsedWorkingMinutes })}</span>
        <br />
        <span data-testid="pandu-timer-held" data-minutes={timing.heldWorkingMinutes}>{tl(lang, 'heldTime', { n: timing.heldWorkingMinutes })}</span>
      </details>
    </span>
  );
}
