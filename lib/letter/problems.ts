import { applicantFields, fieldPath, type ApplicantField } from './fields';
import type { Applicant, FieldEvidence, LetterInfo, LetterProblem, ParsedLetter } from './schema';
import { checkEmail, checkNip, checkPhone } from './validate';

const LETTER_MISSING: Record<Exclude<keyof LetterInfo, 'place'>, string> = {
  number: 'Nomor surat tidak ditemukan',
  date: 'Tanggal surat tidak ditemukan',
  sender: 'Instansi pengirim surat tidak ditemukan',
  subject: 'Perihal surat tidak ditemukan',
  role: 'Jenis permohonan (peran SPSE) tidak dapat ditentukan dari surat',
};

const PERSON_MISSING: Record<ApplicantField, string> = {
  name: 'Nama belum ada',
  nip: 'NIP belum ada',
  position: 'Jabatan belum ada',
  email: 'Email belum ada',
  phone: 'Nomor HP belum ada',
};

const PERSON_PATH = /^people\[(\d+)\]\.(.+)$/;

const lineOf = (fields: Record<string, FieldEvidence>, path: string, fallback?: string) =>
  fields[path]?.line ?? (fallback ? fields[fallback]?.line : undefined);

function withLine(p: LetterProblem, line: number | undefined): LetterProblem {
  return line === undefined ? p : { ...p, line };
}

/**
 * Values the parser did not read verbatim from a clean labelled line (their evidence has a note),
 * while they still hold the value as read: each is flagged with its reason and source line.
 */
function flagged(letter: LetterInfo, people: readonly Applicant[], fields: Record<string, FieldEvidence>): LetterProblem[] {
  const out: LetterProblem[] = [];
  for (const [path, ev] of Object.entries(fields)) {
    if (!ev.note) continue;
    const person = PERSON_PATH.exec(path);
    const current = person ? people[Number(person[1])]?.[person[2] as ApplicantField] : path.startsWith('letter.') ? letter[path.slice(7) as keyof LetterInfo] : undefined;
    if (current === undefined || current === null || (ev.value !== undefined && current !== ev.value)) continue;
    out.push({ field: path, message: ev.note, ...(person && { person: Number(person[1]) }), line: ev.line, source: ev.source });
  }
  return out;
}

/** Why a name is not only a name: digits, an @, a field label or a sentence's length. */
function strayInName(name: string): string | null {
  if (/\d|@/.test(name)) return 'Nama memuat angka atau @ (nilai kolom lain?) — periksa';
  if (/\b(?:NIP|Jabatan|Email|HP|Telp)\b/i.test(name) || name.length > 90) return 'Nama memuat label kolom lain atau terlalu panjang — periksa';
  return null;
}

/** Why a position is not only a position: an e-mail or a NIP-like run of digits. */
function strayInPosition(position: string): string | null {
  return /@|\d{6}/.test(position.replace(/\s/g, '')) ? 'Jabatan memuat email atau deretan angka (nilai kolom lain?) — periksa' : null;
}

/** Every problem of a letter, derived from its current values (so edits in review re-check cleanly). */
export function findProblems(letter: LetterInfo, people: Applicant[], fields: Record<string, FieldEvidence>): LetterProblem[] {
  const out: LetterProblem[] = [];
  for (const key of Object.keys(LETTER_MISSING) as (keyof typeof LETTER_MISSING)[]) {
    if (letter[key] === null || letter[key] === '') out.push({ field: `letter.${key}`, message: LETTER_MISSING[key] });
  }
  if (people.length === 0) out.push({ field: 'people', message: 'Tidak ada data pegawai (nama/NIP) yang ditemukan dalam surat' });
  const seenNip = new Map<string, number>();
  people.forEach((p, i) => {
    for (const f of applicantFields) {
      const path = fieldPath(i, f);
      const line = lineOf(fields, path, fieldPath(i, 'name'));
      const value = p[f];
      if (value === null || value.trim() === '') {
        if (f === 'position' && letter.role === 'password-reset') continue;
        out.push(withLine({ field: path, message: PERSON_MISSING[f], person: i }, line));
        continue;
      }
      // A name or position holding another field's value: a table's columns read out of place.
      const stray = f === 'name' ? strayInName(value) : f === 'position' ? strayInPosition(value) : null;
      if (stray) out.push(withLine({ field: path, message: stray, person: i }, line));
      const check = f === 'nip' ? checkNip(value) : f === 'email' ? checkEmail(value) : f === 'phone' ? checkPhone(value) : null;
      if (check && !check.ok) {
        const label = f === 'nip' ? 'NIP' : f === 'email' ? 'Email' : 'Nomor HP';
        out.push(withLine({ field: path, message: `${label} tidak sah: ${check.reasons.join('; ')}`, person: i }, line));
      }
      if (f === 'nip' && check?.ok) {
        const before = seenNip.get(check.value);
        if (before !== undefined) out.push(withLine({ field: path, message: `NIP sama dengan orang ke-${before + 1}`, person: i }, line));
        else seenNip.set(check.value, i);
      }
    }
  });
  out.push(...flagged(letter, people, fields));
  return out;
}

/** Normalise edited values (NIP digits, email lower case, phone E.164) and recompute the problems. */
export function recheck(parsed: ParsedLetter): ParsedLetter {
  const clean = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim());
  const people = parsed.people.map((p) => {
    const nip = clean(p.nip);
    const email = clean(p.email);
    const phone = clean(p.phone);
    return {
      ...p,
      name: clean(p.name),
      nip: nip === null ? null : checkNip(nip).value,
      position: clean(p.position),
      email: email === null ? null : checkEmail(email).value,
      phone: phone === null ? null : checkPhone(phone).value,
    };
  });
  const letter = { ...parsed.letter };
  for (const k of ['number', 'place', 'sender', 'subject'] as const) letter[k] = clean(letter[k]);
  return { ...parsed, letter, people, problems: findProblems(letter, people, parsed.fields) };
}

/** Add an empty person at the end (the evidence map is unchanged). */
export function addPerson(parsed: ParsedLetter): ParsedLetter {
  return { ...parsed, people: [...parsed.people, { name: null, nip: null, position: null, email: null, phone: null, action: 'create' }] };
}

/** Remove person `index`, shifting the evidence of later people down so keys stay aligned. */
export function removePerson(parsed: ParsedLetter, index: number): ParsedLetter {
  const fields: Record<string, FieldEvidence> = {};
  for (const [key, ev] of Object.entries(parsed.fields)) {
    const m = PERSON_PATH.exec(key);
    if (!m) fields[key] = ev;
    else if (Number(m[1]) < index) fields[key] = ev;
    else if (Number(m[1]) > index) fields[`people[${Number(m[1]) - 1}].${m[2]}`] = ev;
  }
  return { ...parsed, people: parsed.people.filter((_, i) => i !== index), fields };
}
