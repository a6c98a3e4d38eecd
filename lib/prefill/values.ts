/**
 * Pure value conversions for pre-fill: from what a letter says to what an SPSE input expects.
 * No DOM here (see controls.ts).
 */
import { checkEmail, checkNip, checkPhone, parseIndonesianDate } from '../letter/validate';

export type Converted = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Converted => ({ ok: true, value });
const bad = (reason: string): Converted => ({ ok: false, reason });

/** Single spaces, trimmed. Titles and punctuation are kept ("Dr. Budi Santoso, S.E., M.Si."). */
export function cleanText(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}

/** NIP: the 18 digits (spaces and dots removed), else a reason. */
export function toNip(raw: string): Converted {
  const c = checkNip(raw);
  if (/^\d{18}$/.test(c.value)) return ok(c.value);
  return bad(c.reasons[0] ? `NIP tidak dapat diisi: ${c.reasons[0]}` : 'NIP harus 18 digit angka');
}

/** Email: trimmed and lower-cased, else a reason. */
export function toEmail(raw: string): Converted {
  const c = checkEmail(raw);
  return c.ok ? ok(c.value) : bad(`Email tidak dapat diisi: ${c.reasons[0] ?? 'format tidak sah'}`);
}

/**
 * Phone numbers for SPSE forms. Letters are stored in E.164 (`+6281234567890`), but SPSE's
 * `peg_telepon` / `peg_mobile` inputs hold local numbers as users type them (GUESS, the sandbox
 * follows it): the country code becomes the trunk zero, `+62812…` → `0812…`, `+6221…` → `021…`.
 * Anything that is not an Indonesian number is refused with a reason (never guessed).
 */
export function toLocalPhone(raw: string): Converted {
  const c = checkPhone(raw);
  if (!c.ok) return bad(`Nomor telepon tidak dapat diisi: ${c.reasons[0] ?? 'tidak sah'}`);
  return ok('0' + c.value.slice(3));
}

/** A local Indonesian mobile number (08…) rather than a landline. */
export function isMobileNumber(local: string): boolean {
  return /^08\d+$/.test(local);
}

export type YMD = { y: number; m: number; d: number };

/** A date written as YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or "31 Desember 2026", else null. */
export function parseDate(raw: string): YMD | null {
  const iso = parseIndonesianDate(raw.trim());
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** Datepicker formats Pandu writes: d/dd, m/mm, yy/yyyy joined by `-`, `/` or `.`. */
const FORMAT_RE = /^(d{1,2}|m{1,2}|y{2}|y{4})([-/.])(d{1,2}|m{1,2}|y{2}|y{4})\2(d{1,2}|m{1,2}|y{2}|y{4})$/;

/** A supported date format (lower-cased), or null. `DD-MM-YYYY` → `dd-mm-yyyy`. */
export function normaliseDateFormat(format: string | null | undefined): string | null {
  const f = (format ?? '').trim().toLowerCase();
  const m = FORMAT_RE.exec(f);
  if (!m) return null;
  const kinds = [m[1][0], m[3][0], m[4][0]].sort().join('');
  return kinds === 'dmy' ? f : null;
}

/** Write a date in a format from `normaliseDateFormat` (`dd-mm-yyyy`, `yyyy-mm-dd`, `d/m/yy`, …). */
export function formatDate(date: YMD, format: string): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return format.replace(/d{1,2}|m{1,2}|y{4}|y{2}/g, (t) => {
    if (t === 'dd') return pad(date.d, 2);
    if (t === 'd') return String(date.d);
    if (t === 'mm') return pad(date.m, 2);
    if (t === 'm') return String(date.m);
    if (t === 'yyyy') return pad(date.y, 4);
    return pad(date.y % 100, 2);
  });
}

/** A date value converted to the input's format, else a reason. */
export function toDate(raw: string, format: string): Converted {
  const d = parseDate(raw);
  if (!d) return bad(`Tanggal "${cleanText(raw)}" tidak dapat dibaca`);
  return ok(formatDate(d, format));
}

const USER_ID_MAX = 30;
const USER_ID_MIN = 3;

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '.')
    .replace(/[^a-z0-9._]/g, '')
    .replace(/([._])[._]+/g, '$1')
    .replace(/^[._]+/, '')
    .slice(0, USER_ID_MAX)
    .replace(/[._]+$/, '');
}

/** Academic and religious titles written around a name (removed for a User ID only). */
const TITLE_WORD = /^(dr|drs|dra|ir|h|hj|prof|st|kh|r|rr|ns|apt|drg)\.?$/i;

/** The name without titles: "Dr. H. Budi Santoso, S.E., M.Si." → "Budi Santoso". */
export function bareName(name: string): string {
  const beforeComma = cleanText(name).split(',')[0];
  return beforeComma
    .split(' ')
    .filter((w) => w && !TITLE_WORD.test(w) && !/^[A-Za-z]{1,4}\.[A-Za-z.]*$/.test(w))
    .join(' ');
}

/**
 * A suggested SPSE User ID: lower case, `[a-z0-9._]`, at most 30 characters, at least 3.
 * From the email's local part when it gives one, else from the name without titles.
 */
export function suggestUserId(email: string | null | undefined, name: string | null | undefined): string | null {
  const local = email ? email.trim().split('@')[0] : '';
  const fromEmail = local && email?.includes('@') ? slug(local) : '';
  if (fromEmail.length >= USER_ID_MIN) return fromEmail;
  const fromName = name ? slug(bareName(name)) : '';
  return fromName.length >= USER_ID_MIN ? fromName : null;
}

/** Case-insensitive, single-spaced comparison key. */
export function matchKey(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}
