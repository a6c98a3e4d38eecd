#!/usr/bin/env tsx
/**
 * `npm test`: typecheck, unit + component tests, sandbox builds, then e2e tests in Chromium and Firefox.
 * Ends with one plain line `N passed, N failed[, N skipped]` counting TESTS only; typecheck, build
 * and lint are steps, reported on their own line. A failed step (or a suite that did not load)
 * adds one to `failed`, so the closing line never reads green when something broke.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const tmp = join(root, 'test-results');
mkdirSync(tmp, { recursive: true });

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const steps: { name: string; ok: boolean }[] = [];
/** Names of failed tests, repeated just above the closing line so a CI log's tail shows them. */
const failures: string[] = [];

type JsonReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
};

function collectFailures(suite: string, r: JsonReport): void {
  for (const file of r.testResults ?? []) {
    const rel = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) {
      const why = (a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
      failures.push(`[${suite}] ${rel} › ${a.fullName}${why ? ` — ${why}` : ''}`);
    }
    if (!failed.length && file.message) failures.push(`[${suite}] ${rel} — ${file.message.split('\n')[0].slice(0, 300)}`);
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name: string, cmd: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  process.stdout.write(`\n== ${name} ==\n`);
  const code = run(cmd, args, env);
  steps.push({ name, ok: code === 0 });
  if (code !== 0) total.failed++;
  process.stdout.write(`${name}: ${code === 0 ? 'lulus / passed' : 'gagal / failed'}\n`);
  return code === 0;
}

function vitest(name: string, config: string | null, report: string, env?: NodeJS.ProcessEnv): void {
  process.stdout.write(`\n== ${name} ==\n`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const code = run('npx', args, env);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    collectFailures(name, r);
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    total.skipped += skipped;
    if (code !== 0 && r.numFailedTests === 0) total.failed++; // a suite that failed to load
    process.stdout.write(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  } else {
    total.failed++;
    process.stdout.write(`${name}: no report (exit ${code})\n`);
  }
}

// tsconfig extends WXT's generated .wxt/tsconfig.json, made by `postinstall`; a package manager that
// skips install scripts leaves it out, so make it here when it is missing.
if (!existsSync(join(root, '.wxt', 'tsconfig.json'))) step('WXT types (wxt prepare)', 'npx', ['wxt', 'prepare']);
step('Typecheck (tsc)', 'npx', ['tsc', '--noEmit']);
vitest('Unit + component (vitest)', null, join(tmp, 'unit.json'));
const built = step('Sandbox build (wxt build)', 'npx', ['wxt', 'build'], { PANDU_SANDBOX: '1' });
if (built) vitest('End-to-end (Chromium)', 'vitest.e2e.config.ts', join(tmp, 'e2e.json'));
else process.stdout.write('End-to-end (Chromium): not run, the build failed\n');
const builtFirefox = step('Sandbox build for Firefox (wxt build -b firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'], { PANDU_SANDBOX: '1' });
if (builtFirefox) vitest('End-to-end (Firefox)', 'vitest.e2e.firefox.config.ts', join(tmp, 'e2e-firefox.json'));
else process.stdout.write('End-to-end (Firefox): not run, the build failed\n');
step('Firefox build + web-ext lint (no errors)', 'npx', ['tsx', 'scripts/lint-firefox.ts'], { PANDU_OUTDIR: '.output/firefox-lint' });

const failedSteps = steps.filter((s) => !s.ok);
process.stdout.write(`\nSteps: ${steps.map((s) => `${s.name} ${s.ok ? 'ok' : 'FAILED'}`).join('; ')}\n`);
if (failedSteps.length) process.stdout.write(`${failedSteps.length} step(s) failed, each counted as one failure below\n`);
if (failures.length) process.stdout.write(`\nGagal / failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
process.stdout.write(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`);
process.exitCode = total.failed === 0 && failedSteps.length === 0 ? 0 : 1;
