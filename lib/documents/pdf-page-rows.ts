/**
 * A PDF table row broken by a page break: the row starts at the foot of one page and goes on at the
 * top of the next, under the table's header repeated there, its first cell (the number) empty:
 *
 *   page 1:  5<TAB>Maria Yasinta<TAB>19880402<TAB>Kepala<TAB>yasintalanur@g<TAB>0813 5386
 *   page 2:  No<TAB>Nama<TAB>NIP<TAB>Jabatan<TAB>Email<TAB>No. HP
 *            <TAB>Lanur, S.T.<TAB>201101 2 006<TAB>Bidang Penataan Ruang<TAB>mail.com<TAB>7732
 *
 * The piece under the repeated header is joined to the last row of the page before, cell by cell (as a
 * cell's wrapped lines are joined on one page); the repeated header stays.
 */
import { joinCell } from './pdf-layout';

/** A page's own marks after its text: a page number ("3", "- 3 -", "1/2") or "Halaman 1 dari 2". */
const PAGE_MARK = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$|^\s*halaman\b/i;

const cellsOf = (line: string) => line.split('\t');

/**
 * Whether `page` goes on with a row of the table that ends `before`: the line of `before` it ends
 * (`last`), the line of `page` that is the row's rest (`rest`), and the joined row's text. Null when
 * the page does not start with the page before's table header followed by a line with an empty first
 * cell, or the page before does not end with a row of that table.
 */
export function rowAcrossPages(before: readonly string[], page: readonly string[]): { last: number; rest: number; text: string } | null {
  const top = page.findIndex((l) => l.trim());
  if (top < 0) return null;
  const header = page[top];
  const width = cellsOf(header).length;
  // The header must be the page before's own table header, with three or more columns.
  if (width < 3 || !before.includes(header)) return null;
  const rest = page[top + 1];
  if (!rest || !rest.startsWith('\t') || cellsOf(rest).length > width) return null;
  let last = before.length - 1;
  while (last >= 0 && (!before[last].trim() || PAGE_MARK.test(before[last]))) last--;
  const row = before[last];
  if (last <= before.indexOf(header) || !row || /^\t/.test(row) || cellsOf(row).length > width) return null;
  const b = cellsOf(rest);
  const a = cellsOf(row);
  while (a.length < b.length) a.push('');
  return { last, rest: top + 1, text: a.map((c, k) => joinCell(c, b[k]?.trim() ?? '')).join('\t').replace(/\t+$/, '') };
}

/** The pages with each row broken by a page break joined on the page where it starts. */
export function joinRowsAcrossPages(pages: readonly string[]): string[] {
  const out = pages.map((p) => p.split('\n'));
  for (let p = 1; p < out.length; p++) {
    const joined = rowAcrossPages(out[p - 1], out[p]);
    if (!joined) continue;
    out[p - 1][joined.last] = joined.text;
    out[p].splice(joined.rest, 1);
  }
  return out.map((lines) => lines.join('\n'));
}
