import {
  ABBR_ZONE,
  ZONE_ABBR,
  clockToMinutes,
  localDayIndex,
  toMs,
  weekdayOfDay,
  MINUTE_MS,
  ZONE_OFFSET_MINUTES,
  DAY_MS,
  dateOfDay,
  isWorkingDay,
  type IsoWeekday,
  type TimeZone,
  type WorkCalendar,
} from './calendar';
import type { DurationLike } from './verdict';

/** A service window of a step ("Senin–Jumat 09.00–15.00 WIB"), as lib/sop's Duration.window. */
export type ServiceWindow = NonNullable<DurationLike['window']>;

const DAY_NAMES: Array<[RegExp, IsoWeekday]> = [
  [/^(senin|mon(day)?)$/, 1],
  [/^(selasa|tue(sday)?)$/, 2],
  [/^(rabu|wed(nesday)?)$/, 3],
  [/^(kamis|thu(rsday)?)$/, 4],
  [/^(jumat|jum'at|jum’at|fri(day)?)$/, 5],
  [/^(sabtu|sat(urday)?)$/, 6],
  [/^(minggu|ahad|sun(day)?)$/, 7],
];
const ID_DAY = ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];

function dayOf(word: string): IsoWeekday | null {
  const w = word.trim().toLowerCase().replace(/^hari\s+/, '');
  if (/^[1-7]$/.test(w)) return Number(w) as IsoWeekday;
  for (const [re, d] of DAY_NAMES) if (re.test(w)) return d;
  return null;
}

/**
 * The weekdays a window's `days` text names: "Senin–Jumat", "Senin s.d. Kamis", "Senin, Rabu",
 * "1-5", "hari kerja" (Monday–Friday). Null when the text names no day we know (no restriction).
 */
export function windowWeekdays(days: string): Set<IsoWeekday> | null {
  const text = days.trim().toLowerCase();
  if (!text) return null;
  if (/hari\s+kerja|working\s+days?/.test(text)) return new Set([1, 2, 3, 4, 5]);
  if (/setiap\s+hari|every\s*day|daily/.test(text)) return new Set([1, 2, 3, 4, 5, 6, 7]);
  const out = new Set<IsoWeekday>();
  for (const part of text.split(/\s*(?:,|;|\bdan\b|\band\b|&)\s*/)) {
    if (!part) continue;
    const range = part.split(/\s*(?:–|—|-|\bs\.\s*d\.?|\bs\/d\b|\bsd\b|\bsampai(?:\s+dengan)?\b|\bhingga\b|\bto\b)\s*/).filter(Boolean);
    if (range.length === 2) {
      const a = dayOf(range[0]);
      const b = dayOf(range[1]);
      if (a === null || b === null) return null;
      for (let d = a; ; d = ((d % 7) + 1) as IsoWeekday) {
        out.add(d);
        if (d === b) break;
      }
    } else {
      const d = dayOf(part);
      if (d === null) return null;
      out.add(d);
    }
  }
  return out.size ? out : null;
}

/** Does the window's days text mean "working days" (hari kerja)? */
function meansWorkingDays(days: string): boolean {
  return /hari\s+kerja|working\s+days?/i.test(days);
}

/**
 * Is the instant inside the service window? The window's own zone wins (09.00–15.00 WIB is
 * WIB wherever the office is); a window without a zone uses `tz` (the office's zone). With the
 * office calendar, "hari kerja" also skips holidays and cuti bersama.
 */
export function isWithinWindow(window: ServiceWindow, instant: string | number | Date, tz: TimeZone, cal?: WorkCalendar): boolean {
  const zone = window.zone ? ABBR_ZONE[window.zone] : tz;
  const ms = toMs(instant);
  const day = localDayIndex(ms, zone);
  if (cal && meansWorkingDays(window.days)) {
    if (!isWorkingDay(cal, dateOfDay(day))) return false;
  } else {
    const days = windowWeekdays(window.days);
    if (days && !days.has(weekdayOfDay(day))) return false;
  }
  const minute = (ms + ZONE_OFFSET_MINUTES[zone] * MINUTE_MS - day * DAY_MS) / MINUTE_MS;
  return minute >= clockToMinutes(window.from) && minute < clockToMinutes(window.to);
}

function dotted(clock: string): string {
  return clock.trim().replace(':', '.');
}

/**
 * Display text of a window: "Senin–Jumat, 09.00–15.00 WIB". When the office is in another zone,
 * the local equivalent is added: "09.00–15.00 WIB (10.00–16.00 WITA)".
 */
export function formatWindow(window: ServiceWindow, officeZone?: TimeZone): string {
  const days = meansWorkingDays(window.days) ? null : windowWeekdays(window.days);
  let dayText = window.days.trim();
  if (days) {
    const list = [...days].sort((a, b) => a - b);
    const contiguous = list.every((d, i) => i === 0 || d === list[i - 1] + 1);
    dayText =
      list.length === 1 ? ID_DAY[list[0]] : contiguous ? `${ID_DAY[list[0]]}–${ID_DAY[list[list.length - 1]]}` : list.map((d) => ID_DAY[d]).join(', ');
  }
  let text = `${dotted(window.from)}–${dotted(window.to)}`;
  if (window.zone) text += ` ${window.zone}`;
  if (window.zone && officeZone && ABBR_ZONE[window.zone] !== officeZone) {
    const shift = ZONE_OFFSET_MINUTES[officeZone] - ZONE_OFFSET_MINUTES[ABBR_ZONE[window.zone]];
    const at = (c: string) => {
      const m = (((clockToMinutes(c) + shift) % 1440) + 1440) % 1440;
      return `${String(Math.floor(m / 60)).padStart(2, '0')}.${String(m % 60).padStart(2, '0')}`;
    };
    text += ` (${at(window.from)}–${at(window.to)} ${ZONE_ABBR[officeZone]})`;
  }
  return dayText ? `${dayText}, ${text}` : text;
}
