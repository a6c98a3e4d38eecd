import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type DragEvent } from 'react';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { inputTypeOf, looksLikePastedLetter } from '../../lib/letter/paste';
import { focusNextAfterThis, useFocusWhenAsked } from '../common/focus';
import { makeT, type Lang } from '../../lib/i18n';
import type { Extracted, FileLike } from '../../lib/documents';
import type { OcrProgress } from '../../lib/documents/ocr';
import type { ScanInfo } from '../../lib/documents/ocr-layout';
import { MAX_LETTER_CHARS } from '../../lib/letter/limits';
import { addPerson, findProblems, recheck, removePerson } from '../../lib/letter/problems';
import { applicantFields, fieldPath, letterRoles, requestActions, type ApplicantField } from '../../lib/letter/fields';
import type { LetterInfo, LetterProblem, LetterRole, ParsedLetter, RequestAction } from '../../lib/letter/schema';
import { DATE_INPUT_BOUNDS } from '../../lib/timing/date-window';

const t = makeT({
  pasteLabel: { id: 'Tempel teks surat permohonan / nota dinas', en: 'Paste the request letter / memo text' },
  read: { id: 'Baca surat', en: 'Read the letter' },
  or: { id: 'atau', en: 'or' },
  drop: { id: 'Seret berkas surat ke sini (.txt, .docx, .pdf, atau foto/pindaian .jpg/.png)', en: 'Drop the letter file here (.txt, .docx, .pdf, or a photo/scan .jpg/.png)' },
  pick: { id: 'Pilih berkas surat', en: 'Choose a letter file' },
  reading: { id: 'Membaca berkas…', en: 'Reading the file…' },
  ocrLoad: { id: 'Menyiapkan pembaca hasil pindai (OCR)…', en: 'Starting the scan reader (OCR)…' },
  ocrRender: { id: 'Menyiapkan halaman pindaian…', en: 'Preparing the scanned pages…' },
  ocrPage: { id: 'Membaca hasil pindai: halaman {page} dari {pages}, {p}%', en: 'Reading the scan: page {page} of {pages}, {p}%' },
  cancel: { id: 'Batal', en: 'Cancel' },
  cancelled: { id: 'Pembacaan berkas dibatalkan.', en: 'Reading the file was cancelled.' },
  scanConfidence: { id: 'pindai {p}%', en: 'scan {p}%' },
  scanLine: { id: 'Potongan hasil pindai baris {line}', en: 'Scanned line {line}' },
  empty: { id: 'Teks surat masih kosong.', en: 'The letter text is empty.' },
  tooLong: { id: 'Teks surat terlalu panjang ({n} karakter; maks. {max}). Tempel hanya isi surat permohonan.', en: 'The letter text is too long ({n} characters; max {max}). Paste only the request letter.' },
  readFailed: { id: 'Berkas surat tidak dapat dibaca: {reason}', en: 'The letter file could not be read: {reason}' },
  parseFailed: { id: 'Surat tidak dapat dibaca: {reason}', en: 'The letter could not be read: {reason}' },
  review: { id: 'Periksa hasil pembacaan surat', en: 'Review what was read from the letter' },
  reviewHint: {
    id: 'Setiap isian dapat diubah. Isian bertanda merah perlu diperiksa. Angka kecil = tingkat keyakinan pembacaan.',
    en: 'Every field can be edited. Fields marked red need checking. Small numbers = how sure the reading is.',
  },
  letterHeading: { id: 'Surat', en: 'Letter' },
  number: { id: 'Nomor surat', en: 'Letter number' },
  date: { id: 'Tanggal surat', en: 'Letter date' },
  place: { id: 'Tempat', en: 'Place' },
  sender: { id: 'Instansi pengirim', en: 'Sending office' },
  subject: { id: 'Perihal', en: 'Subject' },
  role: { id: 'Permohonan untuk', en: 'Request for' },
  roleNone: { id: '— belum ditentukan —', en: '— not determined —' },
  peopleHeading: { id: 'Pegawai yang diajukan ({n})', en: 'People requested ({n})' },
  name: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  position: { id: 'Jabatan / peran', en: 'Position / role' },
  email: { id: 'Email', en: 'Email' },
  phone: { id: 'No. HP', en: 'Phone' },
  remove: { id: 'Hapus', en: 'Remove' },
  removePerson: { id: 'Hapus pegawai ke-{n}', en: 'Remove person {n}' },
  add: { id: 'Tambah pegawai', en: 'Add a person' },
  signatory: { id: 'Penanda tangan surat (bukan pemohon akun)', en: 'Signed by (not an applicant)' },
  problems: { id: 'Perlu diperiksa ({n})', en: 'Needs checking ({n})' },
  noProblems: { id: 'Tidak ada masalah yang ditemukan.', en: 'No problems found.' },
  source: { id: 'Teks surat', en: 'Letter text' },
  confirm: { id: 'Simpan hasil pemeriksaan', en: 'Confirm the review' },
  quickOpen: { id: 'Simpan & buka kasus', en: 'Confirm & open the case' },
  quickSop: { id: 'SOP: {sop} (disarankan). SOP lain atau waktu terima lain: "{confirm}" di bawah.', en: 'SOP: {sop} (suggested). Another SOP or received time: "{confirm}" below.' },
  back: { id: 'Ganti surat', en: 'Use another letter' },
  confidence: { id: 'keyakinan {p}% · baris {line}', en: 'confidence {p}% · line {line}' },
  lineRef: { id: 'baris {line}', en: 'line {line}' },
  person: { id: 'pegawai ke-{n}', en: 'person {n}' },
  personTitle: { id: 'Pegawai ke-{n}', en: 'Person {n}' },
  action: { id: 'Permintaan', en: 'Request' },
  sourceLine: { id: 'baris {line}: “{text}”', en: 'line {line}: “{text}”' },
});

