import type { Lang } from '../../lib/i18n';
import type { WeekPoint } from '../../lib/export/sla';
import { weekLabel, weekNumber } from '../../lib/export/labels';
import { displayPercent } from '../../lib/export/table';

const H = 160;
const TOP = 10;
const BOTTOM = 28;
const LEFT = 36;

/** Weekly on-time share as inline SVG bars (no chart library, no remote code). */
export function WeeklyChart({ points, lang }: { points: readonly WeekPoint[]; lang: Lang }) {
  const bar = Math.max(6, Math.min(28, Math.floor(720 / Math.max(1, points.length))));
  const gap = Math.max(2, Math.round(bar / 5));
  const width = LEFT + points.length * (bar + gap) + 8;
  const plot = H - TOP - BOTTOM;
  const y = (share: number) => TOP + plot * (1 - share);
  const labelEvery = Math.max(1, Math.ceil(points.length / 12));
  const title = lang === 'id' ? 'Persentase langkah sesuai mutu baku per minggu (ISO)' : 'Share of steps within the standard per ISO week';
  return (
    <svg data-testid="weekly-chart" role="img" aria-label={title} width={width} height={H} viewBox={`0 0 ${width} ${H}`} className="weekly-chart">
      <title>{title}</title>
      {[0, 0.5, 0.8, 1].map((g) => (
        <g key={g}>
          <line x1={LEFT} x2={width} y1={y(g)} y2={y(g)} stroke={g === 0.8 ? '#f0b429' : '#d9e2ec'} strokeDasharray={g === 0.8 ? '4 3' : undefined} />
          <text x={LEFT - 4} y={y(g) + 4} fontSize="10" textAnchor="end">
            {Math.round(g * 100)}%
          </text>
        </g>
      ))}
      <text x={2} y={H - 4} fontSize="9">
        {lang === 'en' ? 'Week' : 'Minggu ke-'}
      </text>
      {points.map((p, i) => {
        const x = LEFT + i * (bar + gap) + gap;
        const color = p.share >= 0.8 ? '#2f8132' : p.share >= 0.5 ? '#de911d' : '#ba2525';
        return (
          <g key={p.week} data-week={p.week}>
            <rect x={x} y={y(p.share)} width={bar} height={plot * p.share} fill={color}>
              <title>{`${weekLabel(p.week, lang)}: ${displayPercent(p.share, lang)} (${p.within}/${p.measured})`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text x={x + bar / 2} y={H - BOTTOM + 14} fontSize="9" textAnchor="middle">
                {weekNumber(p.week)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
