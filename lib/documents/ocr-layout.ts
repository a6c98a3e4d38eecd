/**
 * A page recognised by tesseract.js laid out as text, the same way as a PDF page (pdf-layout.ts):
 * each recognised word becomes a placed item on its line's baseline (in the deskewed image, so a
 * page scanned 2° askew still gives straight lines), then lines, tab stops, tables and wrapped cells
 * are rebuilt from the words' positions. Every laid-out line keeps its words' confidences and the
 * box it covers in the (deskewed) page image, for the review. Lines the recogniser could not read
 * at all (every word below NOISE_LINE: ruled lines, stamps) are left out, and so are specks (a dash
 * left of a table's rule, a box a pixel tall); the colons of a column of labels that the recogniser
 * lost or misread are put back (restoreColons).
 */
import { layOutItems, type PdfItem } from './pdf-layout';
import { rowAcrossPages } from './pdf-page-rows';
import { z } from 'zod';

type Box = { x0: number; y0: number; x1: number; y1: number };
/** The part of a tesseract.js `blocks` result this module reads. */
export type TessWord = { text: string; confidence: number; bbox: Box };
export type TessLine = { words: TessWord[]; baseline?: Box; rowAttributes?: { rowHeight?: number } };
export type TessBlock = { paragraphs: { lines: TessLine[] }[] };

export const scanWordSchema = z.object({ text: z.string(), confidence: z.number().min(0).max(1) });
export const scanLineSchema = z.object({
  /** Lowest word confidence of the line (0–1); null for a blank line. */
  confidence: z.number().min(0).max(1).nullable(),
  words: z.array(scanWordSchema),
  /** 1-based page of the scan. */
  page: z.number().int().positive(),
  /** Where the line is in the deskewed page image (pixels), for a crop. */
  box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).nullable(),
  /** The line as an image (a PNG data URL), when the reader could cut it out. */
  crop: z.string().optional(),
});
export type ScanLine = z.infer<typeof scanLineSchema>;

/** What OCR adds to an extracted text: one entry per line of the text (index = line − 1). */
export const scanInfoSchema = z.object({
  lines: z.array(scanLineSchema),
  pages: z.number().int().positive(),
  /** Mean word confidence of the whole scan (0–1). */
  confidence: z.number().min(0).max(1),
});
export type ScanInfo = z.infer<typeof scanInfoSchema>;

