import { useState } from 'react';
import { LetterIntake } from '../letter/LetterIntake';
import { makeT, type Lang } from '../../lib/i18n';
import type { ParsedLetter } from '../../lib/letter/schema';
import type { Sop } from '../../lib/sop/schema';
import { suggestSops } from '../../lib/sop/suggest';
import type { Extracted, FileLike } from '../../lib/letter/extract';
import { trusted } from './trusted';
import { DATE_WINDOW, DATETIME_INPUT_BOUNDS, isInstantInWindow } from '../../lib/timing/date-window';

const t = makeT({
  title: { id: 'Kasus baru: satu surat, satu kasus, satu SOP', en: 'New case: one letter, one case, one SOP' },
  sop: { id: 'SOP untuk kasus ini', en: 'SOP for this case' },
  suggested: { id: '(disarankan)', en: '(suggested)' },
  received: { id: 'Tanggal & jam surat diterima', en: 'Received at' },
  open: { id: 'Buka kasus', en: 'Open the case' },
  cancel: { id: 'Batal', en: 'Cancel' },
  people: { id: '{n} pemohon', en: '{n} applicant(s)' },
  badReceived: { id: 'Tanggal terima harus antara {from} dan {to}.', en: 'The received date must be between {from} and {to}.' },
});

export type OpenCaseRequest = { sopId: string; sopVersion: string; letter: ParsedLetter['letter']; people: ParsedLetter['people']; receivedAt: string };

function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Paste/drop the letter, review it, pick the SOP, open the case. */
export type NewCaseProps = {
  lang: Lang;
  sops: Sop[];
  onOpen: (req: OpenCaseRequest) => void;
  onCancel: () => void;
  /** Reads a dropped letter file (in the panel: through the background). */
  extract: (file: FileLike) => Promise<Extracted>;
  /** Parses the letter text (in the panel: in the background, off the page's main thread). */
  parse: (text: string) => Promise<ParsedLetter> | ParsedLetter;
};

export function NewCase({ lang, sops, onOpen, onCancel, extract, parse }: NewCaseProps) {
  const [letter, setLetter] = useState<ParsedLetter | null>(null);
  const [sopId, setSopId] = useState('');
  const [received, setReceived] = useState(() => localInputValue(new Date()));

  if (!letter) {
    return (
      <section className="pandu-card" data-testid="pandu-new-case-form" aria-label={t(lang, 'title')}>
        <h3>{t(lang, 'title')}</h3>
        <LetterIntake
          lang={lang}
          extract={extract}
          parse={parse}
          onConfirm={(l) => {
            setLetter(l);
            setSopId(suggestSops(sops, l.letter.role)[0] ?? '');
          }}
        />
        <button type="button" className="pandu-btn secondary" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </section>
    );
  }
  const suggested = new Set(suggestSops(sops, letter.letter.role));
  const sop = sops.find((s) => s.id === sopId);
  const receivedMs = new Date(received).getTime();
  const receivedOk = isInstantInWindow(receivedMs);
  return (
    <section className="pandu-card" data-testid="pandu-new-case-form" aria-label={t(lang, 'title')}>
      <h3>{t(lang, 'title')}</h3>
      <p>
        {letter.letter.number ?? '—'} · {letter.letter.subject ?? ''} · {t(lang, 'people', { n: letter.people.length })}
      </p>
      <label htmlFor="pandu-case-sop">{t(lang, 'sop')}</label>
      <select id="pandu-case-sop" value={sopId} onChange={(e) => setSopId(e.target.value)}>
        <option value="">—</option>
        {sops.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title} {suggested.has(s.id) ? t(lang, 'suggested') : ''}
          </option>
        ))}
      </select>
      <label htmlFor="pandu-case-received">{t(lang, 'received')}</label>
      <input id="pandu-case-received" type="datetime-local" {...DATETIME_INPUT_BOUNDS} aria-invalid={!receivedOk} value={received} onChange={(e) => setReceived(e.target.value)} />
      {!receivedOk && (
        <p className="pandu-error" role="alert" data-testid="pandu-received-error">
          {t(lang, 'badReceived', DATE_WINDOW)}
        </p>
      )}
      <div className="pandu-row">
        <button
          type="button"
          className="pandu-btn"
          disabled={!sop || !receivedOk}
          data-testid="pandu-open-case"
          onClick={trusted(() => sop && receivedOk && onOpen({ sopId: sop.id, sopVersion: sop.version, letter: letter.letter, people: letter.people, receivedAt: new Date(received).toISOString() }))}
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
