import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { FillPreview } from '../prefill/FillPreview';
import { applyFill } from '../../lib/prefill/apply';
import { planFill, type FillPlan } from '../../lib/prefill/plan';
import { routeById } from '../../lib/spse/route-table';
import type { SiteProfile } from '../../lib/spse/profile';
import type { Case } from '../../lib/log/schema';
import type { Applicant } from '../../lib/letter/schema';
import type { Lang } from '../../lib/i18n';
import { letterFillValues, SENDER_ATTRIBUTES, type SenderAttribute, type SenderDefaults } from '../../lib/prefill/letter-values';
import { listChoices } from '../../lib/prefill/controls';
import { AskSender, type AskSenderQuestion } from './AskSender';

/** Pages where Pandu can fill a person's data: a form with a built-in or taught field map. */
export function isFillPage(pageId: string, profiles: readonly SiteProfile[]): boolean {
  if (pageId === 'unknown') return false;
  const taught = profiles.some((p) => p.pages.some((pg) => pg.pageId === pageId && Object.keys(pg.fields).length > 0));
  return taught || Object.keys(routeById(pageId)?.fields ?? {}).length > 0;
}

export type FillSectionProps = {
  lang: Lang;
  pageId: string;
  activeCase: Case;
  profiles: SiteProfile[];
  onMarkDone: (index: number) => void;
  /** After "Isi formulir" filled the form (automatic capture starts the step). */
  onFilled?: () => void;
  /** What the user chose once for letters from this case's sender (satker, role, instansi). */
  senderDefaults?: SenderDefaults | null;
  /** Remember choices for this case's sender; without it nothing is asked. */
  onRemember?: (values: SenderDefaults) => void;
};

const ASKED_REASONS = new Set(['no-value', 'no-option']);

/** What the letter leaves open and the form offers choices for (select, checkboxes): asked once per sender. */
function questionsFor(plan: FillPlan | null, doc: Document): AskSenderQuestion[] {
  const out: AskSenderQuestion[] = [];
  for (const row of plan?.rows ?? []) {
    if (!(SENDER_ATTRIBUTES as readonly string[]).includes(row.attribute) || !row.skip || !ASKED_REASONS.has(row.reasonCode ?? '')) continue;
    let group: Element[] = [];
    try {
      group = Array.from(doc.querySelectorAll(row.selector));
    } catch {
      continue;
    }
    const choices = listChoices(group as never);
    if (choices.length) out.push({ attribute: row.attribute as SenderAttribute, choices });
  }
  return out;
}

/**
 * Pre-fill on a recognised SPSE form: plan (shown first), fill on confirmation, undo.
 * The fill and its undo stay in this tab; nothing is submitted, passwords are never touched.
 */
export function FillSection({ lang, pageId, activeCase, profiles, onMarkDone, onFilled, senderDefaults, onRemember }: FillSectionProps) {
  // The account form is for people to create: the outgoing person of a replacement letter
  // (deactivate), a reset or a data change are not offered. `offered[k]` is the case's person index.
  const offered = useMemo(() => activeCase.people.flatMap((p, i) => ((p.action ?? 'create') === 'create' ? [i] : [])), [activeCase.people]);
  const people: Applicant[] = useMemo(
    () => offered.map((i) => activeCase.people[i]).map((p) => ({ name: p.name || null, nip: p.nip, position: p.position, email: p.email, phone: p.phone })),
    [activeCase.people, offered],
  );
  const done = offered.flatMap((i, k) => (activeCase.people[i].doneAt ? [k] : []));
  const [picked, setPicked] = useState(() => Math.max(0, offered.findIndex((i) => !activeCase.people[i].doneAt)));
  const [version, setVersion] = useState(0);
  const undo = useRef<(() => void) | null>(null);
  const [filled, setFilled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The letter's own values (surat tugas, instansi, role) and the sender's remembered ones.
  const letterValues = useMemo(() => letterFillValues(activeCase.letter, senderDefaults), [activeCase.letter, senderDefaults]);

  // A new page or person: what was filled before belongs to the old form.
  useEffect(() => {
    undo.current = null;
    setFilled(false);
  }, [pageId, activeCase.id]);

  const plan: FillPlan | null = useMemo(() => {
    const person = people[picked];
    if (!person) return null;
    try {
      return planFill(document, pageId, person, { profiles, extra: letterValues });
    } catch (e) {
      setError(errorMessageIn(lang, e));
      return null;
    }
    // `version` re-reads the form's current values after a fill or an undo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [people, picked, pageId, profiles, version, letterValues]);
  const questions = useMemo(() => (onRemember && activeCase.letter.sender ? questionsFor(plan, document) : []), [plan, onRemember, activeCase.letter.sender]);

  if (people.length === 0) return null;
  return (
    <>
      {onRemember && activeCase.letter.sender && questions.length > 0 && (
        <AskSender key={`${activeCase.id}|${pageId}`} lang={lang} sender={activeCase.letter.sender} questions={questions} onRemember={onRemember} />
      )}
      <FillPreview
        lang={lang}
        people={people}
        donePeople={done}
        plan={plan}
        picked={picked}
        filled={filled}
        onPickPerson={(i) => {
          setPicked(i);
          setFilled(false);
          undo.current = null;
        }}
        onFill={() => {
          if (!plan) return;
          try {
            const r = applyFill(document, plan);
            undo.current = r.undo;
            setFilled(true);
            setError(r.failed.length ? r.failed.map((f) => `${f.attribute}: ${messageIn(lang, f.message)}`).join('; ') : null);
            onFilled?.();
          } catch (e) {
            setError(errorMessageIn(lang, e));
          }
          setVersion((v) => v + 1);
        }}
        onUndo={() => {
          undo.current?.();
          undo.current = null;
          setFilled(false);
          setVersion((v) => v + 1);
        }}
        onMarkDone={(k) => {
          onMarkDone(offered[k]);
          const next = offered.findIndex((i, j) => j !== k && !activeCase.people[i].doneAt);
          if (next >= 0) setPicked(next);
        }}
      />
      {error && (
        <p className="pandu-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
