/**
 * CSV writer (RFC 4180) for the agenda book and SLA reports.
 *
 * - UTF-8 with a byte-order mark (`\uFEFF`) so that Excel opens Indonesian text correctly.
 * - Records end with CRLF; the separator is `,` or `;` (Excel with an Indonesian locale
 *   expects `;` and decimal commas, see `csvDialect` in `./csv-dialect`). Numbers are written
 *   with the dialect's decimal mark and no thousands grouping, so id-ID Excel reads them as numbers.
 * - A cell is quoted (`"…"`, inner quotes doubled) when it contains the separator, a quote,
 *   CR or LF.
 * - **Formula injection.** A spreadsheet treats a cell starting with `=`, `+`, `-`, `@`, a tab
 *   or a carriage return as a formula (or as the start of one). Letter numbers, subjects and
 *   names come from outside (request letters), so every *text* cell starting with one of those
 *   characters is prefixed with a single quote `'`, which spreadsheets show as plain text.
 *   Look-alikes are guarded too: the full-width `＝ ＋ － ＠`, and any of these triggers after
 *   leading whitespace (spaces, tabs, CR, LF) or zero-width characters (U+200B–U+200D, U+2060,
 *   the BOM U+FEFF), which spreadsheets and their import wizards strip.
 *   Numbers (`number` values) are written as they are: they cannot carry a formula.
 */

export type CsvSeparator = ',' | ';';
/** Decimal mark of number cells: `.` (en) or `,` (id-ID, with the `;` separator). */
export type CsvDecimal = '.' | ',';
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';
/** Leading characters that make a spreadsheet read a cell as a formula. */
// The ASCII = + - @ are also caught by HIDDEN_FORMULA below (no leading whitespace needed), so
// emptying one of them here changes nothing: those four surviving mutants are equivalent (left
// counted, not disabled, so the tab and CR entries stay tested). Tab and CR are only caught here.
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A trigger (ASCII, or the full-width `＝ ＋ － ＠` that spreadsheets treat alike) after any run
 * of whitespace or zero-width characters.
 */
const HIDDEN_FORMULA = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Prefix `'` to text that a spreadsheet would read as a formula (look-alikes included). */
export function neutraliseFormula(text: string): string {
  // A shortcut: without it '' matches neither test and is returned as it is (equivalent mutant).
  // Stryker disable next-line ConditionalExpression: equivalent (see above)
  if (text.length === 0) return text;
  return FORMULA_TRIGGERS.includes(text[0]) || HIDDEN_FORMULA.test(text) ? `'${text}` : text;
}

/** A finite number with the decimal mark (plain digits, never exponent notation for report values). */
function csvNumber(value: number, decimal: CsvDecimal): string {
  const text = String(value);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** One cell: neutralised, then quoted when needed. */
export function csvCell(value: CsvCell, separator: CsvSeparator = ',', decimal: CsvDecimal = '.'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumber(value, decimal) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  if (text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** One record, with its CRLF. */
export function csvRow(cells: readonly CsvCell[], separator: CsvSeparator = ',', decimal: CsvDecimal = '.'): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += separator;
    out += csvCell(cells[i], separator, decimal);
  }
  return out + CSV_EOL;
}

export type CsvOptions = {
  separator?: CsvSeparator;
  /** Decimal mark of number cells (default `.`). */
  decimal?: CsvDecimal;
  /** Write the UTF-8 byte-order mark first (default true). */
  bom?: boolean;
};

/** A whole CSV document in one string (small exports, tests). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, opts: CsvOptions = {}): string {
  const sep = opts.separator ?? ',';
  const parts: string[] = [opts.bom === false ? '' : CSV_BOM, csvRow(header, sep)];
  for (const r of rows) parts.push(csvRow(r, sep, opts.decimal));
  return parts.join('');
}

export type CsvProgress = (done: number, total: number | null) => void;

export type CsvStreamOptions = CsvOptions & {
  /** Records per chunk (default 5,000). */
  chunkRows?: number;
  /** Number of rows, when known, for the progress callback. */
  total?: number;
  /** Called after every chunk with the rows written so far. */
  onProgress?: CsvProgress;
  /** Let the event loop breathe between chunks (default true; a page stays responsive). */
  yieldBetweenChunks?: boolean;
  /** Stop early (the generator returns). */
  signal?: AbortSignal;
};

/** Give the event loop a turn (a macrotask, so rendering and input can run). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Chunked CSV generation for big exports: yields strings of about `chunkRows` records,
 * calls `onProgress` and yields to the event loop between chunks. The first chunk holds the
 * BOM and the header. Join the chunks, or hand them to `new Blob(chunks)` / a file stream.
 */
export async function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  opts: CsvStreamOptions = {},
): AsyncGenerator<string, void, undefined> {
  const sep = opts.separator ?? ',';
  const chunkRows = Math.max(1, opts.chunkRows ?? 5000);
  const total = opts.total ?? null;
  const breathe = opts.yieldBetweenChunks ?? true;
  let buf: string[] = [opts.bom === false ? '' : CSV_BOM, csvRow(header, sep)];
  let inChunk = 0;
  let done = 0;
  for (const r of rows) {
    buf.push(csvRow(r, sep, opts.decimal));
    inChunk++;
    done++;
    if (inChunk >= chunkRows) {
      yield buf.join('');
      buf = [];
      inChunk = 0;
      opts.onProgress?.(done, total);
      if (opts.signal?.aborted) return;
      if (breathe) await yieldToEventLoop();
    }
  }
  if (buf.length > 0) yield buf.join('');
  opts.onProgress?.(done, total);
}

/** Run `csvChunks` to the end and join the result. */
export async function collectCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  opts: CsvStreamOptions = {},
): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of csvChunks(header, rows, opts)) parts.push(chunk);
  return parts.join('');
}
