/**
 * People the parser may have lost, from the letter's own evidence: a staff number (NIP, NPP, NRP,
 * NIK, NI PPPK) written in the body that no person read carries, and not on any person's lines nor
 * the signatory's. The review is told on `people` (someone may be missing), and every person read
 * after that number's line is flagged as a whole (`people[i]`): the list may have shifted by one, so
 * none of their values is silently taken for right.
 */
import type { Applicant, FieldEvidence, LetterProblem } from './schema';
import type { Line } from './text';

/** 8 + 6 + 1 + 3 digits (spaces or dots between the groups), or 18 together. */
const NIP_LIKE = /(?<![\d.])\d{8}[ .]?\d{6}[ .]?\d[ .]?\d{3}(?![\d])/g;
/** A labelled staff number: "NIP. 1975…", "NPP 1998.0412.011", "NRP: 75080512", "NIK 3571…", "NI PPPK …". */
const LABELLED = /\b(NIP|NPP|NRP|NIK|NIPPPK|NI\s?PPPK)\b\.?\s*:?\s*(\d[\d. -]{4,}\d)(?![\d])/g;
/** A line ending in such a label, its value on the next line ("… Edi Suprapto, NPP" / "1998.0412.011, …"). */
const LABEL_AT_END = /\b(?:NIP|NPP|NRP|NIK|NIPPPK|NI\s?PPPK)\.?\s*:?\s*$/;

const digits = (s: string) => s.replace(/\D/g, '');

export type StaffNumber = { label: string; value: string; digits: string; line: Line };

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
  const numbers = staffNumbers(lines);
  const known = new Set([...people.map((p) => p.nip), signatoryNip].filter((v): v is string => !!v).map(digits));
  const spans = personSpans(people.length, fields);
  const covered = coveredLines(spans, lines.at(-1)?.n ?? 0);
  const signer = new Set(Object.entries(fields).filter(([path]) => path.startsWith('signatory.')).map(([, ev]) => ev.line));
  const unclaimed = numbers.filter((n) => !known.has(n.digits) && !signer.has(n.line.n) && !covered[n.line.n]);
  const out: LetterProblem[] = [];
  for (const n of unclaimed) out.push({ field: 'people', message: LOST_PERSON_NOTE(n, people.length, people.length + unclaimed.length), line: n.line.n, source: n.line.written ?? n.line.text });
  const first = unclaimed[0];
  if (first)
    spans.forEach(([from], i) => {
      if (from > first.line.n) out.push({ field: `people[${i}]`, message: SHIFTED_PERSON_NOTE(first), person: i, line: from });
    });
  return out;
}
