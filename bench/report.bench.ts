#!/usr/bin/env tsx
/**
 * Report benchmark: 100,000 cases and about 1,000,000 step events (the demo-log generator, in
 * memory), then the SLA report (budget 2 s) and the agenda CSV export (budget 3 s).
 * Run: npx tsx bench/report.bench.ts [--cases N]
 */
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
const sops = builtinCatalog();
const settings = demoSettings();

let t0 = performance.now();
const backup = demoBackup({ cases: CASES, seed: 'bench', end: '2026-11-20', months: 12 }, sops);
console.log(`generated ${backup.cases.length.toLocaleString('en')} cases, ${backup.events.length.toLocaleString('en')} step events in ${ms(t0)} ms`);

// SLA report: group, filter, working time once per event, statistics.
t0 = performance.now();
const calendar = calendarFromSettings(settings);
const report = slaReport(backup.cases, backup.events, { sops, calendar, now: backup.exportedAt });
const slaMs = ms(t0);
console.log(`SLA report: ${slaMs} ms (${report.steps.length} step rows, ${report.late.length.toLocaleString('en')} late steps, ${report.weekly.length} weeks, within ${((report.totals.withinShare ?? 0) * 100).toFixed(1)} %)`);

// CSV export of the agenda book: rows + chunked CSV text (as the report page and CLI do).
t0 = performance.now();
const rows = agendaRows(backup.cases, backup.events, { sops, timeZone: settings.timeZone });
const table = agendaTable(rows);
const csv = await collectCsv(columnHeaders(table.columns), tableTextRows(table, settings.timeZone, 'csv'), { separator: ';', chunkRows: 10_000, total: rows.length });
const csvMs = ms(t0);
console.log(`agenda CSV: ${csvMs} ms (${rows.length.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB)`);

const slaOk = slaMs <= SLA_BUDGET_MS;
const csvOk = csvMs <= CSV_BUDGET_MS;
console.log(`SLA ${slaOk ? 'PASS' : 'FAIL'} (${slaMs} ms ≤ ${SLA_BUDGET_MS} ms)`);
console.log(`CSV ${csvOk ? 'PASS' : 'FAIL'} (${csvMs} ms ≤ ${CSV_BUDGET_MS} ms)`);
process.exitCode = slaOk && csvOk ? 0 : 1;
