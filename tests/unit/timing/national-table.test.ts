import { describe, expect, it } from 'vitest';
import { calendarFromSettings, nationalHolidayDates, nonWorkingReason, workingMinutesBetween, type NationalHolidayTable } from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';
import { contract } from '../../../lib/messaging/contract';

/** The panel's calendar uses national holidays computed in the background; results must not change. */
describe('national holidays as a table (panel)', () => {
  const settings = settingsSchema.parse({});
  const table: NationalHolidayTable = { from: 2025, to: 2027, dates: new Set(nationalHolidayDates(2025, 2027)) };

  it('holds the same dates the engine gives', () => {
    expect(table.dates.has('2026-08-17')).toBe(true);
    expect(table.dates.has('2026-01-01')).toBe(true);
    expect(nationalHolidayDates(2026, 2026).every((d) => d.startsWith('2026-'))).toBe(true);
  });

  it('gives the same working time as the engine', () => {
    const withEngine = calendarFromSettings(settings);
    const withTable = calendarFromSettings(settings, table);
    for (const [from, to] of [
      ['2026-08-14T01:00:00Z', '2026-08-19T09:00:00Z'],
      ['2026-12-20T01:00:00Z', '2027-01-05T09:00:00Z'],
    ]) {
      expect(workingMinutesBetween(withTable, Date.parse(from), Date.parse(to))).toBe(workingMinutesBetween(withEngine, Date.parse(from), Date.parse(to)));
    }
    expect(nonWorkingReason(withTable, '2026-08-17')).toBe('national-holiday');
  });

  it('the messages are bounded: a year range of 0–30 years, letters of at most 200,000 characters', () => {
    expect(contract['calendar.national'].request.safeParse({ from: 2026, to: 2020 }).success).toBe(false);
    expect(contract['calendar.national'].request.safeParse({ from: 1900, to: 1901 }).success).toBe(false);
    const long = contract['letter.parse'].request.safeParse({ text: 'a'.repeat(200_001) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0].message).toMatch(/Teks surat terlalu panjang/);
  });
});
