import { describe, expect, it } from 'vitest';
import { activeWorkingMinutes, heldWorkingMs, holdSpansWithin, isHeld, MINUTE_MS, nextWorkingInstant, simpleCalendar, stepTiming } from '../../../lib/timing';

const W = (date: string, time: string) => `${date}T${time}:00+07:00`;
const ms = (iso: string) => Date.parse(iso);
// Monday–Friday 08:00–16:00 WIB. 2026-11-26 is a Thursday, 2026-11-30 a Monday.
const cal = simpleCalendar({ nationalHolidays: false });
const minutes = (n: number) => n / MINUTE_MS;

describe('held time (menunggu) is left out of working time', () => {
  const start = W('2026-11-26', '10:00');
  const finish = W('2026-11-30', '11:00');
  const overWeekend = [{ from: W('2026-11-26', '15:00'), to: W('2026-11-30', '09:00') }];

  it('across a night and a weekend: only the held working hours are taken away', () => {
    // Thu 10–16 (360) + Fri 8–16 (480) + Mon 8–11 (180) = 1020 working minutes; held: Thu 15–16, Fri, Mon 8–9 = 600.
    expect(minutes(heldWorkingMs(cal, overWeekend, ms(start), ms(finish)))).toBe(600);
    expect(activeWorkingMinutes(cal, overWeekend, start, finish)).toBe(420);
    expect(activeWorkingMinutes(cal, [], start, finish)).toBe(1020);
  });

  it('across a local holiday: the holiday is not working time, so it is not taken away twice', () => {
    const withHoliday = simpleCalendar({ nationalHolidays: false, holidays: ['2026-11-27'] });
    expect(minutes(heldWorkingMs(withHoliday, overWeekend, ms(start), ms(finish)))).toBe(120);
    expect(activeWorkingMinutes(withHoliday, overWeekend, start, finish)).toBe(420);
    expect(activeWorkingMinutes(withHoliday, [], start, finish)).toBe(540);
  });

  it('across a national holiday (Christmas, Friday 2026-12-25)', () => {
    const national = simpleCalendar({ nationalHolidays: true });
    const hold = [{ from: W('2026-12-24', '15:00'), to: W('2026-12-28', '09:00') }];
    expect(minutes(heldWorkingMs(national, hold, ms(W('2026-12-24', '10:00')), ms(W('2026-12-28', '11:00'))))).toBe(120);
    expect(activeWorkingMinutes(national, hold, W('2026-12-24', '10:00'), W('2026-12-28', '11:00'))).toBe(360 + 180 - 120);
  });

  it('a hold that only covers a night takes nothing away', () => {
    const night = [{ from: W('2026-11-26', '17:00'), to: W('2026-11-27', '07:30') }];
    expect(heldWorkingMs(cal, night, ms(start), ms(W('2026-11-27', '12:00')))).toBe(0);
    expect(activeWorkingMinutes(cal, night, start, W('2026-11-27', '12:00'))).toBe(360 + 240);
  });

  it('overlapping holds count once; parts outside the span are cut off; an open hold lasts until now', () => {
    const holds = [
      { from: W('2026-11-26', '09:00'), to: W('2026-11-26', '12:00') },
      { from: W('2026-11-26', '11:00'), to: W('2026-11-26', '13:00') },
      { from: W('2026-11-26', '15:00'), to: null },
    ];
    expect(holdSpansWithin(holds, ms(start), ms(W('2026-11-26', '16:00')), ms(W('2026-11-26', '15:30')))).toEqual([
      [ms(W('2026-11-26', '10:00')), ms(W('2026-11-26', '13:00'))],
      [ms(W('2026-11-26', '15:00')), ms(W('2026-11-26', '15:30'))],
    ]);
    expect(isHeld(holds, W('2026-11-26', '15:10'))).toBe(true);
    expect(isHeld(holds, W('2026-11-26', '14:00'))).toBe(false);
  });

  it('a step’s timing leaves the hold out, and its clock stands still while held', () => {
    const thirtyMin = { min: 15, max: 30, unit: 'minute' as const };
    const s = stepTiming(cal, thirtyMin, W('2026-11-26', '15:50'), W('2026-11-30', '08:20'), W('2026-11-30', '09:00'), [
      { from: W('2026-11-26', '15:55'), to: W('2026-11-30', '08:10') },
    ]);
    // 15:50–15:55 + 08:10–08:20 = 15 working minutes; without the hold it would be 510.
    expect(s.elapsedWorkingMinutes).toBe(15);
    expect(s.heldWorkingMinutes).toBe(5 + 480 + 10);
    expect(s.verdict).toBe('on-time');

    const open = [{ from: W('2026-11-26', '10:10'), to: null }];
    const at1 = stepTiming(cal, thirtyMin, W('2026-11-26', '10:00'), null, W('2026-11-26', '11:00'), open);
    const at2 = stepTiming(cal, thirtyMin, W('2026-11-26', '10:00'), null, W('2026-11-30', '11:00'), open);
    expect(at1.elapsedWorkingMinutes).toBe(10);
    expect(at2.elapsedWorkingMinutes).toBe(10);
    expect(at2.verdict).toBe('on-time');
    expect(at2.dueAt).toBeNull(); // no alarm while the clock stands still
    // After the hold ends, the due time moves by the held working time.
    const resumed = [{ from: W('2026-11-26', '10:10'), to: W('2026-11-26', '12:10') }];
    const after = stepTiming(cal, thirtyMin, W('2026-11-26', '10:00'), null, W('2026-11-26', '12:15'), resumed);
    expect(after.elapsedWorkingMinutes).toBe(15);
    expect(after.dueAt).toBe('2026-11-26T12:30:00+07:00');
  });

  it('says when the clock runs again: at once inside working hours, else the next working morning', () => {
    expect(nextWorkingInstant(cal, W('2026-11-26', '10:00'))).toBe(ms(W('2026-11-26', '10:00')));
    expect(nextWorkingInstant(cal, W('2026-11-27', '18:00'))).toBe(ms(W('2026-11-30', '08:00'))); // Friday evening → Monday 08:00
  });
});

