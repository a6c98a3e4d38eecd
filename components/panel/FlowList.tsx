import type { Lang } from '../../lib/i18n';
import type { Sop } from '../../lib/sop/schema';
import type { CaseProgress } from '../../lib/timing';
import { tp } from './strings';

/** The whole SOP as a compact vertical flow, the shown step marked. */
export function FlowList({ sop, currentNo, progress, lang, onGo }: { sop: Sop; currentNo: number | null; progress: CaseProgress | null; lang: Lang; onGo: (no: number) => void }) {
  return (
    <nav aria-label={tp(lang, 'flow')}>
      <ol className="pandu-flow" data-testid="pandu-flow">
        {sop.steps.map((s) => {
          const p = progress?.steps.find((x) => x.no === s.no);
          const cls = [s.no === currentNo ? 'current' : '', p?.status === 'done' ? 'done' : ''].join(' ').trim();
          return (
            <li key={s.no} className={cls} aria-current={s.no === currentNo ? 'step' : undefined}>
              <button type="button" className="pandu-link" onClick={() => onGo(s.no)}>
                {s.marker === 'start' ? '◯ ' : s.marker === 'end' ? '◉ ' : s.kind === 'decision' ? '◇ ' : '▭ '}
                {s.no}. {s.activity.length > 70 ? s.activity.slice(0, 68) + '…' : s.activity}
              </button>
              {p?.status === 'done' && <span className="pandu-muted"> ✓ {tp(lang, 'done')}</span>}
              {p?.status === 'running' && <span className="pandu-muted"> ● {tp(lang, 'running')}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
