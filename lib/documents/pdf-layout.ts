/**
 * One PDF page's text items (pdf.js `getTextContent().items`) laid out as text:
 *  - lines from baselines (items whose baselines are within a third of their size), words ordered by x;
 *    pdf.js's empty end-of-line items carry no text and add nothing;
 *  - on a line, a gap wider than 0.8 em (a column, a tab stop) becomes a tab, a smaller one a space;
 *  - a vertical gap clearly wider than the page's usual line step becomes one blank line (a paragraph);
 *  - a line that starts under the value of the line above ("Hal : Permohonan …" / "Pembuat …"), or
 *    under the text of a list item ("1. Rahmat …" / "NIP. …"), is indented, as a typed letter would be,
 *    and so are the lines after it that start where it does;
 *  - a table (a line of three or more cells, then lines whose cells start at its columns) comes out one
 *    row per line, cells tab-separated in the header's columns, and a row's wrapped lines (its first
 *    column empty) joined into its cells; a row with words in two or more columns stays in the table
 *    across a gap (a ruled table's cell padding) that would otherwise be a paragraph break.
 */

/**
 * A pdf.js text item placed: left edge, baseline, right edge (estimated when pdf.js gives no width),
 * font size; `ref` ties an item to its source (an OCR word) through the layout.
 */
export type PdfItem = { str: string; x: number; y: number; end: number; size: number; ref?: number; /** A tab (a blank run wider than half an em) comes before it. */ tab?: boolean };
/** A laid-out line and the items it was made of (a table row joined from wrapped lines has them all). */
export type LaidOutLine = { text: string; items: PdfItem[] };
type Item = PdfItem;
type Cell = { x: number; end: number; text: string };
type Row = { y: number; size: number; cells: Cell[]; items: Item[] };

/**
 * The non-blank text items of a page, placed (pdf.js's empty end-of-line items are dropped). A blank
 * run wider than half an em is a tab (a word processor's tab that reached a near tab stop): the next
 * item on its baseline is marked to start a new column.
 */
export function pdfTextItems(raw: readonly unknown[]): PdfItem[] {
  const items: Item[] = [];
  let tab: { y: number; end: number } | null = null;
  for (const r of raw) {
    const it = r as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
    const [a, , , d, x, y] = it.transform as number[];
    const em = Math.abs(d || a || 10);
    if (!it.str.trim()) {
      tab = it.str && typeof it.width === 'number' && it.width > em * 0.5 ? { y, end: x + it.width } : null;
      continue;
    }
    const size = Math.abs(Number(it.height) || d || a || 10);
    const width = typeof it.width === 'number' && it.width > 0 ? it.width : it.str.length * size * 0.5;
    const afterTab = tab !== null && Math.abs(tab.y - y) < 1 && Math.abs(tab.end - x) < 1;
    items.push({ str: it.str, x, y, end: x + width, size, ...(afterTab && { tab: true }) });
    tab = null;
  }
  return items;
}

/** Items grouped into lines by baseline, top to bottom, each ordered by x. */
function baselineGroups(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.max(1.5, Math.min(g[0].size, it.size) * 0.3)) g.push(it);
    else groups.push([it]);
  }
  for (const g of groups) g.sort((p, q) => p.x - q.x);
  return groups;
}

const lineLeft = (g: readonly Item[]) => g[0].x;
const lineRight = (g: readonly Item[]) => Math.max(...g.map((i) => i.end));

/**
 * A label centred beside its wrapped value (a table cell set to middle, as browsers print
 * "Perihal : Pembuatan … / … 2026"): a line wholly left of two value lines one line step apart, with
 * its baseline between theirs, is moved onto the first line of that value.
 */
