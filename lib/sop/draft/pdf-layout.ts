import { pdfItemsToText } from '../../letter/extract';

/**
 * A text PDF's items placed on a grid: lines by baseline, and below the step table's header every
 * item in the column whose header starts left of it. Cells then come out tab-separated even when a
 * cell's text wraps over several lines (the drafter joins those lines).
 */

type Item = { str: string; x: number; y: number; w: number; size: number; raw: unknown };

function toItems(raw: readonly unknown[]): Item[] {
  const items: Item[] = [];
  for (const r of raw) {
    const it = r as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    if (typeof it.str !== 'string' || !Array.isArray(it.transform) || !it.str.trim()) continue;
    const [a, , , d, x, y] = it.transform as number[];
    items.push({ str: it.str, x, y, w: typeof it.width === 'number' ? it.width : 0, size: Math.abs(Number(it.height) || d || a || 10), raw: r });
  }
  return items;
}

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
      last.end = it.x + it.w;
    } else cells.push({ x: it.x, text: it.str, end: it.x + it.w });
  }
  return cells;
}

const IS_HEADER = (cells: { text: string }[]) =>
  cells.length >= 4 && cells.some((c) => /^\s*waktu\b/i.test(c.text)) && cells.some((c) => /kelengkapan|persyaratan|output/i.test(c.text));

/** One page of pdf.js text items as text; the step table's columns kept apart by tabs. */
export function pdfPageToGridText(raw: readonly unknown[]): string {
  const lines = toLines(toItems(raw));
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
