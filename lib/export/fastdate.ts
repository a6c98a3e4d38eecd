/**
 * Fast epoch milliseconds of the ISO 8601 instants Pandu stores
 * (`2026-03-02T08:00:00+07:00`, `…00.123Z`, `…00Z`). Reading digits with charCodeAt is about
 * ten times faster than `Date.parse`, which matters over a million step events; anything of
 * another shape falls back to `Date.parse`.
 */

const D0 = 48;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since the epoch of each date seen, keyed by y·512 + m·32 + d (dates repeat a lot in a log). */
const dayCache = new Map<number, number>();
/** The last date parsed (a step's start and finish are mostly on one day). */
let lastKey = -1;
let lastDays = 0;

/** One decimal digit at `i`, or −1000 (which makes any sum negative) when it is not a digit. */
function dig(s: string, i: number): number {
  const c = s.charCodeAt(i) - D0;
  return c >= 0 && c <= 9 ? c : -1000;
}

export function parseIsoMs(s: string): number {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Date.parse(s);
  const y = dig(s, 0) * 1000 + dig(s, 1) * 100 + dig(s, 2) * 10 + dig(s, 3);
  const mo = dig(s, 5) * 10 + dig(s, 6);
  const d = dig(s, 8) * 10 + dig(s, 9);
  const h = dig(s, 11) * 10 + dig(s, 12);
  const mi = dig(s, 14) * 10 + dig(s, 15);
  const sec = dig(s, 17) * 10 + dig(s, 18);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 24 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return Date.parse(s);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Fraction: keep milliseconds (truncated, as Date.parse does).
    let scale = 100;
    i++;
    while (i < n) {
      const c = s.charCodeAt(i) - D0;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
      i++;
    }
    ms = Math.floor(ms);
  }
  let offset: number;
  const z = s.charCodeAt(i);
  if (z === 90 && i === n - 1) offset = 0;
  else if ((z === 43 || z === 45) && n === i + 6 && s.charCodeAt(i + 3) === 58) {
    const o = (dig(s, i + 1) * 10 + dig(s, i + 2)) * 60 + dig(s, i + 4) * 10 + dig(s, i + 5);
    if (o < 0) return Date.parse(s);
    offset = z === 43 ? o : -o;
  } else return Date.parse(s);
  const key = y * 512 + mo * 32 + d;
  let days: number | undefined;
  if (key === lastKey) days = lastDays;
  else {
    days = dayCache.get(key);
    if (days === undefined) {
      days = daysFromCivil(y, mo, d);
      if (dayCache.size < 100_000) dayCache.set(key, days);
    }
    lastKey = key;
    lastDays = days;
  }
  return ((days * 24 + h) * 60 + mi - offset) * 60_000 + sec * 1000 + ms;
}