function liftCentredLabels(groups: Item[][]): Item[][] {
  const out = [...groups];
  for (let i = 1; i < out.length - 1; i++) {
    const [above, label, below] = [out[i - 1], out[i], out[i + 1]];
    const size = Math.max(...label.map((it) => it.size));
    const oneLine = above[0].y - below[0].y <= size * 1.5;
    // The value's lines start at one x (a scan's words within a few pixels).
    const sameLeft = (a: readonly Item[], b: readonly Item[]) => Math.abs(lineLeft(a) - lineLeft(b)) <= Math.max(1, size * 0.15);
    const beside = lineRight(label) < lineLeft(above) && lineRight(label) < lineLeft(below) && sameLeft(above, below);
    if (!oneLine || !beside) continue;
    // The first line of the value: up through the lines one step apart that start where it does.
    let first = i - 1;
    while (
      first > 0 &&
      sameLeft(out[first - 1], above) &&
      out[first - 1][0].y - out[first][0].y <= size * 1.5 &&
      lineRight(label) < lineLeft(out[first - 1])
    )
      first--;
    const y = out[first][0].y;
    out[first] = [...label.map((it) => ({ ...it, y })), ...out[first]];
    out.splice(i, 1);
    i--;
  }
  return liftMiddleLabels(out);
}

/** A label's colon: the label's last word ending in one, or a colon on its own. */
const LABEL_COLON = /^[^:]{0,30}:$/;

/**
 * A label centred beside a value of an odd number of lines sits on the value's middle line ("Perihal
 * : Dinas Pekerjaan …" with two value lines above and two below): a line of a short label, its colon
 * and a value, with as many lines above as below that start where its value does (one line step
 * apart, nothing left of them) has its label moved onto the first of them. The lines above are the
 * label above's value wrapped instead when that value's line could not have taken their first word.
 */
function liftMiddleLabels(groups: Item[][]): Item[][] {
  const out = [...groups];
  for (let i = 1; i < out.length - 1; i++) {
    const g = out[i];
    const colon = g.findIndex((it, k) => k <= 3 && LABEL_COLON.test(it.str));
    if (colon < 0 || colon + 1 >= g.length) continue;
    const valueX = g[colon + 1].x;
    const size = Math.max(...g.map((it) => it.size));
    const value = (l: readonly Item[] | undefined): l is Item[] => !!l && Math.abs(lineLeft(l) - valueX) <= size * 0.5;
    const stepped = (a: readonly Item[], b: readonly Item[]) => a[0].y - b[0].y <= size * 1.5;
    let above = 0;
    while (value(out[i - above - 1]) && stepped(out[i - above - 1], out[i - above])) above++;
    let below = 0;
    while (value(out[i + below + 1]) && stepped(out[i + below], out[i + below + 1])) below++;
    if (!above || above !== below) continue;
    const first = out[i - above];
    // The label above's value, when its line is too full for the first word of the lines under it, goes on in them.
    const before = out[i - above - 1];
    const beforeColon = before?.findIndex((it, k) => k <= 3 && LABEL_COLON.test(it.str)) ?? -1;
    if (before && stepped(before, first) && beforeColon >= 0 && beforeColon + 1 < before.length && Math.abs(before[beforeColon + 1].x - valueX) <= size * 0.5) {
      const columnEnd = Math.max(...out.slice(i - above - 1, i + below + 1).map(lineRight));
      // One line between two labels in one column ("NIP : 19920518 2019" / "02 1 004" / "Jabatan : …"): the
      // label above's value wrapped, whether or not its line was full (a number breaks where its groups do).
      if (above === 1 || lineRight(before) + size * 0.5 + (first[0].end - first[0].x) > columnEnd) continue;
    }
    const label = g.slice(0, colon + 1);
    out[i - above] = [...label.map((it) => ({ ...it, y: first[0].y })), ...first];
    out[i] = g.slice(colon + 1);
  }
  return out;
}

/**
 * A justified line (its words spread to the right margin by equal wide gaps, printed word by word):
 * three or more gaps within a fifth of each other, the line ending at the right edge of the text.
 */
function isJustified(g: readonly Item[], textRight: number): boolean {
  if (g.length < 4) return false;
  const gaps = g.slice(1).map((it, k) => it.x - g[k].end);
  const size = g[0].size;
  return Math.min(...gaps) > 0 && Math.max(...gaps) <= Math.min(...gaps) * 1.2 + 0.5 && Math.max(...gaps) < size * 2 && lineRight(g) >= textRight - size * 0.5;
}

