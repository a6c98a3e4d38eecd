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

/** The pages with each row broken by a page break joined on the page where it starts. */
export function joinRowsAcrossPages(pages: readonly string[]): string[] {
  const out = pages.map((p) => p.split('\n'));
  for (let p = 1; p < out.length; p++) {
    const before = out[p - 1];
    const page = out[p];
    const top = page.findIndex((l) => l.trim());
    if (top < 0) continue;
    const header = page[top];
    const width = cellsOf(header).length;
    // The header must be the page before's own table header, with three or more columns.
    if (width < 3 || !before.includes(header)) continue;
    const rest = page[top + 1];
    if (!rest || !rest.startsWith('\t') || cellsOf(rest).length > width) continue;
    let last = before.length - 1;
    while (last >= 0 && (!before[last].trim() || PAGE_MARK.test(before[last]))) last--;
    const row = before[last];
    if (last <= before.indexOf(header) || !row || /^\t/.test(row) || cellsOf(row).length !== width) continue;
    const a = cellsOf(row);
    const b = cellsOf(rest);
    before[last] = a.map((c, k) => joinCell(c, b[k]?.trim() ?? '')).join('\t');
    page.splice(top + 1, 1);
  }
  return out.map((lines) => lines.join('\n'));
}
