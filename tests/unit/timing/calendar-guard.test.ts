import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingMs,
  calendarDatesBetween,
  calendarFromSettings,
  clockToMinutes,
  dateOfDay,
  dayOfDate,
  dayStartMs,
  isWorkingTime,
  nonWorkingReason,
  simpleCalendar,
  toMs,
  toZonedIso,
  workingIntervalsOfDay,
  workingMinutesBetween,
  type NationalHolidayTable,
  type WorkCalendar,
} from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';

/**
 * The working calendar at its edges (mutation testing, issue 19): clock and time parsing, breaks at
 * and beyond the office hours, the national-holiday table's year range, and the search horizon.
 * 2026-11-23 is a Monday; WIB is UTC+7.
 */
const HOUR = 3_600_000;
const wib = simpleCalendar();
const at = (date: string, clock: string) => toMs(`${date}T${clock}:00+07:00`);
const MONDAY = '2026-11-23';

describe('clockToMinutes', () => {
  it('reads HH:MM and HH.MM, with spaces around, up to 24:00', () => {
    expect(clockToMinutes('08:00')).toBe(8 * 60);
    expect(clockToMinutes('8.30')).toBe(8 * 60 + 30);
    expect(clockToMinutes(' 07:05 ')).toBe(7 * 60 + 5);
    expect(clockToMinutes('08:59')).toBe(8 * 60 + 59);
    expect(clockToMinutes('23:59')).toBe(23 * 60 + 59);
    expect(clockToMinutes('24:00')).toBe(24 * 60);
  });

  it('rejects text that is not a clock, naming the format', () => {
    for (const bad of ['x8:00', '108:00', '08:00x', '08:001', '8', '']) {
      expect(() => clockToMinutes(bad), bad).toThrow(new Error(`Jam tidak sah: "${bad}" (format HH:MM)`));
    }
  });

  it('rejects hours past 24:00 and minutes past 59', () => {
    for (const bad of ['25:00', '08:60', '24:01', '24:30']) {
      expect(() => clockToMinutes(bad), bad).toThrow(new Error(`Jam tidak sah: "${bad}"`));
    }
  });
});

describe('toMs', () => {
  it('accepts an offset written without a colon', () => {
    expect(toMs('2026-11-23T08:00:00+0700')).toBe(Date.UTC(2026, 10, 23, 1, 0, 0));
  });

  it('asks for the zone only when the text does not end with one', () => {
    const noZone = (s: string) => new Error(`Waktu harus memakai zona waktu (Z atau +07:00): "${s}"`);
    expect(() => toMs('2026-11-23T08:00:00')).toThrow(noZone('2026-11-23T08:00:00'));
    // An offset in the middle is not the zone of the time.
    expect(() => toMs('2026-11-23T08:00:00+07:00 x')).toThrow(noZone('2026-11-23T08:00:00+07:00 x'));
    // A zone followed by a space does end the text (after trimming): the time itself is what is wrong.
    expect(() => toMs('2026-11-23T01:00:00Z ')).toThrow(new Error('Waktu tidak sah: "2026-11-23T01:00:00Z "'));
  });

  it('rejects instants that are not numbers of milliseconds', () => {
    expect(() => toMs(Number.NaN)).toThrow(new Error('Waktu tidak sah: "NaN"'));
    expect(() => toMs(new Date(Number.NaN))).toThrow(new Error('Waktu tidak sah: "Invalid Date"'));
    expect(() => toMs('2026-13-01T00:00:00Z')).toThrow(new Error('Waktu tidak sah: "2026-13-01T00:00:00Z"'));
  });
});

describe('zoned ISO text and local dates', () => {
  it('writes each Indonesian zone with its positive offset', () => {
    const utc = Date.UTC(2026, 10, 23, 1, 0, 0);
    expect(toZonedIso(utc, 'Asia/Jakarta')).toBe('2026-11-23T08:00:00+07:00');
    expect(toZonedIso(utc, 'Asia/Makassar')).toBe('2026-11-23T09:00:00+08:00');
    expect(toZonedIso(utc, 'Asia/Jayapura')).toBe('2026-11-23T10:00:00+09:00');
  });

  it('rejects a date that is not one, in Indonesian', () => {
    expect(dayOfDate('1970-01-02')).toBe(1);
    expect(() => dayOfDate('2026-13-01')).toThrow(new Error('Tanggal tidak sah: "2026-13-01"'));
    expect(() => nonWorkingReason(wib, 'kemarin')).toThrow(new Error('Tanggal tidak sah: "kemarin"'));
  });

  it('counts whole local dates in the calendar’s zone', () => {
    expect(calendarDatesBetween(wib, `${MONDAY}T15:00:00+07:00`, '2026-11-24T09:00:00+07:00')).toBe(1);
    expect(calendarDatesBetween(wib, `${MONDAY}T08:00:00+07:00`, `${MONDAY}T23:59:00+07:00`)).toBe(0);
    // 08:00Z → 16:30Z is Monday 15:00 → 23:30 in WIB, but Monday 16:00 → Tuesday 00:30 in WITA.
    expect(calendarDatesBetween(wib, '2026-11-23T08:00:00Z', '2026-11-23T16:30:00Z')).toBe(0);
    expect(calendarDatesBetween(simpleCalendar({ timeZone: 'Asia/Makassar' }), '2026-11-23T08:00:00Z', '2026-11-23T16:30:00Z')).toBe(1);
  });
});

