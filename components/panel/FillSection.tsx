import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { FillPreview } from '../prefill/FillPreview';
import { applyFill, planFill, type FillPlan } from '../../lib/prefill';
import { routeById } from '../../lib/spse/routes';
import type { SiteProfile } from '../../lib/spse/profile';
import type { Case } from '../../lib/log/schema';
import type { Applicant } from '../../lib/letter/schema';
import type { Lang } from '../../lib/i18n';

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
};

/**
 * Pre-fill on a recognised SPSE form: plan (shown first), fill on confirmation, undo.
 * The fill and its undo stay in this tab; nothing is submitted, passwords are never touched.
 */
export function FillSection({ lang, pageId, activeCase, profiles, onMarkDone, onFilled }: FillSectionProps) {
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

  // A new page or person: what was filled before belongs to the old form.
  useEffect(() => {
    undo.current = null;
    setFilled(false);
  }, [pageId, activeCase.id]);

  const plan: FillPlan | null = useMemo(() => {
    const person = people[picked];
    if (!person) return null;
    try {
      return planFill(document, pageId, person, { profiles });
    } catch (e) {
      setError(errorMessageIn(lang, e));
      return null;
    }
    // `version` re-reads the form's current values after a fill or an undo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [people, picked, pageId, profiles, version]);

  if (people.length === 0) return null;
  return (
    <>
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
