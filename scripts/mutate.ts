#!/usr/bin/env tsx
/**
 * `npm run mutate [lib/file.ts ...]`: mutation testing (StrykerJS) on the guard modules, or on the
 * named ones while iterating. Each module is mutated against its own unit tests only, then the
 * score per file is printed (killed + timeout) / (all mutants that ran, without compile errors).
 * Not part of `npm test`. Reports: reports/mutation/<module>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Guard module → the unit tests that guard it. */
export const GUARDS: Record<string, string[]> = {
  'lib/prefill/controls.ts': ['tests/unit/prefill/*.test.ts'],
  // The secret-name / visibility rules controls.ts relies on (moved here by issue 11 item 8).
  'lib/spse/control-guard.ts': ['tests/unit/spse/control-guard.test.ts', 'tests/unit/prefill/*.test.ts'],
  'lib/spse/recognise.ts': ['tests/unit/spse/recognise.test.ts', 'tests/unit/spse/recognise-guard.test.ts', 'tests/unit/spse/fixtures.test.ts', 'tests/unit/spse/profile.test.ts'],
  'lib/export/csv.ts': ['tests/unit/export/csv.test.ts'],
  'lib/letter/validate.ts': ['tests/unit/letter/validate*.test.ts'],
  'lib/timing/calendar.ts': ['tests/unit/timing/*.test.ts'],
  'lib/log/backup.ts': ['tests/unit/log/backup.test.ts', 'tests/unit/log/backup-guard.test.ts', 'tests/unit/log/meaning.test.ts', 'tests/unit/log/quarantine.test.ts'],
  'lib/timing/date-window.ts': ['tests/unit/timing/date-window*.test.ts'],
  // The pure fold's own tests (lifecycle.test.ts goes through IndexedDB: too slow per mutant here).
  'lib/log/lifecycle.ts': ['tests/unit/log/lifecycle-fold.test.ts'],
};

const MIN_SCORE = 85;
const argv = process.argv.slice(2);
/** `--table`: print the scores of the reports already in reports/mutation/, run nothing. */
const tableOnly = argv.includes('--table');
const args = argv.filter((a) => a !== '--table');
const files = args.length ? args : Object.keys(GUARDS);
/** `lib/x.ts:120-200` mutates only those lines (Stryker's range syntax), with the module's tests. */
const moduleOf = (arg: string) => arg.replace(/:\d+-\d+$/, '');
const unknown = files.filter((f) => !GUARDS[moduleOf(f)]);
if (unknown.length) {
  process.stderr.write(`Modul tidak dikenal: ${unknown.join(', ')}. Pilihan: ${Object.keys(GUARDS).join(', ')}\n`);
  process.exit(2);
}

type MutantResult = { status: string; id: string; mutatorName: string; location: { start: { line: number } } };
type Report = { files: Record<string, { mutants: MutantResult[] }> };

type Row = { file: string; killed: number; survived: number; noCoverage: number; timeout: number; score: number };

/** Score = (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants do not count. */
function rowOf(file: string, reportPath: string): Row {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const count = (s: string) => mutants.filter((m) => m.status === s).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  return { file, killed, timeout, survived, noCoverage, score: valid ? ((killed + timeout) / valid) * 100 : 100 };
}

/** Per module, so two runs (e.g. while iterating on one file) never share a file. */
const slugOf = (file: string) => file.replace(/^lib\//, '').replace(/\.ts(:(\d+)-(\d+))?$/, (_m, range, a, b) => (range ? `-${a}-${b}` : '')).replace(/\//g, '-');
const reportOf = (file: string) => `reports/mutation/${slugOf(file)}.json`;

const rows: Row[] = [];
for (const file of tableOnly ? [] : files) {
  const tests = [...new Set(GUARDS[moduleOf(file)])];
  const slug = slugOf(file);
  const CHECKER_TSCONFIG = `tsconfig.stryker-${slug}.json`;
  const REPORT = reportOf(file);
  process.stdout.write(`\n=== mutate ${file} (tests: ${tests.join(' ')}) ===\n`);
  // The type checker compiles only the mutated module and what it imports: the whole project
  // makes every check slow on a shared 2-core machine.
  writeFileSync(CHECKER_TSCONFIG, JSON.stringify({ extends: './tsconfig.json', files: ['.wxt/wxt.d.ts', moduleOf(file)], include: [] }, null, 2));
  const r = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', '--mutate', file], {
    stdio: 'inherit',
    env: { ...process.env, PANDU_MUTATE_TESTS: tests.join(','), PANDU_STRYKER_TSCONFIG: CHECKER_TSCONFIG, PANDU_STRYKER_REPORT: REPORT, PANDU_STRYKER_TMP: `.stryker-tmp-${slug}` },
  });
  rmSync(CHECKER_TSCONFIG, { force: true });
  if (r.status !== 0) {
    process.stderr.write(`Stryker gagal untuk ${file} (kode ${r.status}).\n`);
    process.exit(1);
  }
  rows.push(rowOf(file, REPORT));
}
if (tableOnly) {
  for (const file of files) if (existsSync(reportOf(file))) rows.push(rowOf(file, reportOf(file)));
}

process.stdout.write(`\n${'file'.padEnd(34)} ${'killed'.padStart(6)} ${'timeout'.padStart(7)} ${'survived'.padStart(8)} ${'no cov'.padStart(6)} ${'score'.padStart(7)}\n`);
for (const r of rows) {
  process.stdout.write(`${r.file.padEnd(34)} ${String(r.killed).padStart(6)} ${String(r.timeout).padStart(7)} ${String(r.survived).padStart(8)} ${String(r.noCoverage).padStart(6)} ${r.score.toFixed(1).padStart(6)} %\n`);
}
const all = rows.reduce((a, r) => ({ k: a.k + r.killed + r.timeout, v: a.v + r.killed + r.timeout + r.survived + r.noCoverage }), { k: 0, v: 0 });
const total = all.v ? (all.k / all.v) * 100 : 100;
process.stdout.write(`${'all'.padEnd(34)} ${' '.repeat(31)} ${total.toFixed(1).padStart(6)} %\n`);
if (rows.some((r) => r.score < MIN_SCORE)) {
  process.stderr.write(`Skor mutasi di bawah ${MIN_SCORE} % pada: ${rows.filter((r) => r.score < MIN_SCORE).map((r) => r.file).join(', ')}\n`);
  process.exit(1);
}
