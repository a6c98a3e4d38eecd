import { DAY_MS, MINUTE_MS, ZONE_OFFSET_MINUTES, localDayIndex, workingIntervalsOfDay, type WorkCalendar } from './calendar';

/**
 * Cumulative working-time index for reports over many records.
 *
 * lib/timing's `workingMsBetween` / `workingDaysBetween` walk the days of each span (a few
 * microseconds per call); a report over a million step events needs a constant-time answer.
 * This index asks lib/timing for each local day's working intervals once
 * (`workingIntervalsOfDay`, so holidays, breaks and hours stay lib/timing's), keeps running
 * totals per day, and answers a span as the difference of two running totals:
 *
 *   workingMs(a, b)   = W(b) − W(a)          W(t) = working ms from the index start to t
 *   workingDays(a, b) = D(b) − D(a)          D(t) = working days (each day's worked share) to t
 *
 * which is exactly what lib/timing's day-by-day loops add up. The tests check the two agree.
 */
export class WorkTimeIndex {
  private lo = 0;
  private hi = -1;
  /** Per day (index − lo): working ms before that day, working days before that day. */
  private cumMs = new Float64Array(0);
  private cumDays = new Float64Array(0);
  /** Per day: flat [start, end, start, end, ...] UTC ms, and the day's total working ms. */
  private intervals: Float64Array[] = [];
  private dayLength = new Float64Array(0);

  /** The zone's offset (lib/timing's), for the local day of an instant in the hot path. */
  private readonly offsetMs: number;

  constructor(readonly cal: WorkCalendar) {
    this.offsetMs = ZONE_OFFSET_MINUTES[cal.timeZone] * MINUTE_MS;
  }