const ACTION_LABELS: Record<RequestAction, { id: string; en: string }> = {
  create: { id: 'Buat akun', en: 'Create account' },
  reset: { id: 'Reset password', en: 'Reset password' },
  deactivate: { id: 'Nonaktifkan akun', en: 'Deactivate account' },
  change: { id: 'Ubah data', en: 'Change data' },
};

const ROLE_LABELS: Record<LetterRole, { id: string; en: string }> = {
  auditor: { id: 'Auditor / APIP', en: 'Auditor / APIP' },
  ppk: { id: 'PPK (Pejabat Pembuat Komitmen)', en: 'PPK (commitment officer)' },
  pp: { id: 'PP (Pejabat Pengadaan)', en: 'PP (procurement officer)' },
  pokja: { id: 'Pokja Pemilihan', en: 'Pokja (selection working group)' },
  'admin-agency': { id: 'Admin Agency', en: 'Admin Agency' },
  verifikator: { id: 'Verifikator', en: 'Verifikator' },
  helpdesk: { id: 'Helpdesk', en: 'Helpdesk' },
  'password-reset': { id: 'Reset password', en: 'Password reset' },
};

const invalidStyle: CSSProperties = { borderColor: '#b42318', outline: '1px solid #b42318', background: '#fff5f4' };
// No opacity: the confidence labels must keep a 4.5:1 contrast (the muted colour alone has it).
const smallStyle: CSSProperties = { fontSize: '0.75em' };
const inputStyle: CSSProperties = { width: '100%', boxSizing: 'border-box' };
const problemStyle: CSSProperties = { display: 'block', fontSize: '0.85em' };
/** Fields read with less confidence than this get a dashed border: worth a second look. */
const LOW_CONFIDENCE = 0.6;
const unsureStyle: CSSProperties = { borderStyle: 'dashed', borderColor: '#b45309' };
const dropStyle = (active: boolean): CSSProperties => ({
  border: `2px dashed ${active ? '#1d4ed8' : '#9ca3af'}`,
  borderRadius: 6,
  padding: '0.75em',
  margin: '0.5em 0',
  background: active ? '#eff6ff' : undefined,
});

