import { describe, expect, it } from 'vitest';
import {
  addWorkingMs,
  calendarDaysBetween,
  calendarFromSettings,
  isWorkingDay,
  isWorkingTime,
  nationalHolidaysOf,
  nonWorkingReason,
  simpleCalendar,
  toZonedIso,
  workingDaysBetween,
  workingMinutesBetween,
  workingMsBetween,
} from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';

// Mon–Fri 08:00–16:00 WIB; national holidays on unless said otherwise.
const wib = simpleCalendar();

describe('workingMinutesBetween', () => {
  it('counts minutes inside one working day', () => {
    expect(workingMinutesBetween(wib, '2026-11-23T09:00:00+07:00', '2026-11-23T10:30:00+07:00')).toBe(90);
  });

  it('is zero for an empty or reversed span', () => {
    expect(workingMinutesBetween(wib, '2026-11-23T09:00:00+07:00', '2026-11-23T09:00:00+07:00')).toBe(0);
    expect(workingMinutesBetween(wib, '2026-11-23T10:00:00+07:00', '2026-11-23T09:00:00+07:00')).toBe(0);
  });

  it('does not count the night', () => {
    // Mon 15:00 → Tue 09:00: 60 + 60 minutes.
    expect(workingMinutesBetween(wib, '2026-11-23T15:00:00+07:00', '2026-11-24T09:00:00+07:00')).toBe(120);
  });

  it('skips the weekend', () => {
    // Fri 15:00 → Mon 09:00.
    expect(workingMinutesBetween(wib, '2026-11-27T15:00:00+07:00', '2026-11-30T09:00:00+07:00')).toBe(120);
    // The whole weekend is nothing.
    expect(workingMinutesBetween(wib, '2026-11-28T00:00:00+07:00', '2026-11-30T00:00:00+07:00')).toBe(0);
  });

  it('spans several days', () => {
    // Mon 08:00 → Wed 16:00 = 3 × 480.
    expect(workingMinutesBetween(wib, '2026-11-23T08:00:00+07:00', '2026-11-25T16:00:00+07:00')).toBe(1440);
  });

  it('skips national holidays (17 August 2026, Independence Day)', () => {
    expect(nationalHolidaysOf(2026).has('2026-08-17')).toBe(true);
    expect(nonWorkingReason(wib, '2026-08-17')).toBe('national-holiday');
    // Fri 14 Aug 15:00 → Tue 18 Aug 09:00: Monday the 17th is a holiday.
    expect(workingMinutesBetween(wib, '2026-08-14T15:00:00+07:00', '2026-08-18T09:00:00+07:00')).toBe(120);
    const noNational = simpleCalendar({ nationalHolidays: false });
    expect(workingMinutesBetween(noNational, '2026-08-14T15:00:00+07:00', '2026-08-18T09:00:00+07:00')).toBe(120 + 480);
  });

  it('knows the moving holidays of 2026 (Nyepi, Idul Fitri)', () => {
    expect(nonWorkingReason(wib, '2026-03-19')).toBe('national-holiday');
    expect(nonWorkingReason(wib, '2026-03-20')).toBe('national-holiday');
  });

  it('skips the LPSE’s own holidays (cuti bersama)', () => {
    const cal = simpleCalendar({ holidays: ['2026-11-24'] });
    expect(nonWorkingReason(cal, '2026-11-24')).toBe('local-holiday');
    expect(isWorkingDay(cal, '2026-11-25')).toBe(true);
    expect(workingMinutesBetween(cal, '2026-11-23T15:00:00+07:00', '2026-11-25T09:00:00+07:00')).toBe(120);
  });

  it('starts counting at opening time when a step starts outside working hours', () => {
    // Started Mon 06:30, before the office opens; at 08:45 only 45 minutes have been worked.
    expect(workingMinutesBetween(wib, '2026-11-23T06:30:00+07:00', '2026-11-23T08:45:00+07:00')).toBe(45);
    // Started Sat evening; Monday 10:00 is 120 minutes.
    expect(workingMinutesBetween(wib, '2026-11-28T19:00:00+07:00', '2026-11-30T10:00:00+07:00')).toBe(120);
    // Started after closing: nothing until the next morning.
    expect(workingMinutesBetween(wib, '2026-11-23T17:00:00+07:00', '2026-11-23T23:00:00+07:00')).toBe(0);
  });

  it('leaves breaks out', () => {
    const cal = simpleCalendar({ breaks: [{ from: '12:00', to: '13:00' }] });
    expect(workingMinutesBetween(cal, '2026-11-23T11:00:00+07:00', '2026-11-23T14:00:00+07:00')).toBe(120);
    expect(workingMinutesBetween(cal, '2026-11-23T12:15:00+07:00', '2026-11-23T12:45:00+07:00')).toBe(0);
    expect(workingMinutesBetween(cal, '2026-11-23T08:00:00+07:00', '2026-11-24T08:00:00+07:00')).toBe(420);
  });

  it('uses the office zone, whatever the machine zone is (WIB, WITA, WIT)', () => {
    // The same instant, 01:00Z = 08:00 WIB = 09:00 WITA = 10:00 WIT, until 09:00Z (16:00 WIB).
    const from = '2026-11-23T01:00:00Z';
    const to = '2026-11-23T09:00:00Z';
    expect(workingMinutesBetween(simpleCalendar({ timeZone: 'Asia/Jakarta' }), from, to)).toBe(480);
    // WITA: 09:00–16:00 local = 420; WIT: 10:00–16:00 local = 360.
    expect(workingMinutesBetween(simpleCalendar({ timeZone: 'Asia/Makassar' }), from, to)).toBe(420);
    expect(workingMinutesBetween(simpleCalendar({ timeZone: 'Asia/Jayapura' }), from, to)).toBe(360);
    // Local midnight differs too: Sunday 23:30 UTC is already Monday in every Indonesian zone.
    expect(isWorkingTime(simpleCalendar({ timeZone: 'Asia/Jayapura' }), '2026-11-22T23:30:00Z')).toBe(true); // 08:30 WIT Monday
    expect(isWorkingTime(simpleCalendar({ timeZone: 'Asia/Jakarta' }), '2026-11-22T23:30:00Z')).toBe(false); // 06:30 WIB
  });

  it('refuses instants without a zone (they would depend on the machine zone)', () => {
    expect(() => workingMinutesBetween(wib, '2026-11-23T09:00:00', '2026-11-23T10:00:00+07:00')).toThrow(/zona waktu/);
  });

  it('counts months per day, fast', () => {
    const t0 = performance.now();
    const minutes = workingMinutesBetween(simpleCalendar({ nationalHolidays: false }), '2026-01-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00');
    expect(minutes).toBe(261 * 480); // 261 weekdays in 2026
    expect(performance.now() - t0).toBeLessThan(500);
    // With national holidays fewer minutes remain.
    expect(workingMinutesBetween(wib, '2026-01-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00')).toBeLessThan(261 * 480);
  });

  it('follows the stored settings (Friday until 16:30 by default)', () => {
    const cal = calendarFromSettings(settingsSchema.parse({}));
    expect(cal.timeZone).toBe('Asia/Jakarta');
    expect(cal.hours[6]).toBeUndefined();
    expect(workingMinutesBetween(cal, '2026-11-27T08:00:00+07:00', '2026-11-27T18:00:00+07:00')).toBe(510);
    const witaSettings = settingsSchema.parse({ timeZone: 'Asia/Makassar', localHolidays: ['2026-11-23'], breaks: [{ from: '12:00', to: '12:30' }] });
    const wita = calendarFromSettings(witaSettings);
    expect(workingMinutesBetween(wita, '2026-11-23T00:00:00+08:00', '2026-11-25T00:00:00+08:00')).toBe(450);
  });
});