describe('building calendars', () => {
  it('a weekend day is named weekend, even when it is also a holiday', () => {
    expect(nonWorkingReason(wib, '2026-11-28')).toBe('weekend');
    expect(nonWorkingReason(wib, '2026-11-29')).toBe('weekend');
    expect(nonWorkingReason(simpleCalendar({ holidays: ['2026-11-28'] }), '2026-11-28')).toBe('weekend');
  });

  it('the simple calendar has no local holidays unless given', () => {
    expect([...simpleCalendar().holidays]).toEqual([]);
  });

  it('the settings calendar carries the national table when one is given', () => {
    const settings = settingsSchema.parse({});
    const table: NationalHolidayTable = { from: 2026, to: 2026, dates: new Set(['2026-08-17']) };
    expect(calendarFromSettings(settings, table).national).toBe(table);
    expect('national' in calendarFromSettings(settings)).toBe(false);
  });
});

describe('the national-holiday table covers its years only', () => {
  // 2026-11-25 (Wednesday) is no holiday in the engine; the tables below make it one.
  const withTable = (from: number, to: number, dates: string[]): WorkCalendar => ({ ...wib, national: { from, to, dates: new Set(dates) } });

  it('per day: the table for its first and last year, the engine outside them', () => {
    const cal = withTable(2026, 2027, ['2026-11-25', '2027-11-24']);
    expect(nonWorkingReason(cal, '2026-11-25')).toBe('national-holiday');
    expect(nonWorkingReason(cal, '2027-11-24')).toBe('national-holiday');
    // Inside the table's years the engine is not asked: 17 August 2026 is not in this table.
    expect(nonWorkingReason(cal, '2026-08-17')).toBe(null);
    // Christmas (Thursday 2025, Monday 2028) comes from the engine before and after the table.
    expect(nonWorkingReason(cal, '2025-12-25')).toBe('national-holiday');
    expect(nonWorkingReason(cal, '2028-12-25')).toBe('national-holiday');
  });

  it('over whole days of a span: the table for its first and last year, the engine outside them', () => {
    // Monday 08:00 → Friday 16:00 is 5 × 480 minutes; the table's Wednesday takes 480 off.
    const week = (cal: WorkCalendar) => workingMinutesBetween(cal, `${MONDAY}T08:00:00+07:00`, '2026-11-27T16:00:00+07:00');
    expect(week(wib)).toBe(2400);
    expect(week(withTable(2026, 2027, ['2026-11-25']))).toBe(1920);
    expect(week(withTable(2025, 2026, ['2026-11-25']))).toBe(1920);
    // Friday 14 Aug 2026 08:00 → Tuesday 18 Aug 16:00: Monday the 17th is the engine's holiday.
    const independence = (cal: WorkCalendar) => workingMinutesBetween(cal, '2026-08-14T08:00:00+07:00', '2026-08-18T16:00:00+07:00');
    expect(independence(wib)).toBe(960);
    expect(independence(withTable(2027, 2028, ['2027-11-24']))).toBe(960);
    expect(independence(withTable(2024, 2025, ['2025-12-25']))).toBe(960);
    // A table covering 2026 without the 17th: the engine is not asked.
    expect(independence(withTable(2026, 2026, ['2026-11-25']))).toBe(1440);
  });

  it('a malformed local holiday matches no day', () => {
    const cal = simpleCalendar({ holidays: ['2026-11-2x', '2026-02-30', ''], nationalHolidays: false });
    expect(workingMinutesBetween(cal, `${MONDAY}T08:00:00+07:00`, '2026-11-27T16:00:00+07:00')).toBe(2400);
  });
});

