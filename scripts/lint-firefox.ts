#!/usr/bin/env tsx
/**
 * Build the Firefox extension and run `web-ext lint` on it. Exit 1 when the linter reports errors
 * (warnings from bundled libraries are printed, not fatal).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const outDir = process.env.PANDU_OUTDIR ?? '.output';
const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(outDir, 'firefox-mv2'), '--self-hosted', '--output', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: { summary: { errors: number; warnings: number; notices: number }; errors: { code: string; message: string; file?: string }[]; warnings: { code: string; file?: string }[] };
try {
  report = JSON.parse(lint.stdout);
} catch {
  process.stderr.write(lint.stdout + lint.stderr);
  process.exit(1);
}
const byCode = new Map<string, number>();
for (const w of report.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
process.stdout.write(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n`);
for (const [code, n] of byCode) process.stdout.write(`  warning ${code} ×${n}\n`);
for (const e of report.errors) process.stdout.write(`  ERROR ${e.code} ${e.file ?? ''}: ${e.message}\n`);
process.exit(report.summary.errors === 0 ? 0 : 1);
