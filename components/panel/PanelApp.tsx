import type { ReactNode } from 'react';
import { PanelShell } from './PanelShell';
import { StepCard } from './StepCard';
import { FlowList } from './FlowList';
import { tp } from './strings';
import { pageTitle } from '../../lib/spse/titles';
import { nextStepNo, previousStepNo, type LocateResult } from '../../lib/sop/locate';
import type { Sop, SopStep } from '../../lib/sop/schema';
import type { Case } from '../../lib/log/schema';
import type { CaseProgress, ClockState } from '../../lib/timing';
import { tl } from './lifecycle-strings';
import type { Lang } from '../../lib/i18n';
import { trusted } from './trusted';
import { focusNextAfterThis } from '../common/focus';
import { SopOptions } from './SopOptions';
import type { PanelLayout } from '../../lib/extension/panel-layout';
import { caseLabel } from './case-label';

export type PanelPageMatch = { pageId: string; confidence: number; role: string | null };
export type CaseSummary = { caseId: string; currentStep: number | null; verdict: 'on-time' | 'warning' | 'late' | null; done: boolean };

export type PanelAppProps = {
  match: PanelPageMatch;
  /** The page's name when the container knows better (a taught page's own name). */
  pageName?: string;
  lang: Lang;
  collapsed: boolean;
  onToggle: () => void;
  onLangToggle?: () => void;
  /** The panel was opened from the keyboard: focus moves into it. */
  focusOnOpen?: boolean;
  /** Bumped by the shortcut while the panel is open and the focus is on the page: focus moves into the panel. */
  focusRequest?: number;
  sops?: Sop[];
  cases?: Case[];
  /** Each open case's current step and verdict. */
  summaries?: CaseSummary[];
  activeCase?: Case | null;
  progress?: CaseProgress | null;
  located?: LocateResult;
  /** The step on show (chosen by the user, located on this page, or the case's current step). */
  shown?: { sop: Sop; step: SopStep } | null;
  busy?: boolean;
  error?: string | null;
  /** Built-in fields that were expected on this page and not found. */
  missingFields?: string[];
  onSelectCase?: (caseId: string | null) => void;
  onChoose?: (sopId: string, stepNo: number) => void;
  onStart?: () => void;
  onFinish?: (decision: 'yes' | 'no' | null) => void;
  /** "Ulangi langkah" on a finished step, with the reason. */
  onRedo?: (reason: string) => void;
  /** The step clock right now (off hours / held / running) and when it resumes, for an honest timer. */
  clock?: ClockState | null;
  resumeText?: string | null;
  now?: number;
  /** Stored kelengkapan ticks of the active case and how to store one (a case event). */
  requirementsChecked?: ReadonlyMap<string, boolean>;
  onCheckRequirement?: (stepNo: number, requirement: number, checked: boolean) => void;
  /** Lifecycle status and actions of the active case (components/panel/CaseLifecycle). */
  lifecycle?: ReactNode;
  onNewCase?: () => void;
  onTeach?: () => void;
  /** "Kirim contoh halaman": a redacted sample of this page for a field report. */
  onSample?: () => void;
  onOpenPage?: (page: 'options' | 'report') => void;
  /** Escape inside the panel closes what is open (letter intake, teach mode); undefined: nothing open. */
  onEscape?: () => void;
  /** Width, bounds and mode of the panel, and the resize handle's callback (components/panel/PanelShell). */
  layout?: PanelLayout;
  onResize?: (width: number, final: boolean) => void;
  /** A letter file dropped on the panel. */
  onDropLetter?: (data: DataTransfer) => void;
  /** Sections the container adds: letter intake, fill preview, teach mode. */
  children?: ReactNode;
};

const noop = () => {};

