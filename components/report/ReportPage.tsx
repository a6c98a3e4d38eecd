import { useMemo, useState, type ChangeEvent } from 'react';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { LanguageSelect } from '../common/LanguageSelect';
import type { Lang } from '../../lib/i18n';
import { parseBackup, type MergeConflict, type RestoreResult } from '../../lib/log/backup';
import type { FieldError } from '../../lib/log/errors';
import type { Backup, Case, CaseEvent, RecognitionProblem, Settings, StepEvent } from '../../lib/log/schema';
import type { Sop } from '../../lib/sop/schema';
import { calendarFromSettings } from '../../lib/timing';
import { agendaRows, agendaTable } from '../../lib/export/agenda';
import { csvDialect, type CsvSeparatorSetting } from '../../lib/export/csv-dialect';
import { exportAgenda, exportSla, type ExportFormat, type ExportResult, type SlaCsvTable } from '../../lib/export/documents';
import { EMPTY_FILTER, filterOptions, groupEventsByCase, reportFilterSchema } from '../../lib/export/filter';
import { slaReport, slaTables } from '../../lib/export/sla';
import { displayPercent, type Table } from '../../lib/export/table';
import { laneName } from '../../lib/export/labels';
import { DataTable } from './DataTable';
import { t } from './strings';
import { WeeklyChart } from './WeeklyChart';
import { DATE_INPUT_BOUNDS } from '../../lib/timing/date-window';
import { decodeUtf8 } from '../../lib/bounds';
import type { QuarantineRecord } from '../../lib/log/quarantine';
import { QuarantineList } from './QuarantineList';
import type { SiteProfile } from '../../lib/spse/profile';
import { pageName } from '../../lib/spse/taught';

export type ReportData = {
  cases: Case[];
  events: StepEvent[];
  problems: RecognitionProblem[];
  settings: Settings;
  /** The case ledger (held, resumed, closed, reopened, …); older callers give none. */
  caseEvents?: CaseEvent[];
  /** Records the log set aside (lib/log/quarantine); shown with an explanation. */
  quarantine?: QuarantineRecord[];
  /** Taught site profiles: taught pages are named by the names the LPSE gave them. */
  profiles?: SiteProfile[];
};

/** What the page needs from its container (lib/log and the browser); tests pass fakes. */
export type ReportActions = {
  exportBackup(): Promise<Backup>;
  /** Writes a validated backup into the log (one transaction; nothing changes on error). */
  restore(backup: Backup, mode: 'replace' | 'merge'): Promise<RestoreResult>;
  /** Reads the log again (after a restore or merge). */
  reload(): Promise<ReportData>;
  download(file: { filename: string; mime: string; parts: BlobPart[] }): void;
  openPrint(html: string): void;
};

export type ReportPageProps = {
  data: ReportData;
  sops: readonly Sop[];
  actions: ReportActions;
  initialLang?: Lang;
  onLangChange?: (lang: Lang) => void;
  /** "Now" for running steps (tests). */
  now?: () => Date;
};

type FilterForm = { from: string; to: string; sopId: string; actor: string; staff: string; verdict: string };
const NO_FILTER: FilterForm = { from: '', to: '', sopId: '', actor: '', staff: '', verdict: '' };
const AGENDA_SHOWN = 200;
const LATE_SHOWN = 100;

type Progress = { what: string; done: number; total: number | null } | null;
type Notice = { kind: 'ok' | 'error'; text: string; errors?: FieldError[]; conflicts?: Array<MergeConflict & { file: string }> } | null;

/** The file's text, strictly UTF-8 (NotUtf8Error otherwise: never silently U+FFFD). */
async function readText(file: File): Promise<string> {
  if (typeof file.arrayBuffer === 'function') return decodeUtf8(await file.arrayBuffer(), `Berkas ${file.name}`);
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
  return decodeUtf8(bytes, `Berkas ${file.name}`);
}

const pct = (share: number | null, lang: Lang) => (share === null ? '–' : displayPercent(share, lang));

