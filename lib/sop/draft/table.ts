import { fold } from './lanes';
import { emptyRow, TABLE_END, type RawRow, type TableRead } from './rows';
import type { Line } from './text';

/**
 * The step table when cells are known: a Word table (mammoth gives one line per row, cells
 * separated by tabs) or a text PDF laid out in columns. Lanes are the column headers between the
 * activity column and the mutu baku columns (kelengkapan, waktu, output).
 */

const ACTIVITY = /uraian|kegiatan|aktivitas|prosedur/;
const REQUIREMENTS = /kelengkapan|persyaratan|persyratan/;
const TIME = /^waktu\b|\bwaktu$/;
const OUTPUT = /^output|keluaran|^hasil$/;
const NOTES = /^ket(?:erangan|\.)?$/;
const NO = /^no\.?$|^nomor$/;

type Layout = { noCol: number; activityCol: number; lanes: { col: number; name: string }[]; reqCol: number; timeCol: number; outputCol: number; notesCol: number };

const findCol = (cells: readonly string[], re: RegExp) => cells.findIndex((c) => re.test(fold(c)));

/** The header row of a tabbed step table: has a time column and a requirements or output column. */
export function findTabbedHeader(lines: readonly Line[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const c = lines[i].cells;
    if (c.length < 4) continue;
    if (findCol(c, TIME) >= 0 && (findCol(c, REQUIREMENTS) >= 0 || findCol(c, OUTPUT) >= 0)) return i;
  }
  return -1;
}

function layoutAt(lines: readonly Line[], at: number): Layout {
  let detail = lines[at].cells;
  let upperAt = at - 1;
  while (upperAt >= 0 && !lines[upperAt].text.trim()) upperAt--;
  const upper = upperAt >= 0 && lines[upperAt].cells.length >= 3 ? lines[upperAt].cells : [];
  // Word merges "No" and "Uraian" over both header rows: the second row then lacks those cells.
  const spanned = findCol(upper, /^pelaksana/);
  if (spanned > 0 && detail.slice(0, spanned).every(Boolean) && findCol(detail, ACTIVITY) < 0 && findCol(upper, ACTIVITY) >= 0 && findCol(upper, ACTIVITY) < spanned) {
    detail = [...upper.slice(0, spanned), ...detail];
    if (NOTES.test(fold(upper[upper.length - 1] ?? ''))) detail = [...detail, upper[upper.length - 1]];
  }
  const pick = (re: RegExp) => {
    const d = findCol(detail, re);
    if (d >= 0) return d;
    return upper.length === detail.length ? findCol(upper, re) : -1;
  };
  const timeCol = findCol(detail, TIME);
  const reqCol = findCol(detail, REQUIREMENTS);
  const outputCol = findCol(detail, OUTPUT);
  let activityCol = pick(ACTIVITY);
  if (activityCol < 0) activityCol = findCol(upper, ACTIVITY);
  if (activityCol < 0) activityCol = 1;
  let noCol = pick(NO);
  if (noCol < 0 && activityCol > 0) noCol = 0;
  const firstQuality = Math.min(...[reqCol, timeCol, outputCol].filter((c) => c >= 0));
  const lanes: { col: number; name: string }[] = [];
  for (let c = activityCol + 1; c < firstQuality; c++) if (detail[c]) lanes.push({ col: c, name: detail[c] });
  return { noCol, activityCol, lanes, reqCol, timeCol, outputCol, notesCol: pick(NOTES) };
}

const isColumnNumbers = (cells: readonly string[]) => {
  const nums = cells.filter(Boolean);
  return nums.length >= 3 && nums.every((c, i) => /^\d+$/.test(c) && (i === 0 || Number(c) === Number(nums[i - 1]) + 1));
};

/**
 * Read the table whose header row is at `at`. With `wrapped` (PDF lines), a line without a number
 * and without marks continues the row above it, cell by cell.
 */
export function readTabbedTable(lines: readonly Line[], at: number, wrapped = false): TableRead {
  const layout = layoutAt(lines, at);
  const rows: RawRow[] = [];
  const flags: TableRead['flags'] = [];
  let i = at + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line.text.trim()) continue;
    if (TABLE_END.test(line.text.trim()) && rows.length) break;
    const c = line.cells;
    if (c.length < 3) {
      if (rows.length) break;
      continue;
    }
    if (isColumnNumbers(c)) continue;
    const cell = (k: number) => (k >= 0 ? (c[k] ?? '') : '');
    const no = cell(layout.noCol);
    const row = emptyRow();
    row.sourceNo = /^\d+\.?$/.test(no) ? no.replace('.', '') : null;
    row.activity = cell(layout.activityCol);
    layout.lanes.forEach((lane, k) => {
      if (cell(lane.col)) row.marks.set(k, cell(lane.col));
    });
    row.requirements = cell(layout.reqCol);
    row.time = cell(layout.timeCol);
    row.output = cell(layout.outputCol);
    row.notes = cell(layout.notesCol);
    row.raw = c.join(' ');
    const prev = rows[rows.length - 1];
    if (wrapped && prev && !row.sourceNo && !row.marks.size && !row.time) {
      const join = (a: string, b: string) => [a, b].filter(Boolean).join(' ');
      prev.activity = join(prev.activity, row.activity);
      prev.requirements = join(prev.requirements, row.requirements);
      prev.output = join(prev.output, row.output);
      prev.notes = join(prev.notes, row.notes);
      prev.raw = join(prev.raw, c.join(' '));
      continue;
    }
    if (!row.activity && !row.time && !row.output && !row.marks.size) continue;
    rows.push(row);
  }
  if (!layout.lanes.length) flags.push({ field: 'lanes', message: 'judul kolom pelaksana tidak ditemukan di tabel' });
  return { laneNames: layout.lanes.map((l) => l.name), rows, end: i, flags };
}