/** Items grouped into rows by baseline, top to bottom; each row's items merged into cells by gap. */
function toRows(items: readonly Item[]): Row[] {
  const groups = liftCentredLabels(baselineGroups(items));
  const textRight = Math.max(...groups.map(lineRight));
  return groups.map((g) => {
    g.sort((p, q) => p.x - q.x);
    const size = Math.max(...g.map((i) => i.size));
    const justified = isJustified(g, textRight);
    const cells: Cell[] = [];
    for (const it of g) {
      const last = cells[cells.length - 1];
      const gap = last ? it.x - last.end : Infinity;
      if (last && (justified || (gap <= size * 0.8 && !it.tab))) {
        const space = gap > size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(it.str);
        last.text += (space ? ' ' : '') + it.str;
        last.end = Math.max(last.end, it.end);
      } else cells.push({ x: it.x, end: it.end, text: it.str });
    }
    for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
    return { y: g[0].y, size, cells: cells.filter((c) => c.text), items: g };
  });
}

/** The usual distance between consecutive baselines on the page. */
function usualStep(rows: readonly Row[]): number {
  const steps = rows.slice(1).map((r, i) => rows[i].y - r.y).filter((s) => s > 0).sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)] : 14;
}

const APPROX_CHAR = 0.5;

const LIST_MARKER = /^(?:\d{1,2}[.)]|[a-z][.)]|[-•*])$/;

/**
 * Where the values of a row start: each cell's x, after a leading colon ": value" its value, and
 * after a list marker ("1. Rahmat …") the item's text (lines under it continue the item).
 */
function valueStarts(row: Row): number[] {
  const out: number[] = [];
  for (const c of row.cells) {
    out.push(c.x);
    const colon = /^[^:]{0,30}:\s*/.exec(c.text);
    if (colon) out.push(c.x + colon[0].length * row.size * APPROX_CHAR);
  }
  const [first, second] = row.items;
  const listed = first && second && LIST_MARKER.test(first.str.trim()) && first.x === row.cells[0].x;
  // The marker and the text in one run ("1. Rahmat …", as word processors export it): the text starts after the marker.
  const joined = first && first.x === row.cells[0].x ? /^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])\s+(?=\S)/.exec(first.str) : null;
  return [...out.slice(1), ...(listed ? [second.x] : []), ...(joined ? [first.x + joined[0].length * row.size * APPROX_CHAR] : [])];
}

/** One visual line of a table cell: its text, where it starts, how wide it is, how wide its first word is. */
type Fragment = { text: string; x: number; width: number; firstWord: number };
/**
 * A table: its column starts, each row's cells as the fragments of their wrapped lines, each row's
 * items; `open`: some row after the first has an empty first column (a lettered list of labels, not
 * numbered rows).
 */
type Table = {
  starts: number[];
  rows: Fragment[][][];
  items: Item[][];
  open: boolean;
  /** Its first row is a label and its value ("Nomor : …"). */
  labels: boolean;
  /** A ruled table's rows stand farther apart than a cell's wrapped lines: lines closer than this are one row (see wrapGap). */
  wrapGap: number | null;
  /** Group captions between rows (a merged row over all columns), by the index of the row they stand above. */
  captions?: Map<number, LaidOutLine>;
};

/** On a scan, a gap narrower than this share of the line height between two words is a word space, not a column gap. */
const SCAN_WORD_SPACE = 0.6;

/** A line's items put in the table's columns (items, not gap-merged cells: two cells closer than 0.8 em stay apart). */
function rowFragments(row: Row, starts: readonly number[], wordsGoOn = false): Fragment[] {
  const lastEnd = starts.map(() => -Infinity);
  const cells: Fragment[] = starts.map(() => ({ text: '', x: Infinity, width: 0, firstWord: 0 }));
  let column = -1;
  let end = -Infinity;
  let colon = false;
  for (const it of row.items) {
    // `wordsGoOn` (a scan's rows of labels and values): a word a word space after the one before it
    // goes on in that one's column, even where it reaches into the next ("… bagi Tim" under a date
    // printed right of "Nomor"), but not past a colon. In a table under a header a cell starts at its
    // column however close it follows a full one; a PDF's words are placed exactly and its tight
    // columns may sit closer than that.
    column = wordsGoOn && column >= 0 && !colon && it.x - end < row.size * SCAN_WORD_SPACE ? column : columnOf(starts, it.x, row.size);
    end = it.end;
    // A value starts its own column after a label's colon.
    colon = /:$/.test(it.str.trim());
    const k = column;
    const c = cells[k];
    const str = it.str.trim();
    if (!c.text) c.firstWord = ((it.end - it.x) * (/^\S+/.exec(str)?.[0].length ?? 0)) / Math.max(1, str.length);
    c.text = c.text && !/\s$/.test(it.str) && it.x - lastEnd[k] < row.size * 0.15 ? c.text + str : joinCell(c.text, str);
    lastEnd[k] = it.end;
    c.x = Math.min(c.x, it.x);
    c.width = it.end - c.x;
  }
  return cells;
}

