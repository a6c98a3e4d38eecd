import type { Settings } from '../log/schema';

/**
 * Office-local calendar dates for reports. Indonesian time zones have no daylight saving, so a
 * fixed offset is exact and much faster than Intl for a million records.
 */

export type OfficeTimeZone = Settings['timeZone'];

const OFFSET_MINUTES: Record<OfficeTimeZone, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

export function tzOffsetMinutes(tz: OfficeTimeZone): number {
  return OFFSET_MINUTES[tz];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Office-local wall time of an instant, as a Date whose UTC fields hold the local fields. */
export function localShifted(iso: string, tz: OfficeTimeZone): Date {
  return new Date(Date.parse(iso) + OFFSET_MINUTES[tz] * 60_000);
}

/** `YYYY-MM-DD` in the office time zone. */
export function localDate(iso: string, tz: OfficeTimeZone): string {
  const d = localShifted(iso, tz);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** `YYYY-MM-DD HH:mm` in the office time zone. */
export function localDateTime(iso: string, tz: OfficeTimeZone): string {
  const d = localShifted(iso, tz);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** `YYYY-MM-DD` → `DD/MM/YYYY` (the way Indonesian offices write dates). */
export function displayDate(ymd: string): string {
  const [y, m, d] = ymd.split('-');
  return `${d}/${m}/${y}`;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `YYYY-MM-DD` → `5 Januari 2026` / `5 January 2026`. */
export function longDate(ymd: string, lang: 'id' | 'en' = 'id'): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${d} ${(lang === 'id' ? MONTHS_ID : MONTHS_EN)[m - 1]} ${y}`;
}

/** ISO week of a `YYYY-MM-DD` date: `2026-W02`. */
export function isoWeek(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = date.getUTCDay() || 7; // Monday = 1 ... Sunday = 7
  date.setUTCDate(date.getUTCDate() + 4 - dow); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${pad2(week)}`;
}
