#!/usr/bin/env tsx
/**
 * `npm test`: typecheck, unit + component tests, sandbox builds, then e2e tests in Chromium and Firefox.
 * Ends with one plain line `N passed, N failed` totalling every suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const tmp = join(root, 'test-results');
mkdirSync(tmp, { recursive: true });

type Tally = { passed: number; failed: number };
const total: Tally = { passed: 0, failed: 0 };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name: string, cmd: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  process.stdout.write(`\n== ${name} ==\n`);
  const code = run(cmd, args, env);
  if (code === 0) total.passed++;
  else total.failed++;
  process.stdout.write(`${name}: ${code === 0 ? 'lulus / passed' : 'gagal / failed'}\n`);
  return code === 0;
}

function vitest(name: string, config: string | null, report: string, env?: NodeJS.ProcessEnv): void {
  process.stdout.write(`\n== ${name} ==\n`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const code = run('npx', args, env);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    total.passed += r.numPassedTests;
    total.failed += r.numFailedTests;
    if (code !== 0 && r.numFailedTests === 0) total.failed++; // a suite that failed to load
    process.stdout.write(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed\n`);
  } else {
    total.failed++;
    process.stdout.write(`${name}: no report (exit ${code})\n`);
  }
}

step('Typecheck (tsc)', 'npx', ['tsc', '--noEmit']);
vitest('Unit + component (vitest)', null, join(tmp, 'unit.json'));
const built = step('Sandbox build (wxt build)', 'npx', ['wxt', 'build'], { PANDU_SANDBOX: '1' });
if (built) vitest('End-to-end (Chromium)', 'vitest.e2e.config.ts', join(tmp, 'e2e.json'));
else total.failed++;
const builtFirefox = step('Sandbox build for Firefox (wxt build -b firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'], { PANDU_SANDBOX: '1' });
if (builtFirefox) vitest('End-to-end (Firefox)', 'vitest.e2e.firefox.config.ts', join(tmp, 'e2e-firefox.json'));
else total.failed++;
step('Firefox build + web-ext lint (no errors)', 'npx', ['tsx', 'scripts/lint-firefox.ts'], { PANDU_OUTDIR: '.output/firefox-lint' });

process.stdout.write(`\n${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = total.failed === 0 ? 0 : 1;