/** The y of a line's baseline at x (tesseract gives the baseline as a segment). */
function baselineAt(line: TessLine, x: number, fallback: number): number {
  const b = line.baseline;
  if (!b || b.x1 === b.x0) return b ? b.y0 : fallback;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

/**
 * Below this confidence (0–100) for every word, a recognised line is noise: a table's ruled line,
 * a stamp, a smudge read as letters ("|----|----|" came back as "Peer jemari pke ee"). Kept, it
 * would split a table or become a person.
 */
export const NOISE_LINE = 50;
const isNoise = (line: TessLine) => line.words.length > 0 && line.words.every((w) => w.confidence < NOISE_LINE);

/** A value's word whose top is less than this share of its height above its line's baseline stands on a lower line. */
const LOWER_WORD = 0.3;

/** The kop: logos are looked for beside the page's first lines only. */
const KOP_LINES = 3;

/**
 * A letterhead's logo read as a word ("x&" beside "DINAS KOMUNIKASI …"): a short first word of a
 * line, far from the next (more than twice the line's height), holding a sign no word has, or (`kop`:
 * on one of the page's first lines) no letter or digit at all ("-"), or read unsurely from a box half again as tall as the next word's
 * ("xx": a logo is taller than the kop's letters). A row number read unsurely ("2.", "NK", a tall
 * "Sa") stands in a table, below the kop, and stays.
 */
function isLogo(line: TessLine, size: number, kop: boolean): boolean {
  const [first, next] = line.words;
  if (!first || !next) return false;
  const text = first.text.trim();
  const tall = first.bbox.y1 - first.bbox.y0 > (next.bbox.y1 - next.bbox.y0) * 1.5;
  // On a kop line a mark with no letter or digit ("-", "'") is a piece of the logo too.
  const mark = kop && !/[\p{L}\d]/u.test(text);
  return text.length <= 4 && next.bbox.x0 - first.bbox.x1 > size * 2 && (/[&@#%*~^<>{}\\]/.test(text) || mark || (kop && tall && first.confidence < NOISE_LINE));
}

/**
 * A dash or quote read unsurely on its own inside a line (what is left of a table's vertical rule
 * after the clean-up removed most of it; at a line's start it is a bullet), or a word read from a box a few pixels tall: unsurely (a dot of a
 * colon read as "3"), or as a sign no flat mark makes (a colon or bar of one pixel's height), or letters read unsurely
 * from a box a few pixels wide. Kept, it stands between two cells and joins them, or splits a label from its value.
 */
function isSpeck(w: TessWord, lineHeight: number, first: boolean): boolean {
  const text = w.text.trim();
  const unsure = w.confidence < NOISE_LINE;
  // Only a dot, comma, dash or underscore is a pixel or two tall; a colon, a bar, a letter or a digit
  // is not (a colon read surely may come as one of its dots: a quarter of the line tall is kept).
  const height = w.bbox.y1 - w.bbox.y0;
  const flat = unsure ? height < lineHeight * 0.25 : height < lineHeight * 0.1 && !/^[.,\-_–—~]+$/.test(text);
  // Letters read unsurely from a sliver (a photo's smudge read as "jins" from a box two pixels wide):
  // a few letters are never far narrower than their line is tall.
  // (Strokes only, "TI", "l|": a table's bar, which restoreBars reads.)
  const sliver = unsure && text.length >= 2 && !/^[|lI1!iTJ[\](){}]+$/.test(text) && w.bbox.x1 - w.bbox.x0 < text.length * lineHeight * 0.12;
  // A dash starting a line is a list's bullet, however unsure.
  return flat || sliver || (unsure && !first && /^[—–\-_~'"”“‘’`]+$/.test(text));
}

/** A mark this many times as tall as its line's usual word is a vertical rule's stub, not a character. */
const RULE_STUB = 1.6;
/** A glyph of straight strokes less than this share of its line's usual word tall is a rule's corner or stub. */
const RULE_CORNER = 0.6;

/**
 * A piece of a table's rules the clean-up left, read as a mark: a dash, stroke, dot or quote ("—", "!", ".")
 * from a box far taller than the line's words (a character is never taller than a bracket; a rule runs the
 * cell's whole height; a typed table's "|" is restoreBars's), or one glyph of straight strokes ("L",
 * "T", "1", "|") from a box half as tall as the line's words (a ruled table's bottom corner read as
 * "L", a stub as "|": these characters stand as tall as the capitals; a round "o" read as "0" is
 * x-height and stays). Kept, it stands between two cells and joins two columns
 * into one, or starts a row of its own under the table.
 */
function isRuleMark(w: TessWord, wordHeight: number): boolean {
  const text = w.text.trim();
  const height = w.bbox.y1 - w.bbox.y0;
  return (/^[—–\-_~!¦.,:;'"`]+$/.test(text) && height >= wordHeight * RULE_STUB) || (/^[LJITFE1lI|!+\[\]]$/.test(text) && height < wordHeight * RULE_CORNER);
}

/** Marks a recogniser reads around a word ("*Nama*" as "#Nama“", "“jabatan?"): quotes, #, *, ?. */
const MARKS = '#*“”"‘’\'`^~?';
const LABEL_MARKS = new RegExp(`^(\\s*)[${MARKS}]+(?=\\p{L})([\\p{L}][\\p{L}\\d ./-]{0,30}?)[${MARKS}]*(\\s*:)`, 'u');

/**
 * A label at the start of a line freed of the marks around it ("#Nama“ :" → "Nama :"): bold or quoted
 * labels in a chat message come out of OCR with stray marks the label reader does not expect.
 */
export function unmarkLabel(line: string): string {
  return line.replace(LABEL_MARKS, '$1$2$3');
}

/** A short label of words (no digits) ending in a lone "£", "€", "x" or a quoted one: a form's required-answer star. */
const STARRED_LABEL = /^(\s*\p{L}[\p{L} .,/()'-]{0,50}?)\s+["“”'‘’]*[£€x✱]$/u;

/**
 * A form's label with its required-answer star ("NIP *") as written when the recogniser read the star
 * as "£", "€", "x" or a quoted "£" ("Jabatan £", "Alamat Email Aktif x"); any other line as it is.
 */
export function unstarLabel(line: string): string {
  const m = STARRED_LABEL.exec(line);
  return m && m[1].trim().split(/\s+/).length <= 5 ? `${m[1]} *` : line;
}

/**
 * A slash between two words spaced on one side only ("Muda/ Ketua": the slash's box touched the word
 * before it) spaced on both, as written between words ("Auditor Ahli Muda / Ketua Tim"); a slash
 * between numbers or capitals ("421.5/ 118", "BTL/ IV") is left as it is.
 */
export function spaceSlashes(line: string): string {
  return line.replace(/(\p{Ll})\/ (?=\p{Lu})/gu, '$1 / ').replace(/(\p{Ll}) \/(?=\p{Lu}\p{Ll})/gu, '$1 / ');
}

/** Characters a recogniser reads a table's vertical bar as. */
const BAR_LIKE = '|()[]{}1lI!/';

/**
 * The vertical bars of a typed table ("| 1 | Andi | …") that the recogniser read as "(", "1", "l"
 * or glued to a word ("(Andi", "12" for "| 2"): bars stand in columns down the table, so the x of
 * the bars read right (two or more in a column) says where a word's first or last character is a
 * bar. That character is put back as "|" — only in a table with two or more such columns, and only
 * on the lines from the table's first bar to its last ("Hal" above a table keeps its l). Elsewhere a
 * bar before a letter, or alone, was a capital I.
 */
/** The bar columns of a table drawn with bars (x of each), the baselines of its first and last line, a character's width. */
export type BarTable = { columns: number[]; top: number; bottom: number; cw: number };

export function restoreBars(items: PdfItem[]): BarTable | null {
  const widths = items.map((it) => (it.end - it.x) / Math.max(1, it.str.length)).sort((a, b) => a - b);
  const cw = widths[widths.length >> 1] ?? 10;
  // Bars read right: alone, or glued at a word's start or end ("|1", "4455|").
  const centres: number[] = [];
  for (const it of items) {
    const w = (it.end - it.x) / Math.max(1, it.str.length);
    if (it.str.startsWith('|')) centres.push(it.x + w / 2);
    if (it.str.length > 1 && it.str.endsWith('|')) centres.push(it.end - w / 2);
  }
  centres.sort((a, b) => a - b);
  const columns: number[] = [];
  for (let i = 0; i < centres.length; ) {
    let j = i + 1;
    while (j < centres.length && centres[j] - centres[j - 1] <= cw * 0.8) j++;
    if (j - i >= 2) columns.push(centres[(i + j) >> 1]);
    i = j;
  }
  // The table's rows: from the first line holding a bar in a column to the last (bars stand only there).
  const atBar = (x: number) => columns.some((c) => Math.abs(x - c) <= cw * 0.7);
  const barYs = items.filter((it) => (it.str.startsWith('|') && atBar(it.x + cw / 2)) || (it.str.endsWith('|') && atBar(it.end - cw / 2))).map((it) => it.y);
  const [top, bottom] = columns.length >= 2 ? [Math.max(...barYs), Math.min(...barYs)] : [-Infinity, Infinity];
  // A line that starts with a lone bar is a ruled table's row: its left border was read, and its other
  // lone bars are borders too (not a capital I), left out.
  // A lone bar over the place of other lines' row numbers ("1", "2.") is a row number misread, not a
  // border (a border stands left of the numbers).
  const firstOfLine = (it: PdfItem) => !items.some((o) => o !== it && Math.abs(o.y - it.y) <= it.size * 0.3 && o.x < it.x);
  const rowNumbers = items.filter((it) => /^\d{1,2}[.)]?$/.test(it.str) && firstOfLine(it));
  const inNumberColumn = (it: PdfItem) => rowNumbers.filter((n) => n.x < it.end && n.end > it.x).length >= 2;
  const bordered = items.filter((it) => it.str === '|' && firstOfLine(it) && !inNumberColumn(it));
  const onBordered = (it: PdfItem) => bordered.some((b) => Math.abs(b.y - it.y) <= b.size * 0.3);
  const borders = new Set<PdfItem>();
  for (const it of items) {
    // Outside a table a bar before a letter, or alone, is a capital I ("|NSPEKTORAT", "Pokja | berikut").
    if (it.y > top + 1 || it.y < bottom - 1) {
      if (it.str === '|' && onBordered(it)) borders.add(it);
      else if (/^\|(?=[A-Za-z]|$)/.test(it.str) && !(it.str === '|' && firstOfLine(it) && inNumberColumn(it))) it.str = `I${it.str.slice(1)}`;
      continue;
    }
    if (it.str === '|' || it.str.length < 2) {
      if (it.str.length === 1 && BAR_LIKE.includes(it.str) && atBar((it.x + it.end) / 2)) it.str = '|';
      continue;
    }
    const w = (it.end - it.x) / it.str.length;
    if (BAR_LIKE.includes(it.str[0]) && atBar(it.x + w / 2)) {
      const rest = it.str.slice(it.str[1] === '|' ? 2 : 1);
      it.str = rest ? `| ${rest}` : '|';
    }
    const last = it.str[it.str.length - 1];
    if (it.str.length > 1 && BAR_LIKE.includes(last) && last !== '|' && atBar(it.end - w / 2)) it.str = `${it.str.slice(0, -1)} |`;
  }
  for (let k = items.length - 1; k >= 0; k--) if (borders.has(items[k])) items.splice(k, 1);
  return columns.length >= 2 ? { columns, top, bottom, cw } : null;
}

/** A glyph of straight strokes: what a ruled line's junction ("┼", "┴") is read as. */
const STROKE = /^[|lI1!\[\]()]$/;

/**
 * A table drawn with bars (box-drawing "│", a typed "|") cleaned of what its rules were read as, so
 * that each line is its cells between bars again: in the table's lines (restoreBars's `bars`) a line
 * of junctions only ("l | 1 l": the rule between rows) goes; a word read unsurely from one bar to
 * another (empty cells: "kesal" over "│    │") becomes the bars it covers; letters read unsurely from a
 * box as narrow as a bar at a bar column ("TI") are that bar; two cells read as one word across their
 * bar ("011|1978…") are split at it. Returns the baselines of the rule lines left out (no paragraph
 * break).
 */
export function cleanBarTable(items: PdfItem[], bars: BarTable, unsure: (it: PdfItem) => boolean): number[] {
  const { columns, top, bottom, cw } = bars;
  const atBar = (x: number) => columns.some((c) => Math.abs(x - c) <= cw * 0.7);
  const table = items.filter((it) => it.y <= top + 1 && it.y >= bottom - 1).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const it of table) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].y - it.y) <= it.size * 0.3) last.push(it);
    else lines.push([it]);
  }
  const drop = new Set<PdfItem>();
  const rules: number[] = [];
  const bar = (it: PdfItem, x: number): PdfItem => ({ ...it, str: '|', x, end: x + cw * 0.5 });
  for (const line of lines) {
    const added: PdfItem[] = [];
    for (const it of line) {
      const w = (it.end - it.x) / it.str.length;
      const inner = it.str.split('').findIndex((ch, i) => ch === '|' && i > 0 && i < it.str.length - 1 && atBar(it.x + (i + 0.5) * w));
      const crossed = columns.filter((c) => c >= it.x - cw && c <= it.end + cw);
      if (unsure(it) && it.str !== '|' && atBar(it.x) && atBar(it.end) && crossed.length >= 2) {
        drop.add(it);
        added.push(...crossed.map((c) => bar(it, c - cw * 0.25)));
      } else if (unsure(it) && it.end - it.x <= cw * 0.6 && atBar((it.x + it.end) / 2)) it.str = '|';
      else if (inner > 0) {
        added.push({ ...it, str: '|', x: it.x + inner * w, end: it.x + (inner + 1) * w }, { ...it, str: it.str.slice(inner + 1), x: it.x + (inner + 1) * w });
        it.str = it.str.slice(0, inner);
        it.end = it.x + inner * w;
      }
    }
    // A line of strokes only, once its empty cells are bars: a rule between rows (its junctions), or a row with nothing in it.
    const left = [...line.filter((it) => !drop.has(it)), ...added];
    if (left.length >= 2 && left.every((it) => STROKE.test(it.str))) {
      line.forEach((it) => drop.add(it));
      rules.push(line[0].y);
    } else items.push(...added);
  }
  for (let k = items.length - 1; k >= 0; k--) if (drop.has(items[k])) items.splice(k, 1);
  return rules;
}

/** A mark the recogniser makes of a colon it did not read right: a dot, a comma, a quote, one stroke. */
const COLON_LIKE = /^[.,;:'"“”‘’`|!i]{1,2}$/;
/** Colons at one x on at least this many lines make a colon column ("Nama : …" / "NIP : …"). */
const COLON_LINES = 3;
/** Colons at one x more than this many line heights apart belong to two blocks of labels. */
const COLON_BLOCK_GAP = 5;
/** The most words a label before a colon has ("No. HP/WA", "Alamat Email (baru)"). */
const LABEL_WORDS = 4;

/**
 * The colons of a column of labels ("Nomor : …", "Sifat : …", "Hal : …") that the recogniser lost,
 * or read as a dot or a quote (a label set in the middle of its two-line value: "Hal ." beside the
 * first line, '"' beside the second), put back: where three or more lines have a colon at one x, a
 * line near them (within two lines of the first and last) whose label ends left of that x and whose
 * value starts right of it, across a wide gap, gets a colon there, and so does a label alone on its
 * line between two lines of value (set in their middle); a colon-like mark at that x (or one or two
 * characters read unsurely) becomes a colon after a label and is dropped before a value's wrapped
 * line; a label wrapped onto two lines is joined onto its second; an unsure mark of one or two
 * letters before a value is no label (dropped, with an unsure colon after it). A label whose own
 * colon stands a little right of the column (a photo at a slant) keeps that one. `add` makes the new colon's word
 * (with the label's confidence).
 */
export function restoreColons(items: PdfItem[], unsure: (it: PdfItem) => boolean, add: (at: PdfItem, like: PdfItem) => PdfItem): void {
  const sizes = items.map((it) => it.size).sort((a, b) => a - b);
  const size = sizes[sizes.length >> 1] ?? 10;
  const colons = items.filter((it) => it.str.startsWith(':')).sort((a, b) => a.x - b.x);
  const columns: { x: number; top: number; bottom: number }[] = [];
  for (let i = 0; i < colons.length; ) {
    let j = i + 1;
    while (j < colons.length && colons[j].x - colons[j - 1].x <= size * 0.5) j++;
    const run = colons.slice(i, j);
    const x = run[(run.length - 1) >> 1].x;
    // Two colons read right count the colon-like marks at their x too ("Hal ." and the '"' of its wrapped line).
    const marks = run.length >= 2 ? items.filter((it) => COLON_LIKE.test(it.str) && !it.str.startsWith(':') && Math.abs(it.x - x) <= size * 0.5) : [];
    // Blocks of labels at one x far apart (the letter's Nomor/Hal, a person's Nama/NIP) are columns apart:
    // the lines between them are no labels.
    const ys = [...run, ...marks].map((c) => c.y).sort((a, b) => b - a);
    for (let a = 0; a < ys.length; ) {
      let b = a + 1;
      while (b < ys.length && ys[b - 1] - ys[b] <= size * COLON_BLOCK_GAP) b++;
      if (new Set(ys.slice(a, b).map(Math.round)).size >= COLON_LINES) columns.push({ x, top: ys[a], bottom: ys[b - 1] });
      a = b;
    }
    i = j;
  }
  for (const col of columns) {
    const near = (it: PdfItem) => it.y <= col.top + size * 2.5 && it.y >= col.bottom - size * 2.5;
    const lines: PdfItem[][] = [];
    for (const it of items.filter(near).sort((a, b) => b.y - a.y || a.x - b.x)) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(last[0].y - it.y) <= size * 0.3) last.push(it);
      else lines.push([it]);
    }
    const atColon = (it: PdfItem) => Math.abs(it.x - col.x) <= size * 0.5;
    const labelOf = (line: PdfItem[]) => line.filter((it) => it.end < col.x - size * 0.2);
    const valueOf = (line: PdfItem[]) => line.find((it) => it.x > col.x + size * 0.2);
    const hasColon = (line: PdfItem[]) => line.some((it) => it.str.startsWith(':') && atColon(it));
    // A label is a few words ending well before the colons; a line of prose runs across them.
    const shortLabel = (line: PdfItem[]) => labelOf(line).length > 0 && labelOf(line).length <= LABEL_WORDS;
    const across = (line: PdfItem[]) => line.some((it) => it.end >= col.x - size * 0.2 && it.x <= col.x + size * 0.2 && !atColon(it));
    // A label alone on its line (a heading ending in a colon, "Semula:", is none).
    const labelOnly = (line: PdfItem[]) => shortLabel(line) && labelOf(line).length === line.length && !line.some((it) => it.str.includes(':'));
    // A value's line with no label of its own: the lines above and below a label set in their middle.
    const bareValue = (line: PdfItem[] | undefined, y: number) => !!line && Math.abs(line[0].y - y) <= size * 1.5 && !!valueOf(line) && !labelOf(line).length;
    lines.forEach((line, k) => {
      line.sort((a, b) => a.x - b.x);
      // A mark of one or two letters read unsurely left of the colons, before a value, is no label ("d"
      // beside "SPSE" under "Hal : Penggantian …"): it goes with an unsure colon after it, and the line
      // is the value above going on.
      const stray = labelOf(line);
      if (stray.length === 1 && stray[0].str.length <= 2 && unsure(stray[0]) && valueOf(line)) {
        for (const it of line.filter((o) => o === stray[0] || (o.str === ':' && atColon(o) && unsure(o)))) items.splice(items.indexOf(it), 1);
        return;
      }
      if (hasColon(line) || across(line)) return;
      const label = labelOf(line);
      const value = valueOf(line);
      const before = label[label.length - 1];
      const mark = line.find((it) => atColon(it) && (COLON_LIKE.test(it.str) || (it.str.length <= 2 && unsure(it))));
      const next = lines[k + 1];
      const centred = labelOnly(line) && bareValue(lines[k - 1], line[0].y) && bareValue(next, line[0].y);
      const wrappedLabel = labelOnly(line) && !centred && !!next && Math.abs(line[0].y - next[0].y) <= size * 1.5 && Math.abs(line[0].x - next[0].x) <= size * 0.5 && shortLabel(next) && hasColon(next);
      if (mark) {
        // A mark between a label and its value (or beside a label set in the middle of its value) is the colon;
        // alone before a value's wrapped line it is what the recogniser made of the colon's lower dot.
        if (shortLabel(line) && mark.x - before.end >= size * 0.8) mark.str = ':';
        else if (!label.length && value) items.splice(items.indexOf(mark), 1);
      } else if (wrappedLabel) {
        // The label's first line joins its second ("Pangkat/Gol." / "Ruang : …").
        next[0].str = `${line.map((it) => it.str).join(' ')} ${next[0].str}`;
        for (const it of line) items.splice(items.indexOf(it), 1);
      } else if (shortLabel(line) && ((value && line.indexOf(value) === line.indexOf(before) + 1 && value.x - before.end >= size && !value.str.startsWith(':')) || centred))
        items.push(add({ ...before, str: ':', x: col.x, end: col.x + size * 0.15 }, before));
    });
  }
}

/** One recognised page as text lines with their words' confidences (1-based `page`). */
export function ocrPageLines(blocks: readonly TessBlock[], page: number): { text: string; line: ScanLine }[] {
  const words: TessWord[] = [];
  const items: PdfItem[] = [];
  const skipped: number[] = [];
  const lineY = (line: TessLine) => line.baseline?.y0 ?? Math.max(...line.words.map((w) => w.bbox.y1));
  const tops = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.filter((l) => l.words.length && !isNoise(l)).map(lineY))).sort((a, b) => a - b);
  const kopBottom = tops[Math.min(KOP_LINES, tops.length) - 1] ?? -Infinity;
  for (const block of blocks)
    for (const para of block.paragraphs)
      for (const line of para.lines) {
        if (isNoise(line)) {
          const y = lineY(line);
          skipped.push(-y);
          continue;
        }
        const heights = line.words.map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
        const size = line.rowAttributes?.rowHeight || (heights[heights.length >> 1] ?? 10) * 1.3;
        const logo = isLogo(line, size, lineY(line) <= kopBottom) ? line.words[0] : null;
        // The height of the line's words (of two letters or digits or more: specks and marks left aside).
        const wordHeights = line.words.filter((w) => /[\p{L}\d].*[\p{L}\d]/u.test(w.text)).map((w) => w.bbox.y1 - w.bbox.y0).sort((a, b) => a - b);
        const wordHeight = wordHeights[wordHeights.length >> 1] ?? heights[heights.length >> 1];
        let afterColon = false;
        for (const w of line.words) {
          const text = w.text.trim();
          if (!text || w === logo || isSpeck(w, size, w === line.words[0]) || isRuleMark(w, wordHeight)) continue;
          // pdf.js y grows upwards; image y grows downwards. A value's word after a label's colon whose top
          // is at the line's baseline stands a line lower: its second line, which the recogniser joined to
          // the label set in the middle of the value (a label set so beside its value's first line is
          // the first word, and stays with it).
          const base = baselineAt(line, (w.bbox.x0 + w.bbox.x1) / 2, w.bbox.y1);
          const lower = afterColon && w.bbox.y0 > base - (w.bbox.y1 - w.bbox.y0) * LOWER_WORD;
          afterColon ||= text.endsWith(':');
          const y = -(lower ? w.bbox.y1 : base);
          items.push({ str: text, x: w.bbox.x0, y, end: w.bbox.x1, size, ref: words.length });
          words.push(w);
        }
      }
  const bars = restoreBars(items);
  if (bars) skipped.push(...cleanBarTable(items, bars, (it) => words[it.ref!].confidence < NOISE_LINE));
  restoreColons(items, (it) => words[it.ref!].confidence < NOISE_LINE, (at, like) => {
    const w = words[like.ref!];
    words.push({ text: ':', confidence: w.confidence, bbox: { x0: at.x, x1: at.end, y0: w.bbox.y0, y1: w.bbox.y1 } });
    return { ...at, ref: words.length - 1 };
  });
  return layOutItems(items, skipped, true).map((l) => ({ ...l, text: spaceSlashes(unstarLabel(unmarkLabel(l.text))) })).map((l) => {
    const own = l.items.map((it) => words[it.ref!]);
    const box = own.length
      ? own.reduce((b, w) => ({ x0: Math.min(b.x0, w.bbox.x0), y0: Math.min(b.y0, w.bbox.y0), x1: Math.max(b.x1, w.bbox.x1), y1: Math.max(b.y1, w.bbox.y1) }), { ...own[0].bbox })
      : null;
    return {
      text: l.text,
      line: {
        confidence: own.length ? Math.min(...own.map((w) => w.confidence)) / 100 : null,
        words: own.map((w) => ({ text: w.text.trim(), confidence: w.confidence / 100 })),
        page,
        box: box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 },
      },
    };
  });
}

