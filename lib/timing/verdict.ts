import type { Verdict } from '../log/schema';
import {
  DAY_MS,
  MINUTE_MS,
  addWorkingDays,
  addWorkingMs,
  calendarDaysBetween,
  toMs,
  toZonedIso,
  workingDaysBetween,
  workingMsBetween,
  type WorkCalendar,
} from './calendar';
import { heldCalendarMs, heldWorkingDays, heldWorkingMs, type HoldLike } from './held';

/**
 * The part of lib/sop's `Duration` ("mutu baku" time) that timing needs. lib/timing imports
 * nothing from lib/sop; any `Duration` fits this shape.
 */
export type DurationLike = {
  text?: string;
  min: number | null;
  max: number | null;
  unit: 'minute' | 'hour' | 'day' | 'workday' | null;
  window?: { days: string; from: string; to: string; zone: 'WIB' | 'WITA' | 'WIT' | null };
};

/** Elapsed time measured every way a standard may need. */
export type Elapsed = { workingMinutes: number; calendarDays: number; workingDays: number };

/** Share of the standard used at which a step turns to 'warning'. */
export const WARNING_SHARE = 0.8;

/** The standard a step is held to: the range's max (or its single value), in its unit; null = no standard. */
export function standardOf(duration: DurationLike | null | undefined): { amount: number; unit: 'minute' | 'hour' | 'day' | 'workday' } | null {
  if (!duration || !duration.unit) return null;
  const amount = duration.max ?? duration.min;
  if (amount === null || amount === undefined || !(amount > 0)) return null;
  return { amount, unit: duration.unit };
}

/** Fraction of the standard used (1 = exactly at the standard); null when the step has no standard. */
export function usedShare(duration: DurationLike | null | undefined, elapsed: Elapsed): number | null {
  const std = standardOf(duration);
  if (!std) return null;
  switch (std.unit) {
    case 'minute':
      return elapsed.workingMinutes / std.amount;
    case 'hour':
      return elapsed.workingMinutes / (std.amount * 60);
    case 'day':
      return elapsed.calendarDays / std.amount;
    case 'workday':
      return elapsed.workingDays / std.amount;
  }
}

/** The verdict for a share of the standard used: past it → late, ≥ 80 % → warning, else on time. */
export function verdictForShare(used: number | null): Verdict | null {
  if (used === null) return null;
  if (used > 1 + 1e-9) return 'late';
  if (used >= WARNING_SHARE - 1e-9) return 'warning';
  return 'on-time';
}

/**
 * Verdict of an elapsed time against a mutu baku. Minute and hour standards count working
 * minutes, `day` counts calendar days, `workday` counts working days; a range (15–30 minutes) is
 * on time up to its max. No standard → null.
 */
export function verdictFor(duration: DurationLike | null | undefined, elapsed: Elapsed): Verdict | null {
  return verdictForShare(usedShare(duration, elapsed));
}

export type StepTiming = {
  /** Whole working minutes from start to finish (or to now while running). */
  elapsedWorkingMinutes: number;
  /** Days in the standard's own sense: working days for `workday` standards, calendar days otherwise (fractional). */
  elapsedDays: number;
  elapsedCalendarDays: number;
  elapsedWorkingDays: number;
  /** Working minutes of the span spent held (menunggu), already left out of the figures above. */
  heldWorkingMinutes: number;
  /** Fraction of the standard used; null without a standard. */
  used: number | null;
  verdict: Verdict | null;
  /** When 80 % of the standard is reached (ISO, in the calendar's zone); null without a standard. */
  warnAt: string | null;
  /** When 100 % of the standard is reached; null without a standard. */
  dueAt: string | null;
  running: boolean;
};

/** Time already held (excluded) since the start, in each measure a standard may use. */
export type HeldSoFar = { workingMs: number; calendarMs: number; workingDays: number };
const NOTHING_HELD: HeldSoFar = { workingMs: 0, calendarMs: 0, workingDays: 0 };

/** The instant at which `share` of the standard is used, counting from `startMs` (held time pushes it later). */
export function instantAtShare(cal: WorkCalendar, duration: DurationLike | null | undefined, startMs: number, share: number, held: HeldSoFar = NOTHING_HELD): number | null {
  const std = standardOf(duration);
  if (!std) return null;
  const amount = std.amount * share;
  switch (std.unit) {
    case 'minute':
      return addWorkingMs(cal, startMs, amount * MINUTE_MS + held.workingMs);
    case 'hour':
      return addWorkingMs(cal, startMs, amount * 60 * MINUTE_MS + held.workingMs);
    case 'day':
      return startMs + amount * DAY_MS + held.calendarMs;
    case 'workday':
      return addWorkingDays(cal, startMs, amount + held.workingDays);
  }
}

/**
 * Timing of one step, derived from its stored timestamps only (never counted): elapsed working
 * time from `startedAt` to `finishedAt` (or `now` while it runs) minus the case's held time
 * (`holds`), share used, verdict, and the instants for the 80 % warning and the due time (for
 * browser.alarms; null while the case is held, since its clock stands still).
 */
export function stepTiming(
  cal: WorkCalendar,
  duration: DurationLike | null | undefined,
  startedAt: string,
  finishedAt: string | null,
  now: string | number | Date,
  holds: readonly HoldLike[] = [],
): StepTiming {
  const start = toMs(startedAt);
  const nowMs = toMs(now);
  const end = Math.max(start, finishedAt ? toMs(finishedAt) : nowMs);
  const held: HeldSoFar = holds.length
    ? { workingMs: heldWorkingMs(cal, holds, start, end, nowMs), calendarMs: heldCalendarMs(holds, start, end, nowMs), workingDays: heldWorkingDays(cal, holds, start, end, nowMs) }
    : NOTHING_HELD;
  const workedMs = Math.max(0, workingMsBetween(cal, start, end) - held.workingMs);
  const elapsed: Elapsed = {
    workingMinutes: Math.floor(workedMs / MINUTE_MS),
    calendarDays: Math.max(0, calendarDaysBetween(start, end) - held.calendarMs / DAY_MS),
    workingDays: Math.max(0, workingDaysBetween(cal, start, end) - held.workingDays),
  };
  // The share uses exact working time, so 30 min 30 s on a 30-minute standard is late.
  const exact: Elapsed = { ...elapsed, workingMinutes: workedMs / MINUTE_MS };
  const used = usedShare(duration, exact);
  const heldNow = !finishedAt && holds.some((h) => h.to === null && Date.parse(h.from) <= nowMs);
  const warn = heldNow ? null : instantAtShare(cal, duration, start, WARNING_SHARE, held);
  const due = heldNow ? null : instantAtShare(cal, duration, start, 1, held);
  return {
    elapsedWorkingMinutes: elapsed.workingMinutes,
    elapsedDays: duration?.unit === 'workday' ? elapsed.workingDays : elapsed.calendarDays,
    elapsedCalendarDays: elapsed.calendarDays,
    elapsedWorkingDays: elapsed.workingDays,
    heldWorkingMinutes: Math.floor(held.workingMs / MINUTE_MS),
    used,
    verdict: verdictForShare(used),
    warnAt: warn === null ? null : toZonedIso(warn, cal.timeZone),
    dueAt: due === null ? null : toZonedIso(due, cal.timeZone),
    running: !finishedAt,
  };
}
