import { useEffect, useRef, useState } from 'react';
import { focusNextAfterThis, useFocusWhenAsked } from '../common/focus';
import { LetterIntake, type LetterIntakeProps } from '../letter/LetterIntake';
import { makeT, type Lang } from '../../lib/i18n';
import type { ParsedLetter } from '../../lib/letter/schema';
import type { FileLike } from '../../lib/documents';
import type { Sop } from '../../lib/sop/schema';
import { suggestSops } from '../../lib/sop/suggest';
import { trusted } from './trusted';
import type { Case } from '../../lib/log/schema';
import { caseWarnings } from '../../lib/sop/guards';
import { WalkInCase, localInputValue, type WalkInRequest } from './WalkInCase';
import { DATE_WINDOW, DATETIME_INPUT_BOUNDS, isInstantInWindow } from '../../lib/timing/date-window';
import { SopOptions } from './SopOptions';

const t = makeT({
  title: { id: 'Kasus baru: satu surat, satu kasus, satu SOP', en: 'New case: one letter, one case, one SOP' },
  sop: { id: 'SOP untuk kasus ini', en: 'SOP for this case' },
  suggested: { id: '(disarankan)', en: '(suggested)' },
  received: { id: 'Tanggal & jam surat diterima', en: 'Received at' },
  open: { id: 'Buka kasus', en: 'Open the case' },
  cancel: { id: 'Batal', en: 'Cancel' },
  people: { id: '{n} pemohon', en: '{n} applicant(s)' },
  walkIn: { id: 'Kasus baru tanpa surat', en: 'New case without a letter' },
  assignment: { id: 'Surat tugas: {number}, tanggal {date} (diisikan ke formulir auditor)', en: 'Assignment letter: {number}, dated {date} (filled into the auditor form)' },
  duplicate: { id: 'Surat nomor {number} sudah tercatat sebagai kasus:', en: 'Letter {number} is already a case:' },
  showCase: { id: 'buka kasus itu', en: 'open that case' },
  roleMismatch: { id: 'Surat ini meminta peran "{role}", tetapi SOP yang dipilih bukan untuk peran itu. Yang cocok: {suggested}.', en: 'This letter asks for the role "{role}", but the chosen SOP is not for it. Fitting: {suggested}.' },
  badReceived: { id: 'Tanggal terima harus antara {from} dan {to}.', en: 'The received date must be between {from} and {to}.' },
});

export type OpenCaseRequest = { sopId: string; sopVersion: string; letter: ParsedLetter['letter']; people: ParsedLetter['people']; receivedAt: string; assignment?: ParsedLetter['assignment'] };

/** Paste/drop the letter, review it, pick the SOP, open the case. */
export type NewCaseProps = {
  lang: Lang;
  sops: Sop[];
  onOpen: (req: OpenCaseRequest) => void;
  onCancel: () => void;
  /** Reads a dropped letter file (in the panel: through the background). */
  extract: LetterIntakeProps['extract'];
  /** Parses the letter text (in the panel: in the background, off the page's main thread). */
  parse: LetterIntakeProps['parse'];
  /** Cases (any status) with this letter number: the duplicate guard. */
  findByLetter?: (number: string) => Promise<Case[]>;
  /** Shows an existing case instead (from the duplicate warning). */
  onShowCase?: (caseId: string) => void;
  /** A case without a letter (walk-in, telephone, helpdesk e-mail). */
  onOpenWalkIn?: (req: WalkInRequest) => void;
  /** Taken from the page for a walk-in (a vendor's name and NPWP on the penyedia detail page). */
  walkInInitial?: { applicant?: string | null; npwp?: string | null; sopId?: string | null };
  /** A letter pasted into the panel's letter box or dropped on the panel: read at once. */
  initial?: { text?: string; file?: FileLike } | null;
  /** The SOP of the page on show: among several suggested SOPs, this one comes first. */
  pageSopId?: string | null;
};

/** The SOPs that fit the letter's role, the page's own SOP first. */
function suggestedFor(sops: Sop[], role: string | null | undefined, pageSopId: string | null | undefined): string[] {
  const ids = suggestSops(sops, role);
  return pageSopId && ids.includes(pageSopId) ? [pageSopId, ...ids.filter((id) => id !== pageSopId)] : ids;
}

