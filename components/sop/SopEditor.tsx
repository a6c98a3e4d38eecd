import { useMemo, useRef, useState } from 'react';
import { messageIn } from '../../lib/i18n-messages';
import type { Lang } from '../../lib/i18n';
import type { DraftProblem } from '../../lib/sop/draft';
import { blankStep, cleanSop, laneIdFor, moveItem, removeLane, removeStep, renumberSteps, sopEditErrors } from '../../lib/sop/edit';
import type { Sop, SopStep } from '../../lib/sop/schema';
import { formatSopErrors } from '../../lib/sop/validate';
import { te } from './editor-labels';
import { t } from './labels';
import { Notes, StepFields } from './StepFields';
import { SopViewer } from './SopViewer';

export type SopEditorProps = {
  lang?: Lang;
  initial: Sop;
  /** Flags from a document draft (`steps[2].actors`, `title`, ...), shown beside their fields. */
  problems?: readonly DraftProblem[];
  /** Store the SOP as a new version; resolves with the stored id and version. */
  save: (sop: Sop) => Promise<{ id: string; version: string }>;
  onClose?: () => void;
  onSaved?: (id: string, version: string) => void;
};

type Identity = 'number' | 'office' | 'title' | 'madeAt' | 'revisedAt' | 'approvedAt' | 'effectiveAt' | 'approvedBy';
const IDENTITY: Identity[] = ['number', 'office', 'title', 'madeAt', 'revisedAt', 'approvedAt', 'approvedBy'];
const SIDES = ['legalBasis', 'qualifications', 'related', 'equipment', 'warnings', 'recording'] as const;

let keySeq = 0;
const newKey = () => `k${++keySeq}`;

