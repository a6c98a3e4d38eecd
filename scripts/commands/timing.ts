import { CliError, checkDateInWindow, optString, printJson, requireInstant, type ParsedArgs } from '../cli/args';
import { subcommands } from './case';
import { settingsSchema } from '../../lib/log/schema';
import { calendarFromSettings, simpleCalendar, workingDaysBetween, calendarDaysBetween, workingMinutesBetween, type IsoWeekday, type TimeZone, type WorkCalendar } from '../../lib/timing';

export const summary = 'waktu kerja: elapsed --from ISO --to ISO [--tz] [--hours] [--days] [--holidays] / working time';

const USAGE = `Pemakaian / usage:
  pandu timing elapsed --from ISO --to ISO [--tz Asia/Jakarta|Asia/Makassar|Asia/Jayapura]
        [--hours 08:00-16:00] [--days 1-5] [--breaks 12:00-13:00,...] [--holidays YYYY-MM-DD,...]
        [--no-national-holidays] [--json]
  Tanpa --hours/--days: jam kerja bawaan (Senin–Kamis 08:00–16:00, Jumat 08:00–16:30).
  Without --hours/--days: the default working hours (Mon–Thu 08:00–16:00, Fri 08:00–16:30).
`;

const ZONES: TimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

function clockRange(text: string, opt: string): { from: string; to: string } {
  const m = /^(\d{1,2}[:.]\d{2})-(\d{1,2}[:.]\d{2})$/.exec(text.trim());
  if (!m) throw new CliError(`--${opt} harus berbentuk HH:MM-HH:MM (contoh 08:00-16:00), bukan "${text}"`, 2);
  return { from: m[1].replace('.', ':'), to: m[2].replace('.', ':') };
}

function weekdays(text: string): IsoWeekday[] {
  const out = new Set<IsoWeekday>();
  for (const part of text.split(',')) {
    const m = /^([1-7])(?:-([1-7]))?$/.exec(part.trim());
    if (!m) throw new CliError(`--days harus hari ISO 1–7 (1 = Senin), mis. 1-5 atau 1,3,5, bukan "${text}"`, 2);
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    for (let d = a; d <= b; d++) out.add(d as IsoWeekday);
  }
  return [...out];
}

/** The calendar described by the options (default: the default settings). */
export function calendarFromOptions(args: ParsedArgs): WorkCalendar {
  const tz = optString(args, 'tz') ?? 'Asia/Jakarta';
  if (!ZONES.includes(tz as TimeZone)) throw new CliError(`--tz harus salah satu dari ${ZONES.join(', ')}`, 2);
  const hours = optString(args, 'hours');
  const days = optString(args, 'days');
  const holidays = (optString(args, 'holidays') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((d) => checkDateInWindow('holidays', d));
  for (const h of holidays) if (!/^\d{4}-\d{2}-\d{2}$/.test(h)) throw new CliError(`--holidays: tanggal harus YYYY-MM-DD, bukan "${h}"`, 2);
  const breaks = (optString(args, 'breaks') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((b) => clockRange(b, 'breaks'));
  const national = !args.opts['no-national-holidays'];
  if (hours || days) {
    return simpleCalendar({ timeZone: tz as TimeZone, hours: clockRange(hours ?? '08:00-16:00', 'hours'), days: weekdays(days ?? '1-5'), breaks, holidays, nationalHolidays: national });
  }
  return calendarFromSettings(settingsSchema.parse({ timeZone: tz, breaks, localHolidays: holidays, nationalHolidays: national }));
}

export const run = subcommands(USAGE, ['no-national-holidays'], async (sub, args) => {
  if (sub !== 'elapsed') throw new CliError(`Subperintah tidak dikenal: timing ${sub}\n${USAGE}`, 2);
  const from = requireInstant(args, 'from');
  const to = requireInstant(args, 'to');
  const cal = calendarFromOptions(args);
  const workingMinutes = workingMinutesBetween(cal, from, to);
  const workingDays = Math.round(workingDaysBetween(cal, from, to) * 1000) / 1000;
  const calendarDays = Math.round(calendarDaysBetween(from, to) * 1000) / 1000;
  if (args.opts.json) printJson({ workingMinutes, workingDays, calendarDays, timeZone: cal.timeZone });
  else process.stdout.write(`${workingMinutes} menit kerja (${Math.floor(workingMinutes / 60)} jam ${workingMinutes % 60} menit), ${workingDays} hari kerja, ${calendarDays} hari kalender\n`);
  return 0;
});
