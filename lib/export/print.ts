import type { Settings } from '../log/schema';
import { localDate, longDate, type OfficeTimeZone } from './dates';
import { columnHeaders, tableTextRows, type Lang, type Table } from './table';

/**
 * Printable HTML for the agenda book and SLA tables: A4 (`@page`), the office's letterhead
 * (kop surat) from the settings, the tables, and a signature block for the supervisor
 * (place, date, "Mengetahui", name, NIP). Every value is HTML-escaped; the document holds no
 * script, so it is safe to open from a blob URL.
 */

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export type PrintOptions = {
  settings: Pick<Settings, 'officeName' | 'letterhead' | 'supervisorName' | 'supervisorNip' | 'timeZone'>;
  /** Document heading, e.g. "BUKU AGENDA SURAT MASUK". */
  title: string;
  /** A line under the heading, e.g. the period. */
  subtitle?: string;
  tables: readonly Table<any>[];
  lang?: Lang;
  /** Where the supervisor signs (kota); left as a blank to fill by hand when missing. */
  place?: string;
  /** The signing date; default today in the office time zone. */
  date?: Date;
  orientation?: 'portrait' | 'landscape';
  /** The signer's position under "Mengetahui,"; default "Kepala <officeName>". */
  signerTitle?: string;
};

const LABELS = {
  id: { acknowledged: 'Mengetahui', nip: 'NIP', supervisor: 'Kepala', empty: 'Tidak ada data.', page: ['Halaman ', ' dari '], printed: 'Dicetak dengan Pandu SPSE' },
  en: { acknowledged: 'Acknowledged by', nip: 'NIP', supervisor: 'Head of', empty: 'No data.', page: ['Page ', ' of '], printed: 'Printed with Pandu SPSE' },
};

/** A CSS string literal: quotes and backslashes escaped, and no "<" (the text cannot close the style element). */
export function cssString(value: string): string {
  const escaped = value.replace(/[\\"<>\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : `\\${c.charCodeAt(0).toString(16).toUpperCase()} `));
  return `"${escaped}"`;
}

/**
 * Page numbers and the title in the page margin (@page margin boxes: Chromium; Firefox prints
 * its own "page n of m" footer instead). The signature block never breaks and never starts a
 * page on its own: it sits in one unbreakable block with the last rows of the last table.
 */
const STYLE = (orientation: 'portrait' | 'landscape', title: string, lang: Lang) => `
@page {
  size: A4 ${orientation}; margin: 15mm 12mm 16mm;
  @bottom-left { content: ${cssString(title)}; font: 8pt "Times New Roman", Times, serif; }
  @bottom-right { content: ${cssString(LABELS[lang].page[0])} counter(page) ${cssString(LABELS[lang].page[1])} counter(pages); font: 8pt "Times New Roman", Times, serif; }
}
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 11pt; color: #000; margin: 0; }
.kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 12px; }
.kop .office { font-size: 15pt; font-weight: bold; text-transform: uppercase; }
.kop .line { font-size: 10pt; }
h1 { font-size: 13pt; text-align: center; margin: 8px 0 2px; text-transform: uppercase; }
.subtitle { text-align: center; margin: 0 0 10px; }
h2 { font-size: 11.5pt; margin: 14px 0 4px; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; text-align: left; white-space: pre-wrap; }
th { background: #e8e8e8; text-align: center; }
td.num { text-align: right; }
.empty { font-style: italic; }
tbody.closing { break-inside: avoid; page-break-inside: avoid; }
tr.closing-row > td { border: 0; padding: 0; }
.signature { width: 75mm; margin: 24px 0 0 auto; text-align: center; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.signature .space { height: 22mm; }
.signature .name { font-weight: bold; text-decoration: underline; }
.print-footer { font-size: 8pt; color: #444; margin-top: 6mm; }
`;

/** How many last rows of the last table go along with the signature (never the signature alone on a page). */
const ROWS_WITH_SIGNATURE = 2;

/**
 * One table; `closing` (the last table's signature block) goes into the table's last row group,
 * together with the last rows, and that group does not break across pages.
 */
function tableHtml(table: Table<any>, tz: OfficeTimeZone, lang: Lang, withHeading: boolean, closing: string | null): string {
  const head = columnHeaders(table.columns, lang)
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const numeric = table.columns.map((c) => c.kind === 'int' || c.kind === 'number' || c.kind === 'percent');
  const body: string[] = [];
  for (const cells of tableTextRows(table, tz, 'print', lang)) {
    body.push(`<tr>${cells.map((v, i) => `<td${numeric[i] ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`);
  }
  if (body.length === 0) body.push(`<tr><td class="empty" colspan="${table.columns.length}">${escapeHtml(LABELS[lang].empty)}</td></tr>`);
  const heading = withHeading ? `<h2>${escapeHtml(lang === 'en' ? table.title.en : table.title.id)}</h2>\n` : '';
  const tail = closing === null ? [] : body.splice(Math.max(0, body.length - ROWS_WITH_SIGNATURE));
  const groups = [body.length ? `<tbody>\n${body.join('\n')}\n</tbody>` : ''];
  if (closing !== null) groups.push(`<tbody class="closing">\n${tail.join('\n')}\n<tr class="closing-row"><td colspan="${table.columns.length}">\n${closing}\n</td></tr>\n</tbody>`);
  return `${heading}<table>\n<thead><tr>${head}</tr></thead>\n${groups.filter(Boolean).join('\n')}\n</table>`;
}

/** A complete printable HTML document. */
export function printHtml(opts: PrintOptions): string {
  const lang = opts.lang ?? 'id';
  const L = LABELS[lang];
  const s = opts.settings;
  const tz = s.timeZone;
  const date = longDate(localDate((opts.date ?? new Date()).toISOString(), tz), lang);
  const place = opts.place?.trim() ? escapeHtml(opts.place.trim()) : '..................';
  const kop = [
    s.officeName ? `<div class="office">${escapeHtml(s.officeName)}</div>` : '',
    ...s.letterhead.filter((l) => l.trim()).map((l) => `<div class="line">${escapeHtml(l)}</div>`),
  ].join('\n');
  const signature = `<section class="signature">
<div>${place}, ${escapeHtml(date)}</div>
<div>${escapeHtml(L.acknowledged)},</div>
<div>${escapeHtml(opts.signerTitle?.trim() || [L.supervisor, s.officeName].filter(Boolean).join(' '))}</div>
<div class="space"></div>
<div class="name">${escapeHtml(s.supervisorName || '..............................')}</div>
<div>${escapeHtml(L.nip)}. ${escapeHtml(s.supervisorNip || '..............................')}</div>
</section>
<footer class="print-footer">${escapeHtml(L.printed)} · ${escapeHtml(opts.title)} · ${escapeHtml(date)}</footer>`;
  const last = opts.tables.length - 1;
  const tables = opts.tables.map((t, i) => tableHtml(t, tz, lang, opts.tables.length > 1, i === last ? signature : null)).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(opts.title)}</title>
<style>${STYLE(opts.orientation ?? 'landscape', opts.title, lang)}</style>
</head>
<body>
${kop ? `<header class="kop">\n${kop}\n</header>` : ''}
<h1>${escapeHtml(opts.title)}</h1>
${opts.subtitle ? `<p class="subtitle">${escapeHtml(opts.subtitle)}</p>` : ''}
${last < 0 ? signature : tables}
</body>
</html>
`;
}