export function NewCase({ lang, sops, onOpen, onCancel, extract, parse, findByLetter, onShowCase, onOpenWalkIn, walkInInitial, initial, pageSopId }: NewCaseProps) {
  const [letter, setLetter] = useState<ParsedLetter | null>(null);
  const [sopId, setSopId] = useState('');
  const [received, setReceived] = useState(() => localInputValue(new Date()));
  const [walkIn, setWalkIn] = useState(false);
  const [sameLetter, setSameLetter] = useState<Case[]>([]);
  // Keyboard: after "Simpan hasil pemeriksaan" the focus goes to "Buka kasus" (or to the SOP choice when none is suggested).
  const openRef = useRef<HTMLButtonElement>(null);
  const sopRef = useRef<HTMLSelectElement>(null);
  useFocusWhenAsked(openRef, [letter !== null, sopId]);
  useFocusWhenAsked(sopRef, [letter !== null]);
  const number = letter?.letter.number ?? null;
  useEffect(() => {
    setSameLetter([]);
    if (!number || !findByLetter) return;
    let live = true;
    findByLetter(number).then(
      (found) => live && setSameLetter(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [number, findByLetter]);

  if (walkIn && onOpenWalkIn) return <WalkInCase lang={lang} sops={sops} initial={walkInInitial} onOpen={onOpenWalkIn} onCancel={() => setWalkIn(false)} />;

  if (!letter) {
    return (
      <section className="pandu-card" data-testid="pandu-new-case-form" aria-label={t(lang, 'title')}>
        <h3>{t(lang, 'title')}</h3>
        <LetterIntake
          lang={lang}
          extract={extract}
          parse={parse}
          initial={initial}
          onConfirm={(l) => {
            setLetter(l);
            setSopId(suggestedFor(sops, l.letter.role, pageSopId)[0] ?? '');
          }}
          quickOpen={(l) => {
            const sop = sops.find((s) => s.id === suggestedFor(sops, l.letter.role, pageSopId)[0]);
            if (!sop) return null;
            return {
              sopTitle: sop.title,
              // The same guards as the two-step way: a letter already on record (or any other
              // warning) goes to the SOP step, which shows it; otherwise the case opens now.
              run: async (reviewed) => {
                const same = reviewed.letter.number && findByLetter ? await findByLetter(reviewed.letter.number).catch(() => []) : [];
                if (caseWarnings({ letter: reviewed.letter, sopId: sop.id }, sops, same).length > 0) {
                  setLetter(reviewed);
                  setSopId(sop.id);
                  return;
                }
                onOpen({ sopId: sop.id, sopVersion: sop.version, letter: reviewed.letter, people: reviewed.people, receivedAt: new Date().toISOString() });
              },
            };
          }}
        />
        <div className="pandu-row">
          {onOpenWalkIn && (
            <button type="button" className="pandu-btn secondary" onClick={() => setWalkIn(true)} data-testid="pandu-walk-in-start">
              {t(lang, 'walkIn')}
            </button>
          )}
          <button type="button" className="pandu-btn secondary" onClick={onCancel}>
            {t(lang, 'cancel')}
          </button>
        </div>
      </section>
    );
  }
  const suggested = new Set(suggestSops(sops, letter.letter.role));
  const warnings = caseWarnings({ letter: letter.letter, sopId }, sops, sameLetter);
  const sop = sops.find((s) => s.id === sopId);
  const receivedMs = new Date(received).getTime();
  const receivedOk = isInstantInWindow(receivedMs);
  return (
    <section className="pandu-card" data-testid="pandu-new-case-form" aria-label={t(lang, 'title')}>
      <h3>{t(lang, 'title')}</h3>
      <p>
        {letter.letter.number ?? '—'} · {letter.letter.subject ?? ''} · {t(lang, 'people', { n: letter.people.length })}
      </p>
      {letter.assignment?.number && (
        <p className="pandu-muted" data-testid="pandu-case-assignment">
          {t(lang, 'assignment', { number: letter.assignment.number, date: letter.assignment.date ?? '—' })}
        </p>
      )}
      <label htmlFor="pandu-case-sop">{t(lang, 'sop')}</label>
      <select ref={sopRef} id="pandu-case-sop" value={sopId} onChange={(e) => setSopId(e.target.value)}>
        <SopOptions sops={sops} note={(id) => (suggested.has(id) ? t(lang, 'suggested') : '')} />
      </select>
      {warnings.map((w) =>
        w.kind === 'duplicate-letter' ? (
          <div key="dup" className="pandu-warn" role="alert" data-testid="pandu-duplicate-letter">
            {t(lang, 'duplicate', { number: w.number })}{' '}
            {w.caseIds.map((id) => (
              <button key={id} type="button" className="pandu-link" onClick={trusted(() => onShowCase?.(id))}>
                {t(lang, 'showCase')} ({id.slice(0, 8)})
              </button>
            ))}
          </div>
        ) : (
          <p key="role" className="pandu-warn" role="alert" data-testid="pandu-role-mismatch">
            {t(lang, 'roleMismatch', { role: w.role, suggested: w.suggested.map((id) => sops.find((s) => s.id === id)?.title ?? id).join('; ') })}
          </p>
        ),
      )}
      <label htmlFor="pandu-case-received">{t(lang, 'received')}</label>
      <input id="pandu-case-received" type="datetime-local" {...DATETIME_INPUT_BOUNDS} aria-invalid={!receivedOk} value={received} onChange={(e) => setReceived(e.target.value)} />
      {!receivedOk && (
        <p className="pandu-error" role="alert" data-testid="pandu-received-error">
          {t(lang, 'badReceived', DATE_WINDOW)}
        </p>
      )}
      <div className="pandu-row">
        <button
          ref={openRef}
          type="button"
          className="pandu-btn"
          disabled={!sop || !receivedOk}
          data-testid="pandu-open-case"
          onClick={trusted(() => sop && receivedOk && (focusNextAfterThis(), onOpen({ sopId: sop.id, sopVersion: sop.version, letter: letter.letter, people: letter.people, receivedAt: new Date(received).toISOString(), assignment: letter.assignment ?? null })))}
        >
          {t(lang, 'open')}
        </button>
        <button type="button" className="pandu-btn secondary" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </section>
  );
}