export function ReportPage({ data: initialData, sops, actions, initialLang = 'id', onLangChange, now }: ReportPageProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [data, setData] = useState<ReportData>(initialData);
  const [form, setForm] = useState<FilterForm>(NO_FILTER);
  const [separator, setSeparator] = useState<CsvSeparatorSetting>(initialData.settings.csvSeparator);
  const [place, setPlace] = useState('');
  const [slaCsvTable, setSlaCsvTable] = useState<SlaCsvTable>('steps');
  const [progress, setProgress] = useState<Progress>(null);
  const [exportNotice, setExportNotice] = useState<Notice>(null);
  const [backupNotice, setBackupNotice] = useState<Notice>(null);
  const [restoreMode, setRestoreMode] = useState<'replace' | 'merge'>('merge');
  const [pendingReplace, setPendingReplace] = useState<{ file: string; backup: Backup } | null>(null);

  const settings = data.settings;
  const tz = settings.timeZone;
  const calendar = useMemo(() => calendarFromSettings(settings), [settings]);
  const eventsByCase = useMemo(() => groupEventsByCase(data.events), [data.events]);
  const options = useMemo(() => filterOptions(data.cases, data.events), [data.cases, data.events]);
  const sopTitle = useMemo(() => new Map(sops.map((s) => [s.id, s.title])), [sops]);

  const parsedFilter = reportFilterSchema.safeParse({
    from: form.from || null,
    to: form.to || null,
    sopId: form.sopId || null,
    actor: form.actor || null,
    staff: form.staff || null,
    verdict: form.verdict || null,
  });
  const filter = parsedFilter.success ? parsedFilter.data : EMPTY_FILTER;
  const filterKey = JSON.stringify(filter);

  const rows = useMemo(
    () => agendaRows(data.cases, data.events, { sops, timeZone: tz, filter, lang, eventsByCase }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, sops, tz, filterKey, lang, eventsByCase],
  );
  const report = useMemo(
    () => slaReport(data.cases, data.events, { sops, calendar, filter, eventsByCase, now: (now ?? (() => new Date()))(), caseEvents: data.caseEvents }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, sops, calendar, filterKey, eventsByCase],
  );
  const tables = useMemo(() => slaTables(report, lang), [report, lang]);

  const set = (key: keyof FilterForm) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm((f) => ({ ...f, [key]: e.target.value }));

  async function runExport(kind: 'agenda' | 'sla', format: ExportFormat) {
    const what = t(lang, kind === 'agenda' ? (format === 'csv' ? 'agendaCsv' : format === 'xlsx' ? 'agendaXlsx' : 'agendaPrint') : format === 'csv' ? 'slaCsv' : format === 'xlsx' ? 'slaXlsx' : 'slaPrint');
    setExportNotice(null);
    setProgress({ what, done: 0, total: kind === 'agenda' ? rows.length : report.steps.length });
    try {
      const opts = { settings, lang, separator, filter, place, slaCsvTable, onProgress: (done: number, total: number | null) => setProgress({ what, done, total }) };
      const result: ExportResult = kind === 'agenda' ? await exportAgenda(rows, format, opts) : await exportSla(report, format, opts);
      if (format === 'html') actions.openPrint((result.body as string[]).join(''));
      else actions.download({ filename: result.filename, mime: result.mime, parts: result.body instanceof Uint8Array ? [result.body as BlobPart] : result.body });
      setExportNotice({ kind: 'ok', text: t(lang, 'done', { what }) });
    } catch (err) {
      setExportNotice({ kind: 'error', text: t(lang, 'failed', { msg: errorMessageIn(lang, err) }) });
    } finally {
      setProgress(null);
    }
  }

  async function downloadBackup() {
    try {
      const b = await actions.exportBackup();
      const stamp = b.exportedAt.slice(0, 10);
      actions.download({ filename: `pandu-cadangan_${stamp}.json`, mime: 'application/json', parts: [JSON.stringify(b, null, 2)] });
    } catch (err) {
      setBackupNotice({ kind: 'error', text: t(lang, 'failed', { msg: errorMessageIn(lang, err) }) });
    }
  }

  /** Validates every file first: one invalid file stops everything and changes nothing. */
  async function readBackups(files: File[]): Promise<Array<{ file: string; backup: Backup }> | null> {
    const out: Array<{ file: string; backup: Backup }> = [];
    const errors: FieldError[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = await readText(f);
      } catch (err) {
        errors.push({ path: files.length > 1 ? `${f.name}: (berkas)` : '(berkas)', message: errorMessageIn(lang, err) });
        continue;
      }
      const r = parseBackup(text.replace(/^\uFEFF/, ''), { sops });
      if (r.ok) out.push({ file: f.name, backup: r.backup });
      else for (const e of r.errors) errors.push({ path: files.length > 1 ? `${f.name}: ${e.path}` : e.path, message: messageIn(lang, e.message) });
    }
    if (errors.length) {
      setBackupNotice({ kind: 'error', text: t(lang, 'restoreInvalid'), errors });
      return null;
    }
    return out;
  }

  async function afterWrite() {
    setData(await actions.reload());
  }

  async function onRestore(e: ChangeEvent<HTMLInputElement>) {
    const input = e.target;
    const files = [...(input.files ?? [])];
    setBackupNotice(null);
    if (!files.length) return;
    try {
      const backups = await readBackups(files.slice(0, 1));
      if (!backups) return;
      // Replace asks first; the confirmation downloads an automatic backup, then replaces.
      if (restoreMode === 'replace') setPendingReplace(backups[0]);
      else await restoreNow(backups[0], 'merge', null);
    } catch (err) {
      setBackupNotice({ kind: 'error', text: t(lang, 'failed', { msg: errorMessageIn(lang, err) }) });
    } finally {
      input.value = '';
    }
  }

  async function restoreNow(source: { file: string; backup: Backup }, mode: 'replace' | 'merge', autoBackup: string | null) {
    const r = await actions.restore(source.backup, mode);
    await afterWrite();
    const done = t(lang, 'restoreDone', { mode: t(lang, mode === 'replace' ? 'restoreReplace' : 'restoreMerge'), added: r.added, skipped: r.skipped, conflicts: r.conflicts.length });
    setBackupNotice({
      kind: 'ok',
      text: autoBackup ? `${t(lang, 'autoBackupSaved', { file: autoBackup })} ${done}` : done,
      conflicts: r.conflicts.map((c) => ({ ...c, file: source.file })),
    });
  }

  async function confirmReplace() {
    const source = pendingReplace;
    setPendingReplace(null);
    if (!source) return;
    try {
      const current = await actions.exportBackup();
      const filename = `pandu-cadangan-otomatis_${current.exportedAt.replace(/[:.]/g, '-').slice(0, 19)}.json`;
      actions.download({ filename, mime: 'application/json', parts: [JSON.stringify(current, null, 2)] });
      await restoreNow(source, 'replace', filename);
    } catch (err) {
      setBackupNotice({ kind: 'error', text: t(lang, 'failed', { msg: errorMessageIn(lang, err) }) });
    }
  }

  async function onMerge(e: ChangeEvent<HTMLInputElement>) {
    const input = e.target;
    const files = [...(input.files ?? [])];
    setBackupNotice(null);
    if (!files.length) return;
    try {
      const backups = await readBackups(files);
      if (!backups) return;
      let added = 0;
      let skipped = 0;
      const conflicts: Array<MergeConflict & { file: string }> = [];
      for (const { file, backup } of backups) {
        const r = await actions.restore(backup, 'merge');
        added += r.added;
        skipped += r.skipped;
        for (const c of r.conflicts) conflicts.push({ ...c, file });
      }
      await afterWrite();
      setBackupNotice({ kind: 'ok', text: t(lang, 'mergeDone', { files: backups.length, added, skipped, conflicts: conflicts.length }), conflicts });
    } catch (err) {
      setBackupNotice({ kind: 'error', text: t(lang, 'failed', { msg: errorMessageIn(lang, err) }) });
    } finally {
      input.value = '';
    }
  }

  const problemTable: Table<RecognitionProblem & { kindLabel: string; pageName: string }> = {
    title: { id: t('id', 'problems'), en: t('en', 'problems') },
    columns: [
      { key: 'at', id: t('id', 'problem.at'), en: t('en', 'problem.at'), width: 17, kind: 'datetime' },
      { key: 'pageId', id: t('id', 'problem.page'), en: t('en', 'problem.page'), width: 20, kind: 'text' },
      { key: 'pageName', id: t('id', 'problem.pageName'), en: t('en', 'problem.pageName'), width: 24, kind: 'text' },
      { key: 'kindLabel', id: t('id', 'problem.kind'), en: t('en', 'problem.kind'), width: 20, kind: 'text' },
      { key: 'detail', id: t('id', 'problem.detail'), en: t('en', 'problem.detail'), width: 40, kind: 'text' },
      { key: 'url', id: 'URL', en: 'URL', width: 40, kind: 'text' },
    ],
    rows: data.problems.map((p) => ({ ...p, kindLabel: t(lang, `kind.${p.kind}`), pageName: pageName(p.pageId, lang, data.profiles) })),
  };

  const busy = progress !== null;
  const exportButton = (kind: 'agenda' | 'sla', format: ExportFormat, label: Parameters<typeof t>[1], testId: string) => (
    <button type="button" data-testid={testId} disabled={busy} onClick={() => void runExport(kind, format)}>
      {t(lang, label)}
    </button>
  );

  return (
    <div className="report" lang={lang}>
      <header className="report-header">
        <div>
          <h1>{t(lang, 'title')}</h1>
          {settings.officeName && <p className="office">{settings.officeName}</p>}
        </div>
        <LanguageSelect
          lang={lang}
          label={t(lang, 'language')}
          onChange={(l) => {
            setLang(l);
            onLangChange?.(l);
          }}
        />
      </header>

      <section className="report-filters" aria-label={t(lang, 'filters')}>
        <h2>{t(lang, 'filters')}</h2>
        <div className="filter-grid">
          <label>
            {t(lang, 'from')}
            <input type="date" {...DATE_INPUT_BOUNDS} data-testid="filter-from" value={form.from} onChange={set('from')} />
          </label>
          <label>
            {t(lang, 'to')}
            <input type="date" {...DATE_INPUT_BOUNDS} data-testid="filter-to" value={form.to} onChange={set('to')} />
          </label>
          <label>
            {t(lang, 'sop')}
            <select data-testid="filter-sop" value={form.sopId} onChange={set('sopId')}>
              <option value="">{t(lang, 'all')}</option>
              {[...new Set([...sops.map((s) => s.id), ...options.sopIds])].map((id) => (
                <option key={id} value={id}>
                  {sopTitle.get(id) ?? id}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'actor')}
            <select data-testid="filter-actor" value={form.actor} onChange={set('actor')}>
              <option value="">{t(lang, 'all')}</option>
              {options.actors.map((a) => (
                <option key={a} value={a}>
                  {laneName(a, sops)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'staff')}
            <select data-testid="filter-staff" value={form.staff} onChange={set('staff')}>
              <option value="">{t(lang, 'all')}</option>
              {options.staff.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'verdict')}
            <select data-testid="filter-verdict" value={form.verdict} onChange={set('verdict')}>
              <option value="">{t(lang, 'all')}</option>
              {(['on-time', 'warning', 'late'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(lang, `verdict.${v}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setForm(NO_FILTER)}>
            {t(lang, 'reset')}
          </button>
        </div>
        {!parsedFilter.success && (
          <p role="alert">{t(lang, 'badFilter', { msg: parsedFilter.error.issues.map((i) => `${i.path.join('.')}: ${messageIn(lang, i.message)}`).join('; ') })}</p>
        )}
      </section>

      <section className="report-downloads" aria-label={t(lang, 'downloads')}>
        <h2>{t(lang, 'downloads')}</h2>
        <div className="button-row">
          <label>
            {t(lang, 'separator')}{' '}
            <select data-testid="csv-separator" value={separator} onChange={(e) => setSeparator(e.target.value as CsvSeparatorSetting)}>
              <option value="auto">{t(lang, csvDialect('auto', lang).separator === ';' ? 'sepAutoSemicolon' : 'sepAutoComma')}</option>
              <option value=",">{t(lang, 'sepComma')}</option>
              <option value=";">{t(lang, 'sepSemicolon')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'slaCsvTable')}{' '}
            <select data-testid="sla-csv-table" value={slaCsvTable} onChange={(e) => setSlaCsvTable(e.target.value as SlaCsvTable)}>
              <option value="steps">{t(lang, 'perStep')}</option>
              <option value="sops">{t(lang, 'perSop')}</option>
              <option value="cases">{t(lang, 'perCase')}</option>
              <option value="late">{t(lang, 'lateSteps')}</option>
              <option value="weekly">{t(lang, 'weekly')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'place')}{' '}
            <input data-testid="print-place" value={place} onChange={(e) => setPlace(e.target.value)} size={16} />
          </label>
        </div>
        <div className="button-row">
          {exportButton('agenda', 'csv', 'agendaCsv', 'download-agenda-csv')}
          {exportButton('agenda', 'xlsx', 'agendaXlsx', 'download-agenda-xlsx')}
          {exportButton('agenda', 'html', 'agendaPrint', 'print-agenda')}
        </div>
        <div className="button-row">
          {exportButton('sla', 'csv', 'slaCsv', 'download-sla-csv')}
          {exportButton('sla', 'xlsx', 'slaXlsx', 'download-sla-xlsx')}
          {exportButton('sla', 'html', 'slaPrint', 'print-sla')}
        </div>
        {progress && (
          <p data-testid="export-progress" aria-live="polite">
            {t(lang, 'working', { what: progress.what, pct: progress.total ? `${Math.round((100 * progress.done) / progress.total)}%` : '' })}{' '}
            <progress value={progress.total ? progress.done : undefined} max={progress.total ?? undefined} />
          </p>
        )}
        {exportNotice && (
          <p data-testid="export-notice" role={exportNotice.kind === 'error' ? 'alert' : 'status'}>
            {exportNotice.text}
          </p>
        )}
      </section>

      <section aria-label={t(lang, 'agenda')}>
        <h2>
          {t(lang, 'agenda')} <small>({t(lang, 'agendaCount', { n: rows.length })})</small>
        </h2>
        {rows.length === 0 ? (
          <p>{t(lang, 'noLetters')}</p>
        ) : (
          <>
            <DataTable testId="agenda-table" table={agendaTable(rows.slice(0, AGENDA_SHOWN))} timeZone={tz} lang={lang} />
            {rows.length > AGENDA_SHOWN && <p>{t(lang, 'agendaShown', { shown: AGENDA_SHOWN, n: rows.length })}</p>}
          </>
        )}
      </section>

      <section aria-label={t(lang, 'sla')} data-testid="sla-summary">
        <h2>{t(lang, 'sla')}</h2>
        <p data-testid="sla-totals">
          {t(lang, 'slaTotals', {
            within: report.totals.onTime + report.totals.warning,
            measured: report.totals.stepsWithStandard,
            share: pct(report.totals.withinShare, lang),
            late: report.totals.late,
          })}
        </p>
        <p data-testid="case-totals">
          {t(lang, 'caseTotals', {
            cases: report.totals.cases,
            done: report.totals.casesDone,
            cancelled: report.totals.casesCancelled,
            waiting: report.totals.casesWaiting,
            open: report.totals.cases - report.totals.casesDone - report.totals.casesCancelled - report.totals.casesWaiting,
            held: report.totals.heldMinutes,
            rework: report.totals.rework,
          })}
        </p>
        <h3>{t(lang, 'weekly')}</h3>
        {report.weekly.length ? <WeeklyChart points={report.weekly} lang={lang} /> : <p>{t(lang, 'noWeeks')}</p>}
        <h3>{t(lang, 'perSop')}</h3>
        <DataTable testId="sla-sops" table={tables.sops} timeZone={tz} lang={lang} />
        <h3>{t(lang, 'perStep')}</h3>
        <DataTable testId="sla-steps" table={tables.steps} timeZone={tz} lang={lang} />
        <h3>{t(lang, 'perCase')}</h3>
        <DataTable testId="sla-cases" table={{ ...tables.cases, rows: tables.cases.rows.slice(0, AGENDA_SHOWN) }} timeZone={tz} lang={lang} />
        <h3>{t(lang, 'lateSteps')}</h3>
        {tables.late.rows.length === 0 ? (
          <p>{t(lang, 'noLate')}</p>
        ) : (
          <>
            <DataTable testId="sla-late" table={{ ...tables.late, rows: tables.late.rows.slice(0, LATE_SHOWN) }} timeZone={tz} lang={lang} />
            {tables.late.rows.length > LATE_SHOWN && <p>{t(lang, 'lateShown', { shown: LATE_SHOWN, n: tables.late.rows.length })}</p>}
          </>
        )}
      </section>

      <section aria-label={t(lang, 'problems')}>
        <h2>{t(lang, 'problems')}</h2>
        {data.problems.length === 0 ? <p>{t(lang, 'noProblems')}</p> : <DataTable testId="problems-list" table={problemTable} timeZone={tz} lang={lang} />}
      </section>

      <QuarantineList records={data.quarantine ?? []} lang={lang} />

      <section className="report-backup" aria-label={t(lang, 'backupTitle')}>
        <h2>{t(lang, 'backupTitle')}</h2>
        <div className="button-row">
          <button type="button" data-testid="backup-download" onClick={() => void downloadBackup()}>
            {t(lang, 'backupDownload')}
          </button>
        </div>
        <div className="button-row">
          <label>
            {t(lang, 'restoreMode')}{' '}
            <select data-testid="restore-mode" value={restoreMode} onChange={(e) => setRestoreMode(e.target.value as 'replace' | 'merge')}>
              <option value="merge">{t(lang, 'restoreMerge')}</option>
              <option value="replace">{t(lang, 'restoreReplace')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'restore')}{' '}
            <input type="file" accept="application/json,.json" data-testid="restore-file" onChange={(e) => void onRestore(e)} />
          </label>
        </div>
        {pendingReplace && (
          <div data-testid="replace-confirm" role="alertdialog" aria-label={t(lang, 'restoreReplace')}>
            <p>{t(lang, 'replaceConfirm', { file: pendingReplace.file, cases: pendingReplace.backup.cases.length })}</p>
            <div className="button-row">
              <button type="button" data-testid="replace-yes" onClick={() => void confirmReplace()}>
                {t(lang, 'replaceYes')}
              </button>
              <button
                type="button"
                data-testid="replace-no"
                onClick={() => {
                  setPendingReplace(null);
                  setBackupNotice({ kind: 'ok', text: t(lang, 'replaceCancelled') });
                }}
              >
                {t(lang, 'replaceNo')}
              </button>
            </div>
          </div>
        )}
        <p className="hint">{t(lang, 'mergeKeepsSettings')}</p>
        <div className="button-row">
          <label>
            {t(lang, 'merge')}{' '}
            <input type="file" multiple accept="application/json,.json" data-testid="merge-files" onChange={(e) => void onMerge(e)} />
          </label>
        </div>
        {backupNotice && (
          <div data-testid="backup-notice" role={backupNotice.kind === 'error' ? 'alert' : 'status'}>
            <p>{backupNotice.text}</p>
            {backupNotice.errors && (
              <ul data-testid="backup-errors">
                {backupNotice.errors.slice(0, 20).map((e, i) => (
                  <li key={i}>
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
                {backupNotice.errors.length > 20 && <li>… ({backupNotice.errors.length - 20})</li>}
              </ul>
            )}
            {backupNotice.conflicts && backupNotice.conflicts.length > 0 && (
              <ul data-testid="merge-conflicts">
                {backupNotice.conflicts.map((c, i) => (
                  <li key={i}>{t(lang, 'conflict', { kind: c.kind, id: c.id, file: c.file })}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