/** The side panel: where am I, which SOP step is this, and what do I do now. */
export function PanelApp(props: PanelAppProps) {
  const { match, lang, collapsed, onToggle, sops = [], cases = [], activeCase = null, progress = null, shown = null, busy = false, error = null } = props;
  const located = props.located ?? { matches: [], best: null, ambiguous: false };
  const known = match.pageId !== 'unknown';
  const onChoose = props.onChoose ?? noop;
  const stepProgress = shown && activeCase && activeCase.sopId === shown.sop.id ? (progress?.steps.find((s) => s.no === shown.step.no) ?? null) : null;
  const chooserSop = shown?.sop ?? (activeCase ? sops.find((s) => s.id === activeCase.sopId) : undefined);

  return (
    <PanelShell
      collapsed={collapsed}
      lang={lang}
      onToggle={onToggle}
      focusOnOpen={props.focusOnOpen}
      focusRequest={props.focusRequest}
      onEscape={props.onEscape}
      layout={props.layout}
      onResize={props.onResize}
      onDropLetter={props.onDropLetter}
    >
      <p className={known ? 'pandu-page' : 'pandu-page unknown'} data-testid="pandu-page" data-page-id={match.pageId}>
        {known ? `${tp(lang, 'recognised')}: ${props.pageName ?? pageTitle(match.pageId, lang)}` : tp(lang, 'unknown')}
        {known && (
          <span className="pandu-muted">
            {' '}
            ({tp(lang, 'confidence')} {Math.round(match.confidence * 100)}%)
          </span>
        )}
      </p>
      {(props.missingFields ?? []).map((f) => (
        <p key={f} className="pandu-warn" data-testid="pandu-missing-field">
          {tp(lang, 'fieldMissing', { f })}
        </p>
      ))}
      {error && (
        <p className="pandu-error" role="alert">
          {error}
        </p>
      )}

      <div className="pandu-section-title">{tp(lang, 'cases')}</div>
      {cases.length === 0 ? (
        <p className="pandu-muted" data-testid="pandu-no-case">
          {tp(lang, 'noOpenCase')}
        </p>
      ) : (
        <select aria-label={tp(lang, 'cases')} data-testid="pandu-case-picker" value={activeCase?.id ?? ''} onChange={trusted((e) => props.onSelectCase?.(e.target.value || null))}>
          <option value="">{tp(lang, 'noCase')}</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {caseLabel(c, sops, lang)}
            </option>
          ))}
        </select>
      )}
      {cases.length > 0 && (props.summaries?.length ?? 0) > 0 && (
        <ul className="pandu-flow" data-testid="pandu-case-list" aria-label={tp(lang, 'cases')}>
          {cases.map((c) => {
            const s = props.summaries?.find((x) => x.caseId === c.id);
            return (
              <li key={c.id} className={c.id === activeCase?.id ? 'current' : ''} data-case-id={c.id}>
                <button type="button" className="pandu-link" onClick={trusted(() => props.onSelectCase?.(c.id))}>
                  {caseLabel(c, sops, lang)}
                </button>
                <span className="pandu-muted">
                  {' · '}
                  {c.status === 'waiting' ? tl(lang, 'status.waiting') : s?.done ? tp(lang, 'done') : s?.currentStep != null ? `${tp(lang, 'step')} ${s.currentStep}` : '—'}
                </span>{' '}
                {s?.verdict && <span className={`pandu-${s.verdict}`}>{tp(lang, `verdict.${s.verdict}`)}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <div className="pandu-row">
        {props.onNewCase && (
          <button
            type="button"
            className="pandu-btn secondary"
            onClick={() => {
              focusNextAfterThis();
              props.onNewCase?.();
            }}
            data-testid="pandu-new-case"
          >
            {tp(lang, 'newCase')}
          </button>
        )}
        {props.onTeach && (
          <button type="button" className="pandu-btn secondary" onClick={props.onTeach} data-testid="pandu-teach">
            {tp(lang, 'teach')}
          </button>
        )}
        {props.onSample && (
          <button type="button" className="pandu-btn secondary" onClick={props.onSample} data-testid="pandu-sample-open">
            {tp(lang, 'sample')}
          </button>
        )}
        {props.onOpenPage && (
          <>
            <button type="button" className="pandu-btn secondary" onClick={() => props.onOpenPage?.('report')}>
              {tp(lang, 'report')}
            </button>
            <button type="button" className="pandu-btn secondary" onClick={() => props.onOpenPage?.('options')}>
              {tp(lang, 'options')}
            </button>
          </>
        )}
        {props.onLangToggle && (
          <button type="button" className="pandu-btn secondary" onClick={props.onLangToggle} lang={lang === 'id' ? 'en' : 'id'}>
            {tp(lang, 'language')}
          </button>
        )}
      </div>

      {props.children}

      {located.ambiguous && !shown && (
        <div data-testid="pandu-several">
          <p>{tp(lang, 'severalMatch')}</p>
          <ul>
            {located.matches.map((m) => (
              <li key={`${m.sop.id}:${m.step.no}`}>
                <button type="button" className="pandu-link" onClick={() => onChoose(m.sop.id, m.step.no)}>
                  {m.sop.title} — {tp(lang, 'step')} {m.step.no}: {m.step.activity}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {props.lifecycle}
      {activeCase && progress?.done && <p className="pandu-on-time">{tp(lang, 'caseDone')}</p>}
      {activeCase && (activeCase.status === 'done' || activeCase.status === 'cancelled') && (
        <p className="pandu-muted" data-testid="pandu-refused">
          {tl(lang, 'refused', { status: tl(lang, `status.${activeCase.status}`).toLowerCase() })}
        </p>
      )}

      {shown ? (
        <>
          {activeCase && progress && progress.current !== null && progress.current !== shown.step.no && located.best === null && (
            <p className="pandu-muted">{tp(lang, 'notHere')}</p>
          )}
          <StepCard
            key={`${shown.sop.id}:${shown.step.no}`}
            lang={lang}
            sop={shown.sop}
            step={shown.step}
            progress={stepProgress}
            canAct={!!activeCase && activeCase.sopId === shown.sop.id && activeCase.status === 'open'}
            busy={busy}
            onStart={props.onStart ?? noop}
            onFinish={props.onFinish ?? noop}
            onGo={(no) => onChoose(shown.sop.id, no)}
            previousNo={previousStepNo(shown.sop, shown.step.no)}
            nextNo={nextStepNo(shown.sop, shown.step.no, stepProgress?.event?.decision ?? null)}
            onRedo={props.onRedo}
            clock={props.clock}
            resumeText={props.resumeText}
            now={props.now}
            checked={props.requirementsChecked}
            onCheck={activeCase && activeCase.sopId === shown.sop.id ? props.onCheckRequirement : undefined}
          />
          {shown.sop.warnings.length > 0 && (
            <details>
              <summary>{tp(lang, 'warnings')}</summary>
              <ul>
                {shown.sop.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </details>
          )}
          <details open>
            <summary>
              {tp(lang, 'flow')}: {shown.sop.title}
            </summary>
            <FlowList sop={shown.sop} currentNo={shown.step.no} progress={activeCase?.sopId === shown.sop.id ? progress : null} lang={lang} onGo={(no) => onChoose(shown.sop.id, no)} />
          </details>
        </>
      ) : (
        !located.ambiguous && (
          <ManualChooser lang={lang} sops={sops} sop={chooserSop} onChoose={onChoose} />
        )
      )}
    </PanelShell>
  );
}

/** Manual choice of SOP and step, for unknown pages or pages without a step. */
function ManualChooser({ lang, sops, sop, onChoose }: { lang: Lang; sops: Sop[]; sop: Sop | undefined; onChoose: (sopId: string, stepNo: number) => void }) {
  return (
    <div data-testid="pandu-manual">
      <p className="pandu-muted">{tp(lang, 'manualHint')}</p>
      <label htmlFor="pandu-sop-select">{tp(lang, 'chooseSop')}</label>
      <select id="pandu-sop-select" value={sop?.id ?? ''} onChange={(e) => {
        const s = sops.find((x) => x.id === e.target.value);
        if (s) onChoose(s.id, s.steps[0].no);
      }}>
        <SopOptions sops={sops} />
      </select>
      {sop && (
        <>
          <label htmlFor="pandu-step-select">{tp(lang, 'chooseStep')}</label>
          <select id="pandu-step-select" value="" onChange={(e) => e.target.value && onChoose(sop.id, Number(e.target.value))}>
            <option value="">—</option>
            {sop.steps.map((st) => (
              <option key={st.no} value={st.no}>
                {st.no}. {st.activity.slice(0, 80)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
