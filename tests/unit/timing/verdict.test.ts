import { describe, expect, it } from 'vitest';
import { caseProgress, upcomingAlarms, formatWindow, isWithinWindow, simpleCalendar, stepTiming, verdictFor, windowWeekdays, type DurationLike, type SopLike } from '../../../lib/timing';
import type { StepEvent } from '../../../lib/log/schema';

const cal = simpleCalendar(); // Mon–Fri 08:00–16:00 WIB
const d = (min: number | null, max: number | null, unit: DurationLike['unit']): DurationLike => ({ text: '', min, max, unit });
const zero = { workingMinutes: 0, calendarDays: 0, workingDays: 0 };

describe('verdictFor', () => {
  it('has no verdict without a standard', () => {
    expect(verdictFor(d(null, null, null), { ...zero, workingMinutes: 999 })).toBeNull();
    expect(verdictFor(null, zero)).toBeNull();
    expect(verdictFor(d(null, null, 'minute'), zero)).toBeNull();
  });

  it('holds a range to its max, warning at 80 % of the max', () => {
    const range = d(15, 30, 'minute');
    expect(verdictFor(range, { ...zero, workingMinutes: 20 })).toBe('on-time'); // past the min, still on time
    expect(verdictFor(range, { ...zero, workingMinutes: 23 })).toBe('on-time');
    expect(verdictFor(range, { ...zero, workingMinutes: 24 })).toBe('warning');
    expect(verdictFor(range, { ...zero, workingMinutes: 30 })).toBe('warning');
    expect(verdictFor(range, { ...zero, workingMinutes: 31 })).toBe('late');
  });

  it('counts hours in working minutes', () => {
    expect(verdictFor(d(2, 2, 'hour'), { ...zero, workingMinutes: 95 })).toBe('on-time');
    expect(verdictFor(d(2, 2, 'hour'), { ...zero, workingMinutes: 96 })).toBe('warning');
    expect(verdictFor(d(2, 2, 'hour'), { ...zero, workingMinutes: 121 })).toBe('late');
  });

  it('counts day standards in calendar days and workday standards in working days', () => {
    const e = { workingMinutes: 480, calendarDays: 3, workingDays: 1 }; // Friday noon → Monday noon
    expect(verdictFor(d(2, 2, 'day'), e)).toBe('late');
    expect(verdictFor(d(2, 2, 'workday'), e)).toBe('on-time');
    expect(verdictFor(d(1, 1, 'workday'), e)).toBe('warning');
  });
});

describe('stepTiming', () => {
  it('derives elapsed time, verdict and the alarm instants from timestamps', () => {
    // 30 minutes standard, started Friday 15:45 WIB; now Monday 08:10.
    const t = stepTiming(cal, d(null, 30, 'minute'), '2026-11-27T15:45:00+07:00', null, '2026-11-30T08:10:00+07:00');
    expect(t.elapsedWorkingMinutes).toBe(25);
    expect(t.verdict).toBe('warning');
    expect(t.warnAt).toBe('2026-11-30T08:09:00+07:00');
    expect(t.dueAt).toBe('2026-11-30T08:15:00+07:00');
    expect(t.running).toBe(true);
    expect(t.elapsedDays).toBeCloseTo(2 + (16 + 25 / 60) / 24, 5);
  });

  it('stops the clock at finishedAt', () => {
    const t = stepTiming(cal, d(15, 30, 'minute'), '2026-11-23T09:00:00+07:00', '2026-11-23T09:20:00+07:00', '2026-12-31T00:00:00+07:00');
    expect(t.elapsedWorkingMinutes).toBe(20);
    expect(t.verdict).toBe('on-time');
    expect(t.running).toBe(false);
  });

  it('is late past the standard, even by seconds', () => {
    const t = stepTiming(cal, d(null, 30, 'minute'), '2026-11-23T09:00:00+07:00', '2026-11-23T09:30:30+07:00', 0);
    expect(t.elapsedWorkingMinutes).toBe(30);
    expect(t.verdict).toBe('late');
  });

  it('gives day and workday due instants', () => {
    const days = stepTiming(cal, d(null, 3, 'day'), '2026-11-27T12:00:00+07:00', null, '2026-11-28T12:00:00+07:00');
    expect(days.dueAt).toBe('2026-11-30T12:00:00+07:00');
    expect(days.verdict).toBe('on-time');
    const workdays = stepTiming(cal, d(null, 1, 'workday'), '2026-11-27T12:00:00+07:00', null, '2026-11-28T12:00:00+07:00');
    expect(workdays.dueAt).toBe('2026-11-30T12:00:00+07:00');
    expect(workdays.elapsedDays).toBeCloseTo(0.5);
    expect(workdays.verdict).toBe('on-time');
  });

  it('gives no alarms without a standard', () => {
    const t = stepTiming(cal, d(null, null, null), '2026-11-23T09:00:00+07:00', null, '2026-11-23T10:00:00+07:00');
    expect(t).toMatchObject({ elapsedWorkingMinutes: 60, used: null, verdict: null, warnAt: null, dueAt: null });
  });
});

