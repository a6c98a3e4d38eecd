/**
 * A letter read from a scan: each value's evidence gets the OCR confidence of the words it was read
 * from (`ocr`), and a value whose words the recogniser was not sure of, or whose characters a
 * recogniser confuses (1/I/l, 0/O, rn/m …) where the value has no check digit to catch it, is flagged
 * with its confidence — so that no wrong value from a scan reaches a form unflagged.
 */
import type { ScanInfo, ScanLine } from '../documents/ocr-layout';
import { findProblems } from './problems';
import { REPAIRED_NOTE, repairAddressBrackets, repairEmail, repairLetterNumber, repairNameMarks, repairNameSpacing, repairSharedDomains } from './scan-repair';
import { unclaimedContact } from './scan-unclaimed';
import { incompletePeople, moreCellsThanHeader, phoneCutShort, SHAPE_NOTES } from './scan-shape';
import { nameEmailMismatch, splitRunTogether } from './scan-crosscheck';
import { WIDER_ROW_NOTE } from './people';
import { checkEmail } from './validate';
import { repairScanText, type ScanTextRepairs } from './scan-text';
import { collapse } from './text';
import type { FieldEvidence, LetterProblem as Problem, ParsedLetter } from './schema';

/** Words read with at least this confidence (0–1) count as sure. */
export const OCR_SURE = 0.9;
/**
 * A name has no check to catch a misread letter ("Igbal" read at 92 % for Iqbal), unlike a NIP
 * (birth date, TMT), a phone or an e-mail (shape), a date or a role (known words): it needs more.
 */
export const OCR_SURE_NAME = 0.93;

const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The words of a scanned line that make up `value` (all the line's words when none matches). A phone
 * read as "+62 812…" is also looked for as written ("0812…"); a word of one or two characters counts
 * only as a whole word of the value (a row number "1" is not part of a phone number).
 */
function valueWords(line: ScanLine, value: string): ScanLine['words'] {
  const v = alnum(value);
  const forms = [v, v.replace(/^62/, '0')];
  const whole = value.split(/\s+/).map(alnum);
  const own = line.words.filter((w) => {
    const t = alnum(w.text);
    return t.length > 2 ? forms.some((f) => f.includes(t)) : t.length > 0 && whole.includes(t);
  });
  return own.length ? own : line.words;
}

const PERSON_PATH = /^people\[(\d+)\]\.(name|nip|position|email|phone|action)$/;

function currentValue(parsed: ParsedLetter, path: string): string | null {
  const m = PERSON_PATH.exec(path);
  if (m) return parsed.people[Number(m[1])]?.[m[2] as 'name'] ?? null;
  if (path.startsWith('letter.')) {
    const v = parsed.letter[path.slice(7) as keyof ParsedLetter['letter']];
    return typeof v === 'string' ? v : null;
  }
  if (path.startsWith('signatory.')) return parsed.signatory?.[path.slice(10) as 'name'] ?? null;
  return null;
}

/**
 * Free-form values a recogniser can misread without any check catching it: a letter number's Roman
 * month (I/1/l) or a bracket that does not pair (a J or a slash read as ")"), an email's l/1 and
 * O/0. NIP and phone numbers are validated (and repaired, flagged) by the parser; dates and roles
 * are matched against known words. Any value ending in ":" or ";" took in a smudge or a label's colon.
 */
function confusable(path: string, value: string): boolean {
  // A colon or semicolon ending a value is a label's colon or a smudge read into it.
  if (/[:;]$/.test(value)) return true;
  if (path === 'letter.number')
    return value.split(/[/.\-\s]/).some((seg) => /^[1lI|VX]{1,4}$/.test(seg) && /[1lI|]/.test(seg)) || /\d[Oo]|[Oo]\d/.test(value) || /[()]/.test(value.replace(/\([^()]*\)/g, ''));
  // An e-mail's l/1 and O/0 beside a digit, or a lone 1 or 0 between letters ("be1ukab" for belukab).
  if (/\.email$/.test(path)) return /\d[lIoO]|[lIoO]\d/.test(value) || /[a-z][10][a-z]/i.test(value) || /rn|vv|cl/.test(value.split('@')[0]);
  return false;
}

/**
 * A labelled value ("Nama : Rizky") followed on its line by more text after a tab stop that is
 * not another label: the reader may have kept only the first piece (on a scan, a wide gap between
 * words comes out as a tab stop).
 */
function cutShort(source: string, value: string): boolean {
  const colon = source.indexOf(':');
  if (colon < 0) return false;
  const cells = source.slice(colon + 1).split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2) return false;
  const v = alnum(value);
  const first = alnum(cells[0]);
  const after = cells.slice(1).join(' ');
  return !!v && first.includes(v) && !after.includes(':') && alnum(after).length > 0 && !v.includes(alnum(after));
}