/**
 * Column starts of a table from its first line: its cells, and each item of it set apart by more
 * than a word space that starts where items of two of the next lines start (a narrow column printed
 * close to the next: "No" "Nama / NIP").
 */
function tableStarts(row: Row, next: readonly Row[], scan: boolean): number[] {
  const starts = row.cells.map((c) => c.x);
  const apart = (r: Row, k: number) => k === 0 || r.items[k].x - r.items[k - 1].end >= r.size * BODY_WORD_GAP[scan ? 'scan' : 'pdf'];
  row.items.forEach((it, k) => {
    if (!k || !apart(row, k) || starts.some((x) => Math.abs(x - it.x) <= 1)) return;
    // Below it, items that start a cell (a word going on in a cell, "Auditor Ahli Madya", may line up with a centred heading's word).
    if (next.filter((r) => r.items.some((o, j) => Math.abs(o.x - it.x) <= 1 && apart(r, j))).length >= 2) starts.push(it.x);
  });
  return starts.sort((a, b) => a - b);
}

/** Items closer than this share of their size are one column's words when the body's columns are measured (PDF runs; a scan's words). */
const BODY_WORD_GAP = { pdf: 0.4, scan: SCAN_WORD_SPACE } as const;

/**
 * The rows under a table's header that read as its body: up to a paragraph's gap wider than a ruled
 * table's padding, a line starting left of the header, a line of one cell wider than half the
 * header, or a line of more cells than the header's (the prose after the table).
 */
function bodyRows(header: Row, rows: readonly Row[], step: number, scan: boolean): Row[] {
  const left = header.cells[0].x - header.size;
  const width = lineRight(header.items) - header.cells[0].x;
  const out: Row[] = [];
  let prev = header;
  for (const r of rows.slice(0, 40)) {
    if (prev.y - r.y > step * 2.9 || r.cells[0].x < left) break;
    // A line of prose: one cell, or a first cell (a justified line split at a wide gap), wider than half the heading.
    if (r.cells[0].end - r.cells[0].x > width / 2) break;
    // In a PDF, more cells than the header has columns, most of them lower-case words: a prose line
    // printed word by word (the closing sentence), not a row of sub-headings or values.
    const lower = r.cells.filter((c) => /^[a-z]/.test(c.text)).length;
    if (!scan && r.cells.length > header.cells.length + 1 && lower * 2 > r.cells.length) break;
    out.push(r);
    prev = r;
  }
  return out;
}

/**
 * The widest gap between a cell's wrapped lines in a table whose first column is the name (no number
 * column: a name that wraps fills the first column of the row's next line), when its rows stand
 * clearly farther apart than that (a ruled table's cell padding): the gaps between the body's lines
 * fall into two groups, the narrowest and those at least a third wider. Null when all gaps are alike
 * (an unruled table, a table of one-line rows, one row), or the first column is another (a number):
 * then a row is told from a wrapped line by its first column.
 */
function wrapGap(header: Row, body: readonly Row[]): number | null {
  if (!/^nama\b/i.test(header.cells[0]?.text ?? '')) return null;
  const gaps = body.slice(1).map((r, k) => body[k].y - r.y);
  if (gaps.length < 3) return null;
  const narrow = Math.min(...gaps);
  return narrow > 0 && gaps.some((g) => g >= narrow * 1.3) ? narrow * 1.15 : null;
}

