import { useEffect, useRef, useState } from 'react';
import { messageIn } from '../../lib/i18n-messages';
import type { Lang } from '../../lib/i18n';
import type { Case, CaseEvent, StepEvent } from '../../lib/log/schema';
import type { Sop } from '../../lib/sop/schema';
import { formatResume, type WorkCalendar } from '../../lib/timing';
import { caseWork } from '../../lib/extension/worklist';
import { TimerBadge } from '../panel/TimerBadge';
import { caseLabel } from '../panel/case-label';
import { LanguageSelect } from '../common/LanguageSelect';
import { tpp } from './strings';

/** One open case with what its timer needs: its SOP version, its step events and its ledger. */
export type PopupCase = { case: Case; sop: Sop; events: StepEvent[]; ledger: CaseEvent[] };

export type PopupData = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; cases: PopupCase[]; calendar: WorkCalendar };

/** What pressing "Buka panel di tab ini" came to. */
export type OpenPanelResult = { kind: 'opened' } | { kind: 'no-tab' } | { kind: 'failed'; message: string };

export type PopupAppProps = {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  data: PopupData;
  onOpenPanel: () => Promise<OpenPanelResult>;
  reportUrl: string;
  optionsUrl: string;
  /** The clock (tests); the timers are recomputed from it every second. */
  clock?: () => number;
};

/** The toolbar popup: today's open cases with their live timers, the panel on the SPSE tab, report and settings. */
export function PopupApp({ lang, onLangChange, data, onOpenPanel, reportUrl, optionsUrl, clock = Date.now }: PopupAppProps) {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(id);
  }, [clock]);
  const [opening, setOpening] = useState<OpenPanelResult | 'busy' | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => openButton.current?.focus(), []);

  const open = async () => {
    setOpening('busy');
    try {
      setOpening(await onOpenPanel());
    } catch (e) {
      setOpening({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <main className="pandu-root popup" lang={lang} data-testid="pandu-popup">
      <header className="popup-header">
        <h1>Pandu SPSE</h1>
        <LanguageSelect lang={lang} label={tpp(lang, 'language')} onChange={onLangChange} />
      </header>
      <div className="pandu-row">
        <button ref={openButton} type="button" className="pandu-btn" data-testid="popup-open-panel" disabled={opening === 'busy'} onClick={() => void open()}>
          {tpp(lang, 'openPanel')}
        </button>
      </div>
      <p role="status" className="pandu-muted" data-testid="popup-open-status">
        {opening === 'busy'
          ? tpp(lang, 'opening')
          : opening?.kind === 'opened'
            ? tpp(lang, 'opened')
            : opening?.kind === 'no-tab'
              ? tpp(lang, 'noTab')
              : opening?.kind === 'failed'
                ? tpp(lang, 'openFailed', { msg: messageIn(lang, opening.message) })
                : tpp(lang, 'shortcut')}
      </p>
      <section aria-labelledby="popup-cases-title">
        <h2 id="popup-cases-title">{tpp(lang, 'today')}</h2>
        {data.kind === 'loading' && <p className="pandu-muted">{tpp(lang, 'loading')}</p>}
        {data.kind === 'error' && <p role="alert">{tpp(lang, 'loadFailed', { msg: messageIn(lang, data.message) })}</p>}
        {data.kind === 'ready' && <CaseList lang={lang} cases={data.cases} calendar={data.calendar} now={now} />}
      </section>
      <nav className="popup-links" aria-label="Pandu SPSE">
        <a href={reportUrl} target="_blank" rel="noopener" data-testid="popup-report">
          {tpp(lang, 'report')}
        </a>
        <a href={optionsUrl} target="_blank" rel="noopener" data-testid="popup-options">
          {tpp(lang, 'options')}
        </a>
      </nav>
    </main>
  );
}

function CaseList({ lang, cases, calendar, now }: { lang: Lang; cases: PopupCase[]; calendar: WorkCalendar; now: number }) {
  if (!cases.length) return <p className="pandu-muted">{tpp(lang, 'none')}</p>;
  return (
    <ul className="popup-cases">
      {cases.map(({ case: c, sop, events, ledger }) => {
        const work = caseWork(c, sop, events, ledger, calendar, now);
        const step = work.current;
        const resumeText = work.clock.kind === 'off-hours' && work.clock.resumesAt !== null ? formatResume(work.clock.resumesAt, calendar, now, lang) : null;
        return (
          <li key={c.id} className="pandu-card" data-testid="popup-case" data-case-id={c.id}>
            <div className="popup-case-label">{caseLabel(c, [sop], lang)}</div>
            <div className="pandu-muted">
              {c.status === 'waiting' && <strong>{tpp(lang, 'waiting')} · </strong>}
              {work.progress.done || !step
                ? tpp(lang, 'allDone')
                : `${tpp(lang, 'step', { n: step.no })}: ${step.activity}${step.status === 'pending' ? ` — ${tpp(lang, 'notStarted')}` : ''}`}
            </div>
            {step?.status === 'running' && <TimerBadge timing={step.timing} lang={lang} clock={work.clock} resumeText={resumeText} />}
          </li>
        );
      })}
    </ul>
  );
}