describe('working and calendar days', () => {
  it('counts working days as fractions of the working period', () => {
    expect(workingDaysBetween(wib, '2026-11-23T08:00:00+07:00', '2026-11-23T16:00:00+07:00')).toBeCloseTo(1);
    expect(workingDaysBetween(wib, '2026-11-23T12:00:00+07:00', '2026-11-24T12:00:00+07:00')).toBeCloseTo(1);
    // Friday noon → Monday noon: one working day (the weekend does not count).
    expect(workingDaysBetween(wib, '2026-11-27T12:00:00+07:00', '2026-11-30T12:00:00+07:00')).toBeCloseTo(1);
    // Over Independence Day.
    expect(workingDaysBetween(wib, '2026-08-14T08:00:00+07:00', '2026-08-18T16:00:00+07:00')).toBeCloseTo(2);
  });

  it('counts calendar days as 24-hour spans', () => {
    expect(calendarDaysBetween('2026-11-27T12:00:00+07:00', '2026-11-30T12:00:00+07:00')).toBe(3);
    expect(calendarDaysBetween('2026-11-27T12:00:00+07:00', '2026-11-27T00:00:00+07:00')).toBe(0);
  });
});

describe('addWorkingMs', () => {
  it('finds the instant after some working time, across nights and weekends', () => {
    const start = Date.parse('2026-11-27T15:00:00+07:00'); // Friday
    const at = addWorkingMs(wib, start, 120 * 60_000);
    expect(toZonedIso(at!, 'Asia/Jakarta')).toBe('2026-11-30T09:00:00+07:00');
    expect(workingMsBetween(wib, start, at!)).toBe(120 * 60_000);
  });

  it('returns null for a calendar that never works', () => {
    const never = simpleCalendar({ days: [] });
    expect(addWorkingMs(never, Date.parse('2026-11-27T15:00:00+07:00'), 60_000)).toBeNull();
  });
});
