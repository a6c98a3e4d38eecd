/**
 * Shapes a scan's reader can get wrong while every word is read surely, each a reason to flag:
 *  - a table row with more cells than its header: a wide gap inside a cell ("Hendri Gunawan,   S.E.")
 *    or a stray bar read as a column rule moved the cells after it into the wrong columns;
 *  - a mobile number whose last group has fewer than three digits ("0857-6767-3"): its end was cut
 *    off (the edge of the page, a fold) yet the rest is long enough to pass the length check;
 *  - a person whose name was not read: the row or lines they came from were misread, so whatever
 *    was read for them needs a look too.
 */
import type { LetterProblem, ParsedLetter } from './schema';

/** A line's cells: between bars when it is ruled with them ("| 1 | Rina |"), else between tab stops. */
function cells(line: string): string[] {
  const t = line.trim();
  if ((t.match(/\|/g) ?? []).length >= 2) return t.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return t.split('\t');
}

const isRow = (line: string) => cells(line).length >= 3;

/**
 * Whether line `index` (0-based) of `lines` is a table row with more cells than the table's header
 * (the first row of its block of rows).
 */
export function moreCellsThanHeader(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (line === undefined || !isRow(line)) return false;
  let head = index;
  while (head > 0 && isRow(lines[head - 1])) head--;
  return head < index && cells(line).length > cells(lines[head]).length;
}

/** Whether `source` writes the mobile number `phone` (E.164) with a last group of one or two digits after longer ones. */
export function phoneCutShort(source: string, phone: string): boolean {
  const tail = phone.replace(/\D/g, '').slice(-4);
  for (const m of source.matchAll(/(?:\+62|62|0)\s?8\d{1,3}(?:[\s.-]\d+)+/g)) {
    const groups = m[0].split(/[\s.-]+/).filter(Boolean);
    const last = groups[groups.length - 1];
    if (groups.length >= 3 && last.length < 3 && m[0].replace(/\D/g, '').endsWith(tail)) return true;
  }
  return false;
}

export const SHAPE_NOTES = {
  moreCells: 'hasil pindai: baris tabel ini punya lebih banyak kolom daripada judulnya, isinya mungkin bergeser kolom — periksa',
  phoneCut: 'hasil pindai: nomor HP tampak terpotong (kelompok angka terakhirnya pendek) — periksa',
  incomplete: 'hasil pindai: nama orang ini tidak terbaca — periksa semua isiannya',
} as const;

/** A problem on each person (`people[i]`) whose name was not read. */
export function incompletePeople(parsed: ParsedLetter): LetterProblem[] {
  return parsed.people.flatMap((p, i) => (p.name ? [] : [{ field: `people[${i}]`, message: SHAPE_NOTES.incomplete, person: i }]));
}
