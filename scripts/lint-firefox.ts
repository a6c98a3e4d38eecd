#!/usr/bin/env tsx
/**
 * Build the Firefox extension and run `web-ext lint` on it. Exit 1 when the linter reports an
 * error, or a warning that is not explained as coming from a bundled library
 * (scripts/cli/lint-warnings.ts): our own code and manifest must lint clean.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortLintWarnings, type LintWarning } from './cli/lint-warnings';

const outDir = process.env.PANDU_OUTDIR ?? '.output';
const sourceDir = join(outDir, 'firefox-mv2');
const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--self-hosted', '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: { summary: { errors: number; warnings: number; notices: number }; errors: { code: string; message: string; file?: string }[]; warnings: LintWarning[] };
try {
  report = JSON.parse(lint.stdout);
} catch {
  process.stderr.write(lint.stdout + lint.stderr);
  process.exit(1);
}
const source = (file: string) => {
  try {
    return readFileSync(join(sourceDir, file), 'utf8');
  } catch {
    return null;
  }
};
const { explained, unexplained } = sortLintWarnings(report.warnings, source);
process.stdout.write(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${explained.length} from bundled libraries, ${unexplained.length} not explained), ${report.summary.notices} notices\n`);
const byLibrary = new Map<string, { n: number; why: Set<string> }>();
for (const e of explained) {
  const entry = byLibrary.get(e.library) ?? { n: 0, why: new Set<string>() };
  entry.n++;
  entry.why.add(e.why);
  byLibrary.set(e.library, entry);
}
for (const [library, { n, why }] of byLibrary) process.stdout.write(`  library ${library} ×${n}: ${[...why].join('; ')}\n`);
for (const w of unexplained) process.stdout.write(`  WARNING (not explained) ${w.code} ${w.file ?? ''}${w.line ? `:${w.line}:${w.column ?? 0}` : ''}: ${w.message}\n`);
for (const e of report.errors) process.stdout.write(`  ERROR ${e.code} ${e.file ?? ''}: ${e.message}\n`);
process.exit(report.summary.errors === 0 && unexplained.length === 0 ? 0 : 1);
