import type { Lang } from '../../lib/i18n';
import { formatDuration, parseDuration } from '../../lib/sop/duration';
import { builtInPageIdSchema, type PageId, type Sop, type SopStep } from '../../lib/sop/schema';
import { pageTitle } from '../../lib/spse/titles';
import { te } from './editor-labels';

/** The form of one step: activity, lanes, kelengkapan, mutu baku (read live), output, decision, pages. */

export type FieldNotes = (path: string) => { errors: string[]; flags: string[] };

const PAGE_IDS = builtInPageIdSchema.options.filter((p) => p !== 'unknown');

export function Notes({ id, notes }: { id: string; notes: { errors: string[]; flags: string[] } }) {
  if (!notes.errors.length && !notes.flags.length) return null;
  return (
    <div id={id} className="sop-field-notes">
      {notes.errors.map((m, i) => (
        <p key={`e${i}`} className="sop-field-error">
          {m}
        </p>
      ))}
      {notes.flags.map((m, i) => (
        <p key={`f${i}`} className="sop-flag">
          ⚑ {m}
        </p>
      ))}
    </div>
  );
}

type Props = {
  lang: Lang;
  sop: Sop;
  step: SopStep;
  index: number;
  notesFor: FieldNotes;
  onChange: (step: SopStep) => void;
};

export function StepFields({ lang, sop, step, index, notesFor, onChange }: Props) {
  const base = `step-${index}`;
  const path = `steps[${index}]`;
  const field = (name: string) => {
    const notes = notesFor(name ? `${path}.${name}` : path);
    const id = `${base}-${name || 'self'}-notes`;
    return { notes, id, describedBy: notes.errors.length || notes.flags.length ? id : undefined, invalid: notes.errors.length > 0 };
  };
  const set = (patch: Partial<SopStep>) => onChange({ ...step, ...patch });
  const activity = field('activity');
  const actors = field('actors');
  const duration = field('duration');
  const decision = field('decision');
  const reading = parseDuration(step.duration.text);
  const readable = reading.unit !== null || reading.window !== undefined;
  return (
    <>
      <label htmlFor={`${base}-activity`}>{te(lang, 'activity')}</label>
      <textarea id={`${base}-activity`} value={step.activity} rows={2} aria-invalid={activity.invalid} aria-describedby={activity.describedBy} onChange={(e) => set({ activity: e.target.value })} />
      <Notes id={activity.id} notes={activity.notes} />

      <fieldset className="sop-actors" aria-describedby={actors.describedBy}>
        <legend>{te(lang, 'actors')}</legend>
        {sop.lanes.map((lane) => (
          <label key={lane.id}>
            <input
              type="checkbox"
              checked={step.actors.includes(lane.id)}
              onChange={(e) => set({ actors: e.target.checked ? sop.lanes.map((l) => l.id).filter((id) => id === lane.id || step.actors.includes(id)) : step.actors.filter((a) => a !== lane.id) })}
            />{' '}
            {lane.name || lane.id}
          </label>
        ))}
      </fieldset>
      <Notes id={actors.id} notes={actors.notes} />

      <label htmlFor={`${base}-req`}>{te(lang, 'requirements')}</label>
      <textarea id={`${base}-req`} rows={2} value={step.requirements.join('\n')} onChange={(e) => set({ requirements: e.target.value.split('\n') })} />

      <label htmlFor={`${base}-duration`}>{te(lang, 'duration')}</label>
      <input
        id={`${base}-duration`}
        value={step.duration.text}
        aria-describedby={`${base}-reading${duration.describedBy ? ` ${duration.describedBy}` : ''}`}
        onChange={(e) => set({ duration: parseDuration(e.target.value) })}
      />
      <p id={`${base}-reading`} className={readable ? 'sop-reading' : 'sop-reading sop-reading-none'} aria-live="polite" data-testid={`reading-${index}`}>
        {readable ? te(lang, 'reading', { text: formatDuration(reading, lang) }) : te(lang, 'unread')}
      </p>
      <Notes id={duration.id} notes={duration.notes} />

      <label htmlFor={`${base}-output`}>{te(lang, 'output')}</label>
      <input id={`${base}-output`} value={step.output} onChange={(e) => set({ output: e.target.value })} />

      <label htmlFor={`${base}-notes`}>{te(lang, 'notes')}</label>
      <input id={`${base}-notes`} value={step.notes ?? ''} onChange={(e) => set({ notes: e.target.value })} />

      <div className="sop-row">
        <label>
          {te(lang, 'kind')}{' '}
          <select
            value={step.kind}
            onChange={(e) =>
              set(
                e.target.value === 'decision'
                  ? { kind: 'decision', decision: step.decision ?? { question: step.activity ? `${step.activity}?` : '', yes: step.no + 1, no: 1 } }
                  : { kind: 'process', decision: undefined },
              )
            }
          >
            <option value="process">{te(lang, 'process')}</option>
            <option value="decision">{te(lang, 'decisionKind')}</option>
          </select>
        </label>
        <label>
          {te(lang, 'marker')}{' '}
          <select value={step.marker ?? ''} onChange={(e) => set({ marker: e.target.value === 'start' || e.target.value === 'end' ? e.target.value : null })}>
            <option value="">{te(lang, 'none')}</option>
            <option value="start">{te(lang, 'start')}</option>
            <option value="end">{te(lang, 'end')}</option>
          </select>
        </label>
      </div>
      {step.kind === 'decision' && step.decision && (
        <div className="sop-decision-fields">
          <label htmlFor={`${base}-question`}>{te(lang, 'question')}</label>
          <input id={`${base}-question`} value={step.decision.question} aria-describedby={decision.describedBy} onChange={(e) => set({ decision: { ...step.decision!, question: e.target.value } })} />
          <label>
            {te(lang, 'yes')}{' '}
            <input type="number" min={1} value={step.decision.yes} onChange={(e) => set({ decision: { ...step.decision!, yes: Number(e.target.value) } })} />
          </label>
          <label>
            {te(lang, 'no')}{' '}
            <input type="number" min={1} value={step.decision.no} onChange={(e) => set({ decision: { ...step.decision!, no: Number(e.target.value) } })} />
          </label>
        </div>
      )}
      <Notes id={decision.id} notes={decision.notes} />

      <details className="sop-pages">
        <summary>
          {te(lang, 'pages')} ({step.pages?.length ?? 0})
        </summary>
        {PAGE_IDS.map((p) => (
          <label key={p}>
            <input
              type="checkbox"
              checked={step.pages?.includes(p) ?? false}
              onChange={(e) => set({ pages: e.target.checked ? PAGE_IDS.filter((x) => x === p || step.pages?.includes(x)) : (step.pages ?? []).filter((x): x is PageId => x !== p) })}
            />{' '}
            {pageTitle(p, lang)}
          </label>
        ))}
      </details>
      <Notes id={field('').id} notes={field('').notes} />
    </>
  );
}