/** What a field is called in a flag ("Tanggal surat diperbaiki dari hasil pindai …"). */
const FIELD_LABELS: Record<string, string> = {
  'letter.number': 'Nomor surat',
  'letter.date': 'Tanggal surat',
  'letter.sender': 'Instansi pengirim',
  'letter.subject': 'Perihal',
  'letter.role': 'Peran SPSE',
  name: 'Nama',
  nip: 'NIP',
  position: 'Jabatan',
  email: 'Email',
  phone: 'Nomor HP',
  action: 'Jenis permintaan',
};

export const SCAN_NOTES = {
  unsure: (ocr: number) => `hasil pindai kurang jelas (keyakinan ${pct(ocr)} %) — periksa`,
  confusable: 'hasil pindai: huruf/angka yang mirip (1/I/l, 0/O) — periksa',
  cutShort: 'hasil pindai: ada teks lain sesudah nilai pada barisnya — periksa',
  unsureNameInEmail: (word: string) => `hasil pindai: email memuat kata nama yang kurang jelas terbaca ("${word}") — periksa keduanya`,
  nameEmail: (name: string, email: string) => `hasil pindai: nama dan email orang ini berbeda satu huruf ("${name}" / "${email}") — periksa keduanya`,
} as const;

function pct(c: number): number {
  return Math.round(c * 100);
}

/** Two capitals or more run into a capitalised word of four letters or more ("PBJAhli"; "PPKom" is one abbreviation). */
const ABBREVIATION_RUN_ON = /(\p{Lu}{2,})(\p{Lu}\p{Ll}{3,})/gu;

/**
 * The letter number and e-mail addresses with the scan confusions that cannot be right repaired
 * (scan-repair.ts), each repair noted "diperbaiki dari hasil pindai — periksa" with what was read.
 */