/** The SOP editor: form on one side, the official layout updating beside it; every save a new version. */
export function SopEditor({ lang = 'id', initial, problems = [], save, onClose, onSaved }: SopEditorProps) {
  const [sop, setSop] = useState<Sop>(() => structuredClone(initial));
  const [keys, setKeys] = useState<string[]>(() => initial.steps.map(newKey));
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Draft flags stay with their step when steps move.
  const stepFlags = useRef(new Map<string, DraftProblem[]>());
  const otherFlags = useMemo(() => problems.filter((p) => !/^steps\[\d+\]/.test(p.path)), [problems]);
  if (stepFlags.current.size === 0 && problems.length) {
    for (const p of problems) {
      const m = /^steps\[(\d+)\](?:\.(.*))?$/.exec(p.path);
      const key = m ? keys[Number(m[1])] : undefined;
      if (key) stepFlags.current.set(key, [...(stepFlags.current.get(key) ?? []), { path: m![2] ?? '', message: p.message }]);
    }
  }

  const errors = useMemo(() => sopEditErrors(sop), [sop]);
  const preview = useMemo(() => (sop.lanes.length && sop.steps.length ? cleanSop(sop) : null), [sop]);

  const notesFor = (path: string) => {
    const errs = errors.filter((e) => e.path === path || (path.startsWith('steps[') && path.includes('.') && (e.path.startsWith(`${path}[`) || e.path.startsWith(`${path}.`)))).map((e) => messageIn(lang, e.message));
    const step = /^steps\[(\d+)\](?:\.(.*))?$/.exec(path);
    const flags = step
      ? (stepFlags.current.get(keys[Number(step[1])]) ?? []).filter((f) => f.path === (step[2] ?? '') || (step[2] && f.path.startsWith(`${step[2]}.`))).map((f) => messageIn(lang, f.message))
      : otherFlags.filter((f) => f.path === path).map((f) => messageIn(lang, f.message));
    return { errors: errs, flags };
  };

  const setSteps = (steps: SopStep[], nextKeys: string[]) => {
    setSop((s) => ({ ...s, steps }));
    setKeys(nextKeys);
    setStatus(null);
  };
  const update = (patch: Partial<Sop>) => {
    setSop((s) => ({ ...s, ...patch }));
    setStatus(null);
  };

  async function onSave() {
    if (errors.length) return;
    setBusy(true);
    try {
      const stored = await save(cleanSop(sop));
      setStatus(te(lang, 'saved', stored));
      onSaved?.(stored.id, stored.version);
    } finally {
      setBusy(false);
    }
  }

  const input = (key: Identity | 'id', label: string) => {
    const notes = notesFor(key);
    const id = `sop-edit-${key}`;
    const value = key === 'id' ? sop.id : key === 'title' ? sop.title : (sop[key] ?? '');
    return (
      <div className="sop-field" key={key}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={value}
          aria-invalid={notes.errors.length > 0}
          aria-describedby={notes.errors.length || notes.flags.length ? `${id}-notes` : undefined}
          onChange={(e) => update({ [key]: key === 'id' || key === 'title' ? e.target.value : e.target.value || null } as Partial<Sop>)}
        />
        <Notes id={`${id}-notes`} notes={notes} />
      </div>
    );
  };

  return (
    <div className="sop-editor" lang={lang}>
      <form className="sop-editor-form no-print" onSubmit={(e) => (e.preventDefault(), void onSave())} aria-label={te(lang, 'editor')}>
        <div className="sop-editor-bar">
          <button type="submit" disabled={busy || errors.length > 0}>
            {busy ? te(lang, 'saving') : te(lang, 'save')}
          </button>
          {onClose && (
            <button type="button" onClick={onClose}>
              {te(lang, 'cancel')}
            </button>
          )}
        </div>
        <div aria-live="polite">
          {status && (
            <p role="status" className="sop-status">
              {status}
            </p>
          )}
          {errors.length > 0 ? (
            <div className="sop-errors" data-testid="editor-errors">
              <p>{te(lang, 'errors', { n: errors.length })}</p>
              <ul>
                {formatSopErrors(errors).map((line, i) => (
                  <li key={i}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="sop-valid">{te(lang, 'valid')}</p>
          )}
        </div>
        {problems.length > 0 && (
          <details className="sop-flags" open>
            <summary>
              {te(lang, 'flags')} {problems.length}
            </summary>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {messageIn(lang, p.message)}
                </li>
              ))}
            </ul>
          </details>
        )}

        <fieldset>
          <legend>{te(lang, 'identity')}</legend>
          {input('id', te(lang, 'id'))}
          {IDENTITY.map((k) => input(k, t(lang, k)))}
          {sop.effectiveAt !== undefined && input('effectiveAt', t(lang, 'effectiveAt'))}
        </fieldset>

        {SIDES.map((key) => (
          <div className="sop-field" key={key}>
            <label htmlFor={`sop-edit-${key}`}>
              {t(lang, key)} <small>({te(lang, 'sideHint')})</small>
            </label>
            <textarea id={`sop-edit-${key}`} rows={3} value={sop[key].join('\n')} onChange={(e) => update({ [key]: e.target.value.split('\n') } as Partial<Sop>)} />
          </div>
        ))}

        <fieldset>
          <legend>{te(lang, 'lanes')}</legend>
          <Notes id="sop-edit-lanes-notes" notes={notesFor('lanes')} />
          <ol className="sop-lane-list">
            {sop.lanes.map((lane, i) => (
              <li key={`${i}-${sop.lanes.length}`}>
                <label>
                  {te(lang, 'laneName', { n: i + 1 })}{' '}
                  <input value={lane.name} onChange={(e) => update({ lanes: sop.lanes.map((l, j) => (j === i ? { ...l, name: e.target.value } : l)) })} />
                </label>{' '}
                <label>
                  {te(lang, 'laneId', { n: i + 1 })}{' '}
                  <input
                    value={lane.id}
                    onChange={(e) => {
                      const id = e.target.value;
                      update({ lanes: sop.lanes.map((l, j) => (j === i ? { ...l, id } : l)), steps: sop.steps.map((s) => ({ ...s, actors: s.actors.map((a) => (a === lane.id ? id : a)) })) });
                    }}
                  />
                </label>
                <label>
                  <input type="checkbox" checked={lane.outsider ?? false} onChange={(e) => update({ lanes: sop.lanes.map((l, j) => (j === i ? { ...l, outsider: e.target.checked || undefined } : l)) })} />{' '}
                  {te(lang, 'outsider', { n: i + 1 })}
                </label>
                <Notes id={`lane-${i}-notes`} notes={{ errors: [...notesFor(`lanes[${i}].id`).errors, ...notesFor(`lanes[${i}].name`).errors], flags: [] }} />
                <button type="button" onClick={() => update({ lanes: moveItem(sop.lanes, i, i - 1) })} disabled={i === 0} aria-label={`${te(lang, 'up')}: ${lane.name}`}>
                  ↑
                </button>
                <button type="button" onClick={() => update({ lanes: moveItem(sop.lanes, i, i + 1) })} disabled={i === sop.lanes.length - 1} aria-label={`${te(lang, 'down')}: ${lane.name}`}>
                  ↓
                </button>
                <button type="button" onClick={() => setSop((s) => removeLane(s, lane.id))} aria-label={`${te(lang, 'remove')}: ${lane.name}`}>
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              const name = `Pelaksana ${sop.lanes.length + 1}`;
              update({ lanes: [...sop.lanes, { id: laneIdFor(name, sop.lanes.map((l) => l.id)), name }] });
            }}
          >
            {te(lang, 'addLane')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{te(lang, 'steps')}</legend>
          <Notes id="sop-edit-steps-notes" notes={notesFor('steps')} />
          {sop.steps.map((step, i) => (
            <fieldset key={keys[i]} className="sop-step-edit" data-step-edit={i + 1}>
              <legend>{te(lang, 'step', { n: step.no })}</legend>
              <StepFields
                lang={lang}
                sop={sop}
                step={step}
                index={i}
                notesFor={notesFor}
                onChange={(s) => setSteps(sop.steps.map((x, j) => (j === i ? s : x)), keys)}
              />
              <div className="sop-row">
                <button type="button" disabled={i === 0} onClick={() => setSteps(renumberSteps(moveItem(sop.steps, i, i - 1)), moveItem(keys, i, i - 1))} aria-label={`${te(lang, 'up')}: ${te(lang, 'step', { n: step.no })}`}>
                  ↑ {te(lang, 'up')}
                </button>
                <button
                  type="button"
                  disabled={i === sop.steps.length - 1}
                  onClick={() => setSteps(renumberSteps(moveItem(sop.steps, i, i + 1)), moveItem(keys, i, i + 1))}
                  aria-label={`${te(lang, 'down')}: ${te(lang, 'step', { n: step.no })}`}
                >
                  ↓ {te(lang, 'down')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const steps = [...sop.steps];
                    steps.splice(i + 1, 0, blankStep(0, step.actors[0] ?? sop.lanes[0]?.id ?? 'pelaksana'));
                    const k = [...keys];
                    k.splice(i + 1, 0, newKey());
                    setSteps(renumberSteps(steps.map((s, j) => (j === i + 1 ? { ...s, no: -1 } : s))), k);
                  }}
                >
                  {te(lang, 'addStepAfter', { n: step.no })}
                </button>
                <button type="button" onClick={() => setSteps(removeStep(sop.steps, i), keys.filter((_, j) => j !== i))} aria-label={`${te(lang, 'remove')}: ${te(lang, 'step', { n: step.no })}`}>
                  ✕ {te(lang, 'remove')}
                </button>
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            onClick={() => setSteps([...sop.steps, blankStep(sop.steps.length + 1, sop.steps[sop.steps.length - 1]?.actors[0] ?? sop.lanes[0]?.id ?? 'pelaksana')], [...keys, newKey()])}
          >
            {te(lang, 'addStep')}
          </button>
        </fieldset>
      </form>
      <section className="sop-editor-preview" aria-label={te(lang, 'preview')}>
        <h3 className="no-print">{te(lang, 'preview')}</h3>
        {preview ? <SopViewer sop={preview} lang={lang} /> : <p>{te(lang, 'noPreview')}</p>}
      </section>
    </div>
  );
}
