/**
 * The fill preview: pick a person from the letter, see what Pandu would write into the SPSE
 * form (current vs new value, overwrites, skipped fields with their reason, fields not found),
 * fill on confirmation, undo, and mark the person done. Pandu never presses SPSE's Save button.
 * Every value is rendered as text (React escapes it); nothing from the letter becomes HTML.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useFocusWhenAsked } from '../common/focus';
import type { Lang } from '../../lib/i18n';
import type { Applicant } from '../../lib/letter/schema';
import type { FillPlan, FillRow } from '../../lib/prefill/plan';
import { attributeLabel } from '../../lib/prefill/labels';
import { tf } from './strings';
import { trusted } from '../panel/trusted';

export type FillPreviewProps = {
  lang: Lang;
  people: Applicant[];
  /** Indexes into `people` already done. */
  donePeople: number[];
  /** The plan for the picked person (null while it is being made). */
  plan: FillPlan | null;
  onPickPerson: (index: number) => void;
  onFill: () => void;
  onUndo: () => void;
  onMarkDone: (index: number) => void;
  /** The form currently holds Pandu's fill (undo is possible). */
  filled: boolean;
  /** The picked person, when the parent controls it; else the first person not done yet. */
  picked?: number;
};

function firstNotDone(count: number, done: readonly number[]): number {
  for (let i = 0; i < count; i++) if (!done.includes(i)) return i;
  return 0;
}

function rowLabel(lang: Lang, row: FillRow): string {
  return lang === 'id' ? row.label : attributeLabel(row.attribute, lang);
}

function note(lang: Lang, row: FillRow): string {
  if (!row.skip) return tf(lang, row.conflict ? 'conflict' : 'willFill');
  if (lang === 'id' && row.reason) return row.reason;
  return row.reasonCode ? tf(lang, `reason.${row.reasonCode}`) : (row.reason ?? '');
}

/** Values read whole (an 18-digit NIP split over lines is misread) and e-mails (long, no spaces: may break anywhere). */
const KEEP_WHOLE = new Set(['nip', 'nik', 'phone', 'mobile', 'userId', 'skNumber', 'pbjCertificate', 'validUntil', 'assignmentLetterDate']);
export function valueClass(attribute: string): string | undefined {
  if (KEEP_WHOLE.has(attribute)) return 'pandu-keep';
  return attribute === 'email' ? 'pandu-email' : undefined;
}