export type LetterIntakeProps = {
  /** Called with the reviewed letter: values normalised (NIP digits, email lower case, phone E.164), problems re-checked. */
  onConfirm: (letter: ParsedLetter) => void;
  lang?: Lang;
  /**
   * Reads a dropped file's text (.txt, .docx, text PDF). Passed in, so that the content script can
   * hand files to the background instead of bundling the .docx/PDF readers (`extractText` of
   * lib/documents on extension pages and in tests).
   */
  extract: (file: FileLike, control?: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal }) => Promise<Extracted>;
  /**
   * Parses the letter text: in the panel the background does it (off the SPSE tab's main thread);
   * extension pages and tests pass lib/letter/parse's `parseLetter`.
   */
  parse: (text: string, scan?: ScanInfo) => Promise<ParsedLetter> | ParsedLetter;
  /** A letter already pasted or dropped elsewhere (the panel's letter box, a drop on the panel): read at once. */
  initial?: { text?: string; file?: FileLike } | null;
  /**
   * Offered on the review when the letter reads without problems: confirm it and open the case
   * in one press (the SOP named). Null: the two-step way only (review, then choose the SOP).
   */
  quickOpen?: (letter: ParsedLetter) => { sopTitle: string; run: (reviewed: ParsedLetter) => void } | null;
};

