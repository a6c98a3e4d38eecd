import type { CsvCell } from './csv';
import { displayDate, localDateTime, localShifted, type OfficeTimeZone } from './dates';

/**
 * A report table described once and written by every format (CSV, XLSX, print): the column
 * list says the header (id/en), the width and the kind of value, so a date stays a date in
 * XLSX and a formatted text in CSV and print.
 */

export type { Lang } from '../i18n';
import type { Lang } from '../i18n';

export type ColumnKind =
  /** Whole number. */
  | 'int'
  /** Number with decimals. */
  | 'number'
  /** Share 0..1, shown as a percentage. */
  | 'percent'
  | 'text'
  /** `YYYY-MM-DD` (a calendar date, no time zone). */
  | 'date'
  /** ISO instant, shown in the office time zone. */
  | 'datetime';

export type Column<R> = {
  key: keyof R & string;
  id: string;
  en: string;
  /** Width in characters (XLSX column width, print hint). */
  width: number;
  kind: ColumnKind;
};

export type Table<R> = {
  /** Sheet name / heading. */
  title: { id: string; en: string };
  columns: readonly Column<R>[];
  rows: readonly R[];
};

export type CellValue = string | number | boolean | null | undefined;

export function columnHeaders<R>(columns: readonly Column<R>[], lang: Lang = 'id'): string[] {
  return columns.map((c) => (lang === 'en' ? c.en : c.id));
}

/** CSV headers: a percent column says so, because its cells are plain numbers (76.9 = 76.9 %). */
export function csvColumnHeaders<R>(columns: readonly Column<R>[], lang: Lang = 'id'): string[] {
  const headers = columnHeaders(columns, lang);
  return columns.map((c, i) => (c.kind === 'percent' ? `${headers[i]} (%)` : headers[i]));
}

function round(n: number, digits: number): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

/** A number for reading: decimal comma in Indonesian ("85,7"), decimal point in English. */
export function displayNumber(n: number, digits: number, lang: Lang): string {
  const text = String(round(n, digits));
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** A share 0..1 for reading: "85,7%" (id) / "85.7%" (en). */
export function displayPercent(share: number, lang: Lang): string {
  return `${displayNumber(share * 100, 1, lang)}%`;
}

/**
 * A cell as text (CSV, print). Numbers stay numbers for CSV so that they are not neutralised and
 * the CSV writer gives them the dialect's decimal mark; a percent is a number of percent points
 * (0.769 → 76.9) there. Print follows the language's decimal mark.
 */
export function cellForText(value: CellValue, kind: ColumnKind, tz: OfficeTimeZone, style: 'csv' | 'print', lang: Lang = 'id'): CsvCell {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'int':
    case 'number':
      return typeof value === 'number' ? (style === 'print' ? displayNumber(value, 2, lang) : round(value, 2)) : String(value);
    case 'percent':
      return typeof value === 'number' ? (style === 'print' ? displayPercent(value, lang) : round(value * 100, 1)) : String(value);
    case 'date':
      return style === 'print' ? displayDate(String(value)) : String(value);
    case 'datetime': {
      const s = localDateTime(String(value), tz);
      return style === 'print' ? `${displayDate(s.slice(0, 10))} ${s.slice(11)}` : s;
    }
    default:
      return String(value);
  }
}

/** A JS Date whose UTC fields are the office-local wall time (how exceljs writes date cells). */
export function cellForSheet(value: CellValue, kind: ColumnKind, tz: OfficeTimeZone): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date') {
    const [y, m, d] = String(value).split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (kind === 'datetime') {
    const shifted = localShifted(String(value), tz);
    shifted.setUTCSeconds(0, 0);
    return shifted;
  }
  return value;
}

/** Rows of text cells for CSV, in column order. */
export function* tableTextRows<R>(table: Table<R>, tz: OfficeTimeZone, style: 'csv' | 'print', lang: Lang = 'id'): Generator<CsvCell[]> {
  const cols = table.columns;
  for (const row of table.rows) {
    const out: CsvCell[] = new Array(cols.length);
    for (let i = 0; i < cols.length; i++) out[i] = cellForText(row[cols[i].key] as CellValue, cols[i].kind, tz, style, lang);
    yield out;
  }
}
