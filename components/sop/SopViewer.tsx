import type { Lang } from '../../lib/i18n';
import { formatDuration } from '../../lib/sop/duration';
import { flowLayout, type FlowCell, type SymbolKind } from '../../lib/sop/flow';
import type { Sop, SopStep } from '../../lib/sop/schema';
import { t } from './labels';
import './sop.css';

export type SopViewerProps = {
  sop: Sop;
  lang?: Lang;
  /** Called by the "Cetak" button; defaults to `window.print()`. */
  onPrint?: () => void;
};

function List({ items, lang }: { items: readonly string[]; lang: Lang }) {
  if (!items.length) return <p className="sop-empty">{t(lang, 'empty')}</p>;
  return (
    <ol>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ol>
  );
}

function Box({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <section className="sop-box">
      <h3>{label}</h3>
      {children}
    </section>
  );
}

function symbolLabel(kind: SymbolKind, step: SopStep, lang: Lang): string {
  if (kind === 'terminator') return t(lang, step.marker === 'end' ? 'end' : 'start');
  return t(lang, kind === 'decision' ? 'decision' : 'process');
}

/** The flowchart symbol: rounded rectangle (Mulai/Selesai), diamond (keputusan), rectangle (kegiatan). */
export function SopSymbol({ kind, label }: { kind: SymbolKind; label: string }) {
  return (
    <svg className={`sop-symbol sop-symbol-${kind}`} data-symbol={kind} viewBox="0 0 48 30" width="48" height="30" role="img" aria-label={label}>
      <title>{label}</title>
      {kind === 'terminator' && <rect x="1" y="3" width="46" height="24" rx="12" ry="12" />}
      {kind === 'decision' && <polygon points="24,1 47,15 24,29 1,15" />}
      {kind === 'process' && <rect x="2" y="4" width="44" height="22" />}
    </svg>
  );
}

function LaneCell({ cell, step, lang }: { cell: FlowCell; step: SopStep; lang: Lang }) {
  return (
    <td className="sop-lane" data-lane={cell.laneId}>
      {cell.top !== 'none' && <span className={`sop-h sop-h-top sop-seg-${cell.top}`} aria-hidden="true" />}
      {cell.middle !== 'none' && <span className={`sop-h sop-h-mid sop-seg-${cell.middle}`} aria-hidden="true" />}
      {cell.lineIn && <span className="sop-v sop-v-in" aria-hidden="true" />}
      {cell.lineOut && <span className="sop-v sop-v-out" aria-hidden="true" />}
      {cell.symbol && (
        <span className="sop-symbol-wrap">
          <SopSymbol kind={cell.symbol} label={symbolLabel(cell.symbol, step, lang)} />
          {step.marker && <span className="sop-symbol-text">{t(lang, step.marker)}</span>}
        </span>
      )}
    </td>
  );
}

function StepNotes({ step, lang }: { step: SopStep; lang: Lang }) {
  const parts: React.ReactNode[] = [];
  if (step.notes) parts.push(<p key="notes">{step.notes}</p>);
  if (step.decision) {
    parts.push(
      <p key="decision" className="sop-decision">
        <strong>{step.decision.question}</strong>
        <br />
        {t(lang, 'yesTo', { n: step.decision.yes })}; {t(lang, 'noTo', { n: step.decision.no })}
      </p>,
    );
  }
  if (step.next !== undefined) parts.push(<p key="next">{t(lang, 'nextTo', { n: step.next })}</p>);
  for (const [i, gap] of (step.gaps ?? []).entries()) {
    parts.push(
      <p key={`gap${i}`} className="sop-gap no-print">
        {gap}
      </p>,
    );
  }
  return <td className="sop-notes">{parts}</td>;
}

