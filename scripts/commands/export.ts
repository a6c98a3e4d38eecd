import { writeFile } from 'node:fs/promises';
import { CliError, optString, printJson, requireOpt } from '../cli/args';
import { subcommands } from './case';
import { readBackupFile } from '../../lib/log/file-log';
import { isInstantInWindow, outOfWindowMessage } from '../../lib/timing/date-window';
import { settingsSchema } from '../../lib/log/schema';
import { agendaRows } from '../../lib/export/agenda';
import { bodyBytes, EXPORT_FORMATS, exportAgenda, exportSla, type ExportFormat, type SlaCsvTable } from '../../lib/export/documents';
import { groupEventsByCase, reportFilterSchema } from '../../lib/export/filter';
import { slaReport } from '../../lib/export/sla';
import { casesWithDerivedState } from '../../lib/log/lifecycle';
import { builtinCatalog } from '../../lib/sop/catalog';
import { calendarFromSettings } from '../../lib/timing';

export const summary = 'buku agenda / laporan SLA dari berkas cadangan ke CSV, XLSX, HTML / agenda book and SLA report';

const USAGE = `Pemakaian / usage:
  pandu export agenda --backup F --format csv|xlsx|html --out PATH [opsi]
  pandu export sla    --backup F --format csv|xlsx|html --out PATH [opsi]
Opsi / options:
  --separator ';'        pemisah CSV (bawaan: dari pengaturan) / CSV separator
  --from YYYY-MM-DD --to YYYY-MM-DD   periode tanggal terima / period of receipt
  --sop ID --actor LANE --staff NAMA --verdict on-time|warning|late
  --table steps|sops|cases|late|weekly  tabel SLA untuk CSV (bawaan steps; cases = lama layanan per kasus)
  --lang id|en  --place KOTA  --now ISO  --json
`;

const SLA_TABLES: readonly SlaCsvTable[] = ['steps', 'sops', 'cases', 'late', 'weekly'];

export const run = subcommands(USAGE, [], async (sub, args) => {
  if (sub !== 'agenda' && sub !== 'sla') throw new CliError(`Laporan tidak dikenal: export ${sub} (agenda atau sla)\n${USAGE}`, 2);
  const file = requireOpt(args, 'backup');
  const out = requireOpt(args, 'out');
  const format = requireOpt(args, 'format') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format harus csv, xlsx atau html, bukan "${format}"`, 2);
  const separator = optString(args, 'separator');
  if (separator !== undefined && separator !== ',' && separator !== ';') throw new CliError(`--separator harus "," atau ";", bukan "${separator}"`, 2);
  const lang = optString(args, 'lang') ?? 'id';
  if (lang !== 'id' && lang !== 'en') throw new CliError('--lang harus id atau en', 2);
  const table = (optString(args, 'table') ?? 'steps') as SlaCsvTable;
  if (!SLA_TABLES.includes(table)) throw new CliError(`--table harus ${SLA_TABLES.join(', ')}`, 2);
  const parsedFilter = reportFilterSchema.safeParse({
    from: optString(args, 'from') ?? null,
    to: optString(args, 'to') ?? null,
    sopId: optString(args, 'sop') ?? null,
    actor: optString(args, 'actor') ?? null,
    staff: optString(args, 'staff') ?? null,
    verdict: optString(args, 'verdict') ?? null,
  });
  if (!parsedFilter.success) {
    const msg = parsedFilter.error.issues.map((i) => `--${i.path.join('.') === 'sopId' ? 'sop' : i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError(`Saringan tidak sah: ${msg}`, 2);
  }
  const filter = parsedFilter.data;
  const now = optString(args, 'now');
  if (now !== undefined && !Number.isFinite(Date.parse(now))) throw new CliError(`--now harus tanggal-waktu ISO 8601, bukan "${now}"`, 2);
  if (now !== undefined && !isInstantInWindow(Date.parse(now))) throw new CliError(outOfWindowMessage('--now', now), 2);

  const read = await readBackupFile(file);
  // Each case's status from its ledger (done / cancelled / waiting), as the extension shows it.
  const backup = { ...read, cases: casesWithDerivedState(read.cases, read.caseEvents) };
  const settings = backup.settings ?? settingsSchema.parse({});
  const sops = builtinCatalog();
  const eventsByCase = groupEventsByCase(backup.events);
  const opts = { settings, lang, separator: separator as ',' | ';' | undefined, filter, slaCsvTable: table, place: optString(args, 'place'), now: now ? new Date(now) : undefined } as const;
  let result;
  let rows: number;
  if (sub === 'agenda') {
    const agenda = agendaRows(backup.cases, backup.events, { sops, timeZone: settings.timeZone, filter, lang, eventsByCase });
    rows = agenda.length;
    result = await exportAgenda(agenda, format, opts);
  } else {
    const report = slaReport(backup.cases, backup.events, { sops, calendar: calendarFromSettings(settings), filter, eventsByCase, now: now ?? backup.exportedAt, caseEvents: backup.caseEvents });
    rows = report.steps.length;
    result = await exportSla(report, format, opts);
  }
  const bytes = bodyBytes(result);
  try {
    await writeFile(out, bytes);
  } catch (err) {
    throw new CliError(`Gagal menulis ${out}: ${err instanceof Error ? err.message : String(err)}`, 1);
  }
  if (args.opts.json) printJson({ report: sub, format, file: out, rows, bytes: bytes.length });
  else process.stdout.write(`${sub === 'agenda' ? 'Buku agenda' : 'Laporan SLA'} (${format}, ${rows} baris) ditulis ke ${out}\n`);
  return 0;
});
