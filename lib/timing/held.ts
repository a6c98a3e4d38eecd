import { MINUTE_MS, addWorkingMs, toMs, workingDaysBetween, workingMsBetween, type WorkCalendar } from './calendar';

/**
 * Held time: while a case waits (menunggu kelengkapan / pemohon) its clock stops. A hold is a
 * span [from, to) — `to: null` while it lasts — and every working-time figure of a step is its
 * working time minus the working time of the holds inside it. Nights, weekends and holidays are
 * not working time, so a hold over them takes nothing away twice. Pure.
 */

export type HoldLike = { from: string; to: string | null };

/** The parts of the holds inside [fromMs, toMs), as sorted, non-overlapping [start, end) spans (open holds end at `nowMs`). */
export function holdSpansWithin(holds: readonly HoldLike[], fromMs: number, toMs: number, nowMs: number): Array<[number, number]> {
  const spans = holds
    .map(({ from, to }): [number, number] => [Math.max(fromMs, Date.parse(from)), Math.min(toMs, to === null ? nowMs : Date.parse(to))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** Working milliseconds of [fromMs, toMs) that fall inside a hold. */
export function heldWorkingMs(cal: WorkCalendar, holds: readonly HoldLike[], fromMs: number, toMs: number, nowMs: number = toMs): number {
  return holdSpansWithin(holds, fromMs, toMs, nowMs).reduce((n, [a, b]) => n + workingMsBetween(cal, a, b), 0);
}

/** Working milliseconds of [fromMs, toMs) outside every hold. */
export function activeWorkingMs(cal: WorkCalendar, holds: readonly HoldLike[], fromMs: number, toMs: number, nowMs: number = toMs): number {
  return Math.max(0, workingMsBetween(cal, fromMs, toMs) - heldWorkingMs(cal, holds, fromMs, toMs, nowMs));
}

/** Calendar milliseconds of [fromMs, toMs) inside a hold. */
export function heldCalendarMs(holds: readonly HoldLike[], fromMs: number, toMs: number, nowMs: number = toMs): number {
  return holdSpansWithin(holds, fromMs, toMs, nowMs).reduce((n, [a, b]) => n + (b - a), 0);
}

/** Working days (fractional) of [fromMs, toMs) inside a hold. */
export function heldWorkingDays(cal: WorkCalendar, holds: readonly HoldLike[], fromMs: number, toMs: number, nowMs: number = toMs): number {
  return holdSpansWithin(holds, fromMs, toMs, nowMs).reduce((n, [a, b]) => n + workingDaysBetween(cal, a, b), 0);
}

/** Whole working minutes of [from, to) outside every hold. */
export function activeWorkingMinutes(cal: WorkCalendar, holds: readonly HoldLike[], from: string | number | Date, to: string | number | Date): number {
  return Math.floor(activeWorkingMs(cal, holds, toMs(from), toMs(to)) / MINUTE_MS);
}

/** Is the instant inside a hold? */
export function isHeld(holds: readonly HoldLike[], at: string | number | Date): boolean {
  const ms = toMs(at);
  return holds.some((h) => Date.parse(h.from) <= ms && (h.to === null || ms < Date.parse(h.to)));
}

/** The next instant the working clock runs at or after `at` (itself when inside working time); null if the calendar never works. */
export function nextWorkingInstant(cal: WorkCalendar, at: string | number | Date): number | null {
  return addWorkingMs(cal, toMs(at), 0);
}