function repairScanned(read: ParsedLetter, text: string): { parsed: ParsedLetter; repaired: Record<string, string> } {
  const repaired: Record<string, string> = {};
  const note = (label: string, was: string) => `${label} ${REPAIRED_NOTE} (tertulis "${was}")`;
  let letter = read.letter;
  const number = letter.number && repairLetterNumber(letter.number);
  if (number && letter.number && read.fields['letter.number']) {
    repaired['letter.number'] = note('Nomor surat', letter.number);
    letter = { ...letter, number };
  }
  // Free text with two of the letter's words run together, spaced as the letter writes them elsewhere.
  const spaced = (path: string, label: string, value: string | null): string | null => {
    const fixed = value && read.fields[path] ? splitRunTogether(value, text) : null;
    if (fixed && value) repaired[path] = note(label, value);
    return fixed;
  };
  const bracketed = letter.sender && read.fields['letter.sender'] ? repairAddressBrackets(letter.sender) : null;
  if (bracketed && letter.sender) repaired['letter.sender'] = note('Instansi pengirim', letter.sender);
  const sender = spaced('letter.sender', 'Instansi pengirim', bracketed ?? letter.sender) ?? bracketed;
  if (sender) letter = { ...letter, sender };
  const people = read.people.map((p, i) => {
    const path = `people[${i}].name`;
    const unglued = p.name && read.fields[path] ? repairNameSpacing(p.name) : null;
    const spacedName = spaced(path, 'Nama', unglued ?? p.name) ?? unglued;
    const marked = p.name && read.fields[path] ? repairNameMarks(spacedName ?? p.name) : null;
    const name = marked ?? spacedName;
    // The note says what was read, before any repair.
    if ((unglued || marked) && p.name) repaired[path] = note('Nama', p.name);
    // A label's colon or a smudge read at a jabatan's end ("… Ahli Pertama:"), a quote mark at its start, are no part of it.
    // An abbreviation run into the word after it ("Pengelola PBJAhli Muda"): the recogniser lost the space.
    const trimmed = p.position && read.fields[`people[${i}].position`] ? p.position.replace(/\s*[:;]+$/, '').replace(/^[“”"‘’«»]+/, '').replace(ABBREVIATION_RUN_ON, '$1 $2') : null;
    const unmarked = trimmed && trimmed !== p.position ? trimmed : null;
    if (unmarked && p.position) repaired[`people[${i}].position`] = note('Jabatan', p.position);
    const position = spaced(`people[${i}].position`, 'Jabatan', unmarked ?? p.position) ?? unmarked;
    const email = p.email && repairEmail(p.email);
    const emailOk = !!email && !!p.email && checkEmail(email).ok && !!read.fields[`people[${i}].email`];
    if (emailOk) repaired[`people[${i}].email`] = note('Email', p.email!);
    return { ...p, ...(name && { name }), ...(position && { position }), ...(emailOk && { email }) };
  });
  // An agency's domain misread in one row, read right in two or more others.
  const shared = repairSharedDomains(people.map((p, i) => (read.fields[`people[${i}].email`] ? p.email : null)));
  shared.forEach((email, i) => {
    if (!email || email === people[i].email) return;
    repaired[`people[${i}].email`] ??= note('Email', read.people[i].email!);
    people[i] = { ...people[i], email };
  });
  return { parsed: { ...read, letter, people }, repaired };
}

/** A person's name and e-mail that differ by one letter, as a note on either (null when they agree). */
function nameEmailNote(parsed: ParsedLetter, path: string): string | null {
  const m = /^people\[(\d+)\]\.(?:name|email)$/.exec(path);
  const person = m && parsed.people[Number(m[1])];
  const off = person?.name && person.email ? nameEmailMismatch(person.name, person.email) : null;
  return off && SCAN_NOTES.nameEmail(off.name, off.email);
}

/**
 * `parsed` with OCR confidences and scan flags added from `scan` (one entry per line of its text);
 * `text`, the scanned text itself, keeps the tab stops the parser's source lines no longer show.
 */
export function applyScan(read: ParsedLetter, scan: ScanInfo, text?: string, textRepairs?: Pick<ScanTextRepairs, 'values' | 'boxes'>): ParsedLetter {
  const textLines = text?.split('\n');
  const { parsed, repaired } = repairScanned(read, text ?? '');
  const readFrom = (was: string) => `${REPAIRED_NOTE} (tertulis "${collapse(was)}")`;
  // A date repaired on its line (scan-text.ts): the values read from that line say what was read.
  for (const [path, ev] of Object.entries(parsed.fields)) {
    const was = textRepairs?.values.get(ev.line);
    if (was && !repaired[path]) repaired[path] = `${FIELD_LABELS[path.replace(/^people\[\d+\]\./, '')] ?? 'Nilai'} ${readFrom(was)}`;
  }
  // Check boxes read from a scan say the role and each person's request: both need a look.
  const boxes = textRepairs ? [...textRepairs.boxes.values()] : [];
  const boxNote = boxes.length ? `dibaca dari kotak centang pada pindaian; ${readFrom(boxes.join(' / '))}` : null;
  const boxLine = textRepairs ? [...textRepairs.boxes.keys()][0] : undefined;
  if (boxNote && boxLine) {
    if (parsed.letter.role) repaired['letter.role'] = `Peran SPSE ${boxNote}`;
    parsed.people.forEach((p, i) => {
      repaired[`people[${i}].action`] = `Jenis permintaan ${boxNote}`;
      parsed.fields[`people[${i}].action`] ??= { confidence: 0.7, line: boxLine, source: collapse(textLines?.[boxLine - 1] ?? '') };
    });
  }
  const fields: Record<string, FieldEvidence> = {};
  for (const [path, ev] of Object.entries(parsed.fields)) {
    const line = scan.lines[ev.line - 1];
    const value = currentValue(parsed, path);
    if (!line || !line.words.length || value === null) {
      fields[path] = ev;
      continue;
    }
    const ocr = Math.min(...valueWords(line, value).map((w) => w.confidence));
    const next: FieldEvidence = { ...ev, ocr: Math.round(ocr * 100) / 100, confidence: Math.min(ev.confidence, Math.round(ocr * 100) / 100) };
    if (repaired[path]) Object.assign(next, { note: repaired[path], value });
    // The parser's "more cells than the header" is said as a scan's reason on a scan.
    else if (!ev.note || ev.note === WIDER_ROW_NOTE) {
      if (ocr < (/\.name$/.test(path) ? OCR_SURE_NAME : OCR_SURE)) Object.assign(next, { note: SCAN_NOTES.unsure(ocr), value });
      else if (confusable(path, value)) Object.assign(next, { note: SCAN_NOTES.confusable, value });
      else if (nameEmailNote(parsed, path)) Object.assign(next, { note: nameEmailNote(parsed, path)!, value });
      else if (cutShort(textLines?.[ev.line - 1] ?? ev.source, value)) Object.assign(next, { note: SCAN_NOTES.cutShort, value });
      else if (textLines && moreCellsThanHeader(textLines, ev.line - 1)) Object.assign(next, { note: SHAPE_NOTES.moreCells, value });
      else if (/\.phone$/.test(path) && phoneCutShort(textLines?.[ev.line - 1] ?? ev.source, value)) Object.assign(next, { note: SHAPE_NOTES.phoneCut, value });
    }
    fields[path] = next;
  }
  // A name word the recogniser was unsure of, written again in the person's e-mail: the address may
  // carry the same misreading ("Igbal" / "igbal.insp@…" for Iqbal), which no check of its own catches.
  parsed.people.forEach((p, i) => {
    const name = fields[`people[${i}].name`];
    const email = fields[`people[${i}].email`];
    const line = name && scan.lines[name.line - 1];
    if (!p.name || !p.email || !email || email.note || !line) return;
    const local = alnum(p.email.split('@')[0]);
    const unsure = valueWords(line, p.name).find((w) => w.confidence < OCR_SURE_NAME && alnum(w.text).length >= 4 && local.includes(alnum(w.text)));
    if (unsure) fields[`people[${i}].email`] = { ...email, note: SCAN_NOTES.unsureNameInEmail(unsure.text.replace(/[,.]+$/, '')), value: p.email };
  });
  // The field checks are run again on the repaired values and the scan evidence; what the parser
  // found beyond them (an unfinished number, several roles, a date's reasons) is kept as it was.
  const same = (a: Problem, b: Problem) => a.field === b.field && a.message === b.message;
  const before = findProblems(read.letter, read.people, read.fields);
  const after = findProblems(parsed.letter, parsed.people, fields);
  const parserOwn = read.problems.filter((p) => !before.some((b) => same(b, p)));
  // A field check's message the parser rewrote (the date's own reasons) stays rewritten.
  const rewritten = before.filter((b) => !read.problems.some((p) => same(p, b)));
  const checks = after.filter((a) => !rewritten.some((r) => same(r, a)));
  const problems = [...checks, ...parserOwn.filter((p) => !checks.some((a) => same(a, p)))];
  // A NIP, e-mail or mobile number read but given to nobody: a person may be lost.
  const lost = unclaimedContact({ ...parsed, fields }, text ?? scan.lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n'));
  // A person whose name or NIP was not read came from a misread row: all their values need a look.
  const incomplete = incompletePeople(parsed).filter((p) => !problems.some((q) => q.field === p.field));
  return { ...parsed, fields, problems: [...problems, ...incomplete, ...(lost ? [lost] : [])] };
}

/** A letter from extracted text: parsed, and when the text came from a scan, with its scan evidence. */
export function parseExtracted(extracted: { text: string; scan?: ScanInfo }, parse: (text: string) => ParsedLetter): ParsedLetter {
  if (!extracted.scan) return parse(extracted.text);
  // Label words, dates and check boxes a recogniser misread are repaired before the letter is read.
  const repairs = repairScanText(extracted.text);
  return applyScan(parse(repairs.text), extracted.scan, repairs.text, repairs);
}