describe('service windows', () => {
  const window = { days: 'Senin–Jumat', from: '09.00', to: '15.00', zone: 'WIB' as const };

  it('reads Indonesian day ranges', () => {
    expect([...windowWeekdays('Senin–Jumat')!]).toEqual([1, 2, 3, 4, 5]);
    expect([...windowWeekdays('Senin s.d. Kamis')!]).toEqual([1, 2, 3, 4]);
    expect([...windowWeekdays('Senin, Rabu dan Jumat')!]).toEqual([1, 3, 5]);
    expect([...windowWeekdays('hari kerja')!]).toEqual([1, 2, 3, 4, 5]);
    expect(windowWeekdays('sesuai jadwal')).toBeNull();
  });

  it('checks an instant in the window’s own zone', () => {
    expect(isWithinWindow(window, '2026-11-23T09:00:00+07:00', 'Asia/Jakarta')).toBe(true);
    expect(isWithinWindow(window, '2026-11-23T15:00:00+07:00', 'Asia/Jakarta')).toBe(false);
    expect(isWithinWindow(window, '2026-11-28T10:00:00+07:00', 'Asia/Jakarta')).toBe(false); // Saturday
    // 09:30 WITA is 08:30 WIB: outside a WIB window, even for a WITA office.
    expect(isWithinWindow(window, '2026-11-23T09:30:00+08:00', 'Asia/Makassar')).toBe(false);
    // A window without a zone uses the office zone.
    expect(isWithinWindow({ ...window, zone: null }, '2026-11-23T09:30:00+08:00', 'Asia/Makassar')).toBe(true);
  });

  it('skips holidays for "Setiap hari kerja" when given the office calendar', () => {
    const hariKerja = { days: 'Setiap hari kerja', from: '09:00', to: '15:00', zone: 'WIB' as const };
    expect(isWithinWindow(hariKerja, '2026-08-17T10:00:00+07:00', 'Asia/Jakarta')).toBe(true); // a Monday
    expect(isWithinWindow(hariKerja, '2026-08-17T10:00:00+07:00', 'Asia/Jakarta', cal)).toBe(false); // Independence Day
    expect(isWithinWindow(hariKerja, '2026-08-18T10:00:00+07:00', 'Asia/Jakarta', cal)).toBe(true);
    expect(formatWindow(hariKerja, 'Asia/Makassar')).toBe('Setiap hari kerja, 09.00–15.00 WIB (10.00–16.00 WITA)');
  });

  it('formats for display', () => {
    expect(formatWindow(window)).toBe('Senin–Jumat, 09.00–15.00 WIB');
    expect(formatWindow(window, 'Asia/Jayapura')).toBe('Senin–Jumat, 09.00–15.00 WIB (11.00–17.00 WIT)');
  });
});

describe('caseProgress', () => {
  const sop: SopLike = {
    id: 'test',
    steps: [
      { no: 1, activity: 'Terima surat', actors: ['staf'], duration: d(null, 15, 'minute') },
      { no: 2, activity: 'Disposisi', actors: ['kepala-lpse'], duration: d(null, 1, 'hour') },
      { no: 3, activity: 'Buat akun', actors: ['admin-ppe'], duration: d(null, null, null) },
    ],
  };
  const ev = (stepNo: number, startedAt: string, finishedAt: string | null, id = `e${stepNo}`): StepEvent => ({
    id,
    caseId: 'c1',
    stepNo,
    actor: null,
    startedAt,
    finishedAt,
    by: null,
    note: null,
    verdict: null,
    decision: null,
    updatedAt: finishedAt ?? startedAt,
  });

  it('derives status, current step and case verdict', () => {
    const events = [ev(1, '2026-11-23T09:00:00+07:00', '2026-11-23T09:20:00+07:00'), ev(2, '2026-11-23T09:20:00+07:00', null)];
    const p = caseProgress(sop, events, cal, '2026-11-23T10:10:00+07:00');
    expect(p.steps.map((s) => s.status)).toEqual(['done', 'running', 'pending']);
    expect(p.steps.map((s) => s.verdict)).toEqual(['late', 'warning', null]);
    expect(p.current).toBe(2);
    expect(p.verdict).toBe('late');
    expect(p.done).toBe(false);
  });

  it('is the same for every reader and any event order', () => {
    const events = [ev(1, '2026-11-23T09:00:00+07:00', '2026-11-23T09:10:00+07:00'), ev(2, '2026-11-23T09:10:00+07:00', '2026-11-23T09:30:00+07:00')];
    const a = caseProgress(sop, events, cal, '2026-11-23T11:00:00+07:00');
    const b = caseProgress(sop, [...events].reverse(), cal, '2026-11-23T11:00:00+07:00');
    expect(a).toEqual(b);
    expect(a.current).toBe(3);
    expect(a.verdict).toBe('on-time');
  });

  it('lists the alarms still ahead for running steps', () => {
    const events = [ev(1, '2026-11-23T15:50:00+07:00', null)];
    const p = caseProgress(sop, events, cal, '2026-11-23T15:55:00+07:00');
    expect(upcomingAlarms(p, '2026-11-23T15:55:00+07:00')).toEqual([
      { stepNo: 1, kind: 'warning', at: '2026-11-24T08:02:00+07:00' },
      { stepNo: 1, kind: 'due', at: '2026-11-24T08:05:00+07:00' },
    ]);
    expect(upcomingAlarms(p, '2026-11-24T08:03:00+07:00')).toEqual([{ stepNo: 1, kind: 'due', at: '2026-11-24T08:05:00+07:00' }]);
  });

  it('uses the latest attempt of a redone step', () => {
    const events = [ev(1, '2026-11-23T09:00:00+07:00', '2026-11-23T09:10:00+07:00', 'a'), ev(1, '2026-11-23T10:00:00+07:00', null, 'b')];
    const p = caseProgress(sop, events, cal, '2026-11-23T10:05:00+07:00');
    expect(p.steps[0]).toMatchObject({ status: 'running', attempts: 2, startedAt: '2026-11-23T10:00:00+07:00' });
  });
});