/** One SOP in the official layout (Permenpan 35/2012): identity, side texts, then the step table. */
export function SopViewer({ sop, lang = 'id', onPrint }: SopViewerProps) {
  const rows = flowLayout(sop);
  const identity: [string, string | null | undefined][] = [
    [t(lang, 'number'), sop.number],
    [t(lang, 'madeAt'), sop.madeAt],
    [t(lang, 'revisedAt'), sop.revisedAt],
    [t(lang, 'approvedAt'), sop.approvedAt],
    ...(sop.effectiveAt !== undefined ? ([[t(lang, 'effectiveAt'), sop.effectiveAt]] as [string, string | null][]) : []),
    [t(lang, 'approvedBy'), sop.approvedBy],
    [t(lang, 'title'), sop.title],
  ];
  // Side texts in the order of the official sheet (two columns: left, right).
  const sides = [
    ['legalBasis', sop.legalBasis],
    ['qualifications', sop.qualifications],
    ['related', sop.related],
    ['equipment', sop.equipment],
    ['warnings', sop.warnings],
    ['recording', sop.recording],
  ] as const;
  return (
    <article className="sop-viewer" lang={lang} aria-label={sop.title} data-sop-id={sop.id}>
      <div className="sop-toolbar no-print">
        <button type="button" onClick={() => (onPrint ? onPrint() : window.print())}>
          {t(lang, 'print')}
        </button>
      </div>

      <table className="sop-identity">
        <tbody>
          <tr>
            <th scope="rowgroup" rowSpan={identity.length + 1} className="sop-office">
              {sop.office ?? t(lang, 'empty')}
            </th>
          </tr>
          {identity.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value || t(lang, 'empty')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="sop-sides">
        {sides.map(([key, items]) => (
          <Box key={key} label={t(lang, key)}>
            <List items={items} lang={lang} />
          </Box>
        ))}
        {sop.summary && (
          <Box label={t(lang, 'summary')}>
            <p>{sop.summary}</p>
          </Box>
        )}
        {sop.purpose && (
          <Box label={t(lang, 'purpose')}>
            <p>{sop.purpose}</p>
          </Box>
        )}
        {sop.definitions && sop.definitions.length > 0 && (
          <Box label={t(lang, 'definitions')}>
            <List items={sop.definitions} lang={lang} />
          </Box>
        )}
      </div>

      <table className="sop-steps">
        <caption>
          {t(lang, 'steps')}: {sop.title}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t(lang, 'no')}
            </th>
            <th scope="col" rowSpan={2}>
              {t(lang, 'activity')}
            </th>
            <th scope="colgroup" colSpan={sop.lanes.length}>
              {t(lang, 'actors')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t(lang, 'quality')}
            </th>
            <th scope="col" rowSpan={2}>
              {t(lang, 'notes')}
            </th>
          </tr>
          <tr>
            {sop.lanes.map((lane) => (
              <th scope="col" key={lane.id} className="sop-lane-head" data-lane={lane.id} data-outsider={lane.outsider ? 'true' : undefined} title={lane.outsider ? t(lang, 'outsider') : undefined}>
                {lane.name}
              </th>
            ))}
            <th scope="col">{t(lang, 'requirements')}</th>
            <th scope="col">{t(lang, 'time')}</th>
            <th scope="col">{t(lang, 'output')}</th>
          </tr>
        </thead>
        <tbody>
          {sop.steps.map((step, r) => (
            <tr key={step.no} data-step={step.no} data-kind={step.kind}>
              <th scope="row" className="sop-no">
                {step.no}
              </th>
              <td className="sop-activity">
                {step.activity}
                {step.activitySource && (
                  <details className="sop-source no-print">
                    <summary>{t(lang, 'originalText')}</summary>
                    <q>{step.activitySource}</q>
                  </details>
                )}
              </td>
              {rows[r].map((cell) => (
                <LaneCell key={cell.laneId} cell={cell} step={step} lang={lang} />
              ))}
              <td className="sop-req">
                {step.requirements.length > 0 ? (
                  <ul>
                    {step.requirements.map((req, i) => (
                      <li key={i}>{req}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td className="sop-time" title={formatDuration(step.duration, lang)}>
                {lang === 'id' ? step.duration.text || t(lang, 'empty') : formatDuration(step.duration, lang)}
              </td>
              <td className="sop-output">{step.output}</td>
              <StepNotes step={step} lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>

      {sop.gaps.length > 0 && (
        // Digitisation notes (what the source lacked, where it came from) are for the editors, never printed.
        <section className="sop-box sop-gaps no-print">
          <h3>{t(lang, 'gaps')}</h3>
          <ul>
            {sop.gaps.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
          <p className="sop-source-line">
            {t(lang, 'source')}: {sop.source.seed}
            {sop.source.note ? ` — ${sop.source.note}` : ''} · {t(lang, 'version')} {sop.version}
          </p>
        </section>
      )}
    </article>
  );
}
