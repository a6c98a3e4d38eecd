import { useEffect, useMemo, useRef, useState } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { captureOutline, type PageCapture } from '../../lib/spse/capture';
import { trusted } from './trusted';

const t = makeT({
  title: { id: 'Kirim contoh halaman', en: 'Send a page sample' },
  explain: {
    id: 'Pandu menyimpan kerangka halaman ini tanpa data: nilai isian, isi tabel, nama, NIP, email, telepon, token, skrip dan gambar dihapus. Periksa di bawah apa yang akan disimpan, lalu kirim berkasnya ke pengelola Pandu.',
    en: 'Pandu saves the skeleton of this page without its data: input values, table cells, names, NIPs, e-mails, phones, tokens, scripts and images are removed. Check below what will be saved, then send the file to the Pandu maintainers.',
  },
  removed: { id: 'Yang dihapus', en: 'Removed' },
  'stat.inputs': { id: 'isian dikosongkan', en: 'inputs emptied' },
  'stat.cells': { id: 'sel tabel disamarkan', en: 'table cells blanked' },
  'stat.rows': { id: 'baris tabel dibuang', en: 'table rows dropped' },
  'stat.texts': { id: 'teks lain disamarkan', en: 'other texts blanked' },
  'stat.scripts': { id: 'skrip', en: 'scripts' },
  'stat.images': { id: 'gambar', en: 'images' },
  'stat.userLine': { id: 'baris pengguna', en: 'user line' },
  kept: { id: 'Yang disimpan (kerangka)', en: 'Kept (structure)' },
  pageTitle: { id: 'Judul', en: 'Title' },
  headings: { id: 'Judul bagian', en: 'Headings' },
  labels: { id: 'Label', en: 'Labels' },
  inputs: { id: 'Kolom isian (nama · jenis)', en: 'Inputs (name · type)' },
  tableHeaders: { id: 'Kepala tabel', en: 'Table headers' },
  file: { id: 'Isi berkas persis seperti disimpan ({size} karakter)', en: 'The file exactly as saved ({size} characters)' },
  save: { id: 'Simpan berkas', en: 'Save the file' },
  cancel: { id: 'Tutup', en: 'Close' },
  saved: { id: 'Berkas {name} disimpan di folder unduhan. Kirimkan berkas itu bersama laporan Anda.', en: 'File {name} saved to your downloads. Send it with your report.' },
  failed: { id: 'Contoh halaman gagal dibuat: {msg}', en: 'The page sample could not be made: {msg}' },
  none: { id: '—', en: '—' },
});

const STATS = ['inputs', 'cells', 'rows', 'texts', 'scripts', 'images', 'userLine'] as const;

/** `contoh-halaman-pegawai-form-20261129-1015.html` (a taught id's colon becomes a dash). */
export function sampleFileName(pageId: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const slug = pageId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'halaman';
  return `contoh-halaman-${slug}-${stamp}.html`;
}

export type SendSampleProps = {
  lang: Lang;
  pageId: string;
  /** Makes the redacted capture of the page now (lib/spse/capture). */
  capture: () => PageCapture;
  /** Writes the file (a download). */
  save: (fileName: string, html: string) => void;
  onClose: () => void;
  now?: () => Date;
};

/**
 * "Kirim contoh halaman": the redacted capture is made first and shown as text (what is removed,
 * the structure kept, the file's text itself); the file is written only on "Simpan berkas".
 * Nothing of the capture is ever rendered as HTML.
 */
export function SendSample({ lang, pageId, capture, save, onClose, now = () => new Date() }: SendSampleProps) {
  const [result, setResult] = useState<{ ok: true; capture: PageCapture } | { ok: false; error: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    try {
      setResult({ ok: true, capture: capture() });
    } catch (e) {
      setResult({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
    heading.current?.focus();
    // The capture is of the page as it is when the preview opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const outline = useMemo(() => {
    if (!result?.ok) return null;
    // An inert document: DOMParser runs no script and loads nothing; only texts are read from it.
    return captureOutline(new DOMParser().parseFromString(result.capture.html, 'text/html'));
  }, [result]);

  const list = (items: string[]) => (items.length ? items.join(' · ') : t(lang, 'none'));

  return (
    <section className="pandu-card" data-testid="pandu-sample" aria-labelledby="pandu-sample-title">
      <h3 id="pandu-sample-title" ref={heading} tabIndex={-1}>
        {t(lang, 'title')}
      </h3>
      <p className="pandu-muted">{t(lang, 'explain')}</p>
      {result && !result.ok && (
        <p className="pandu-error" role="alert">
          {t(lang, 'failed', { msg: result.error })}
        </p>
      )}
      {result?.ok && outline && (
        <>
          <div className="pandu-section-title">{t(lang, 'removed')}</div>
          <ul data-testid="pandu-sample-stats">
            {STATS.map((k) => (
              <li key={k} data-stat={k}>
                {result.capture.stats[k]} {t(lang, `stat.${k}`)}
              </li>
            ))}
          </ul>
          <div className="pandu-section-title">{t(lang, 'kept')}</div>
          <dl data-testid="pandu-sample-outline">
            <dt>{t(lang, 'pageTitle')}</dt>
            <dd>{outline.title || t(lang, 'none')}</dd>
            <dt>{t(lang, 'headings')}</dt>
            <dd>{list(outline.headings)}</dd>
            <dt>{t(lang, 'labels')}</dt>
            <dd>{list(outline.labels)}</dd>
            <dt>{t(lang, 'inputs')}</dt>
            <dd data-testid="pandu-sample-inputs">{list(outline.inputs.map((i) => `${i.name} · ${i.type}`))}</dd>
            <dt>{t(lang, 'tableHeaders')}</dt>
            <dd>{list(outline.tableHeaders)}</dd>
          </dl>
          <details>
            <summary>{t(lang, 'file', { size: result.capture.html.length })}</summary>
            <pre className="pandu-sample-text" data-testid="pandu-sample-text" tabIndex={0}>
              {result.capture.html}
            </pre>
          </details>
        </>
      )}
      <div className="pandu-row">
        <button
          type="button"
          className="pandu-btn"
          disabled={!result?.ok}
          data-testid="pandu-sample-save"
          onClick={trusted(() => {
            if (!result?.ok) return;
            const name = sampleFileName(pageId, now());
            save(name, result.capture.html);
            setSaved(name);
          })}
        >
          {t(lang, 'save')}
        </button>
        <button type="button" className="pandu-btn secondary" onClick={onClose} data-testid="pandu-sample-close">
          {t(lang, 'cancel')}
        </button>
      </div>
      {saved && (
        <p role="status" className="pandu-muted" data-testid="pandu-sample-saved">
          {t(lang, 'saved', { name: saved })}
        </p>
      )}
    </section>
  );
}