/**
 * The columns of a table as its body sets them: the x-ranges its rows' words cover (words closer than
 * a word space are one range), each column starting at its leftmost word. A heading row whose cells
 * are centred, or that holds a merged cell over two columns ("Kontak" over "Email" / "No. HP"), does
 * not show where the columns start; the rows under it do. Taken (over `starts`, the heading's) when
 * the body has two or more rows and three or more columns, and either more columns than the heading
 * (a merged heading cell; a heading in a gap between the body's columns, over a column left empty,
 * keeps its start), or as many, each heading inside its own column but not all at its start (centred).
 */
function bodyStarts(header: Row, body: readonly Row[], starts: readonly number[], scan: boolean): number[] | null {
  // The heading's own second lines (words only, above the first row with a number) stand centred,
  // reaching past their column's rows: they do not measure the columns.
  const first = body.findIndex((r) => /\d/.test(r.cells.map((c) => c.text).join('')));
  if (first > 0) body = body.slice(first);
  if (body.length < 2) return null;
  const slack = header.size * BODY_WORD_GAP[scan ? 'scan' : 'pdf'];
  const spans = body.flatMap((r) => r.items.map((it) => ({ x: it.x, end: it.end }))).sort((a, b) => a.x - b.x);
  const columns: { x: number; end: number }[] = [];
  for (const s of spans) {
    const last = columns[columns.length - 1];
    if (last && s.x <= last.end + slack) last.end = Math.max(last.end, s.end);
    else columns.push({ ...s });
  }
  if (columns.length < 3 || columns.length < starts.length) return null;
  const tol = scan ? header.size * 0.5 : 1.5;
  const holder = (x: number) => columns.findIndex((c) => x >= c.x - tol && x <= c.end + tol);
  if (columns.length === starts.length) {
    const held = starts.map(holder);
    const own = held.every((h, k) => h === k);
    if (!own || starts.every((x, k) => Math.abs(x - columns[k].x) <= tol)) return null;
  }
  return [...columns.map((c) => c.x), ...starts.filter((x) => holder(x) < 0)].sort((a, b) => a - b);
}

