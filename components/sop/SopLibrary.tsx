import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { messageIn } from '../../lib/i18n-messages';
import type { Lang } from '../../lib/i18n';
import { builtinCatalog } from '../../lib/sop/catalog';
import { exportCatalog, exportSop, sopFileName } from '../../lib/sop/exportSop';
import { findSop, mergeLibrary, searchLibrary, type LibraryItem, type StoredSop } from '../../lib/sop/library';
import type { Sop } from '../../lib/sop/schema';
import { importSopFile, loadImportedSops, saveSopVersion, type ImportResult, type LoadedImports } from '../../lib/sop/store';
import type { SopDraft } from '../../lib/sop/draft';
import type { SopDocumentText } from '../../lib/sop/draft/file';
import { blankSop, duplicateSop } from '../../lib/sop/edit';
import { te } from './editor-labels';
import { SopEditor } from './SopEditor';
import { SopDraftForm } from './SopDraftForm';
import { formatSopErrors, type SopFileError } from '../../lib/sop/validate';
import { t } from './labels';
import { downloadBlob } from '../common/download';
import { SopViewer } from './SopViewer';
import './sop.css';
import { readUtf8File } from '../../lib/bounds';

export type SopLibraryProps = {
  lang?: Lang;
  /** Injection points (tests, other hosts); default to browser.storage.local via lib/sop/store. */
  builtins?: Sop[];
  loadImported?: () => Promise<LoadedImports>;
  importFile?: (text: string, fileName: string) => Promise<ImportResult>;
  download?: (fileName: string, text: string) => void;
  onPrint?: () => void;
  /** SOP to show first (id), e.g. from the page URL. */
  initialId?: string;
  /** Store an edited SOP as a new version (default: browser.storage.local). */
  saveVersion?: (sop: Sop) => Promise<StoredSop>;
  /** Read an SOP document file for a draft (default: lib/sop/draft/file, loaded on demand). */
  readDocument?: (file: File) => Promise<SopDocumentText>;
};

async function readDocumentDefault(file: File): Promise<SopDocumentText> {
  const { readSopDocument } = await import('../../lib/sop/draft/file');
  return readSopDocument(file);
}

function downloadText(fileName: string, text: string): void {
  downloadBlob(fileName, [text], 'application/json');
}

type Notice =
  | { kind: 'ok'; lines: string[] }
  | { kind: 'error'; file: string; errors: SopFileError[] };

