/**
 * Fast epoch milliseconds of the ISO 8601 instants Pandu stores
 * (`2026-03-02T08:00:00+07:00`, `…00.123Z`, `…00Z`). Reading digits with charCodeAt is about
 * ten times faster than `Date.parse`, which matters over a million step events; anything of
 * another shape falls back to `Date.parse`.
 */

const D0 = 48;

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(at + i) - D0;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function parseIsoMs(s: string): number {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Date.parse(s);
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 24 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return Date.parse(s);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Fraction: keep milliseconds (truncated, as Date.parse does).
    let scale = 100;
    i++;
    while (i < s.length) {
      const c = s.charCodeAt(i) - D0;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
      i++;
    }
    ms = Math.floor(ms);
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (z === 90 && i === s.length - 1) offset = 0;
  else if ((z === 43 || z === 45) && s.length === i + 6 && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || om < 0) return Date.parse(s);
    offset = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return Date.parse(s);
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi - offset) * 60_000 + sec * 1000 + ms;
}
