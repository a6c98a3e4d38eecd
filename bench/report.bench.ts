#!/usr/bin/env tsx
/**
 * Report benchmark: 100,000 cases and about 1,000,000 step events (the demo-log generator, in
 * memory), then the SLA report (budget 2 s) and the agenda CSV export (budget 3 s).
 * Run: npx tsx bench/report.bench.ts [--cases N]
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { agendaRows, agendaTable } from '../lib/export/agenda';
import { collectCsv } from '../lib/export/csv';
import { demoBackup, demoSettings } from '../lib/export/demo';
import { groupEventsByCase } from '../lib/export/filter';
import { slaReport } from '../lib/export/sla';
import { columnHeaders, tableTextRows } from '../lib/export/table';
import { builtinCatalog } from '../lib/sop/catalog';
import { calendarFromSettings } from '../lib/timing';

const argCases = process.argv.indexOf('--cases');
const CASES = argCases > 0 ? Number(process.argv[argCases + 1]) : 100_000;
const SLA_BUDGET_MS = 2000;
const CSV_BUDGET_MS = 3000;

const ms = (t0: number) => Math.round(performance.now() - t0);
/** CPU time of this process (user + system) since `c0`, to tell real cost from a busy machine. */
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return Math.round((c.user + c.system) / 1000);
};
const sops = builtinCatalog();
const settings = demoSettings();

// Collect the generator's garbage before each measurement, so that it is not billed to the report.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let t0 = performance.now();
const backup = demoBackup({ cases: CASES, seed: 'bench', end: '2026-11-20', months: 12 }, sops);
console.log(`generated ${backup.cases.length.toLocaleString('en')} cases, ${backup.events.length.toLocaleString('en')} step events in ${ms(t0)} ms`);

// SLA report: group, filter, working time once per event, statistics.
gc();
t0 = performance.now();
let c0 = process.cpuUsage();
const calendar = calendarFromSettings(settings);
const report = slaReport(backup.cases, backup.events, { sops, calendar, now: backup.exportedAt });
const slaMs = ms(t0);
const slaCpu = cpuMs(c0);
console.log(`SLA report: ${slaMs} ms wall, ${slaCpu} ms CPU (${report.steps.length} step rows, ${report.late.length.toLocaleString('en')} late steps, ${report.weekly.length} weeks, within ${((report.totals.withinShare ?? 0) * 100).toFixed(1)} %)`);

// For information: the grouped path the report page takes (events grouped once, a staff filter).
gc();
t0 = performance.now();
const staff = backup.cases[0].assignedTo ?? '';
const filtered = slaReport(backup.cases, backup.events, { sops, calendar, now: backup.exportedAt, filter: { staff } });
console.log(`SLA report, grouped path with --staff "${staff}": ${ms(t0)} ms wall (${filtered.totals.cases.toLocaleString('en')} cases)`);

// CSV export of the agenda book: rows + chunked CSV text (as the report page and CLI do).
gc();
t0 = performance.now();
c0 = process.cpuUsage();
const rows = agendaRows(backup.cases, backup.events, { sops, timeZone: settings.timeZone });
const table = agendaTable(rows);
const csv = await collectCsv(columnHeaders(table.columns), tableTextRows(table, settings.timeZone, 'csv'), { separator: ';', chunkRows: 10_000, total: rows.length });
const csvMs = ms(t0);
const csvCpu = cpuMs(c0);
console.log(`agenda CSV: ${csvMs} ms wall, ${csvCpu} ms CPU (${rows.length.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB)`);

const slaOk = slaMs <= SLA_BUDGET_MS;
const csvOk = csvMs <= CSV_BUDGET_MS;
console.log(`SLA ${slaOk ? 'PASS' : 'FAIL'} (${slaMs} ms ≤ ${SLA_BUDGET_MS} ms)`);
console.log(`CSV ${csvOk ? 'PASS' : 'FAIL'} (${csvMs} ms ≤ ${CSV_BUDGET_MS} ms)`);
const load = (await import('node:os')).loadavg()[0];
if (load > 2.5) console.log(`note: load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores while measuring; wall times include waiting for the CPU`);
process.exitCode = slaOk && csvOk ? 0 : 1;
