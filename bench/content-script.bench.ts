#!/usr/bin/env tsx
/**
 * Content-script cost: bundle size (raw, gzip) and time from DOMContentLoaded to the panel
 * visible, median of 20 loads in Chromium, on a sandbox form page.
 *  - "full": the panel with all its work (recognition, SOP step lookup, background queries)
 *  - "bare": the panel shell only (URL hash #pandu-bare makes the content script skip the rest)
 *  - baseline: the same page without the extension, DOMContentLoaded → load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../lib/extension/chromium';
import { startSandbox } from '../sandbox/server';
import { fmt, median, quantile } from './stats';

const LOADS = Number(process.env.LOADS ?? 20);
const script = join(SANDBOX_EXTENSION_DIR, 'content-scripts/spse.js');
if (!existsSync(script)) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PANDU_SANDBOX: '1' } });
const raw = readFileSync(script);
console.log(`content script: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(raw).length / 1024).toFixed(1)} KiB gzip`);

const exe = chromiumPath();
if (!exe) {
  console.log('Chromium not found: timing skipped.');
  process.exit(0);
}

const probe = `
  window.__pandu = { dcl: null, visible: null, load: null };
  document.addEventListener('DOMContentLoaded', () => { window.__pandu.dcl = performance.now(); });
  window.addEventListener('load', () => { window.__pandu.load = performance.now(); });
  (function tick() {
    const host = document.querySelector('pandu-panel');
    const el = host && host.shadowRoot && host.shadowRoot.querySelector('[data-testid="pandu-panel"],[data-testid="pandu-tab"]');
    if (el && el.getBoundingClientRect().width > 0) { window.__pandu.visible = performance.now(); return; }
    requestAnimationFrame(tick);
  })();
`;

async function measure(withExtension: boolean, hash: string): Promise<number[]> {
  const sandbox = await startSandbox({ port: 0 });
  const context = await chromium.launchPersistentContext(freshProfileDir(), {
    executablePath: exe!,
    headless: true,
    args: chromiumArgs(withExtension ? SANDBOX_EXTENSION_DIR : null),
  });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await context.addInitScript(probe);
  const page = await context.newPage();
  const times: number[] = [];
  const url = `${sandbox.url}/eproc4/admin/auditor/baru${hash}`;
  await page.goto(url); // warm-up
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${url}${hash ? '&' : '#'}load=${i}`.replace('#&', '#'));
    await page.reload();
    const key = withExtension ? 'visible' : 'load';
    await page.waitForFunction((k) => (window as any).__pandu?.[k] != null, key, { timeout: 15_000 });
    const r = await page.evaluate(() => (window as any).__pandu as { dcl: number; visible: number | null; load: number });
    times.push((withExtension ? r.visible! : r.load) - r.dcl);
  }
  await context.close();
  await sandbox.close();
  return times;
}

const full = await measure(true, '');
console.log(`DOMContentLoaded → panel visible (full): median ${fmt(median(full))} ms, p95 ${fmt(quantile(full, 0.95))} ms over ${LOADS} loads`);
const bare = await measure(true, '#pandu-bare');
console.log(`DOMContentLoaded → panel visible (bare shell): median ${fmt(median(bare))} ms, p95 ${fmt(quantile(bare, 0.95))} ms over ${LOADS} loads`);
const base = await measure(false, '');
console.log(`baseline without extension, DOMContentLoaded → load: median ${fmt(median(base))} ms over ${LOADS} loads`);
