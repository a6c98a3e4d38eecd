import ExcelJS from 'exceljs';
import { yieldToEventLoop } from './csv';
import type { OfficeTimeZone } from './dates';
import { cellForSheet, columnHeaders, type CellValue, type ColumnKind, type Lang, type Table } from './table';

/**
 * XLSX workbooks through exceljs: one sheet per table, real date cells (a JS Date whose UTC
 * fields are the office-local time, with a date number format), column widths, a bold frozen
 * header row and an auto-filter.
 */

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  percent: '0.0%',
  number: '0.00',
  int: '0',
};

export type XlsxOptions = {
  timeZone: OfficeTimeZone;
  lang?: Lang;
  creator?: string;
  /** Workbook title (document properties). */
  title?: string;
  /** Rows written so far over all sheets (the page yields to the event loop between calls). */
  onProgress?: (done: number, total: number) => void;
};

const PROGRESS_ROWS = 5000;

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Add one table as a worksheet. Every 5,000 rows it reports progress and yields to the event
 * loop, so a page stays responsive while a big sheet is built.
 */
export async function addTableSheet<R>(
  wb: ExcelJS.Workbook,
  table: Table<R>,
  opts: XlsxOptions,
  taken: Set<string> = new Set(),
  progress: { done: number; total: number } = { done: 0, total: table.rows.length },
): Promise<ExcelJS.Worksheet> {
  const lang = opts.lang ?? 'id';
  const ws = wb.addWorksheet(sheetName(lang === 'en' ? table.title.en : table.title.id, taken), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  ws.columns = table.columns.map((c, i) => ({
    header: columnHeaders(table.columns, lang)[i],
    key: c.key,
    width: c.width,
    style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const cols = table.columns;
  for (const row of table.rows) {
    const values: Array<string | number | boolean | Date | null> = new Array(cols.length);
    for (let i = 0; i < cols.length; i++) values[i] = cellForSheet(row[cols[i].key] as CellValue, cols[i].kind, opts.timeZone);
    ws.addRow(values);
    if (++progress.done % PROGRESS_ROWS === 0) {
      opts.onProgress?.(progress.done, progress.total);
      await yieldToEventLoop();
    }
  }
  if (cols.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return ws;
}

/** A workbook with one sheet per table, as bytes. */
export async function tablesToXlsx(tables: readonly Table<any>[], opts: XlsxOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? 'Pandu SPSE';
  wb.created = new Date();
  if (opts.title) wb.title = opts.title;
  const taken = new Set<string>();
  const progress = { done: 0, total: tables.reduce((n, t) => n + t.rows.length, 0) };
  for (const t of tables) await addTableSheet(wb, t, opts, taken, progress);
  const buf = await wb.xlsx.writeBuffer();
  opts.onProgress?.(progress.total, progress.total);
  return new Uint8Array(buf as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
