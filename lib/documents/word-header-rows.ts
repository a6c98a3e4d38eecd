/**
 * A Word table with two header rows: headings merged over sub-columns ("Kontak" over "Email" and
 * "No. HP") in the first row, the sub-headings in the second, the other headings either merged
 * downwards (rowspan) or above an empty cell. The parser reads one header row per table, so the two
 * become one: under each grid column its sub-heading when it has one, else the heading above it.
 */

/** A cell as mammoth writes it: its paragraphs, and how many grid columns and rows it spans. */
export type GridCell = { paras: string[]; colspan: number; rowspan: number };

/** A row's cells on the table's grid, rowspans from the rows above filled in as empty. */
function gridTexts(row: GridCell[], coveredFromAbove: Set<number>): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let col = 0;
  for (const cell of row) {
    while (coveredFromAbove.has(col)) out[col++] = undefined;
    out[col] = cell.paras.join(' ');
    for (let k = 1; k < cell.colspan; k++) out[col + k] = '';
    col += cell.colspan;
  }
  while (coveredFromAbove.has(col)) out[col++] = undefined;
  return out;
}

/** Header-like: short labels only, no NIP, phone, number or e-mail in them. */
const headingText = (t: string) => t.length <= 40 && !/\d{3}|@/.test(t);

/**
 * Rows with the first two merged into one header row when the first has a cell merged across columns
 * and the second fills the columns under it with headings; otherwise the rows as they are. Each row is
 * returned as cells of paragraphs.
 */
export function mergeTwoHeaderRows(rows: GridCell[][]): string[][][] {
  const plain = rows.map((r) => r.map((c) => c.paras));
  if (rows.length < 3 || !rows[0].some((c) => c.colspan > 1)) return plain;
  const covered = new Set<number>();
  let col = 0;
  const spanned: number[] = [];
  for (const cell of rows[0]) {
    if (cell.rowspan > 1) for (let k = 0; k < cell.colspan; k++) covered.add(col + k);
    if (cell.colspan > 1) for (let k = 0; k < cell.colspan; k++) spanned.push(col + k);
    col += cell.colspan;
  }
  const width = col;
  const top = gridTexts(rows[0], new Set());
  const sub = gridTexts(rows[1], covered);
  if (sub.length !== width) return plain;
  const subTexts = sub.filter((t): t is string => t !== undefined);
  if (!subTexts.every(headingText) || !spanned.every((c) => sub[c])) return plain;
  // A column not under a merged heading keeps its own heading: the sub-row leaves it empty (or merged).
  if (sub.some((t, c) => t && !spanned.includes(c))) return plain;
  const header = top.map((t, c) => [sub[c] || t || ''].filter(Boolean));
  return [header, ...plain.slice(2)];
}
