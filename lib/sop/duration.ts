import type { Lang } from '../i18n';
import type { Duration, DurationUnit } from './schema';

/**
 * The "waktu" column of an SOP (mutu baku) as written by people: "10 menit", "15 – 30 Menit",
 * "7 (tujuh) hari kerja", "3 Hari", "N/A", "Setiap hari kerja pukul 09.00-15.00 wib".
 * `parseDuration` never throws: text it cannot read keeps `unit: null`.
 */

const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  'lima belas': 15,
  'dua puluh': 20,
  'tiga puluh': 30,
  'empat puluh lima': 45,
  'enam puluh': 60,
};

const EMPTY = /^(?:-+|n\/?a|na|tidak ditentukan|tdk ditentukan|tidak ada|belum ditentukan|\?)$/;

const UNITS: { re: RegExp; unit: DurationUnit; factor: number }[] = [
  { re: /^(?:hari kerja|hr kerja|hk)\b/, unit: 'workday', factor: 1 },
  { re: /^(?:minggu kerja|pekan kerja)\b/, unit: 'workday', factor: 5 },
  { re: /^(?:hari|hr)\b/, unit: 'day', factor: 1 },
  { re: /^(?:minggu|pekan|week|weeks)\b/, unit: 'day', factor: 7 },
  { re: /^(?:jam|j|hours?|hrs?)\b/, unit: 'hour', factor: 1 },
  { re: /^(?:menit|mnt|min|minutes?|mins?)\b/, unit: 'minute', factor: 1 },
  { re: /^(?:detik|dtk|seconds?|sec)\b/, unit: 'minute', factor: 1 / 60 },
  { re: /^(?:days?)\b/, unit: 'day', factor: 1 },
];

function normalise(text: string): string {
  let t = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  // Number words → digits (longest first so "dua belas" wins over "dua").
  const words = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length);
  for (const w of words) {
    if (w === 'se') continue;
    t = t.replace(new RegExp(`(^|[\\s(])${w}(?=[\\s)]|$)`, 'g'), (_m, pre: string) => `${pre}${NUMBER_WORDS[w]}`);
  }
  // "sejam", "sehari" → 1 jam, 1 hari.
  t = t.replace(/(^|\s)se(jam|hari|minggu)\b/g, '$11 $2');
  // "7 (tujuh)" / "7 (7)" → "7".
  t = t.replace(/(\d)\s*\(\s*\d+\s*\)/g, '$1');
  return t;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

const WINDOW_RE =
  /pukul\s*(\d{1,2})[.:](\d{2})\s*(?:-|s\.?\s*d\.?|sampai|hingga)\s*(?:pukul\s*)?(\d{1,2})[.:](\d{2})\s*(wita|wib|wit)?/;

const RANGE_RE =
  /(\d+(?:[.,]\d+)?)(?:\s*x\s*(\d+(?:[.,]\d+)?))?\s*(?:(?:-|s\.?\s*d\.?|sampai|hingga|atau)\s*(\d+(?:[.,]\d+)?)(?:\s*x\s*(\d+(?:[.,]\d+)?))?)?\s*(.*)$/;

const NONE = (text: string): Duration => ({ text, min: null, max: null, unit: null });

export function parseDuration(text: string): Duration {
  const raw = typeof text === 'string' ? text : '';
  try {
    const t = normalise(raw);
    if (!t || EMPTY.test(t)) return NONE(raw);

    const w = WINDOW_RE.exec(t);
    if (w) {
      const days = raw
        .slice(0, raw.toLowerCase().indexOf('pukul'))
        .replace(/[,;\s]+$/, '')
        .trim();
      const zone = w[5] ? (w[5].toUpperCase() as 'WIB' | 'WITA' | 'WIT') : null;
      const from = `${pad(w[1])}:${w[2]}`;
      const to = `${pad(w[3])}:${w[4]}`;
      const valid = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
      if (valid(from) && valid(to)) return { ...NONE(raw), window: { days, from, to, zone } };
    }

    // Find the first number followed (possibly after a range) by a unit.
    for (let i = 0; i < t.length; i++) {
      if (!/\d/.test(t[i]) || (i > 0 && /[\d.,]/.test(t[i - 1]))) continue;
      const m = RANGE_RE.exec(t.slice(i));
      if (!m) continue;
      const rest = m[5].trim();
      const u = UNITS.find((x) => x.re.test(rest));
      if (!u) continue;
      const a = toNumber(m[1]) * (m[2] ? toNumber(m[2]) : 1);
      const b = m[3] ? toNumber(m[3]) * (m[4] ? toNumber(m[4]) : 1) : a;
      if (!Number.isFinite(a) || !Number.isFinite(b)) return NONE(raw);
      const round = (n: number) => Math.round(n * u.factor * 1000) / 1000;
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return { text: raw, min: round(lo), max: round(hi), unit: u.unit };
    }
    return NONE(raw);
  } catch {
    return NONE(raw);
  }
}

const UNIT_LABEL: Record<Lang, Record<DurationUnit, [string, string]>> = {
  id: { minute: ['menit', 'menit'], hour: ['jam', 'jam'], day: ['hari', 'hari'], workday: ['hari kerja', 'hari kerja'] },
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], workday: ['working day', 'working days'] },
};

function formatNumber(n: number, lang: Lang): string {
  const s = String(Math.round(n * 100) / 100);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/** A short display form: "15–30 menit", "7 working days", "Setiap hari kerja, 09.00–15.00 WIB". */
export function formatDuration(d: Duration, lang: Lang = 'id'): string {
  if (d.window) {
    const sep = lang === 'id' ? '.' : ':';
    const time = (s: string) => s.replace(':', sep);
    const days =
      lang === 'en' && /^setiap hari kerja$/i.test(d.window.days.trim())
        ? 'Every working day'
        : d.window.days || (lang === 'id' ? 'Setiap hari' : 'Every day');
    const zone = d.window.zone ? ` ${d.window.zone}` : '';
    return `${days}, ${time(d.window.from)}–${time(d.window.to)}${zone}`;
  }
  if (d.unit && d.min !== null && d.max !== null) {
    const [one, many] = UNIT_LABEL[lang][d.unit];
    const label = d.max === 1 ? one : many;
    const amount = d.min === d.max ? formatNumber(d.min, lang) : `${formatNumber(d.min, lang)}–${formatNumber(d.max, lang)}`;
    return `${amount} ${label}`;
  }
  const t = d.text.trim();
  if (!t || EMPTY.test(normalise(t))) return lang === 'id' ? 'tidak ditentukan' : 'not specified';
  return t;
}

/** The upper bound in minutes for minute/hour units (null for days and unknown). */
export function durationMaxMinutes(d: Duration): number | null {
  if (d.max === null) return null;
  if (d.unit === 'minute') return d.max;
  if (d.unit === 'hour') return d.max * 60;
  return null;
}
