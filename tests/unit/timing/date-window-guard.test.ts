import { describe, expect, it } from 'vitest';
import {
  DATE_WINDOW_END_MS,
  DATE_WINDOW_START_MS,
  isDateInWindow,
  isInstantInWindow,
  outOfWindowMessage,
} from '../../../lib/timing/date-window';
import { isoDateInWindow } from '../../../lib/timing/date-window-schema';

/** The guard's edges, one millisecond and one character at a time (mutation testing, issue 19). */
const RULE = 'tanggal harus antara 2000-01-01 dan 2100-12-31';
const FORMAT = 'format tanggal harus YYYY-MM-DD';
const NOT_A_DATE = `bukan tanggal yang sah atau di luar rentang (${RULE})`;

describe('the date window, at its edges', () => {
  it('the first instant is inside, the one before it is not; the end is exclusive', () => {
    expect(DATE_WINDOW_START_MS).toBe(Date.parse('1999-12-31T00:00:00Z'));
    expect(DATE_WINDOW_END_MS).toBe(Date.parse('2101-01-02T00:00:00Z'));
    expect(isInstantInWindow(DATE_WINDOW_START_MS)).toBe(true);
    expect(isInstantInWindow(DATE_WINDOW_START_MS - 1)).toBe(false);
    expect(isInstantInWindow(DATE_WINDOW_END_MS - 1)).toBe(true);
    expect(isInstantInWindow(DATE_WINDOW_END_MS)).toBe(false);
    expect(isInstantInWindow(Number.NaN)).toBe(false);
    expect(isInstantInWindow(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('a calendar date must be written YYYY-MM-DD and be a real day', () => {
    for (const bad of ['abc', '', '2026-1-01', '2026-01-1', '12026-01-01', '2026-01-011', 'x2026-01-01', '2026-01-01x', '2026-02-29', '2026-13-01']) {
      expect(isDateInWindow(bad), bad).toBe(false);
    }
    expect(isDateInWindow('2028-02-29')).toBe(true);
  });

  it('the schema names a malformed date as a format error, in Indonesian', () => {
    for (const bad of ['12026-01-01', '2026-01-011', '2026-1-01', '2026-01-1', '226-01-01', 'abcd-01-01', '2026-ab-01', '2026-01-ab']) {
      const r = isoDateInWindow.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues.map((i) => i.message), bad).toEqual([FORMAT, NOT_A_DATE]);
    }
  });

  it('the schema names a well-formed date that is not a day, or outside the window', () => {
    for (const bad of ['2026-02-30', '1999-12-31', '2101-01-01']) {
      expect(isoDateInWindow.safeParse(bad).error?.issues.map((i) => i.message), bad).toEqual([NOT_A_DATE]);
    }
    expect(isoDateInWindow.safeParse('2026-11-29')).toEqual({ success: true, data: '2026-11-29' });
  });

  it('the out-of-window message names the field, the value and the rule', () => {
    expect(outOfWindowMessage('tanggal surat', '0202-05-04')).toBe(`tanggal surat: "0202-05-04" di luar rentang yang diterima (${RULE})`);
  });
});
