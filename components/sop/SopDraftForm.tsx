import { useState } from 'react';
import type { Lang } from '../../lib/i18n';
import { draftSops, type SopDraft } from '../../lib/sop/draft';
import type { SopDocumentText } from '../../lib/sop/draft/file';
import { te } from './editor-labels';

export type SopDraftFormProps = {
  lang?: Lang;
  /** Reads a dropped or picked file (lib/sop/draft/file in the extension). */
  readDocument: (file: File) => Promise<SopDocumentText>;
  onDraft: (draft: SopDraft) => void;
  onCancel: () => void;
};

/** Paste an SOP's text or pick its .docx / PDF; the draft opens in the editor with its flags. */
export function SopDraftForm({ lang = 'id', readDocument, onDraft, onCancel }: SopDraftFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [many, setMany] = useState<SopDraft[] | null>(null);

  const open = (drafts: SopDraft[]) => {
    if (drafts.length > 1) setMany(drafts);
    else onDraft(drafts[0]);
  };

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await readDocument(file);
      if ('error' in r) setError(r.error);
      else open(draftSops(r.text, { wrapped: r.wrapped, fileName: file.name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sop-draft-form no-print" aria-labelledby="sop-draft-title">
      <h3 id="sop-draft-title">{te(lang, 'draftTitle')}</h3>
      <label htmlFor="sop-draft-text">{te(lang, 'draftPaste')}</label>
      <textarea id="sop-draft-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="sop-row">
        <button type="button" disabled={!text.trim() || busy} onClick={() => open(draftSops(text))}>
          {te(lang, 'draftRun')}
        </button>
        <button type="button" onClick={onCancel}>
          {te(lang, 'cancel')}
        </button>
      </div>
      <label>
        {busy ? te(lang, 'reading_') : te(lang, 'draftFile')}{' '}
        <input type="file" accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      {error && (
        <p role="alert" className="sop-errors">
          {error}
        </p>
      )}
      {many && (
        <div role="status">
          <p>{te(lang, 'draftMany', { n: many.length })}</p>
          <ul>
            {many.map((d, i) => (
              <li key={i}>
                <button type="button" onClick={() => onDraft(d)}>
                  {d.sop.number ? `${d.sop.number} — ` : ''}
                  {d.sop.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