describe('clock state for an honest timer badge', () => {
  it('running inside working hours, held while waiting, off-hours with the resume time otherwise', async () => {
    const { clockState, formatResume } = await import('../../../lib/timing');
    expect(clockState(cal, W('2026-11-26', '10:00'))).toEqual({ kind: 'running' });
    expect(clockState(cal, W('2026-11-26', '10:00'), [{ from: W('2026-11-26', '09:00'), to: null }])).toEqual({ kind: 'held' });
    const friday = clockState(cal, W('2026-11-27', '18:00'));
    expect(friday).toEqual({ kind: 'off-hours', resumesAt: ms(W('2026-11-30', '08:00')) });
    expect(formatResume(ms(W('2026-11-30', '08:00')), cal, W('2026-11-27', '18:00'))).toBe('Senin 08.00 WIB');
    expect(formatResume(ms(W('2026-11-30', '08:00')), cal, W('2026-11-27', '18:00'), 'en')).toBe('Monday 08:00 WIB');
    // Early morning: counting resumes today.
    expect(formatResume(ms(W('2026-11-26', '08:00')), cal, W('2026-11-26', '06:00'))).toBe('hari ini 08.00 WIB');
    // A long holiday: the date is given.
    const lebaran = simpleCalendar({ nationalHolidays: false, holidays: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'] });
    const next = clockState(lebaran, W('2026-11-27', '18:00'));
    expect(next.kind === 'off-hours' && formatResume(next.resumesAt!, lebaran, W('2026-11-27', '18:00'))).toBe('Selasa 2026-12-08 08.00 WIB');
    // Another zone.
    const wita = simpleCalendar({ nationalHolidays: false, timeZone: 'Asia/Makassar' });
    const s = clockState(wita, '2026-11-27T18:00:00+08:00');
    expect(s.kind === 'off-hours' && formatResume(s.resumesAt!, wita, '2026-11-27T18:00:00+08:00')).toBe('Senin 08.00 WITA');
  });
});
