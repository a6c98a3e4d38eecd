#!/usr/bin/env tsx
/**
 * `npm run bench actions` — letter in hand → filled SPSE form, in user actions (issue 16 item 7,
 * budget ≤ 4). Not a model of the path: it runs the e2e scenario that walks it in Chromium
 * (tests/e2e/scenarios/keyboard.e2e.ts), where every key chord, key, paste and click the test
 * makes goes through one counter, and prints what that run counted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, SANDBOX_EXTENSION_DIR } from '../lib/extension/chromium';

const BUDGET = 4;
if (!chromiumPath()) {
  console.log('Chromium not found: the counted path is skipped.');
  process.exit(0);
}
if (!existsSync(join(SANDBOX_EXTENSION_DIR, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PANDU_SANDBOX: '1' } });

const dir = mkdtempSync(join(tmpdir(), 'pandu-actions-'));
const out = join(dir, 'actions.json');
const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/scenarios/keyboard.e2e.ts'], {
  env: { ...process.env, PANDU_ACTIONS_OUT: out },
  encoding: 'utf8',
});
type Counted = { way: string; browser: string; actions: string[] };
const paths: Counted[] = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0 || paths.length === 0) {
  console.log(`The counted e2e did not pass (exit ${run.status}); no count.`);
  console.log((run.stdout ?? '').split('\n').filter((l) => /FAIL|Error|×/.test(l)).slice(0, 10).join('\n'));
  process.exit(0);
}
console.log(`letter in hand → filled form (budget ≤ ${BUDGET} actions; a key chord, key, paste or click = 1)`);
for (const p of paths) console.log(`  ${p.way.padEnd(8)} ${p.browser}: ${p.actions.length} actions ${p.actions.length <= BUDGET ? '✓' : '✗ over budget'}  (${p.actions.join(' → ')})`);
