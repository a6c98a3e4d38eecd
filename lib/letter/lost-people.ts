/**
 * People the parser may have lost or shifted, from the letter's own evidence, so that a wrong value is
 * never silent:
 *  - a staff number (NIP, NPP, NRP, NIK, NI PPPK) written in the body, a numbered table row with an
 *    e-mail or mobile number, or a list item opening with a form of address, that no person read carries and that lies on no person's lines nor the
 *    signatory's: the review is told on `people` (someone may be missing), and every person read after
 *    that line is flagged as a whole (`people[i]`): the list may have shifted by one;
 *  - a count the letter says ("3 (tiga) orang") above the people read: `people` flagged;
 *  - an e-mail holding another person's name and none of its own person's: that e-mail flagged (a value
 *    from another row).
 */
import type { Applicant, FieldEvidence, LetterProblem } from './schema';
import { HONORIFIC_WORD, type Line } from './text';

/** 8 + 6 + 1 + 3 digits (spaces or dots between the groups), or 18 together. */
const NIP_LIKE = /(?<![\d.])\d{8}[ .]?\d{6}[ .]?\d[ .]?\d{3}(?![\d])/g;
/** A labelled staff number: "NIP. 1975…", "NPP 1998.0412.011", "NRP: 75080512", "NIK 3571…", "NI PPPK …". */
const LABELLED = /\b(NIP|NPP|NRP|NIK|NIPPPK|NI\s?PPPK)\b\.?\s*:?\s*(\d[\d. -]{4,}\d)(?![\d])/g;
/** A line ending in such a label, its value on the next line ("… Edi Suprapto, NPP" / "1998.0412.011, …"). */
const LABEL_AT_END = /\b(?:NIP|NPP|NRP|NIK|NIPPPK|NI\s?PPPK)\.?\s*:?\s*$/;

const digits = (s: string) => s.replace(/\D/g, '');

/** A sign of one person on a line: a staff number, or a numbered table row (label "baris tabel"). */
export type StaffNumber = { label: string; value: string; digits: string; line: Line };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const MOBILE = /(?<![\d+])(?:\+62|62|0)\s?8\d(?:[\s.-]?\d){7,10}(?!\d)/;

/** Table rows numbered in their first cell ("3<TAB>Dedi …<TAB>…", "| 3 | Dedi … |") that hold an e-mail or a mobile number: a person each. */
export function numberedRows(lines: readonly Line[]): StaffNumber[] {
  const out: StaffNumber[] = [];
  for (const line of lines) {
    const delim = line.raw.includes('\t') ? '\t' : line.raw.includes('|') ? '|' : null;
    if (!delim) continue;
    const cells = line.raw.split(delim).map((c) => c.trim()).filter(Boolean);
    const no = /^(\d{1,2})[.)]?$/.exec(cells[0] ?? '');
    if (no && cells.length >= 3 && (EMAIL.test(line.text) || MOBILE.test(line.text))) out.push({ label: 'baris tabel', value: `no. ${no[1]}`, digits: `row:${line.n}`, line });
  }
  return out;
}

/** "2. Sdri. Wulan Sari, S.E.", "- Bapak Agus Salim": a list item opening with a form of address and a capitalised name. */
const HONORIFIC_ITEM = new RegExp(`^\\s*(?:\\d{1,2}[.)]|[a-z][.)]|[-•●▪*])\\s+${HONORIFIC_WORD}\\s+[A-Z][A-Za-z'.-]+(?:\\s+[A-Z][A-Za-z'.-]+)+`);

/** List items naming a person by their form of address: a person each. */
export function honorificItems(lines: readonly Line[]): StaffNumber[] {
  return lines.filter((line) => HONORIFIC_ITEM.test(line.raw)).map((line) => ({ label: 'butir daftar', value: `"${line.text.slice(0, 40)}"`, digits: `item:${line.n}`, line }));
}

const COUNT_WORDS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
/** "3 (tiga) orang", "2 (dua) pegawai", "sebanyak 4 (empat) personel": a count the letter says, its figure and word agreeing. */
const SAID_COUNT = new RegExp(`\\b(\\d{1,2})\\s*\\(\\s*(${COUNT_WORDS.join('|')})\\s*\\)\\s*(?:orang|pegawai|personil|personel|nama|akun)\\b`, 'i');

/** The largest count of people the letter says in words and figures, with its line. */
export function saidCount(lines: readonly Line[]): { count: number; line: Line } | null {
  let best: { count: number; line: Line } | null = null;
  for (const line of lines) {
    const m = SAID_COUNT.exec(line.text);
    if (!m || COUNT_WORDS.indexOf(m[2].toLowerCase()) + 1 !== Number(m[1])) continue;
    if (!best || Number(m[1]) > best.count) best = { count: Number(m[1]), line };
  }
  return best;
}

/** The staff numbers written on `lines` (each once, first line kept), a label ending a line read with the next line's value. */
export function staffNumbers(lines: readonly Line[]): StaffNumber[] {
  const out = new Map<string, StaffNumber>();
  lines.forEach((line, i) => {
    const next = LABEL_AT_END.test(line.text) ? lines[i + 1] : undefined;
    const probe = next ? `${line.text} ${next.text}` : line.text;
    const found: { label: string; value: string }[] = [];
    for (const m of probe.matchAll(LABELLED)) if (m.index < line.text.length) found.push({ label: m[1].replace(/\s/g, ' ').toUpperCase(), value: m[2].trim() });
    for (const m of line.text.matchAll(NIP_LIKE)) found.push({ label: 'NIP', value: m[0] });
    for (const f of found) {
      const d = digits(f.value);
      if (d.length < 6 || out.has(d)) continue;
      out.set(d, { ...f, digits: d, line });
    }
  });
  return [...out.values()];
}

