import type { Lang } from '../../lib/i18n';
import type { StepTiming } from '../../lib/timing';
import { tp } from './strings';

/** Elapsed working time of a step and its verdict against the mutu baku. */
export function TimerBadge({ timing, lang }: { timing: StepTiming | null; lang: Lang }) {
  if (!timing) return null;
  const amount = timing.used === null || timing.elapsedDays < 1 ? `${timing.elapsedWorkingMinutes} ${tp(lang, 'minutes')}` : `${timing.elapsedDays.toFixed(1)} ${tp(lang, 'days')}`;
  const pct = timing.used === null ? null : Math.round(timing.used * 100);
  return (
    <span className="pandu-timer" data-testid="pandu-timer" data-verdict={timing.verdict ?? 'none'} aria-live="polite">
      {amount}
      {pct !== null && ` · ${pct}% ${tp(lang, 'elapsed')}`}{' '}
      {timing.verdict ? (
        <span className={`pandu-${timing.verdict}`}>{tp(lang, `verdict.${timing.verdict}`)}</span>
      ) : (
        <span className="pandu-muted">{tp(lang, 'noStandard')}</span>
      )}
    </span>
  );
}
