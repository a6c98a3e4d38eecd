import type { Settings } from '../log/schema';
import type { AgendaRow } from './agenda';
import { agendaTable } from './agenda';
import { csvChunks, type CsvProgress } from './csv';
import { csvDialect, type CsvSeparatorSetting } from './csv-dialect';
import { displayDate } from './dates';
import type { ReportFilter } from './filter';
import { printHtml } from './print';
import { slaTables, type SlaReport } from './sla';
import { csvColumnHeaders, tableTextRows, type Lang, type Table } from './table';
import { tablesToXlsx, XLSX_MIME } from './xlsx';

/**
 * One entry point per report and format, shared by the report page and the CLI:
 * `exportAgenda(rows, 'csv' | 'xlsx' | 'html', opts)` and `exportSla(report, format, opts)`.
 */

export type ExportFormat = 'csv' | 'xlsx' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'html'];

/** Which SLA table a CSV holds (CSV has one table; XLSX and print have them all). */
export type SlaCsvTable = 'steps' | 'sops' | 'late' | 'weekly' | 'cases';

export type ExportOptions = {
  settings: Settings;
  lang?: Lang;
  /** CSV separator (default: the settings', where `auto` follows the language). */
  separator?: CsvSeparatorSetting;
  /** For the heading of the printed report. */
  filter?: ReportFilter;
  onProgress?: CsvProgress;
  slaCsvTable?: SlaCsvTable;
  /** Signing place for the print view. */
  place?: string;
  /** "Now" for the signing date (tests). */
  now?: Date;
};

export type ExportResult = {
  filename: string;
  mime: string;
  /** Text (CSV, HTML; CSV as chunks for big exports) or bytes (XLSX). */
  body: string[] | Uint8Array;
};

const MIME: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', xlsx: XLSX_MIME, html: 'text/html;charset=utf-8' };

/** "Periode: 01/03/2026 s.d. 31/03/2026" / "Semua periode". */
export function periodText(filter: ReportFilter | undefined, lang: Lang = 'id'): string {
  const from = filter?.from ? displayDate(filter.from) : null;
  const to = filter?.to ? displayDate(filter.to) : null;
  if (!from && !to) return lang === 'id' ? 'Semua periode' : 'All periods';
  const label = lang === 'id' ? 'Periode' : 'Period';
  const until = lang === 'id' ? 's.d.' : 'to';
  return `${label}: ${from ?? '…'} ${until} ${to ?? '…'}`;
}

function stamp(filter: ReportFilter | undefined): string {
  return [filter?.from, filter?.to].filter(Boolean).join('_') || 'semua';
}

async function csvOf<R>(table: Table<R>, opts: ExportOptions): Promise<string[]> {
  const chunks: string[] = [];
  const lang = opts.lang ?? 'id';
  const dialect = csvDialect(opts.separator ?? opts.settings.csvSeparator, lang);
  for await (const c of csvChunks(csvColumnHeaders(table.columns, lang), tableTextRows(table, opts.settings.timeZone, 'csv'), {
    ...dialect,
    total: table.rows.length,
    onProgress: opts.onProgress,
  }))
    chunks.push(c);
  return chunks;
}

async function render(tables: Table<any>[], csvTable: Table<any>, format: ExportFormat, title: string, base: string, opts: ExportOptions): Promise<ExportResult> {
  const lang = opts.lang ?? 'id';
  const filename = `${base}_${stamp(opts.filter)}.${format}`;
  if (format === 'csv') return { filename, mime: MIME.csv, body: await csvOf(csvTable, opts) };
  if (format === 'xlsx') {
    const bytes = await tablesToXlsx(tables, { timeZone: opts.settings.timeZone, lang, title, creator: opts.settings.staffName || 'Pandu SPSE', onProgress: opts.onProgress });
    return { filename, mime: MIME.xlsx, body: bytes };
  }
  const html = printHtml({ settings: opts.settings, title, subtitle: periodText(opts.filter, lang), tables, lang, place: opts.place, date: opts.now });
  return { filename, mime: MIME.html, body: [html] };
}

export async function exportAgenda(rows: readonly AgendaRow[], format: ExportFormat, opts: ExportOptions): Promise<ExportResult> {
  const table = agendaTable(rows);
  const title = (opts.lang ?? 'id') === 'en' ? 'Incoming Letters Register' : 'Buku Agenda Surat Masuk';
  return render([table], table, format, title, 'buku-agenda', opts);
}

export async function exportSla(report: SlaReport, format: ExportFormat, opts: ExportOptions): Promise<ExportResult> {
  const lang = opts.lang ?? 'id';
  const t = slaTables(report, lang);
  const title = lang === 'en' ? 'Service Level Report (Mutu Baku)' : 'Laporan Capaian Mutu Baku (SLA)';
  return render([t.sops, t.steps, t.cases, t.weekly, t.late], t[opts.slaCsvTable ?? 'steps'], format, title, 'laporan-sla', opts);
}

/** The body as one string (CSV, HTML) or bytes. */
export function bodyBytes(result: ExportResult): Uint8Array {
  if (result.body instanceof Uint8Array) return result.body;
  return new TextEncoder().encode(result.body.join(''));
}