describe('breaks and office hours', () => {
  const day = dayOfDate(MONDAY);
  const intervals = (cal: WorkCalendar) => workingIntervalsOfDay(cal, day);
  const span = (from: string, to: string): [number, number] => [at(MONDAY, from), at(MONDAY, to)];
  const withBreaks = (...breaks: Array<[string, string]>) => simpleCalendar({ breaks: breaks.map(([from, to]) => ({ from, to })) });

  it('a break outside the office hours, or touching them, changes nothing', () => {
    for (const b of [['06:00', '07:00'], ['07:00', '08:00'], ['16:00', '17:00'], ['17:00', '18:00']] as Array<[string, string]>) {
      expect(intervals(withBreaks(b)), b.join('–')).toEqual([span('08:00', '16:00')]);
    }
  });

  it('a break at the opening or the closing shortens the day from that side', () => {
    expect(intervals(withBreaks(['07:30', '09:00']))).toEqual([span('09:00', '16:00')]);
    expect(intervals(withBreaks(['08:00', '09:00']))).toEqual([span('09:00', '16:00')]);
    expect(intervals(withBreaks(['15:00', '16:00']))).toEqual([span('08:00', '15:00')]);
    expect(intervals(withBreaks(['15:00', '17:00']))).toEqual([span('08:00', '15:00')]);
  });

  it('breaks inside the day split it; a break over the whole day leaves nothing', () => {
    expect(intervals(withBreaks(['10:00', '10:15'], ['12:00', '13:00']))).toEqual([span('08:00', '10:00'), span('10:15', '12:00'), span('13:00', '16:00')]);
    expect(intervals(withBreaks(['07:00', '17:00']))).toEqual([]);
    expect(intervals(withBreaks(['08:00', '16:00']))).toEqual([]);
  });

  it('a reversed or empty break is ignored', () => {
    expect(intervals(withBreaks(['13:00', '12:00']))).toEqual([span('08:00', '16:00')]);
    expect(intervals(withBreaks(['12:00', '12:00']))).toEqual([span('08:00', '16:00')]);
    expect(workingMinutesBetween(withBreaks(['13:00', '12:00']), `${MONDAY}T00:00:00+07:00`, `${MONDAY}T23:00:00+07:00`)).toBe(480);
  });

  it('empty or reversed office hours make no working time', () => {
    expect(intervals(simpleCalendar({ hours: { from: '08:00', to: '08:00' } }))).toEqual([]);
    expect(intervals(simpleCalendar({ hours: { from: '16:00', to: '08:00' } }))).toEqual([]);
  });

  it('working time includes the opening instant and excludes the closing one and the break', () => {
    const lunch = withBreaks(['12:00', '13:00']);
    expect(isWorkingTime(lunch, `${MONDAY}T08:00:00+07:00`)).toBe(true);
    expect(isWorkingTime(lunch, `${MONDAY}T07:59:59.999+07:00`)).toBe(false);
    expect(isWorkingTime(lunch, `${MONDAY}T10:00:00+07:00`)).toBe(true);
    expect(isWorkingTime(lunch, `${MONDAY}T14:00:00+07:00`)).toBe(true);
    expect(isWorkingTime(lunch, `${MONDAY}T12:30:00+07:00`)).toBe(false);
    expect(isWorkingTime(lunch, `${MONDAY}T16:00:00+07:00`)).toBe(false);
  });
});

describe('adding working time', () => {
  it('zero working time from the closing instant is the next opening', () => {
    expect(addWorkingMs(wib, at(MONDAY, '16:00'), 0)).toBe(at('2026-11-24', '08:00'));
    expect(addWorkingMs(wib, at(MONDAY, '12:00'), 0)).toBe(at(MONDAY, '12:00'));
  });

  it('a whole working day from the opening ends at that day’s closing', () => {
    expect(addWorkingMs(wib, at(MONDAY, '08:00'), 8 * HOUR)).toBe(at(MONDAY, '16:00'));
    expect(addWorkingDays(wib, at(MONDAY, '08:00'), 1)).toBe(at(MONDAY, '16:00'));
    // Float dust above a whole day (1 + 1e-12) does not push the end to the next morning.
    expect(addWorkingDays(wib, at(MONDAY, '08:00'), 1 + 1e-12)).toBe(at(MONDAY, '16:00'));
  });

  it('a day is a share of each day’s own working time', () => {
    // Monday 08:00–16:00, Tuesday 08:00–12:00. From Monday 12:00, one working day = the remaining
    // half of Monday, then half of Tuesday's four hours: Tuesday 10:00.
    const settings = settingsSchema.parse({});
    const cal: WorkCalendar = {
      ...calendarFromSettings(settings),
      hours: { 1: { from: '08:00', to: '16:00' }, 2: { from: '08:00', to: '12:00' }, 3: undefined, 4: undefined, 5: undefined, 6: undefined, 7: undefined },
      breaks: [],
      holidays: new Set(),
      nationalHolidays: false,
    };
    expect(addWorkingDays(cal, at(MONDAY, '12:00'), 1)).toBe(at('2026-11-24', '10:00'));
  });

  it('days off before the start are skipped', () => {
    // Saturday 28 Nov 10:00 + half a working day: Monday 30 Nov 12:00.
    expect(addWorkingDays(wib, at('2026-11-28', '10:00'), 0.5)).toBe(at('2026-11-30', '12:00'));
  });

  it('looks 3 × 366 days ahead for working time, no further', () => {
    const first = dayOfDate('2027-01-01');
    const daysOff = (n: number) => Array.from({ length: n }, (_, i) => dateOfDay(first + i));
    const everyDay = (holidays: string[]) => simpleCalendar({ days: [1, 2, 3, 4, 5, 6, 7], nationalHolidays: false, holidays });
    const start = dayStartMs(first, 'Asia/Jakarta');
    const lastChance = dayStartMs(first + 1098, 'Asia/Jakarta') + 8 * HOUR;
    expect(addWorkingMs(everyDay(daysOff(1098)), start, 0)).toBe(lastChance);
    expect(addWorkingDays(everyDay(daysOff(1098)), start, 0)).toBe(lastChance);
    expect(addWorkingMs(everyDay(daysOff(1099)), start, 0)).toBe(null);
    expect(addWorkingDays(everyDay(daysOff(1099)), start, 0)).toBe(null);
  });
});