function PlanTable({ lang, rows }: { lang: Lang; rows: FillRow[] }) {
  const empty = <span className="pandu-muted">{tf(lang, 'empty')}</span>;
  return (
    <table className="pandu-fill-table" data-testid="pandu-fill-plan">
      <caption>{tf(lang, 'planCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tf(lang, 'colField')}</th>
          <th scope="col">{tf(lang, 'colCurrent')}</th>
          <th scope="col">{tf(lang, 'colNew')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.attribute} data-testid="pandu-fill-row" data-attribute={row.attribute} data-skip={String(row.skip)} data-conflict={String(row.conflict)}>
            <th scope="row">{rowLabel(lang, row)}</th>
            <td>
              <span className={valueClass(row.attribute)}>{row.currentText || row.currentValue || empty}</span>
            </td>
            <td>
              <span className={valueClass(row.attribute)}>{row.newText || row.newValue || (row.skip ? '—' : empty)}</span>
              {row.suggested && !row.skip && <span className="pandu-fill-suggested">{tf(lang, 'suggested')}</span>}
              <span className="pandu-fill-why">
                {row.conflict && <span aria-hidden="true">⚠ </span>}
                {note(lang, row)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Plan preview and fill controls for one person of a letter. */
export function FillPreview({ lang, people, donePeople, plan, onPickPerson, onFill, onUndo, onMarkDone, filled, picked }: FillPreviewProps) {
  const groupName = `pandu-person-${useId()}`;
  const [localPick, setLocalPick] = useState(() => firstNotDone(people.length, donePeople));
  const current = Math.min(Math.max(picked ?? localPick, 0), Math.max(people.length - 1, 0));
  const fillRef = useRef<HTMLButtonElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const acted = useRef(false);
  // Keyboard: after "Buka kasus" on a form page the focus goes to "Isi formulir".
  useFocusWhenAsked(fillRef, [plan]);

  // The button just pressed disappears or is disabled: keep keyboard focus on the other one.
  useEffect(() => {
    if (!acted.current) return;
    acted.current = false;
    (filled ? undoRef : fillRef).current?.focus();
  }, [filled]);

  const pick = (i: number) => {
    setLocalPick(i);
    onPickPerson(i);
  };

  /** Mark the picked person done; without a controlled `picked`, move on to the next one not done. */
  const markDone = () => {
    onMarkDone(current);
    if (picked !== undefined) return;
    const n = people.length;
    for (let k = 1; k < n; k++) {
      const i = (current + k) % n;
      if (!donePeople.includes(i)) return pick(i);
    }
  };

  const rows = plan?.rows ?? [];
  const toFill = rows.filter((r) => !r.skip);
  // Fields the letter has nothing for are listed in one line, not as table rows.
  const shown = rows.filter((r) => r.reasonCode !== 'no-value');
  const noValue = rows.filter((r) => r.reasonCode === 'no-value');
  const conflicts = toFill.filter((r) => r.conflict).length;
  const isDone = donePeople.includes(current);
  const person = people[current];

  return (
    <section className="pandu-card pandu-fill" data-testid="pandu-fill-preview" aria-labelledby={`${groupName}-title`}>
      <h3 id={`${groupName}-title`}>{tf(lang, 'title')}</h3>

      {people.length === 0 && <p className="pandu-muted">{tf(lang, 'noPeople')}</p>}

      {people.length > 1 && (
        <fieldset className="pandu-fill-picker" data-testid="pandu-person-picker">
          <legend>{tf(lang, 'pickerLegend', { done: donePeople.filter((i) => i >= 0 && i < people.length).length, total: people.length })}</legend>
          {people.map((p, i) => {
            const done = donePeople.includes(i);
            return (
              <label key={i} data-done={String(done)}>
                <input type="radio" name={groupName} value={i} checked={i === current} onChange={trusted(() => pick(i))} style={{ width: 'auto', display: 'inline', margin: '0 6px 0 0' }} />
                {i + 1}. {p.name || tf(lang, 'noName')}
                {done && (
                  <span className="pandu-done">
                    <span aria-hidden="true">✓</span>
                    <span className="pandu-sr-only"> {tf(lang, 'doneMark')}</span>
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
      )}

      {people.length === 1 && person && (
        <p>
          <strong>{tf(lang, 'person')}:</strong> {person.name || tf(lang, 'noName')}
          {isDone && <span className="pandu-done"> ✓ {tf(lang, 'doneMark')}</span>}
        </p>
      )}

      {people.length > 0 && plan === null && (
        <p role="status" className="pandu-muted">
          {tf(lang, 'preparing')}
        </p>
      )}

      {plan && (
        <>
          <p data-testid="pandu-fill-summary">{toFill.length ? tf(lang, 'summary', { fill: toFill.length, conflicts, skipped: shown.length - toFill.length }) : tf(lang, 'nothingToFill')}</p>
          {shown.length > 0 && <PlanTable lang={lang} rows={shown} />}
          {noValue.length > 0 && (
            <p className="pandu-muted" data-testid="pandu-fill-novalue">
              {tf(lang, 'noValueList')}{' '}
              {noValue.map((r, i) => (
                <span key={r.attribute} data-attribute={r.attribute}>
                  {i > 0 ? ', ' : ''}
                  {rowLabel(lang, r)}
                </span>
              ))}
              .
            </p>
          )}
          {plan.missing.length > 0 && (
            <div data-testid="pandu-fill-missing">
              <strong>{tf(lang, 'missingTitle')}</strong>
              <ul className="pandu-fill-missing">
                {plan.missing.map((m) => (
                  <li key={m.attribute} data-attribute={m.attribute} title={m.message}>
                    {tf(lang, 'missing', { label: attributeLabel(m.attribute, lang) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      <p className="pandu-fill-note" role="note">
        {tf(lang, 'noSave')}
      </p>
      <p role="status" aria-live="polite" className="pandu-muted">
        {filled ? tf(lang, 'filledStatus') : ''}
      </p>

      <div className="pandu-row">
        <button
          ref={fillRef}
          type="button"
          className="pandu-btn"
          data-testid="pandu-fill-button"
          disabled={!plan || toFill.length === 0 || filled}
          onClick={trusted(() => {
            acted.current = true;
            onFill();
          })}
        >
          {tf(lang, 'fill')}
        </button>
        {filled && (
          <button
            ref={undoRef}
            type="button"
            className="pandu-btn secondary"
            data-testid="pandu-undo-button"
            onClick={trusted(() => {
              acted.current = true;
              onUndo();
            })}
          >
            {tf(lang, 'undo')}
          </button>
        )}
        {people.length > 0 && (
          <button type="button" className="pandu-btn secondary" data-testid="pandu-mark-done-button" disabled={isDone} onClick={trusted(() => markDone())}>
            {isDone ? tf(lang, 'alreadyDone') : tf(lang, 'markDone')}
          </button>
        )}
      </div>
    </section>
  );
}
