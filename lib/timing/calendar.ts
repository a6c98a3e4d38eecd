import Holidays from 'date-holidays';
import type { Settings } from '../log/schema';

/**
 * The LPSE's working calendar and working-time arithmetic.
 *
 * Indonesia has no daylight saving time, so each zone is a fixed offset
 * (WIB +7, WITA +8, WIT +9). All arithmetic is done on UTC milliseconds shifted by
 * that offset; the machine's own time zone never matters.
 * Spans are computed from their first and last day plus arithmetic over the whole weeks in
 * between (holidays subtracted), so even a century costs a few holiday lists, not 36,500 days.
 */

export type TimeZone = Settings['timeZone'];
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** A local clock interval, 'HH:MM' (also accepts 'HH.MM'). */
export type ClockRange = { from: string; to: string };

export type WorkCalendar = {
  timeZone: TimeZone;
  /** Working hours per ISO weekday (1 = Monday … 7 = Sunday); undefined = not a working day. */
  hours: Record<IsoWeekday, ClockRange | undefined>;
  breaks: ClockRange[];
  /** The LPSE's own non-working days (cuti bersama), local YYYY-MM-DD. */
  holidays: Set<string>;
  /** Also skip Indonesian national holidays (date-holidays, country ID). */
  nationalHolidays: boolean;
  /**
   * National holidays computed elsewhere (the background, for the panel, which does not bundle
   * the date-holidays engine): the dates of the years `from`–`to`. Other years use the engine.
   */
  national?: NationalHolidayTable;
};

/** National holidays of a range of years, as plain data (travels in messages). */
export type NationalHolidayTable = { from: number; to: number; dates: ReadonlySet<string> };