/** The lines (first and last, 1-based) each person's values were read from, in one pass over the evidence. */
function personSpans(count: number, fields: Record<string, FieldEvidence>): [number, number][] {
  const spans: [number, number][] = Array.from({ length: count }, () => [Infinity, -Infinity]);
  for (const [path, ev] of Object.entries(fields)) {
    const m = /^people\[(\d+)\]\.(?!action$)/.exec(path);
    const span = m ? spans[Number(m[1])] : undefined;
    if (!span) continue;
    span[0] = Math.min(span[0], ev.line);
    span[1] = Math.max(span[1], ev.line);
  }
  return spans;
}

/** Whether each line (1-based index) lies within some person's span: a running count over the span edges. */
function coveredLines(spans: readonly [number, number][], last: number): boolean[] {
  const edges = new Array<number>(last + 2).fill(0);
  for (const [from, to] of spans) {
    if (from > to) continue;
    edges[Math.max(0, from)]++;
    edges[Math.min(last + 1, to + 1)]--;
  }
  let open = 0;
  return edges.map((e) => (open += e) > 0);
}

export const LOST_PERSON_NOTE = (n: StaffNumber, read: number, named: number) =>
  `Jumlah pegawai yang terbaca (${read}) kurang dari yang disebut surat (sedikitnya ${named}): ${n.label} ${n.value} di baris ${n.line.n} tidak masuk ke pegawai mana pun — periksa apakah ada pegawai yang terlewat`;
export const SHIFTED_PERSON_NOTE = (n: StaffNumber) =>
  `Pegawai ini terbaca sesudah baris ${n.line.n} (${n.label} ${n.value} tanpa pegawai): urutan dan isi baris pegawai mungkin bergeser — periksa`;

/** "Mengetahui, / Camat …, / (name) / NIP. …": a countersignature's number, at most four lines under its word. */
function countersigned(lines: readonly Line[], line: Line): boolean {
  const at = lines.indexOf(line);
  return lines.slice(Math.max(0, at - 4), at + 1).some((l) => /\b(?:mengetahui|menyetujui)\b/i.test(l.text));
}

export const SAID_COUNT_NOTE = (said: number, read: number) =>
  `Jumlah orang yang disebut surat (${said}) tidak sama dengan yang terbaca (${read}) — periksa apakah ada pegawai yang terlewat`;
export const OTHER_ROW_NOTE = (other: string) =>
  `Email memuat nama pegawai lain (${other}), bukan nama pegawai ini: nilai mungkin dari baris lain — periksa`;

/**
 * The problems of staff numbers on `lines` (the letter's body, its letterhead and signer block left
 * out) that no person carries: one on `people` per number, and one on each person read after it.
 */
export function lostPeople(
  lines: readonly Line[],
  people: readonly Applicant[],
  fields: Record<string, FieldEvidence>,
  signatoryNip: string | null,
): LetterProblem[] {
  if (!people.length) return [];
  const numbers = [...staffNumbers(lines), ...numberedRows(lines), ...honorificItems(lines)].sort((a, b) => a.line.n - b.line.n);
  const known = new Set([...people.map((p) => p.nip), signatoryNip].filter((v): v is string => !!v).map(digits));
  const spans = personSpans(people.length, fields);
  const covered = coveredLines(spans, lines.at(-1)?.n ?? 0);
  const signer = new Set(Object.entries(fields).filter(([path]) => path.startsWith('signatory.')).map(([, ev]) => ev.line));
  const unclaimed = numbers.filter((n) => !known.has(n.digits) && !signer.has(n.line.n) && !covered[n.line.n] && !countersigned(lines, n.line));
  const out: LetterProblem[] = [];
  for (const n of unclaimed) out.push({ field: 'people', message: LOST_PERSON_NOTE(n, people.length, people.length + unclaimed.length), line: n.line.n, source: n.line.written ?? n.line.text });
  const first = unclaimed[0];
  if (first)
    spans.forEach(([from], i) => {
      if (from > first.line.n) out.push({ field: `people[${i}]`, message: SHIFTED_PERSON_NOTE(first), person: i, line: from });
    });
  const said = first ? null : saidCount(lines);
  if (said && said.count > people.length) out.push({ field: 'people', message: SAID_COUNT_NOTE(said.count, people.length), line: said.line.n, source: said.line.written ?? said.line.text });
  out.push(...otherRowEmails(people, fields));
  return out;
}

const nameWords = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4);

/**
 * E-mails that hold another person's name and none of their own person's ("rezapahlevi.tm@…" beside
 * Fitri Handayani while Reza Pahlevi is in the list): the value may come from another row.
 */
export function otherRowEmails(people: readonly Applicant[], fields: Record<string, FieldEvidence>): LetterProblem[] {
  const out: LetterProblem[] = [];
  people.forEach((p, i) => {
    if (!p.email || !p.name) return;
    const local = p.email.split('@')[0].toLowerCase();
    if (nameWords(p.name).some((w) => local.includes(w))) return;
    const other = people.find((q, k) => k !== i && q.name && nameWords(q.name).some((w) => local.includes(w)));
    const line = fields[`people[${i}].email`]?.line;
    if (other) out.push({ field: `people[${i}].email`, message: OTHER_ROW_NOTE(other.name!), person: i, ...(line && { line }) });
  });
  return out;
}
