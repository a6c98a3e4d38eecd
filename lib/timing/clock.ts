import { MINUTE_MS, ZONE_ABBR, ZONE_OFFSET_MINUTES, dateOfDay, isWorkingTime, localDayIndex, minutesToClock, toMs, weekdayOfDay, type WorkCalendar } from './calendar';
import { isHeld, nextWorkingInstant, type HoldLike } from './held';

/**
 * Is a step's clock running right now, and if not, why and until when? So a badge never looks
 * frozen: outside working hours it says when counting resumes ("dihitung lagi Senin 08.00 WIB").
 */
export type ClockState =
  | { kind: 'running' }
  | { kind: 'held' }
  /** Outside working hours; `resumesAt` = the next working instant (null: the calendar never works). */
  | { kind: 'off-hours'; resumesAt: number | null };

export function clockState(cal: WorkCalendar, now: string | number | Date, holds: readonly HoldLike[] = []): ClockState {
  const ms = toMs(now);
  if (isHeld(holds, ms)) return { kind: 'held' };
  if (isWorkingTime(cal, ms)) return { kind: 'running' };
  return { kind: 'off-hours', resumesAt: nextWorkingInstant(cal, ms) };
}

const WEEKDAY = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/**
 * "Senin 08.00 WIB" (Indonesian time with a dot) / "Monday 08:00 WIB"; "hari ini 13.00 WIB" on the
 * same local day; the date is added when it is a week or more away.
 */
export function formatResume(ms: number, cal: WorkCalendar, now: string | number | Date, lang: 'id' | 'en' = 'id'): string {
  const day = localDayIndex(ms, cal.timeZone);
  const minutes = Math.round((ms + ZONE_OFFSET_MINUTES[cal.timeZone] * MINUTE_MS - day * 86_400_000) / MINUTE_MS);
  const clock = minutesToClock(minutes, lang === 'id' ? '.' : ':');
  const today = localDayIndex(toMs(now), cal.timeZone);
  const name = day === today ? (lang === 'id' ? 'hari ini' : 'today') : WEEKDAY[lang][weekdayOfDay(day) - 1];
  const date = day - today >= 7 ? ` ${dateOfDay(day)}` : '';
  return `${name}${date} ${clock} ${ZONE_ABBR[cal.timeZone]}`;
}