  /** Make sure days [from, to] are indexed (grows with some margin). */
  private cover(fromDay: number, toDay: number): void {
    if (this.hi >= this.lo && fromDay >= this.lo && toDay <= this.hi) return;
    const lo = this.hi >= this.lo ? Math.min(this.lo, fromDay - 31) : fromDay - 31;
    const hi = this.hi >= this.lo ? Math.max(this.hi, toDay + 31) : toDay + 31;
    const n = hi - lo + 1;
    const cumMs = new Float64Array(n + 1);
    const cumDays = new Float64Array(n + 1);
    const dayLength = new Float64Array(n);
    const intervals: Float64Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const d = lo + i;
      const old = d >= this.lo && d <= this.hi ? d - this.lo : -1;
      let flat: Float64Array;
      let len: number;
      if (old >= 0) {
        flat = this.intervals[old];
        len = this.dayLength[old];
      } else {
        const iv = workingIntervalsOfDay(this.cal, d);
        flat = new Float64Array(iv.length * 2);
        len = 0;
        for (let k = 0; k < iv.length; k++) {
          flat[2 * k] = iv[k][0];
          flat[2 * k + 1] = iv[k][1];
          len += iv[k][1] - iv[k][0];
        }
      }
      intervals[i] = flat;
      dayLength[i] = len;
      cumMs[i + 1] = cumMs[i] + len;
      cumDays[i + 1] = cumDays[i] + (len > 0 ? 1 : 0);
    }
    this.lo = lo;
    this.hi = hi;
    this.cumMs = cumMs;
    this.cumDays = cumDays;
    this.dayLength = dayLength;
    this.intervals = intervals;
  }

  private dayOf(ms: number): number {
    const d = localDayIndex(ms, this.cal.timeZone);
    this.cover(d, d);
    return d - this.lo;
  }

  /** Working ms of day `i` (relative) before instant `ms`. */
  private within(i: number, ms: number): number {
    const flat = this.intervals[i];
    let sum = 0;
    for (let k = 0; k < flat.length; k += 2) {
      const s = flat[k];
      const e = flat[k + 1];
      if (ms <= s) break;
      sum += (ms < e ? ms : e) - s;
    }
    return sum;
  }

  /** Working ms from the index start to `ms`. */
  cumulativeMs(ms: number): number {
    const i = this.dayOf(ms);
    return this.cumMs[i] + this.within(i, ms);
  }

  /** Working days from the index start to `ms` (fractional on a partly worked day). */
  cumulativeDays(ms: number): number {
    const i = this.dayOf(ms);
    const len = this.dayLength[i];
    return this.cumDays[i] + (len > 0 ? this.within(i, ms) / len : 0);
  }

  /** Same as lib/timing `workingMsBetween(cal, fromMs, toMs)`. */
  workingMs(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs)) return 0;
    let a = Math.floor((fromMs + this.offsetMs) / DAY_MS) - this.lo;
    let b = Math.floor((toMs + this.offsetMs) / DAY_MS) - this.lo;
    if (a < 0 || b > this.hi - this.lo) {
      this.cover(a + this.lo, b + this.lo);
      a = Math.floor((fromMs + this.offsetMs) / DAY_MS) - this.lo;
      b = Math.floor((toMs + this.offsetMs) / DAY_MS) - this.lo;
    }
    return this.cumMs[b] - this.cumMs[a] + this.within(b, toMs) - this.within(a, fromMs);
  }

  /** Same as lib/timing `workingDaysBetween(cal, fromMs, toMs)`. */
  workingDays(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs)) return 0;
    this.cover(localDayIndex(fromMs, this.cal.timeZone), localDayIndex(toMs, this.cal.timeZone));
    return this.cumulativeDays(toMs) - this.cumulativeDays(fromMs);
  }

  /** The instant inside day `i` (relative) after `within` working ms of that day (end of an interval on a boundary). */
  private instantInDay(i: number, within: number): number {
    const flat = this.intervals[i];
    let left = within;
    for (let k = 0; k < flat.length; k += 2) {
      const len = flat[k + 1] - flat[k];
      if (left <= len) return flat[k] + left;
      left -= len;
    }
    return flat[flat.length - 1];
  }

  /** Lowest relative day i ≥ from with cum[i + 1] ≥ target (growing the index as needed); −1 if none within ~3 years. */
  private findDay(cum: () => Float64Array, fromRel: number, target: number): number {
    for (let grow = 0; grow < 12; grow++) {
      const c = cum();
      const n = c.length - 1;
      if (c[n] >= target) {
        let lo = fromRel;
        let hi = n - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (c[mid + 1] >= target) hi = mid;
          else lo = mid + 1;
        }
        return lo;
      }
      const before = this.lo;
      this.cover(this.hi, this.hi + 100);
      fromRel += before - this.lo;
    }
    return -1;
  }

  /**
   * The instant when `ms` (> 0) working ms have passed after `fromMs`, like lib/timing
   * `addWorkingMs` (on a boundary it answers the end of the working interval). `ms ≤ 0` returns
   * `fromMs`. Null when the calendar has no working time for years.
   */
  addWorkingMs(fromMs: number, ms: number): number | null {
    if (!(ms > 0)) return fromMs;
    const target = this.cumulativeMs(fromMs) + ms;
    const i = this.findDay(() => this.cumMs, this.dayOf(fromMs), target);
    return i < 0 ? null : this.instantInDay(i, target - this.cumMs[i]);
  }

  /** The instant when `days` (> 0) working days have passed after `fromMs` (the inverse of `workingDays`). */
  addWorkingDays(fromMs: number, days: number): number | null {
    if (!(days > 0)) return fromMs;
    const target = this.cumulativeDays(fromMs) + days;
    const i = this.findDay(() => this.cumDays, this.dayOf(fromMs), target);
    return i < 0 ? null : this.instantInDay(i, (target - this.cumDays[i]) * this.dayLength[i]);
  }

  /** Calendar days (24 h = 1), as lib/timing `calendarDaysBetween`. */
  static calendarDays(fromMs: number, toMs: number): number {
    return Math.max(0, toMs - fromMs) / DAY_MS;
  }
}
