import { pdfItemsToText, pdfTextItems, type PdfItem } from '../../documents/pdf-layout';

/**
 * A text PDF's items placed on a grid: lines by baseline, and below the step table's header every
 * item in the column whose header starts left of it. Cells then come out tab-separated even when a
 * cell's text wraps over several lines (the drafter joins those lines).
 */

type Item = PdfItem;

/** Items grouped into lines, top to bottom, each sorted left to right. */
function toLines(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - it.y) <= 2) line.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => l.sort((p, q) => p.x - q.x));
}

/** Cells of a line: items closer than 0.8 em belong to the same cell. */
function cellsOf(line: readonly Item[]): { x: number; text: string }[] {
  const cells: { x: number; text: string; end: number }[] = [];
  for (const it of line) {
    const last = cells[cells.length - 1];
    if (last && it.x - last.end < it.size * 0.8) {
      last.text += (it.x - last.end > it.size * 0.15 ? ' ' : '') + it.str;
      last.end = it.end;
    } else cells.push({ x: it.x, text: it.str, end: it.end });
  }
  return cells;
}

const IS_HEADER = (cells: { text: string }[]) =>
  cells.length >= 4 && cells.some((c) => /^\s*waktu\b/i.test(c.text)) && cells.some((c) => /kelengkapan|persyaratan|output/i.test(c.text));

/** One page of pdf.js text items as text; the step table's columns kept apart by tabs. */
export function pdfPageToGridText(raw: readonly unknown[]): string {
  const lines = toLines(pdfTextItems(raw));
  const headerAt = lines.findIndex((l) => IS_HEADER(cellsOf(l)));
  if (headerAt < 0) return pdfItemsToText(raw);
  const out: string[] = [];
  for (const line of lines.slice(0, headerAt)) out.push(cellsOf(line).map((c) => c.text).join('\t'));
  const header = cellsOf(lines[headerAt]);
  const starts = header.map((c) => c.x);
  out.push(header.map((c) => c.text).join('\t'));
  for (const line of lines.slice(headerAt + 1)) {
    const cols: string[] = starts.map(() => '');
    for (const c of cellsOf(line)) {
      let k = 0;
      for (let j = 0; j < starts.length; j++) if (starts[j] <= c.x + 3) k = j;
      cols[k] = cols[k] ? `${cols[k]} ${c.text}` : c.text;
    }
    out.push(cols.join('\t'));
  }
  return out.join('\n');
}
