import { describe, expect, it } from 'vitest';
import { caseSchema, isoDate, isoDateTime, stepEventSchema } from '../../../lib/log/schema';
import { contract } from '../../../lib/messaging/contract';
import { BackupError, emptyBackup, parseBackup, restoreBackup } from '../../../lib/log';
import { DATE_WINDOW, isDateInWindow, isIsoInWindow } from '../../../lib/timing/date-window';
import { localDayIndex, simpleCalendar, workingDaysBetween, workingIntervalsOfDay, workingMsBetween, type WorkCalendar } from '../../../lib/timing/calendar';
import { freshLog } from '../log/helpers';

const T = '2026-11-23T09:00:00+07:00';
const kase = (extra: Record<string, unknown> = {}) => ({ id: 'c1', sopId: 'sop-a', letter: {}, receivedAt: T, createdAt: T, updatedAt: T, ...extra });
const event = (extra: Record<string, unknown> = {}) => ({ id: 'e1', caseId: 'c1', stepNo: 1, startedAt: T, updatedAt: T, ...extra });

describe('one date window (issue 11 item 2)', () => {
  it('is 2000-01-01 … 2100-12-31, inclusive, in every zone', () => {
    expect(DATE_WINDOW).toEqual({ from: '2000-01-01', to: '2100-12-31' });
    expect(isIsoInWindow('2000-01-01T00:00:00+09:00')).toBe(true);
    expect(isIsoInWindow('2100-12-31T23:59:59+07:00')).toBe(true);
    expect(isIsoInWindow('1999-12-30T00:00:00Z')).toBe(false);
    expect(isIsoInWindow('2101-01-02T12:00:00Z')).toBe(false);
    expect(isDateInWindow('2000-01-01')).toBe(true);
    expect(isDateInWindow('2100-12-31')).toBe(true);
    expect(isDateInWindow('1999-12-31')).toBe(false);
    expect(isDateInWindow('2101-01-01')).toBe(false);
    expect(isDateInWindow('2026-02-30')).toBe(false);
  });

  it('is enforced by the record schemas', () => {
    for (const bad of ['0001-01-01T00:00:00Z', '0202-05-04T09:00:00+07:00', '9999-12-31T00:00:00Z']) {
      expect(isoDateTime.safeParse(bad).success, bad).toBe(false);
      expect(caseSchema.safeParse(kase({ receivedAt: bad })).success, bad).toBe(false);
      expect(stepEventSchema.safeParse(event({ startedAt: bad })).success, bad).toBe(false);
      expect(stepEventSchema.safeParse(event({ finishedAt: bad })).success, bad).toBe(false);
    }
    expect(isoDate.safeParse('0001-01-01').success).toBe(false);
    expect(caseSchema.safeParse(kase({ letter: { date: '0202-05-04' } })).success).toBe(false);
    expect(caseSchema.safeParse(kase()).success).toBe(true);
  });

  it('is enforced by the message contract', () => {
    expect(contract['step.start'].request.safeParse({ caseId: 'c1', stepNo: 1, at: '0202-05-04T09:00:00+07:00' }).success).toBe(false);
    expect(contract['step.start'].request.safeParse({ caseId: 'c1', stepNo: 1, at: T }).success).toBe(true);
    expect(contract['case.open'].request.safeParse({ sopId: 's', letter: {}, people: [], receivedAt: '0001-01-01T00:00:00Z' }).success).toBe(false);
    expect(contract['settings.put'].request.safeParse({ localHolidays: ['0001-01-01'] }).success).toBe(false);
  });

  it('is enforced by restore: a backup with a step started in year 0001 is refused and nothing is written', async () => {
    const { log } = await freshLog();
    const bad = { ...emptyBackup('x', T), cases: [kase()], events: [event({ startedAt: '0001-01-01T00:00:00Z' })] };
    const r = parseBackup(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'events[0].startedAt', message: expect.stringContaining('2000-01-01') });
    await expect(restoreBackup(log, bad, { mode: 'merge' })).rejects.toBeInstanceOf(BackupError);
    expect(await log.listCases()).toEqual([]);
    log.close();
  });
});

/** The plain per-day computation the arithmetic must equal. */
function perDay(cal: WorkCalendar, from: number, to: number): { ms: number; days: number } {
  let ms = 0;
  let days = 0;
  for (let d = localDayIndex(from, cal.timeZone); d <= localDayIndex(to, cal.timeZone); d++) {
    let length = 0;
    let inside = 0;
    for (const [s, e] of workingIntervalsOfDay(cal, d)) {
      length += e - s;
      const a = Math.max(s, from);
      const b = Math.min(e, to);
      if (b > a) inside += b - a;
    }
    ms += inside;
    if (length > 0) days += inside / length;
  }
  return { ms, days };
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('working time over long spans (issue 11 item 2)', () => {
  const calendars: WorkCalendar[] = [
    simpleCalendar({ breaks: [{ from: '12:00', to: '13:00' }], holidays: ['2026-01-02', '2030-06-03', '2026-02-30'] }),
    simpleCalendar({ timeZone: 'Asia/Jayapura', days: [1, 3, 6], hours: { from: '07:30', to: '15:45' }, nationalHolidays: false, holidays: ['2027-03-06'] }),
    simpleCalendar({ timeZone: 'Asia/Makassar', days: [] }),
  ];

  it('a span of 100 years computes in well under a second, with arithmetic over whole weeks', { retry: 2 }, () => {
    const cal = calendars[0];
    const a = Date.parse('2000-01-01T00:00:00Z');
    const b = Date.parse('2100-12-31T00:00:00Z');
    workingMsBetween(cal, a, b); // national holiday lists of the years (date-holidays, ~0.6 s once), then cached
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) {
      workingMsBetween(cal, a, b);
      workingDaysBetween(cal, a, b);
    }
    const each = (performance.now() - t0) / 10;
    const t1 = performance.now();
    perDay(cal, a, b);
    const plain = performance.now() - t1;
    // Per-day iteration (~40 ms here) against a few holiday lists (well under 1 ms): whatever the
    // machine's load, the arithmetic must be many times faster than walking 36,890 days.
    expect(each).toBeLessThan(plain / 5);
    expect(each).toBeLessThan(250); // well under a second even on a loaded machine
  });

  it('equals the plain per-day computation on many random spans', () => {
    const r = rng(11);
    const lo = Date.parse('2000-01-01T00:00:00Z');
    const hi = Date.parse('2100-12-31T00:00:00Z');
    for (let i = 0; i < 300; i++) {
      const cal = calendars[i % calendars.length];
      const from = lo + Math.floor(r() * (hi - lo));
      const span = [r() * 3, r() * 40, r() * 400, r() * 4000][i % 4] * 86_400_000;
      const to = Math.min(hi, from + Math.floor(span));
      const want = perDay(cal, from, to);
      expect(workingMsBetween(cal, from, to), `${i}`).toBe(want.ms);
      expect(workingDaysBetween(cal, from, to)).toBeCloseTo(want.days, 6);
    }
  });
});
