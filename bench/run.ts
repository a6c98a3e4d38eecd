#!/usr/bin/env tsx
/**
 * `npm run bench [name ...]`: runs every bench/*.bench.ts (or the named ones) one after another.
 * Benchmarks print numbers; they are not tests and do not fail the build.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// Flags (--misses, --only=NN) go to every bench run.
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
for (const f of files) {
  process.stdout.write(`\n=== bench/${f} ===\n`);
  const r = spawnSync('npx', ['tsx', `bench/${f}`, ...flags], { stdio: 'inherit' });
  if (r.status !== 0) process.stdout.write(`(bench/${f} exited ${r.status})\n`);
}