/** A whole NIP (18 digits, spaced or not) or a whole e-mail address: a record's own value, never a cell's wrapped line. */
const WHOLE_VALUE = /(?<!\d)\d(?:[ .]?\d){17}(?!\d)|[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/**
 * Whether a line with an empty first column is a record of its own (its number lost by a scan): in
 * some column it holds a whole NIP or e-mail where the row above already has one.
 */
function ownRecord(cells: readonly Fragment[], above: readonly Fragment[][]): boolean {
  return cells.some((c, k) => WHOLE_VALUE.test(c.text) && above[k].some((f) => WHOLE_VALUE.test(f.text)));
}

/**
 * The "o" of a narrow number column's heading wrapped letter by letter ("N" / "o"), read by a
 * recogniser as a zero or a capital O, put back: a lone "0" or "O" under a heading ending in "N".
 */
function readWrappedNo(cells: Fragment[], heading: readonly Fragment[][]): void {
  cells.forEach((c, k) => {
    if (/^[0O]$/.test(c.text) && /(?:^|\s)N$/.test(heading[k][heading[k].length - 1]?.text ?? '')) c.text = 'o';
  });
}

/**
 * A cell of the heading's second line that is the "o" of a narrow "No" heading wrapped letter by
 * letter, read as a zero ("N" / "0"): a lone "0" or "O" under a heading ending in "N". It is no digit
 * of a row: the line stays a heading line (readWrappedNo puts the "o" back).
 */
function wrappedNoCell(c: Cell, table: Table): boolean {
  const k = columnOf(table.starts, c.x, 0);
  return /^[0O]$/.test(c.text) && /(?:^|\s)N$/.test(table.rows[0][k]?.[0]?.text ?? '');
}

/**
 * Whether a line's text had to wrap from the line above: in some column the line above's fragment,
 * a space and this line's first word would not have fitted before the next column (the last column:
 * before the right edge of the page's text).
 */
function wrappedFromAbove(cells: readonly Fragment[], above: readonly Fragment[][], starts: readonly number[], size: number, textRight: number): boolean {
  return cells.some((c, k) => {
    const prev = above[k][above[k].length - 1];
    // A lone colon (a narrow colon column) is no word that wrapped.
    if (!/[\p{L}\p{N}]/u.test(c.text) || !prev?.text) return false;
    const bound = k + 1 < starts.length ? starts[k + 1] - size * 0.3 : textRight;
    return prev.x + prev.width + size * 0.25 + c.firstWord > bound;
  });
}

/** Column of a cell: the last column starting left of it (within half an em). */
function columnOf(starts: readonly number[], x: number, size: number): number {
  let k = 0;
  for (let j = 0; j < starts.length; j++) if (starts[j] <= x + size * 0.5) k = j;
  return k;
}

/** How many of the table's columns a line has words in. */
function filledColumns(row: Row, starts: readonly number[]): number {
  return new Set(row.items.map((it) => columnOf(starts, it.x, row.size))).size;
}

/**
 * A row belongs to the table when each of its cells starts at a column; a row of one cell must also
 * end before the next column (else it is a paragraph that happens to start at the first column).
 */
function fitsTable(row: Row, starts: readonly number[], centred = false): boolean {
  return row.cells.every((c) => {
    const k = columnOf(starts, c.x, row.size);
    const next = starts[k + 1];
    const within = next === undefined || c.end <= next + row.size * 0.5;
    // A heading centred in its cell (`centred`: a heading row under the first) starts anywhere in its column.
    const aligned = Math.abs(starts[k] - c.x) <= row.size * 1.5 || (centred && within);
    return aligned && (row.cells.length > 1 || within);
  });
}

/**
 * A cell's text and its wrapped next line: an e-mail address broken inside a narrow cell
 * ("hendra.wij" / "aya@bpk.g" / "o.id", "rina.kartika" / "@bpk.go.id") is joined without a space.
 */
export function joinCell(a: string, b: string): string {
  if (!a || !b) return a || b;
  // A phone number broken after a hyphen ("0813-" / "7711-" / "2040") goes on without a space.
  if (/\d-$/.test(a) && /^\d/.test(b)) return a + b;
  const tail = /(?:^|\s)([\w.%+-]+@?[\w.-]*)$/.exec(a)?.[1];
  const head = /^([\w.%+-]*@?[\w.-]*)(?:\s|$)/.exec(b)?.[1];
  if (tail && head && (tail.includes('@') || head.includes('@')) && !(tail.includes('@') && head.includes('@'))) return a + b;
  return `${a} ${b}`;
}

/**
 * A cell's wrapped lines as one text. A line that fills its column (within a tenth of the widest line
 * seen in that column) and ends in a lower-case letter, followed by one starting in lower case, is a
 * word broken where the cell ran out of room ("Sekretari" / "s", "Keduduk" / "an dalam Pokja", "N" / "o").
 */
/** Short words that stand alone: a line starting with one ("dan Air Baku", "selaku PPK …") was wrapped at a space, not inside a word. */
const WHOLE_WORD_START = /^(?:dan|di|ke|dari|yang|untuk|pada|atau|serta|dengan|dalam|bagi|oleh|se|selaku|sebagai|merangkap|sekaligus)(?:\s|$)/;

function cellText(frags: readonly Fragment[], widest: number): string {
  let text = '';
  let prev: Fragment | null = null;
  for (const f of frags) {
    if (!f.text) continue;
    // A lone capital counts too: the "N" of a number column's "No" wrapped as "N" / "o".
    const broken = prev && prev.width >= widest * 0.9 && /(?:[a-z]|^[A-Z])$/.test(prev.text) && /^[a-z]/.test(f.text) && !WHOLE_WORD_START.test(f.text);
    text = broken ? text + f.text : joinCell(text, f.text);
    prev = f;
  }
  return text;
}

/** What a recogniser makes of a colon it did not read right: dots, commas, quotes, a stroke. */
const COLON_MARK = /^[.,;:'"“”‘’`|!]{1,2}$/;

/**
 * The colon column of a table of labels (its first row "Nomor | : | …"): a later row's cell there
 * holding only colon-like marks (a dot, a quote: the colon misread, its wrapped line's mark too) is
 * that label's colon.
 */
function readColonColumn(table: Table): void {
  const k = table.rows[0].findIndex((f) => f.length === 1 && f[0].text === ':');
  if (k < 1 || !table.labels) return;
  for (const cells of table.rows.slice(1)) {
    const marks = cells[k].filter((f) => f.text);
    if (marks.length && marks.every((f) => COLON_MARK.test(f.text)) && cells[k - 1].some((f) => f.text)) cells[k] = [{ ...marks[0], text: ':' }];
  }
}

function tableLines(table: Table): LaidOutLine[] {
  readColonColumn(table);
  const widest = table.starts.map((_, k) => Math.max(0, ...table.rows.flatMap((r) => r[k].map((f) => f.width))));
  return table.rows.flatMap((cells, r) => [...(table.captions?.has(r) ? [table.captions.get(r)!] : []), {
    // A colon column's colon stays with the value after it ("Nama\t: Frans …").
    text: cells
      .map((frags, k) => cellText(frags, widest[k]))
      .join('\t')
      .replace(/\t:\t(?=\S)/g, '\t: ')
      .replace(/\t+$/, ''),
    items: table.items[r],
  }]);
}

/** One page of pdf.js text items as text (see the module comment). */
export function pdfItemsToText(raw: readonly unknown[]): string {
  return layOutItems(pdfTextItems(raw))
    .map((l) => l.text)
    .join('\n');
}

/**
 * Placed items laid out as lines (see the module comment), each with the items it holds. `skipped`:
 * the baselines of lines left out (an OCR'd table rule): the gap one leaves is no paragraph break;
 * `scan`: the items are OCR words (sizes are line heights, positions approximate).
 */
export function layOutItems(placed: readonly PdfItem[], skipped: readonly number[] = [], scan = false): LaidOutLine[] {
  const rows = toRows(placed);
  if (!rows.length) return [];
  const step = usualStep(rows);
  const textRight = Math.max(...rows.map((r) => lineRight(r.items)));
  const margin = Math.min(...rows.map((r) => r.cells[0].x));
  const out: LaidOutLine[] = [];
  let table: Table | null = null;
  /** The last row indented under the one above it (the rows after it at its x are indented too). */
  let indented: Row | null = null;
  const flushTable = () => {
    if (table) out.push(...tableLines(table));
    table = null;
  };
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const gap = prev ? prev.y - row.y : 0;
    const skippedLine = !!prev && skipped.some((y) => y < prev.y && y > row.y);
    // Rows of a typed table ("| 1 | …") keep together across the gap of a rule between them.
    const barRows = !!prev && prev.items[0]?.str.startsWith('|') && row.items[0]?.str.startsWith('|');
    // A ruled table's rows stand farther apart than lines of text (cell padding above and below): a
    // row with cells in two or more of the open table's columns is no paragraph after the one above.
    // A second heading row (words only, right under the first) may hold headings centred in their cells.
    const headingRow = !!table && table.rows.length === 1 && !/[\d@]/.test(row.cells.filter((c) => !wrappedNoCell(c, table!)).map((c) => c.text).join(''));
    const fits = !!table && (fitsTable(row, table.starts) || (headingRow && fitsTable(row, table.starts, true)));
    const tableRow = !!table && gap <= step * 2.9 && fits && filledColumns(row, table.starts) >= 2;
    const paragraphBreak = prev && gap > step * (skippedLine || barRows ? 2.9 : 1.45) && !tableRow;
    if (paragraphBreak) {
      flushTable();
      out.push({ text: '', items: [] });
    }
    if (table && fits) {
      const cells = rowFragments(row, table.starts, scan && table.labels);
      const last = table.rows[table.rows.length - 1];
      if (table.rows.length === 1) readWrappedNo(cells, last);
      const words = !/[\d@]/.test(cells.map((c) => c.text).join(''));
      // A wrapped line of the row above: its first column is empty (under the header: words only).
      // Under the header, a words-only line with fewer cells is the header wrapped, even in its first
      // column (a narrow number column's "N" / "o"). In a table of label rows (a first row with a
      // colon, or rows with an empty first column) only a line whose text could not have fitted above is.
      // A first row of a label, its colon and value ("Nomor : …  Kota, tanggal") is no heading that wraps.
      const labelRows = table.open || table.rows[0].some((f) => f[0]?.text.startsWith(':') || f[0]?.text.endsWith(':'));
      const headerWrap = table.rows.length === 1 && words && row.cells.length < table.starts.length && !table.labels;
      // A label row's colon starts the next label row ("NIP : …" under "Nama : …").
      const colonAgain = cells.some((c, k) => c.text.startsWith(':') && last[k][0]?.text.startsWith(':'));
      // In a ruled table whose rows stand apart, a line a cell's line step below a row is that row wrapped,
      // whatever its first column holds (a name wrapping in a table with no number column).
      const gapWrap = table.wrapGap !== null && table.rows.length > 1 && gap <= table.wrapGap;
      const wraps =
        !ownRecord(cells, last) &&
        (!cells[0].text || headerWrap || gapWrap) && (table.rows.length > 1 || words) && (!labelRows || (!colonAgain && wrappedFromAbove(cells, last, table.starts, row.size, textRight)));
      // Headings under a merged cell of the first heading row ("Kontak" over "Email" / "No. HP"): the row
      // fills a column the first left empty; each of its headings names its column, the group heading goes.
      const subHeadings = headerWrap && cells.some((c, k) => c.text && !last[k].some((f) => f.text));
      if (subHeadings || wraps) {
        cells.forEach((c, k) => c.text && (subHeadings ? (last[k] = [c]) : last[k].push(c)));
        table.items[table.items.length - 1].push(...row.items);
      } else {
        // A row with an empty first column makes a list of labels, not numbered rows — except the first
        // row under a heading (in a PDF always; on a scan when the heading has no colons): the end of a
        // row from the page before, under the repeated heading.
        if (!cells[0].text && !(table.rows.length === 1 && (!scan || !table.labels))) table.open = true;
        table.rows.push(cells.map((c) => [c]));
        table.items.push([...row.items]);
      }
      return;
    }
    // A group caption between a PDF table's rows (a merged row over all columns: "Pokja Paket
    // Konstruksi"): one cell of words, the next line a row of the table. The table goes on under it.
    const next = rows[i + 1];
    if (table && !scan && row.cells.length === 1 && !/[\d@:]/.test(row.cells[0].text) && next && fitsTable(next, table.starts) && filledColumns(next, table.starts) >= 3) {
      (table.captions ??= new Map()).set(table.rows.length, { text: row.cells[0].text, items: row.items });
      return;
    }
    flushTable();
    if (row.cells.length >= 3) {
      const heading = tableStarts(row, rows.slice(i + 1, i + 7), scan);
      const body = bodyRows(row, rows.slice(i + 1), step, scan);
      const starts = bodyStarts(row, body, heading, scan) ?? heading;
      const labels = row.cells.some((c) => c.text.startsWith(':') || c.text.endsWith(':'));
      table = { starts, rows: [rowFragments(row, starts, scan && labels).map((c) => [c])], items: [[...row.items]], open: false, labels, wrapGap: labels ? null : wrapGap(row, body) };
      return;
    }
    // A list item's marker and its text ("a.   Menonaktifkan …"): one sentence, no cells.
    const item = row.cells.length === 2 && /^[a-z][.)]$/.test(row.cells[0].text);
    const text = row.cells.map((c) => c.text).join(item ? '   ' : '\t');
    const x = row.cells[0].x;
    // Two rows up too, when the row between wrapped back to the margin ("Hal : Permohonan …," /
    // "wrapped …" / "… under the value").
    const before = rows[i - 2];
    const wrappedBetween = prev && before && !paragraphBreak && prev.y - row.y <= step * 1.45 && before.y - prev.y <= step * 1.45 && prev.cells[0].x <= margin + 1;
    const under =
      prev &&
      !paragraphBreak &&
      x > margin + row.size &&
      (valueStarts(prev).some((v) => Math.abs(v - x) <= row.size) ||
        (indented === prev && Math.abs(prev.cells[0].x - x) <= row.size * 0.5) ||
        (wrappedBetween && valueStarts(before).some((v) => Math.abs(v - x) <= row.size)) ||
        // A numbered line set in from the margin is nested under something above ("Anggota : 1. …" / "2. …").
        /^\s*\d{1,2}[.)]\s/.test(row.cells[0].text));
    if (under) indented = row;
    out.push({ text: under ? `        ${text}` : text, items: row.items });
  });
  flushTable();
  return out;
}
