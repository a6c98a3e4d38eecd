/**
 * A person a scan's reader lost: OCR can break a table or a sentence so that a second person's NIP,
 * e-mail or mobile number is read but given to nobody. Such a value, on or after the first line a
 * person was read from (the letterhead's e-mail and telephone come before), that no person and not
 * the signatory carries, is pointed out on `people` with its line: the review then asks for the
 * person who may be missing instead of staying silent.
 */
import type { LetterProblem, ParsedLetter } from './schema';

/** 8 + 6 + 1 + 3 digits (a recogniser's stray letter in the sex digit allowed), or 18 together. */
const NIP_LIKE = /(?<![\dA-Za-z])(?:\d{8}\s?\d{6}\s?[\dA-Za-z|]\s?\d{3}|\d{18})(?![\dA-Za-z])/g;
const EMAIL_LIKE = /[\w.+-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+/g;
/** A mobile number (08…, +62 8…, 62 8…); a letterhead's landline "(0473) 21003" is not one. */
const MOBILE_LIKE = /(?<![\d+])(?:\+62|62|0)\s?8\d(?:[\s.-]?\d){7,10}(?!\d)/g;

const digits = (s: string) => s.replace(/\D/g, '');
const alnum = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** A mobile number's digits after its country code or trunk 0 ("0812…", "+62812…" → "812…"). */
const mobile = (s: string) => digits(s).replace(/^(?:62|0)/, '');

export const UNCLAIMED_NOTE = (line: number, what: string) =>
  `hasil pindai: baris ${line} memuat ${what} yang tidak masuk ke pegawai mana pun — periksa apakah ada pegawai yang terlewat`;

/** The first value of `text` (the scanned text) after the first person's line that nobody carries, as a problem on `people`. */
export function unclaimedContact(parsed: ParsedLetter, text: string): LetterProblem | null {
  const personLines = Object.entries(parsed.fields)
    .filter(([path]) => path.startsWith('people['))
    .map(([, ev]) => ev.line);
  if (!parsed.people.length || !personLines.length) return null;
  const nips = new Set([...parsed.people.map((p) => p.nip), parsed.signatory?.nip].filter((v): v is string => !!v).map(digits));
  const emails = new Set(parsed.people.map((p) => p.email).filter((v): v is string => !!v).map(alnum));
  const phones = new Set(parsed.people.map((p) => p.phone).filter((v): v is string => !!v).map(mobile));
  const lines = text.split('\n');
  for (let i = Math.min(...personLines) - 1; i < lines.length; i++) {
    const line = lines[i];
    const nip = [...line.matchAll(NIP_LIKE)].find((m) => digits(m[0]).length >= 17 && ![...nips].some((n) => sameNip(n, m[0])));
    if (nip) return problem(i + 1, 'NIP', line);
    if ([...line.matchAll(EMAIL_LIKE)].some((m) => !emails.has(alnum(m[0])))) return problem(i + 1, 'alamat email', line);
    if ([...line.matchAll(MOBILE_LIKE)].some((m) => !phones.has(mobile(m[0])))) return problem(i + 1, 'nomor HP', line);
  }
  return null;
}

/** A NIP read with one digit lost or misread still is that NIP (17 of its 18 digits in place). */
function sameNip(known: string, read: string): boolean {
  const d = read.replace(/\s/g, '');
  if (d.length !== known.length) return digits(d) === known;
  let differ = 0;
  for (let k = 0; k < d.length; k++) if (d[k] !== known[k]) differ++;
  return differ <= 1;
}

function problem(line: number, what: string, source: string): LetterProblem {
  return { field: 'people', message: UNCLAIMED_NOTE(line, what), line, source: source.trim() };
}