/**
 * Pages recognised one by one joined as one text (a blank line between pages), with its scan info. A
 * table row broken by the page break (its rest under the table's heading repeated on the next page)
 * is joined to the row where it starts (pdf-page-rows.ts, as in a PDF); its scan line gets the rest's
 * words.
 */
export function joinOcrPages(read: readonly { text: string; line: ScanLine }[][]): { text: string; scan: ScanInfo } {
  const pages = read.map((page) => [...page]);
  for (let p = 1; p < pages.length; p++) {
    const joined = rowAcrossPages(pages[p - 1].map((l) => l.text), pages[p].map((l) => l.text));
    if (!joined) continue;
    const [row, rest] = [pages[p - 1][joined.last], pages[p][joined.rest]];
    const confidences = [row.line.confidence, rest.line.confidence].filter((c): c is number => c !== null);
    pages[p - 1][joined.last] = {
      text: joined.text,
      line: { ...row.line, words: [...row.line.words, ...rest.line.words], confidence: confidences.length ? Math.min(...confidences) : null },
    };
    pages[p].splice(joined.rest, 1);
  }
  const texts: string[] = [];
  const lines: ScanLine[] = [];
  pages.forEach((page, p) => {
    if (p > 0) {
      texts.push('');
      lines.push({ confidence: null, words: [], page: p + 1, box: null });
    }
    for (const l of page) {
      texts.push(l.text);
      lines.push(l.line);
    }
  });
  const all = lines.flatMap((l) => l.words.map((w) => w.confidence));
  const confidence = all.length ? all.reduce((a, b) => a + b, 0) / all.length : 0;
  return { text: texts.join('\n'), scan: { lines, pages: Math.max(1, pages.length), confidence } };
}
