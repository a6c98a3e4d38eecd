/**
 * Validators for values found in request letters: NIP, email, phone, Indonesian dates.
 * Each returns the cleaned value (or the raw value when it cannot be cleaned) and the
 * reasons (Bahasa Indonesia) why it is not valid; `ok` is true when there are none.
 */
import { DATE_WINDOW_RULE, isDateInWindow } from '../timing/date-window';

export type Checked = { value: string; ok: boolean; reasons: string[] };

function result(value: string, reasons: string[]): Checked {
  return { value, ok: reasons.length === 0, reasons };
}

/** A real calendar date? Month 1–12, day within the month (leap years counted). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export type NipParts = { birthDate: string; tmt: string; sex: 'L' | 'P'; sequence: string };
export type NipCheck = Checked & { parts: NipParts | null };

/**
 * NIP: 18 digits once spaces, dots and dashes are removed —
 * birth date YYYYMMDD (8) + TMT YYYYMM (6) + sex 1/2 (1) + sequence (3).
 */
export function checkNip(raw: string): NipCheck {
  const value = raw.replace(/[\s.-]/g, '');
  const reasons: string[] = [];
  if (!value) return { value, ok: false, reasons: ['NIP kosong'], parts: null };
  if (/\D/.test(value)) {
    reasons.push('NIP hanya boleh berisi angka');
    return { value, ok: false, reasons, parts: null };
  }
  if (value.length !== 18) {
    reasons.push(`NIP harus 18 digit, tertulis ${value.length} digit`);
    return { value, ok: false, reasons, parts: null };
  }
  const by = Number(value.slice(0, 4));
  const bm = Number(value.slice(4, 6));
  const bd = Number(value.slice(6, 8));
  const ty = Number(value.slice(8, 12));
  const tm = Number(value.slice(12, 14));
  const sex = value[14];
  const sequence = value.slice(15);
  const birthOk = by >= 1900 && isRealDate(by, bm, bd);
  if (!birthOk) reasons.push(`tanggal lahir pada NIP (${value.slice(6, 8)}-${value.slice(4, 6)}-${value.slice(0, 4)}) bukan tanggal yang sah`);
  const tmtOk = ty >= 1900 && tm >= 1 && tm <= 12;
  if (!tmtOk) reasons.push(`TMT pengangkatan pada NIP (${value.slice(8, 12)}-${value.slice(12, 14)}) bukan bulan yang sah`);
  if (birthOk && tmtOk) {
    if (ty * 12 + tm < (by + 18) * 12 + bm) {
      reasons.push(
        ty * 12 + tm <= by * 12 + bm
          ? 'TMT pengangkatan pada NIP sebelum tanggal lahir'
          : 'TMT pengangkatan pada NIP kurang dari 18 tahun setelah tanggal lahir',
      );
    }
  }
  if (sex !== '1' && sex !== '2') reasons.push(`digit jenis kelamin pada NIP harus 1 atau 2, tertulis ${sex}`);
  if (sequence === '000') reasons.push('nomor urut pada NIP tidak boleh 000');
  const parts: NipParts | null =
    reasons.length === 0
      ? { birthDate: isoDate(by, bm, bd), tmt: `${value.slice(8, 12)}-${value.slice(12, 14)}`, sex: sex === '1' ? 'L' : 'P', sequence }
      : null;
  return { value, ok: reasons.length === 0, reasons, parts };
}

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Email: trimmed and lower-cased; spaces inside or a bad form are reasons. */
export function checkEmail(raw: string): Checked {
  const value = raw.trim().replace(/^mailto:/i, '').toLowerCase();
  const reasons: string[] = [];
  if (!value) return result(value, ['email kosong']);
  if (/\s/.test(value)) reasons.push('email mengandung spasi');
  else if ((value.match(/@/g) ?? []).length !== 1) reasons.push('email harus berisi tepat satu tanda @');
  else if (!EMAIL.test(value)) reasons.push('format email tidak sah');
  return result(value, reasons);
}

/**
 * Indonesian phone number to E.164 (+62…). Accepts 08…, 62…, +62…, 0062… with spaces, dots,
 * dashes and parentheses. The national number must be 8–12 digits.
 * When it cannot be normalised, the trimmed raw value is returned with the reasons.
 */