/** Paste or drop a request letter, review what was read, confirm. */
export function LetterIntake({ onConfirm, lang = 'id', extract, parse, initial, quickOpen }: LetterIntakeProps) {
  const uid = useId();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ParsedLetter | null>(null);
  const [edited, setEdited] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<OcrProgress | null>(null);
  const [scan, setScan] = useState<ScanInfo | null>(null);
  const reading = useRef<AbortController | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Keyboard: after "Baca surat" the focus goes to "Simpan hasil pemeriksaan" (Shift+Tab reaches the fields).
  const confirmRef = useRef<HTMLButtonElement>(null);
  const quickRef = useRef<HTMLButtonElement>(null);
  // After "Kasus baru" the letter's text box takes the focus (paste the letter, then Ctrl+Enter or "Baca surat").
  useFocusWhenAsked(textRef, [draft === null]);

  const problems = useMemo<LetterProblem[]>(
    () => (!draft ? [] : edited ? findProblems(draft.letter, draft.people, draft.fields) : draft.problems),
    [draft, edited],
  );
  const problemByField = useMemo(() => {
    const m = new Map<string, LetterProblem>();
    for (const p of problems) if (!m.has(p.field)) m.set(p.field, p);
    return m;
  }, [problems]);

  // One press from the review to the open case, when the people (what goes into SPSE's form)
  // read without a problem and a SOP fits the letter. Notes on the letter's own fields stay listed above it.
  const peopleClean = !problems.some((p) => p.person !== undefined || p.field === 'people');
  const quick = draft && peopleClean && quickOpen ? quickOpen(draft) : null;
  useFocusWhenAsked(quick ? quickRef : confirmRef, [draft !== null]);

  const reason = (e: unknown) => errorMessageIn(lang, e);

  // A letter handed over (pasted into the panel's box, dropped on the panel) is read at once.
  useEffect(() => {
    if (initial?.text) {
      setText(initial.text);
      void read(initial.text);
    } else if (initial?.file) void readFile(initial.file);
    // Only the letter the intake was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function read(source: string, scanned?: ScanInfo) {
    if (!source.trim()) {
      setError(t(lang, 'empty'));
      return;
    }
    if (source.length > MAX_LETTER_CHARS) {
      setError(t(lang, 'tooLong', { n: source.length, max: MAX_LETTER_CHARS }));
      return;
    }
    setError(null);
    setEdited(false);
    setScan(scanned ?? null);
    try {
      const parsed = parse(source, scanned);
      if (!(parsed instanceof Promise)) {
        focusNextAfterThis();
        return setDraft(parsed);
      }
      setBusy(true);
      const done = await parsed;
      focusNextAfterThis();
      setDraft(done);
    } catch (e) {
      setError(t(lang, 'parseFailed', { reason: reason(e) }));
    } finally {
      setBusy(false);
    }
  }

  /** Every failure (a reader's error, a thrown exception, a lost background) is shown, never silent. */
  async function readFile(file: FileLike | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const controller = new AbortController();
    reading.current = controller;
    try {
      // "Batal" ends the wait at once; the reader is told to stop through the signal.
      const aborted = new Promise<Extracted>((resolve) => controller.signal.addEventListener('abort', () => resolve({ error: t(lang, 'cancelled') }), { once: true }));
      const r = await Promise.race([extract(file, { onProgress: setProgress, signal: controller.signal }), aborted]);
      // Cancelled: whatever the reader still returned is dropped.
      if (controller.signal.aborted) setError(t(lang, 'cancelled'));
      else if ('error' in r) setError(r.error);
      else {
        setText(r.text);
        await read(r.text, r.scan);
      }
    } catch (e) {
      setError(controller.signal.aborted ? t(lang, 'cancelled') : t(lang, 'readFailed', { reason: reason(e) }));
    } finally {
      reading.current = null;
      setProgress(null);
      setBusy(false);
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer?.files?.[0]);
  }

  function update(next: ParsedLetter) {
    setDraft(next);
    setEdited(true);
  }
  const setLetter = <K extends keyof LetterInfo>(key: K, value: LetterInfo[K]) => draft && update({ ...draft, letter: { ...draft.letter, [key]: value } });
  const setPerson = (i: number, key: ApplicantField, value: string) =>
    draft && update({ ...draft, people: draft.people.map((p, k) => (k === i ? { ...p, [key]: value } : p)) });
  const setAction = (i: number, action: RequestAction) => draft && update({ ...draft, people: draft.people.map((p, k) => (k === i ? { ...p, action } : p)) });

  const id = (path: string) => `${uid}-${path.replace(/[^a-z0-9]/gi, '-')}`;
  const hint = (path: string) => {
    const ev = draft?.fields[path];
    return ev ? t(lang, 'confidence', { p: Math.round(ev.confidence * 100), line: ev.line }) : undefined;
  };
  /** Input props shared by every reviewed field: invalid marking, problem description, evidence tooltip. */
  const fieldProps = (path: string) => {
    const problem = problemByField.get(path);
    const ev = draft?.fields[path];
    const unsure = !!ev && ev.confidence < LOW_CONFIDENCE;
    return {
      id: id(path),
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id(path)}-problem` : undefined,
      title: hint(path),
      style: { ...inputStyle, ...(unsure ? unsureStyle : {}), ...(problem ? invalidStyle : {}) },
      'data-field': path,
      'data-unsure': unsure ? true : undefined,
    } as const;
  };
  const problemText = (path: string) => {
    const problem = problemByField.get(path);
    const ev = draft?.fields[path];
    const crop = problem?.line !== undefined ? scan?.lines[problem.line - 1]?.crop : undefined;
    return (
      <>
        {problem && (
          <span id={`${id(path)}-problem`} className="pandu-error" role="note" style={problemStyle}>
            {messageIn(lang, problem.message)}
            {crop && (
              // The line as scanned (a data URL made by the extension's OCR reader), beside its text.
              <img data-testid="pandu-letter-crop" src={crop} alt={t(lang, 'scanLine', { line: problem.line! })} style={{ display: 'block', maxWidth: '100%', border: '1px solid #9ca3af' }} />
            )}
            {problem.source !== undefined && problem.line !== undefined && (
              // The source line as plain text (never HTML), so the reviewer sees where the value came from.
              <q data-testid="pandu-letter-source" style={{ display: 'block', quotes: 'none' }} className="pandu-muted">
                {t(lang, 'sourceLine', { line: problem.line, text: problem.source })}
              </q>
            )}
          </span>
        )}
        {ev && ev.ocr === undefined && (
          <span style={smallStyle} className="pandu-muted" aria-hidden="true">
            {' '}
            {Math.round(ev.confidence * 100)}%
          </span>
        )}
        {ev?.ocr !== undefined && (
          <span style={smallStyle} className="pandu-muted" data-testid="pandu-letter-ocr">
            {' '}
            {t(lang, 'scanConfidence', { p: Math.round(ev.ocr * 100) })}
          </span>
        )}
      </>
    );
  };

  if (!draft) {
    return (
      <div className="pandu-letter-intake" data-testid="pandu-letter-intake">
        <label htmlFor={`${uid}-text`}>{t(lang, 'pasteLabel')}</label>
        <textarea
          id={`${uid}-text`}
          ref={textRef}
          rows={10}
          value={text}
          onChange={(e) => {
            const next = e.target.value;
            setText(next);
            // A pasted (or dropped) letter is read at once; typed text waits for "Baca surat".
            if (looksLikePastedLetter(text, next, inputTypeOf(e))) void read(next);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void read(text);
          }}
          style={{ width: '100%', fontFamily: 'monospace' }}
        />
        <div className="pandu-row">
          <button type="button" className="pandu-btn" onClick={() => void read(text)} disabled={busy}>
            {t(lang, 'read')}
          </button>
        </div>
        <p className="pandu-muted">{t(lang, 'or')}</p>
        <div
          data-testid="pandu-letter-drop"
          style={dropStyle(dragging)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>{t(lang, 'drop')}</p>
          <label htmlFor={`${uid}-file`}>{t(lang, 'pick')}</label>{' '}
          <input
            id={`${uid}-file`}
            type="file"
            accept=".txt,.docx,.pdf,.jpg,.jpeg,.png,text/plain,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              void readFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        {busy && (
          <div className="pandu-row" role="status" data-testid="pandu-letter-progress">
            <span>
              {!progress
                ? t(lang, 'reading')
                : progress.stage === 'load'
                  ? t(lang, 'ocrLoad')
                  : progress.stage === 'render'
                    ? t(lang, 'ocrRender')
                    : t(lang, 'ocrPage', { page: progress.page, pages: progress.pages, p: Math.round(progress.progress * 100) })}
            </span>
            {progress && (
              <progress max={1} value={progress.stage === 'recognize' ? (progress.page - 1 + progress.progress) / progress.pages : undefined} aria-hidden="true" />
            )}
            {reading.current && (
              <button type="button" className="pandu-btn" onClick={() => reading.current?.abort()}>
                {t(lang, 'cancel')}
              </button>
            )}
          </div>
        )}
        {error && (
          <p className="pandu-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  const letterField = (key: Exclude<keyof LetterInfo, 'role' | 'date'>) => {
    const path = `letter.${key}`;
    return (
      <div key={key}>
        <label htmlFor={id(path)}>{t(lang, key)}</label>
        <input {...fieldProps(path)} type="text" value={draft.letter[key] ?? ''} onChange={(e) => setLetter(key, e.target.value)} />
        {problemText(path)}
      </div>
    );
  };
  const general = problems.filter((p) => p.person === undefined);
  const personal = problems.filter((p) => p.person !== undefined);

  return (
    <section className="pandu-letter-intake" data-testid="pandu-letter-review" aria-labelledby={`${uid}-review`}>
      <h4 id={`${uid}-review`}>{t(lang, 'review')}</h4>
      <p className="pandu-muted">{t(lang, 'reviewHint')}</p>

      <div role={problems.length ? 'alert' : 'status'} data-testid="pandu-letter-problems">
        {problems.length === 0 ? (
          <p>{t(lang, 'noProblems')}</p>
        ) : (
          <>
            <p className="pandu-warn">{t(lang, 'problems', { n: problems.length })}</p>
            <ul>
              {[...general, ...personal].map((p, k) => (
                <li key={k}>
                  <a href={`#${id(p.field)}`} onClick={(e) => {
                    e.preventDefault();
                    (e.currentTarget.ownerDocument.getElementById(id(p.field)) as HTMLElement | null)?.focus();
                  }}>
                    {p.person !== undefined ? `${t(lang, 'person', { n: p.person + 1 })}: ` : ''}
                    {messageIn(lang, p.message)}
                  </a>
                  {p.line !== undefined && <span style={smallStyle}> ({t(lang, 'lineRef', { line: p.line })})</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {quick && (
        <div className="pandu-quick-open" data-testid="pandu-quick-open">
          <p className="pandu-muted">{t(lang, 'quickSop', { sop: quick.sopTitle, confirm: t(lang, 'confirm') })}</p>
          <button
            ref={quickRef}
            type="button"
            className="pandu-btn"
            data-testid="pandu-letter-open"
            onClick={() => {
              focusNextAfterThis();
              quick.run(recheck(draft));
            }}
          >
            {t(lang, 'quickOpen')}
          </button>
        </div>
      )}

      <fieldset>
        <legend>{t(lang, 'letterHeading')}</legend>
        {letterField('number')}
        <div>
          <label htmlFor={id('letter.date')}>{t(lang, 'date')}</label>
          <input {...fieldProps('letter.date')} type="date" {...DATE_INPUT_BOUNDS} value={draft.letter.date ?? ''} onChange={(e) => setLetter('date', e.target.value || null)} />
          {problemText('letter.date')}
        </div>
        {letterField('place')}
        {letterField('sender')}
        {letterField('subject')}
        <div>
          <label htmlFor={id('letter.role')}>{t(lang, 'role')}</label>
          <select
            {...fieldProps('letter.role')}
            value={draft.letter.role ?? ''}
            onChange={(e) => setLetter('role', (e.target.value || null) as LetterRole | null)}
          >
            <option value="">{t(lang, 'roleNone')}</option>
            {letterRoles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r][lang]}
              </option>
            ))}
          </select>
          {problemText('letter.role')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'peopleHeading', { n: draft.people.length })}</legend>
        {problemByField.get('people') && <p className="pandu-error">{messageIn(lang, problemByField.get('people')!.message)}</p>}
        {/* One small table per person: reads well in the narrow panel, one field per row. */}
        <div data-testid="pandu-letter-people">
          {draft.people.map((p, i) => (
            <fieldset key={i} data-testid="pandu-letter-person" style={{ margin: '0.5em 0' }}>
              <legend>
                {t(lang, 'personTitle', { n: i + 1 })}
                {p.name ? `: ${p.name}` : ''}
              </legend>
              <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                <tbody>
                  <tr>
                    <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', width: '32%' }}>
                      <label htmlFor={id(`people[${i}].action`)}>{t(lang, 'action')}</label>
                    </th>
                    <td>
                      <select
                        id={id(`people[${i}].action`)}
                        data-testid="pandu-letter-action"
                        aria-label={`${t(lang, 'action')} — ${t(lang, 'person', { n: i + 1 })}`}
                        value={p.action}
                        onChange={(e) => setAction(i, e.target.value as RequestAction)}
                      >
                        {requestActions.map((a) => (
                          <option key={a} value={a}>
                            {ACTION_LABELS[a][lang]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                  {applicantFields.map((f) => {
                    const path = fieldPath(i, f);
                    return (
                      <tr key={f}>
                        <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', width: '32%', verticalAlign: 'top', paddingTop: '0.3em' }}>
                          <label htmlFor={id(path)}>{t(lang, f)}</label>
                        </th>
                        <td>
                          <input
                            {...fieldProps(path)}
                            type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
                            inputMode={f === 'nip' ? 'numeric' : undefined}
                            aria-label={`${t(lang, f)} — ${t(lang, 'person', { n: i + 1 })}`}
                            value={p[f] ?? ''}
                            onChange={(e) => setPerson(i, f, e.target.value)}
                          />
                          {problemText(path)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <button type="button" className="pandu-btn secondary" aria-label={t(lang, 'removePerson', { n: i + 1 })} onClick={() => update(removePerson(draft, i))}>
                {t(lang, 'remove')}
              </button>
            </fieldset>
          ))}
        </div>
        <button type="button" className="pandu-btn secondary" onClick={() => update(addPerson(draft))}>
          {t(lang, 'add')}
        </button>
      </fieldset>

      {draft.signatory && (
        <p data-testid="pandu-letter-signatory">
          {t(lang, 'signatory')}: {draft.signatory.name ?? '—'}
          {draft.signatory.nip ? ` · NIP ${draft.signatory.nip}` : ''}
        </p>
      )}

      <details>
        <summary>{t(lang, 'source')}</summary>
        <pre data-testid="pandu-letter-source" tabIndex={0} style={{ whiteSpace: 'pre-wrap', maxHeight: '20em', overflow: 'auto' }}>
          {text}
        </pre>
      </details>

      <div className="pandu-row">
        <button
          ref={confirmRef}
          type="button"
          className={quick ? 'pandu-btn secondary' : 'pandu-btn'}
          data-testid="pandu-letter-confirm"
          onClick={() => {
            focusNextAfterThis();
            onConfirm(recheck(draft));
          }}
        >
          {t(lang, 'confirm')}
        </button>
        <button
          type="button"
          className="pandu-btn secondary"
          onClick={() => {
            setDraft(null);
            setEdited(false);
          }}
        >
          {t(lang, 'back')}
        </button>
      </div>
    </section>
  );
}
