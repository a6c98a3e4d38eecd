import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingMs, calendarFromSettings, simpleCalendar, workingDaysBetween, workingMsBetween } from '../../../lib/timing';
import { settingsSchema } from '../../../lib/log/schema';
import { WorkTimeIndex } from '../../../lib/timing/worktime';
import { makeRng } from '../../../lib/export/demo';

const rng = makeRng;

describe('WorkTimeIndex agrees with lib/timing', () => {
  const calendars = {
    simple: simpleCalendar({ nationalHolidays: false }),
    withHolidaysAndBreak: simpleCalendar({ breaks: [{ from: '12:00', to: '13:00' }], holidays: ['2026-03-04'], nationalHolidays: true }),
    settingsDefault: calendarFromSettings(settingsSchema.parse({ timeZone: 'Asia/Makassar', localHolidays: ['2026-04-01'] })),
  };
  for (const [name, cal] of Object.entries(calendars)) {
    it(name, () => {
      const index = new WorkTimeIndex(cal);
      const rand = rng(42);
      const base = Date.parse('2026-01-01T00:00:00Z');
      for (let i = 0; i < 400; i++) {
        const a = base + Math.floor(rand() * 200 * 86_400_000);
        const b = a + Math.floor(rand() * (rand() < 0.5 ? 86_400_000 : 20 * 86_400_000));
        expect(index.workingMs(a, b)).toBe(workingMsBetween(cal, a, b));
        expect(index.workingDays(a, b)).toBeCloseTo(workingDaysBetween(cal, a, b), 9);
      }
      // Far outside the first span: the index grows.
      const far = Date.parse('2027-06-01T00:00:00Z');
      expect(index.workingMs(base, far)).toBe(workingMsBetween(cal, base, far));
      expect(index.workingMs(far, base)).toBe(0);
    });
  }
});

describe('WorkTimeIndex.addWorkingMs / addWorkingDays', () => {
  const cal = simpleCalendar({ breaks: [{ from: '12:00', to: '13:00' }], holidays: ['2026-03-04'], nationalHolidays: true });
  it('agree with lib/timing and invert the measures', () => {
    const index = new WorkTimeIndex(cal);
    const rand = rng(7);
    const base = Date.parse('2026-02-01T00:00:00Z');
    for (let i = 0; i < 300; i++) {
      const from = base + Math.floor(rand() * 120 * 86_400_000);
      const ms = 1 + Math.floor(rand() * 30 * 3_600_000);
      const t = index.addWorkingMs(from, ms)!;
      expect(t).toBe(addWorkingMs(cal, from, ms));
      expect(index.workingMs(from, t)).toBe(ms);
      const days = 0.01 + rand() * 10;
      const td = index.addWorkingDays(from, days)!;
      expect(index.workingDays(from, td)).toBeCloseTo(days, 6);
      expect(Math.abs(td - addWorkingDays(cal, from, days)!)).toBeLessThan(2);
    }
  });
  it('grows far ahead and gives up on a calendar without working days', () => {
    const index = new WorkTimeIndex(cal);
    const from = Date.parse('2026-02-02T08:00:00+07:00');
    const t = index.addWorkingDays(from, 400)!;
    expect(index.workingDays(from, t)).toBeCloseTo(400, 6);
    const never = new WorkTimeIndex(simpleCalendar({ days: [] }));
    expect(never.addWorkingMs(from, 60_000)).toBeNull();
  });
});