export function checkPhone(raw: string): Checked {
  const trimmed = raw.trim();
  if (!trimmed) return result(trimmed, ['nomor telepon kosong']);
  const compact = trimmed.replace(/[\s.\-()/]/g, '');
  if (!/^\+?\d+$/.test(compact)) return result(trimmed, ['nomor telepon hanya boleh berisi angka, spasi, titik, tanda hubung, kurung, dan + di depan']);
  let national: string;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+62')) return result(trimmed, ['nomor telepon bukan nomor Indonesia (+62)']);
    national = compact.slice(3);
  } else if (compact.startsWith('0062')) national = compact.slice(4);
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return result(trimmed, ['nomor telepon harus diawali 0, 62, atau +62']);
  // "+62 (0)812…": the trunk 0 written after the country code.
  if (/^0[1-9]/.test(national) && (compact.startsWith('+') || compact.startsWith('62') || compact.startsWith('0062'))) national = national.slice(1);
  // "+62 62 812…": a mobile number (8…, 9–12 digits) behind a second 62. Landlines in area 062x
  // are at most 10 digits, so they are not mistaken for it.
  if (/^628/.test(national) && national.length >= 11) return result(trimmed, ['kode negara 62 tertulis dua kali']);
  if (/^0/.test(national)) return result(trimmed, ['nomor telepon tidak sah (angka 0 berlebih)']);
  if (national.length < 8) return result(trimmed, ['nomor telepon terlalu pendek']);
  if (national.length > 12) return result(trimmed, ['nomor telepon terlalu panjang']);
  return result(`+62${national}`, []);
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, febr: 2, february: 2,
  maret: 3, mar: 3, march: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, spt: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** The month names and abbreviations dates are read with, lower case. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS);

/** 1–12 for an Indonesian (or English) month name or abbreviation, else null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

// Longest first is for readers only: the pattern needs a separator right after the month word, so
// the regex backtracks from "jan" to "january" anyway and the match is the same in any order.
// Stryker disable next-line MethodExpression,ArithmeticOperator: equivalent (see above)
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** Months in Roman numerals ("24 / XI / 2026", "3-XII-2026"), longest first. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_MONTHS = [...ROMAN].sort((a, b) => b.length - a.length).join('|');
/**
 * "9 Februari 2026", "3 Mar. 2026", "02-05-2026", "02/05/2026", "23 - 03 - 2026", "23 Maret, 2026", "2026-05-02",
 * "24 / XI / 2026" (not after a "/" or a word: "800/12/XI/2026" is a letter number). Global, case-insensitive.
 */
export const DATE_PATTERN = new RegExp(
  `\\b(\\d{1,2})\\s*(?:-|\\s)\\s*(${MONTH_WORDS})\\.?\\s*(?:-|,?\\s)\\s*(\\d{4})\\b|\\b(\\d{1,2}) ?[-/.] ?(\\d{1,2}) ?[-/.] ?(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|(?<![\\w/.-]\\s*)\\b(\\d{1,2}) ?[-/.] ?(${ROMAN_MONTHS}) ?[-/.] ?(\\d{4})\\b`,
  'gi',
);

export type FoundDate = { iso: string | null; index: number; text: string; reasons: string[] };

function dateFromMatch(m: RegExpExecArray): FoundDate {
  let y: number, mo: number, d: number;
  if (m[1] !== undefined) [d, mo, y] = [Number(m[1]), MONTHS[m[2].toLowerCase()], Number(m[3])];
  else if (m[4] !== undefined) [d, mo, y] = [Number(m[4]), Number(m[5]), Number(m[6])];
  else if (m[7] !== undefined) [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  else [d, mo, y] = [Number(m[10]), ROMAN.indexOf(m[11].toUpperCase()) + 1, Number(m[12])];
  const real = isRealDate(y, mo, d);
  const ok = real && isDateInWindow(isoDate(y, mo, d));
  const reason = real ? `tanggal "${m[0]}" di luar rentang (${DATE_WINDOW_RULE})` : `tanggal "${m[0]}" tidak sah`;
  return { iso: ok ? isoDate(y, mo, d) : null, index: m.index, text: m[0], reasons: ok ? [] : [reason] };
}

/** Every date written in `text`, in order. Numeric dates are read as DD-MM-YYYY. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) out.push(dateFromMatch(m as RegExpExecArray));
  return out;
}

/** The first date in `text` as YYYY-MM-DD, or null. */
export function parseIndonesianDate(text: string): string | null {
  const first = findDates(text)[0];
  return first ? first.iso : null;
}
