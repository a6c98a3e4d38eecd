#!/usr/bin/env tsx
/**
 * Step events in the real browser storage engine: COUNT events (default 1,000,000) written into
 * IndexedDB in the extension's own origin (an extension page of the built sandbox extension in
 * Debian Chromium), read back, and the database size on disk measured from the profile folder.
 * Records have the shape lib/log stores (StepEvent), with the same key (id) and caseId index;
 * the lib/log code path itself is measured by bench/log-events.bench.ts (fake-indexeddb).
 *
 *   npx tsx bench/log-events-chromium.bench.ts [count]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../lib/extension/chromium';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const BATCH = 20_000;
const exe = chromiumPath();
if (!exe) {
  console.log('Chromium not found: bench skipped.');
  process.exit(0);
}
if (!existsSync(join(SANDBOX_EXTENSION_DIR, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PANDU_SANDBOX: '1' } });

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? folderBytes(p) : st.size;
  }
  return total;
}

const profile = freshProfileDir('pandu-bench-');
const context = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true, args: chromiumArgs(SANDBOX_EXTENSION_DIR) });
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(sw.url()).host;
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/options.html`);
await page.evaluate(
  () =>
    new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('pandu-bench', 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('events', { keyPath: 'id' });
        store.createIndex('caseId', 'caseId');
      };
      req.onsuccess = () => {
        (globalThis as any).benchDb = req.result;
        resolve();
      };
      req.onerror = () => reject(req.error);
    }),
);

let writeMs = 0;
for (let start = 0; start < COUNT; start += BATCH) {
  const n = Math.min(BATCH, COUNT - start);
  writeMs += await page.evaluate(
    ([start, n]) =>
      new Promise<number>((resolve, reject) => {
        const db = (globalThis as any).benchDb as IDBDatabase;
        const base = Date.parse('2026-01-05T01:00:00Z');
        const t0 = performance.now();
        const tx = db.transaction('events', 'readwrite');
        const store = tx.objectStore('events');
        for (let i = start; i < start + n; i++) {
          const c = Math.floor(i / 8);
          const startedMs = base + c * 3_600_000 + (i % 8) * 900_000;
          store.put({
            id: crypto.randomUUID(),
            caseId: `case-${c.toString(16).padStart(12, '0')}-0000-4000-8000-000000000000`,
            stepNo: (i % 8) + 1,
            actor: 'admin-ppe',
            startedAt: new Date(startedMs).toISOString(),
            finishedAt: new Date(startedMs + 600_000).toISOString(),
            by: 'Staf LPSE',
            note: null,
            verdict: i % 5 === 0 ? 'late' : 'on-time',
            decision: null,
            updatedAt: new Date(startedMs + 600_000).toISOString(),
          });
        }
        tx.oncomplete = () => resolve(performance.now() - t0);
        tx.onerror = () => reject(tx.error);
      }),
    [start, n] as const,
  );
}

// Passed as source text: tsx would otherwise wrap the inner function with a helper the page lacks.
const read = (await page.evaluate(`new Promise((resolve, reject) => {
  const db = globalThis.benchDb;
  const t0 = performance.now();
  let n = 0;
  const tx = db.transaction('events', 'readonly');
  const store = tx.objectStore('events');
  // getAll in pages of 20,000 keys, as an export reads them
  const step = (after) => {
    const req = store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 20000);
    req.onsuccess = () => {
      const rows = req.result;
      n += rows.length;
      if (rows.length === 20000) step(rows[rows.length - 1].id);
    };
  };
  step(null);
  tx.oncomplete = () => resolve({ ms: performance.now() - t0, n });
  tx.onerror = () => reject(tx.error);
})`)) as { ms: number; n: number };
await page.evaluate(() => ((globalThis as any).benchDb as IDBDatabase).close());
await context.close(); // flush to disk

const idbDir = join(profile, 'Default', 'IndexedDB');
const bytes = folderBytes(idbDir);
console.log(`Chromium IndexedDB (extension origin), ${COUNT.toLocaleString('en')} step events:`);
console.log(`  write: ${(COUNT / (writeMs / 1000)).toFixed(0)} events/s (${(writeMs / 1000).toFixed(1)} s, transactions of ${BATCH.toLocaleString('en')})`);
console.log(`  read back: ${read.n.toLocaleString('en')} events, ${(read.n / (read.ms / 1000)).toFixed(0)} events/s (${(read.ms / 1000).toFixed(1)} s)`);
console.log(`  database size on disk: ${(bytes / 1024 / 1024).toFixed(1)} MB (${idbDir})`);
