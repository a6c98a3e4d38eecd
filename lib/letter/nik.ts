import type { Slot } from './people';
import { isRealDate } from './validate';

/**
 * A NIK (the 16-digit population number) written where a NIP goes ("NIP/NIK" column, a non-ASN
 * person): province code, district, subdistrict, birth date as DDMMYY (day + 40 for women), serial.
 * It is no NIP: a NIP starts with a birth date YYYYMMDD, which a NIK's first digits never make.
 */
function looksLikeNipStart(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  return year >= 1940 && year <= 2015 && isRealDate(year, Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
}

/** A NIK's DDMMYY birth date: its century unknown, so 29 February stands (a leap year is taken). */
const realDayOfYearUnknown = (day: number, month: number) => isRealDate(2000, month, day);

export function isNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits) || looksLikeNipStart(digits)) return false;
  const province = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  return province >= 11 && province <= 96 && realDayOfYearUnknown(day > 40 ? day - 40 : day, Number(digits.slice(8, 10))) && digits.slice(12) !== '0000';
}

/** The NIP slot, or nothing when it holds a NIK. */
export function withoutNik(slot: Slot): Slot | undefined {
  return isNik(slot.value) ? undefined : slot;
}
