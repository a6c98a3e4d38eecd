/**
 * The one window of dates Pandu accepts: 2000-01-01 … 2100-12-31. Every entry point (stored
 * records and messages through their zod schemas, the UI's date inputs, the command line,
 * restore and merge) refuses a date outside it, so that no typo ("0202-05-04") or hostile backup
 * ("year 0001") can make a working-time computation span centuries.
 *
 * Instants are compared in UTC with a day's margin on both sides, so that a local date inside
 * the window (WIB/WITA/WIT, UTC+7…+9) is always inside it, whatever its zone.
 *
 * No zod here (the panel imports this module): the schemas are in date-window-schema.ts.
 */
/** First and last accepted calendar dates (YYYY-MM-DD, inclusive). */
export const DATE_WINDOW = { from: '2000-01-01', to: '2100-12-31' } as const;

const DAY_MS = 86_400_000;
/** Earliest accepted instant (UTC ms): 2000-01-01 local midnight in any zone. */
export const DATE_WINDOW_START_MS = Date.UTC(2000, 0, 1) - DAY_MS;
/** Latest accepted instant (UTC ms, exclusive): the end of 2100-12-31 in any zone. */
export const DATE_WINDOW_END_MS = Date.UTC(2101, 0, 1) + DAY_MS;

/** "harus antara 2000-01-01 dan 2100-12-31" — the Indonesian explanation, for every message. */
export const DATE_WINDOW_RULE = `tanggal harus antara ${DATE_WINDOW.from} dan ${DATE_WINDOW.to}`;

/** Is this instant (UTC ms) inside the window? */
export function isInstantInWindow(ms: number): boolean {
  return Number.isFinite(ms) && ms >= DATE_WINDOW_START_MS && ms < DATE_WINDOW_END_MS;
}

/** Is this ISO date-time (with its zone) inside the window? False when it cannot be read. */
export function isIsoInWindow(iso: string): boolean {
  return isInstantInWindow(Date.parse(iso));
}

/** Is this calendar date (YYYY-MM-DD) a real date inside the window? */
export function isDateInWindow(date: string): boolean {
  // Stryker disable next-line ConditionalExpression,Regex: equivalent — a quick exit only; the
  // round trip through toISOString below accepts nothing but YYYY-MM-DD (tests: date-window-guard).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date && date >= DATE_WINDOW.from && date <= DATE_WINDOW.to;
}

/** The Indonesian message for a date outside the window, naming the field. */
export function outOfWindowMessage(field: string, value: string): string {
  return `${field}: "${value}" di luar rentang yang diterima (${DATE_WINDOW_RULE})`;
}

/** `min` / `max` attributes for `<input type="date">` (and the date part of datetime-local). */
export const DATE_INPUT_BOUNDS = { min: DATE_WINDOW.from, max: DATE_WINDOW.to } as const;
/** `min` / `max` attributes for `<input type="datetime-local">`. */
export const DATETIME_INPUT_BOUNDS = { min: `${DATE_WINDOW.from}T00:00`, max: `${DATE_WINDOW.to}T23:59` } as const;