/** The SOP library for the options page: list, search, import, export, view, print. */
export function SopLibrary({
  lang = 'id',
  builtins,
  loadImported = loadImportedSops,
  importFile = importSopFile,
  download = downloadText,
  onPrint,
  initialId,
  saveVersion = saveSopVersion,
  readDocument = readDocumentDefault,
}: SopLibraryProps) {
  const [editing, setEditing] = useState<{ sop: Sop; problems: SopDraft['problems']; n: number } | null>(null);
  const [drafting, setDrafting] = useState(false);
  const edit = (sop: Sop, problems: SopDraft['problems'] = []) => {
    setDrafting(false);
    setEditing({ sop, problems, n: Date.now() });
  };
  const base = useMemo(() => builtins ?? builtinCatalog(), [builtins]);
  const [imported, setImported] = useState<StoredSop[] | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ id: string; version?: string } | null>(initialId ? { id: initialId } : null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    const loaded = await loadImported();
    setImported(loaded.records);
    setSkipped(loaded.skipped);
  }, [loadImported]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const items: LibraryItem[] = useMemo(() => mergeLibrary(base, imported ?? []), [base, imported]);
  const shown = useMemo(() => searchLibrary(items, query), [items, query]);
  const current = selected ? findSop(items, selected.id, selected.version) : undefined;
  const currentItem = selected ? items.find((i) => i.id === selected.id) : undefined;

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const text = await readUtf8File(file, `Berkas ${file.name}`);
      const r = await importFile(text, file.name);
      if (!r.ok) {
        setNotice({ kind: 'error', file: file.name, errors: r.errors });
        return;
      }
      await reload();
      const lines = [t(lang, 'imported', { n: r.added.length, file: file.name })];
      for (const x of r.renumbered) lines.push(t(lang, 'renumbered', { id: x.id, from: x.from, to: x.to }));
      setNotice({ kind: 'ok', lines });
      const first = r.added[0]?.sop;
      if (first) setSelected({ id: first.id, version: first.version });
    } catch (err) {
      // Reading the file or storing the SOPs failed: say so, nothing was changed.
      setNotice({ kind: 'error', file: file.name, errors: [{ path: '(berkas)', message: err instanceof Error ? err.message : String(err) }] });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <div className="sop-library" lang={lang}>
      <div className="sop-library-side no-print">
        <h2>{t(lang, 'library')}</h2>
        <label>
          {t(lang, 'search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="sop-import">
          {busy ? t(lang, 'importing') : t(lang, 'import')}
          <input ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} disabled={busy} />
        </label>
        <button type="button" onClick={() => download('pandu-sop-katalog.json', exportCatalog(items.map((i) => i.latest.sop)))}>
          {t(lang, 'exportAll')}
        </button>
        <button type="button" onClick={() => edit(blankSop())}>
          {te(lang, 'newSop')}
        </button>
        <button type="button" onClick={() => (setEditing(null), setDrafting(true))}>
          {te(lang, 'fromDocument')}
        </button>
        {notice?.kind === 'error' && (
          <div role="alert" className="sop-errors">
            <p>{t(lang, 'importFailed', { file: notice.file })}</p>
            <ul>
              {formatSopErrors(notice.errors.map((e) => ({ ...e, message: messageIn(lang, e.message) }))).map((line, i) => (
                <li key={i}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {notice?.kind === 'ok' && (
          <div role="status" className="sop-status">
            {notice.lines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
        {skipped > 0 && <p className="error">{t(lang, 'skipped', { n: skipped })}</p>}
        <p aria-live="polite">{imported === null ? t(lang, 'loading') : t(lang, 'count', { n: shown.length })}</p>
        {shown.length === 0 && imported !== null && <p>{t(lang, 'noResults')}</p>}
        <ul className="sop-list" aria-label={t(lang, 'library')}>
          {shown.map((item) => {
            const sop = item.latest.sop;
            const isCurrent = selected?.id === item.id;
            return (
              <li key={item.id}>
                <button type="button" aria-current={isCurrent ? 'true' : undefined} onClick={() => setSelected({ id: item.id })} data-sop-id={item.id}>
                  <strong>{sop.title}</strong>
                  <small>
                    {[sop.number, sop.office].filter(Boolean).join(' · ') || sop.id}
                    {item.versions.length > 1 && <span className="sop-tag">{t(lang, 'versions', { n: item.versions.length })}</span>}
                    <span className="sop-tag">
                      {t(lang, 'version')} {sop.version} · {item.latest.origin === 'builtin' ? t(lang, 'builtin') : t(lang, 'importedTag')}
                    </span>
                  </small>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="sop-library-main">
        {drafting ? (
          <SopDraftForm lang={lang} readDocument={readDocument} onDraft={(d) => edit(d.sop, d.problems)} onCancel={() => setDrafting(false)} />
        ) : editing ? (
          <SopEditor
            key={editing.n}
            lang={lang}
            initial={editing.sop}
            problems={editing.problems}
            save={async (sop) => {
              const stored = await saveVersion(sop);
              await reload();
              return { id: stored.sop.id, version: stored.sop.version };
            }}
            onSaved={(id, version) => setSelected({ id, version })}
            onClose={() => setEditing(null)}
          />
        ) : current && currentItem ? (
          <>
            <div className="sop-main-bar no-print">
              <label>
                {t(lang, 'version')}{' '}
                <select value={current.version} onChange={(e) => setSelected({ id: current.id, version: e.target.value })}>
                  {currentItem.versions.map((v) => (
                    <option key={v.sop.version} value={v.sop.version}>
                      {v.sop.version} — {v.origin === 'builtin' ? t(lang, 'builtin') : `${t(lang, 'importedTag')} ${v.importedAt?.slice(0, 10) ?? ''}`}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => download(sopFileName(current), exportSop(current))}>
                {t(lang, 'export')}
              </button>
              <button type="button" onClick={() => edit(current)}>
                {te(lang, 'editAsVersion')}
              </button>
              <button type="button" onClick={() => edit(duplicateSop(current))}>
                {te(lang, 'duplicate')}
              </button>
            </div>
            <SopViewer sop={current} lang={lang} onPrint={onPrint} />
          </>
        ) : (
          <p className="no-print">{t(lang, 'choose')}</p>
        )}
      </div>
    </div>
  );
}