export const ZONE_OFFSET_MINUTES: Record<TimeZone, number> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};
export const ZONE_ABBR: Record<TimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
export const ABBR_ZONE: Record<'WIB' | 'WITA' | 'WIT', TimeZone> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Parses 'HH:MM' or 'HH.MM' into minutes after midnight; throws an Indonesian error otherwise. */
export function clockToMinutes(text: string): number {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!m) throw new Error(`Jam tidak sah: "${text}" (format HH:MM)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new Error(`Jam tidak sah: "${text}"`);
  return h * 60 + min;
}

/** Minutes after midnight → 'HH:MM'. */
export function minutesToClock(minutes: number, separator = ':'): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return `${String(h).padStart(2, '0')}${separator}${String(m).padStart(2, '0')}`;
}

/**
 * Epoch milliseconds of an ISO date-time; throws an Indonesian error when it is not one. A string
 * must carry its zone (Z or ±HH:MM): without one, JavaScript would read it in the machine's zone.
 */
export function toMs(iso: string | number | Date): number {
  if (typeof iso === 'string' && !/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(iso.trim()))
    throw new Error(`Waktu harus memakai zona waktu (Z atau +07:00): "${iso}"`);
  const ms = typeof iso === 'number' ? iso : iso instanceof Date ? iso.getTime() : Date.parse(iso);
  if (!Number.isFinite(ms)) throw new Error(`Waktu tidak sah: "${String(iso)}"`);
  return ms;
}

/** An instant as ISO 8601 in the given zone's fixed offset, e.g. 2026-08-18T08:00:00+07:00. */
export function toZonedIso(ms: number, timeZone: TimeZone): string {
  const off = ZONE_OFFSET_MINUTES[timeZone];
  const local = new Date(ms + off * MINUTE_MS).toISOString().slice(0, 19);
  // WIB, WITA and WIT are all east of UTC: the offset is always positive.
  return `${local}+${minutesToClock(off)}`;
}

/** Local day number (days since 1970-01-01 in the zone) of an instant. */
export function localDayIndex(ms: number, timeZone: TimeZone): number {
  return Math.floor((ms + ZONE_OFFSET_MINUTES[timeZone] * MINUTE_MS) / DAY_MS);
}

/** UTC milliseconds of local midnight starting the given local day. */
export function dayStartMs(dayIndex: number, timeZone: TimeZone): number {
  return dayIndex * DAY_MS - ZONE_OFFSET_MINUTES[timeZone] * MINUTE_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local day number; 1970-01-01 was a Thursday. */
export function weekdayOfDay(dayIndex: number): IsoWeekday {
  return ((((dayIndex + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** YYYY-MM-DD of a local day number. */
export function dateOfDay(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
}

/** Local day number of a YYYY-MM-DD date. */
export function dayOfDate(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new Error(`Tanggal tidak sah: "${date}"`);
  return Math.round(ms / DAY_MS);
}

// ---------------------------------------------------------------- national holidays

let holidayEngine: Holidays | null = null;
const nationalByYear = new Map<number, Set<string>>();

/** Indonesian public holidays of a year (local YYYY-MM-DD), from date-holidays (country ID). Cached. */
export function nationalHolidaysOf(year: number): Set<string> {
  let set = nationalByYear.get(year);
  if (!set) {
    holidayEngine ??= new Holidays('ID');
    // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent with today's data — date-holidays 3.37 lists only `public` holidays for ID (all 1553 of 1990–2110); kept in case observances are added.
    const publicOnes = holidayEngine.getHolidays(year).filter((h) => h.type === 'public');
    // `date` is the local calendar date ("2026-03-20 00:00:00 -0600" for holidays that start at sunset).
    set = new Set(publicOnes.map((h) => h.date.slice(0, 10)));
    nationalByYear.set(year, set);
  }
  return set;
}

/** National holidays of the years `from`–`to` as plain data (computed in the background for the panel). */
export function nationalHolidayDates(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(...nationalHolidaysOf(y));
  // Stryker disable next-line MethodExpression: equivalent with today's engine — date-holidays returns each year in date order (checked 2000–2100) and the years are visited in order; the sort keeps the promise without relying on that.
  return out.sort();
}

/**
 * A year's national holidays: from the calendar's table when it covers the year, else the engine.
 * (The table may hold other years' dates too: callers keep only the days they ask about.)
 */
function nationalDatesOf(cal: WorkCalendar, year: number): Iterable<string> {
  const t = cal.national;
  if (t && year >= t.from && year <= t.to) return t.dates;
  return nationalHolidaysOf(year);
}

function isNationalHoliday(cal: WorkCalendar, date: string): boolean {
  const year = Number(date.slice(0, 4));
  const t = cal.national;
  if (t && year >= t.from && year <= t.to) return t.dates.has(date);
  return nationalHolidaysOf(year).has(date);
}

/** Why a local date is not a working day: 'weekend', 'local-holiday', 'national-holiday', or null. */
export function nonWorkingReason(cal: WorkCalendar, date: string): 'weekend' | 'local-holiday' | 'national-holiday' | null {
  const day = dayOfDate(date);
  if (!cal.hours[weekdayOfDay(day)]) return 'weekend';
  if (cal.holidays.has(date)) return 'local-holiday';
  if (cal.nationalHolidays && isNationalHoliday(cal, date)) return 'national-holiday';
  return null;
}

export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  return nonWorkingReason(cal, date) === null;
}

// ---------------------------------------------------------------- building calendars

/** The calendar described by the stored settings. */
export function calendarFromSettings(
  settings: Pick<Settings, 'timeZone' | 'workingHours' | 'breaks' | 'localHolidays' | 'nationalHolidays'>,
  national?: NationalHolidayTable,
): WorkCalendar {
  const hours = {} as Record<IsoWeekday, ClockRange | undefined>;
  for (const d of WEEKDAYS) {
    const h = settings.workingHours[String(d)];
    hours[d] = h ? { from: h.from, to: h.to } : undefined;
  }
  return {
    timeZone: settings.timeZone,
    hours,
    breaks: settings.breaks.map((b) => ({ from: b.from, to: b.to })),
    holidays: new Set(settings.localHolidays),
    nationalHolidays: settings.nationalHolidays,
    ...(national ? { national } : {}),
  };
}

/** A simple calendar: the same hours on the given weekdays (default Monday–Friday 08:00–16:00, WIB). */
export function simpleCalendar(opts: {
  timeZone?: TimeZone;
  hours?: ClockRange;
  days?: IsoWeekday[];
  breaks?: ClockRange[];
  holidays?: Iterable<string>;
  nationalHolidays?: boolean;
} = {}): WorkCalendar {
  const range = opts.hours ?? { from: '08:00', to: '16:00' };
  const days = new Set(opts.days ?? [1, 2, 3, 4, 5]);
  const hours = {} as Record<IsoWeekday, ClockRange | undefined>;
  for (const d of WEEKDAYS) hours[d] = days.has(d) ? { ...range } : undefined;
  return {
    timeZone: opts.timeZone ?? 'Asia/Jakarta',
    hours,
    breaks: opts.breaks ?? [],
    holidays: new Set(opts.holidays ?? []),
    nationalHolidays: opts.nationalHolidays ?? true,
  };
}

// ---------------------------------------------------------------- working intervals

/** Working pieces of a weekday (hours minus breaks), in minutes after local midnight. */
function weekdayPieces(cal: WorkCalendar, weekday: IsoWeekday): Array<[number, number]> {
  const range = cal.hours[weekday];
  if (!range) return [];
  let pieces = nonEmpty([[clockToMinutes(range.from), clockToMinutes(range.to)]]);
  for (const b of cal.breaks) {
    const bs = clockToMinutes(b.from);
    const be = clockToMinutes(b.to);
    // A reversed or empty break takes nothing.
    if (be <= bs) continue;
    // What the break leaves of a piece: the part before it and the part after it, either may be empty.
    pieces = nonEmpty(pieces.flatMap(([s, e]): Array<[number, number]> => [[s, Math.min(e, bs)], [Math.max(s, be), e]]));
  }
  return pieces;
}

function nonEmpty(pieces: Array<[number, number]>): Array<[number, number]> {
  return pieces.filter(([s, e]) => e > s);
}

/** Is this local day a holiday of the calendar (the LPSE's own or, when enabled, a national one)? */
function isHolidayDay(cal: WorkCalendar, dayIndex: number): boolean {
  const date = dateOfDay(dayIndex);
  return cal.holidays.has(date) || (cal.nationalHolidays && isNationalHoliday(cal, date));
}

/** Working intervals of one local day, as [startMs, endMs) in UTC milliseconds; empty on days off. */
export function workingIntervalsOfDay(cal: WorkCalendar, dayIndex: number): Array<[number, number]> {
  const pieces = weekdayPieces(cal, weekdayOfDay(dayIndex));
  if (!pieces.length || isHolidayDay(cal, dayIndex)) return [];
  const base = dayStartMs(dayIndex, cal.timeZone);
  return pieces.map(([s, e]) => [base + s * MINUTE_MS, base + e * MINUTE_MS]);
}

/** Working ms of a whole (non-holiday) day per ISO weekday; index 0 unused. */
function weekdayLengths(cal: WorkCalendar): number[] {
  const out = [0];
  for (const d of WEEKDAYS) out.push(weekdayPieces(cal, d).reduce((n, [s, e]) => n + (e - s) * MINUTE_MS, 0));
  return out;
}

/** The holiday days (local day numbers) in [first, last] that fall on a working weekday. */
function workingHolidayDays(cal: WorkCalendar, first: number, last: number, lengths: number[]): Set<number> {
  const out = new Set<number>();
  const add = (date: string) => {
    const ms = Date.parse(`${date}T00:00:00Z`);
    // Stryker disable next-line ConditionalExpression: equivalent — a NaN day fails `d >= first` below before anything else reads it; kept to say so.
    if (!Number.isFinite(ms)) return;
    const d = Math.round(ms / DAY_MS);
    // Only real dates: the per-day rule compares date strings, so "2026-02-30" matches no day.
    if (d >= first && d <= last && dateOfDay(d) === date && lengths[weekdayOfDay(d)] > 0) out.add(d);
  };
  for (const date of cal.holidays) add(date);
  if (cal.nationalHolidays) {
    const y0 = Number(dateOfDay(first).slice(0, 4));
    const y1 = Number(dateOfDay(last).slice(0, 4));
    for (let y = y0; y <= y1; y++) for (const date of nationalDatesOf(cal, y)) add(date);
  }
  return out;
}

/**
 * Working ms and working days of the whole local days [first, last], by arithmetic over whole
 * weeks (each week has the same working time) minus the holidays that fall on working days:
 * the cost grows with the number of years (holiday lists), not with the number of days.
 */
function wholeDays(cal: WorkCalendar, first: number, last: number): { ms: number; days: number } {
  // Stryker disable next-line ConditionalExpression: equivalent — a shortcut: with last < first there are no whole weeks, no day in the loop and no holiday in range, so the sums stay 0.
  if (last < first) return { ms: 0, days: 0 };
  const lengths = weekdayLengths(cal);
  // Stryker disable next-line ArithmeticOperator: equivalent — the day loop below runs from the end of the counted weeks to `last`, so counting fewer (even −1) whole weeks only moves days into the loop.
  const n = last - first + 1;
  const weeks = Math.floor(n / 7);
  let ms = 0;
  let days = 0;
  for (const d of WEEKDAYS) {
    ms += weeks * lengths[d];
    if (lengths[d] > 0) days += weeks;
  }
  for (let d = first + weeks * 7; d <= last; d++) {
    const len = lengths[weekdayOfDay(d)];
    ms += len;
    if (len > 0) days++;
  }
  for (const h of workingHolidayDays(cal, first, last, lengths)) {
    ms -= lengths[weekdayOfDay(h)];
    days--;
  }
  return { ms, days };
}

/** Working ms of day `d` inside [fromMs, toMs), and the day's whole working ms. */
function dayShare(cal: WorkCalendar, d: number, fromMs: number, toMs: number): { inside: number; length: number } {
  let inside = 0;
  let length = 0;
  for (const [s, e] of workingIntervalsOfDay(cal, d)) {
    length += e - s;
    const a = Math.max(s, fromMs);
    const b = Math.min(e, toMs);
    // Stryker disable next-line EqualityOperator: equivalent — with b === a it adds 0.
    if (b > a) inside += b - a;
  }
  return { inside, length };
}

/** Working milliseconds in [fromMs, toMs); 0 when to ≤ from. Bounded: whole weeks in the middle. */
export function workingMsBetween(cal: WorkCalendar, fromMs: number, toMs: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a shortcut: for to ≤ from every day's share is empty (min(e, to) ≤ max(s, from)) and last ≤ first, so the sum is 0 anyway (also for NaN).
  if (!(toMs > fromMs)) return 0;
  const first = localDayIndex(fromMs, cal.timeZone);
  const last = localDayIndex(toMs, cal.timeZone);
  let total = dayShare(cal, first, fromMs, toMs).inside;
  if (last > first) total += wholeDays(cal, first + 1, last - 1).ms + dayShare(cal, last, fromMs, toMs).inside;
  return total;
}

/** Whole working minutes between two instants (a started minute does not count). */
export function workingMinutesBetween(cal: WorkCalendar, fromIso: string | number | Date, toIso: string | number | Date): number {
  return Math.floor(workingMsBetween(cal, toMs(fromIso), toMs(toIso)) / MINUTE_MS);
}

/**
 * Working days elapsed between two instants, as a fraction: each working day counts as 1 when
 * its whole working period lies inside the span, and as the worked share of it otherwise.
 * (Started Monday 12:00 on 08:00–16:00 days: Tuesday 12:00 is 1 working day later.)
 */
export function workingDaysBetween(cal: WorkCalendar, fromIso: string | number | Date, toIso: string | number | Date): number {
  const from = toMs(fromIso);
  const to = toMs(toIso);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a shortcut, as in workingMsBetween: for to ≤ from the first day's share is 0 and last ≤ first.
  if (!(to > from)) return 0;
  const first = localDayIndex(from, cal.timeZone);
  const last = localDayIndex(to, cal.timeZone);
  const share = (d: number) => {
    const { inside, length } = dayShare(cal, d, from, to);
    return length > 0 ? inside / length : 0;
  };
  let days = share(first);
  if (last > first) days += wholeDays(cal, first + 1, last - 1).days + share(last);
  return days;
}

/** Calendar days between two instants, as a fraction (24 hours = 1 day). */
export function calendarDaysBetween(fromIso: string | number | Date, toIso: string | number | Date): number {
  return Math.max(0, toMs(toIso) - toMs(fromIso)) / DAY_MS;
}

/** Whole local calendar dates between two instants (Monday 15:00 → Tuesday 09:00 is 1). */
export function calendarDatesBetween(cal: WorkCalendar, fromIso: string | number | Date, toIso: string | number | Date): number {
  return localDayIndex(toMs(toIso), cal.timeZone) - localDayIndex(toMs(fromIso), cal.timeZone);
}

/** How far ahead to look for working time before giving up (a calendar with no working day at all). */
const SEARCH_DAYS = 3 * 366;

/** The instant when `ms` working milliseconds have passed after `fromMs`; null if the calendar never works. */
export function addWorkingMs(cal: WorkCalendar, fromMs: number, ms: number): number | null {
  let left = Math.max(0, ms);
  const first = localDayIndex(fromMs, cal.timeZone);
  for (let d = first; d <= first + SEARCH_DAYS; d++) {
    for (const [s, e] of workingIntervalsOfDay(cal, d)) {
      const a = Math.max(s, fromMs);
      if (e <= a) continue;
      if (e - a >= left) return a + left;
      left -= e - a;
    }
  }
  return null;
}

/** The instant when `days` working days (fractional) have passed after `fromMs`; null if the calendar never works. */
export function addWorkingDays(cal: WorkCalendar, fromMs: number, days: number): number | null {
  let left = Math.max(0, days);
  const first = localDayIndex(fromMs, cal.timeZone);
  for (let d = first; d <= first + SEARCH_DAYS; d++) {
    const intervals = workingIntervalsOfDay(cal, d);
    const length = intervals.reduce((n, [s, e]) => n + (e - s), 0);
    const remainingMs = intervals.reduce((n, [s, e]) => n + Math.max(0, e - Math.max(s, fromMs)), 0);
    // Also a day off (no intervals: length 0 too).
    if (remainingMs === 0) continue;
    const share = remainingMs / length;
    if (share >= left - 1e-12) {
      return addWorkingMs(cal, Math.max(fromMs, intervals[0][0]), Math.min(left * length, remainingMs));
    }
    left -= share;
  }
  return null;
}

/** Is this instant inside the calendar's working time? */
export function isWorkingTime(cal: WorkCalendar, at: string | number | Date): boolean {
  const ms = toMs(at);
  return workingIntervalsOfDay(cal, localDayIndex(ms, cal.timeZone)).some(([s, e]) => ms >= s && ms < e);
}
