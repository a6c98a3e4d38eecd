#!/usr/bin/env tsx
/**
 * `npm run bench light` — what the extension costs an SPSE tab (issue 14), measured side by side:
 * the same page loaded with and without the extension in two Chromium profiles, alternating, in
 * one run (toolchain.md, "Measuring what the extension costs a page"). For an admin page (the
 * auditor form: recognised, the panel is injected) and a public page (a tender announcement:
 * SPSE, not an admin page, no panel):
 *  - load-event ratio (median loadEventEnd with / without),
 *  - script-duration and JS-heap differences (CDP Performance.getMetrics, after a GC),
 *  - DOMContentLoaded → panel visible (admin page; sandbox builds mark `pandu:panel-visible` when
 *    the recognised page's SOP step is painted, `pandu:panel-shell` when the panel's frame is):
 *    on a page the panel showed before, the bootstrap paints the panel's stored first frame
 *    (lib/extension/first-frame.ts) and the live panel takes it over later (`pandu:panel-live`,
 *    also printed); the warm-up load is the first visit (no stored frame), printed on its own;
 *    split into its parts (DETAIL=1: each load; PROFILE=file.cpuprofile: a CPU profile of an admin load),
 *  - JS injected at document load (static content scripts: none since issue 14), after the load
 *    event on SPSE pages (the bootstrap) and on demand (the panel), gzip.
 * Budgets: bootstrap ≤ 16 KiB gzip; admin ratio ≤ 1.15, DCL→panel ≤ 100 ms, heap ≤ +6 MB;
 * public script ≤ +10 ms, heap ≤ +1.5 MB.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumPath, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../lib/extension/chromium';
import { startSandbox } from '../sandbox/server';
import { fmt, median } from './stats';

const LOADS = Number(process.env.LOADS ?? 15);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 1200);
const bootstrap = join(SANDBOX_EXTENSION_DIR, 'bootstrap.js');
const manifest = JSON.parse(readFileSync(join(SANDBOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
const atDocumentLoad = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
const panel = join(SANDBOX_EXTENSION_DIR, 'panel.js');
if (!existsSync(panel)) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, PANDU_SANDBOX: '1' } });
const kib = (b: number) => (b / 1024).toFixed(1);
const sizeOf = (f: string) => {
  const raw = readFileSync(f);
  return { raw: raw.length, gzip: gzipSync(raw).length };
};
const boot = sizeOf(bootstrap);
const pan = sizeOf(panel);

const exe = chromiumPath();
if (!exe) {
  console.log('Chromium not found: timing skipped.');
  process.exit(0);
}

const sandbox = await startSandbox({ port: 0 });
/** A public tender announcement: an SPSE page (public menu, SPSE footer) with a long table, no admin work. */
const PUBLIC_PATH = '/eproc4/lelang/10293847/pengumumanlelang';
async function publicPage(ctx: BrowserContext) {
  await ctx.route(`**${PUBLIC_PATH}`, async (route) => {
    const res = await route.fetch({ url: sandbox.url + '/eproc4/lelang' });
    const rows = Array.from({ length: 400 }, (_, i) => `<tr><td>${i + 1}</td><td>Pembangunan Jalan Ruas ${i}</td><td>Dinas PUPR</td><td>Rp ${(i + 1) * 125_000_000}</td><td>Tender</td></tr>`).join('');
    const html = (await res.text()).replace('</body>', `<h2>Pengumuman Tender</h2><table class="table"><thead><tr><th>No</th><th>Nama Paket</th><th>Instansi</th><th>HPS</th><th>Metode</th></tr></thead><tbody>${rows}</tbody></table></body>`);
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

async function open(withExtension: boolean): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(freshProfileDir('pandu-bench-'), { executablePath: exe!, headless: true, args: chromiumArgs(withExtension ? SANDBOX_EXTENSION_DIR : null) });
  if (withExtension) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await publicPage(ctx);
  return ctx;
}

type Sample = { load: number; script: number; heap: number; panel: number | null; live: number; firstFrame: boolean; toLoad: number; toBoot: number; toInject: number; toStart: number; toShell: number; toVisible: number };

async function loadOnce(ctx: BrowserContext, url: string, expectPanel: boolean): Promise<Sample> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  // PROFILE=out.cpuprofile: a CPU profile of one admin load (the last one), to see where the panel's start goes.
  const profiling = expectPanel && !!process.env.PROFILE;
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  let panelAt: { visible: number; live: number; firstFrame: boolean; load: number; boot: number; inject: number; start: number; shell: number; render: number } | null = null;
  if (expectPanel) {
    await page.waitForFunction(() => performance.getEntriesByName('pandu:panel-visible').length > 0 && performance.getEntriesByName('pandu:panel-live').length > 0, null, { timeout: 15_000, polling: 20 });
    panelAt = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const [visible, boot, inject, start, shell, live] = ['pandu:panel-visible', 'pandu:inject-bootstrap', 'pandu:inject', 'pandu:panel-start', 'pandu:panel-shell', 'pandu:panel-live'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
      const dcl = nav.domContentLoadedEventStart;
      // The step on show before the live panel committed: the bootstrap painted the stored first frame.
      const firstFrame = visible < live;
      return { visible: visible - dcl, live: live - dcl, firstFrame, load: nav.loadEventEnd - dcl, boot: boot - nav.loadEventEnd, inject: inject - boot, start: start - inject, shell: shell - (firstFrame ? boot : start), render: visible - (firstFrame ? boot : start) };
    });
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
    }
    if (process.env.DETAIL)
      console.log(
        `  DCL→load ${fmt(panelAt.load, 1)} ms, →bootstrap ${fmt(panelAt.boot, 1)} ms, ${panelAt.firstFrame ? `→first frame (step) painted ${fmt(panelAt.render, 1)} ms` : 'no first frame'}; from the bootstrap →panel injected ${fmt(panelAt.inject, 1)} ms, →panel code running ${fmt(panelAt.start, 1)} ms; DCL → step visible ${fmt(panelAt.visible, 1)} ms, → live panel ${fmt(panelAt.live, 1)} ms`,
      );
  }
  await page.waitForTimeout(SETTLE_MS);
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
  await page.close();
  return { load, script: m('ScriptDuration') * 1000, heap: m('JSHeapUsedSize') / 1024 / 1024, panel: panelAt?.visible ?? null, live: panelAt?.live ?? NaN, firstFrame: panelAt?.firstFrame ?? false, toLoad: panelAt?.load ?? NaN, toBoot: panelAt?.boot ?? NaN, toInject: panelAt?.inject ?? NaN, toStart: panelAt?.start ?? NaN, toShell: panelAt?.shell ?? NaN, toVisible: panelAt?.render ?? NaN };
}

const loadAtStart = loadavg()[0];
const withExt = await open(true);
const without = await open(false);
const results: Record<string, { on: Sample[]; off: Sample[] }> = {};
const pages = [
  { name: 'admin', url: sandbox.url + '/eproc4/admin/auditor/baru' + (process.env.BARE ? '#pandu-bare' : ''), panel: true },
  { name: 'public', url: sandbox.url + PUBLIC_PATH, panel: false },
];
for (const p of pages) {
  results[p.name] = { on: [], off: [] };
  const firstVisit = await loadOnce(withExt, p.url, p.panel); // warm-up (first injection, caches; the panel keeps its first frame)
  if (p.panel) console.log(`first visit of the admin page (no first frame stored yet; one load): DCL → panel visible ${fmt(firstVisit.panel ?? NaN, 1)} ms`);
  await loadOnce(without, p.url, false);
  for (let i = 0; i < LOADS; i++) {
    // alternate which profile goes first
    const order = i % 2 === 0 ? [true, false] : [false, true];
    for (const on of order) {
      const [path, hash = ''] = p.url.split('#');
      const s = await loadOnce(on ? withExt : without, `${path}?i=${i}${hash ? `#${hash}` : ''}`, on && p.panel);
      results[p.name][on ? 'on' : 'off'].push(s);
    }
  }
}
await withExt.close();
await without.close();
await sandbox.close();

const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k] as number));
const atLoad = atDocumentLoad.map((f) => sizeOf(join(SANDBOX_EXTENSION_DIR, f)).gzip).reduce((a, b) => a + b, 0);
console.log(`JS injected at document load (static content scripts: ${atDocumentLoad.length ? atDocumentLoad.join(', ') : 'none'}): ${kib(atLoad)} KiB gzip (budget ≤ 16 KiB gzip)`);
console.log(`JS injected after the load event on SPSE pages (bootstrap): ${kib(boot.raw)} KiB raw, ${kib(boot.gzip)} KiB gzip`);
console.log(`JS injected on demand (panel, recognised/taught pages or when opened; one chunk, not split): ${kib(pan.raw)} KiB raw, ${kib(pan.gzip)} KiB gzip`);
console.log(`${LOADS} alternating loads per page and profile, medians (1-minute load average ${fmt(loadAtStart, 1)} at the start, ${fmt(loadavg()[0], 1)} at the end; the budgets are set for a quiet machine):`);
for (const p of pages) {
  const { on, off } = results[p.name];
  const ratio = med(on, 'load') / med(off, 'load');
  const script = med(on, 'script') - med(off, 'script');
  const heap = med(on, 'heap') - med(off, 'heap');
  let line = `${p.name.padEnd(6)}: load event ${fmt(med(on, 'load'), 1)} / ${fmt(med(off, 'load'), 1)} ms = ratio ${fmt(ratio)}; script +${fmt(script, 1)} ms; heap +${fmt(heap, 2)} MB`;
  if (p.panel) line += `; DCL → panel visible ${fmt(med(on, 'panel'), 1)} ms (live panel ${fmt(med(on, 'live'), 1)} ms)`;
  console.log(line);
  if (p.panel) {
    const painted = on.filter((x) => x.firstFrame).length;
    console.log(`        first frame painted by the bootstrap in ${painted} of ${on.length} loads`);
    console.log(`        (medians: DCL → load event end ${fmt(med(on, 'toLoad'), 1)} ms, → bootstrap injected ${fmt(med(on, 'toBoot'), 1)} ms, → step visible ${fmt(med(on, 'toVisible'), 1)} ms after the ${painted ? 'bootstrap' : 'panel start'}; bootstrap → panel injected ${fmt(med(on, 'toInject'), 1)} ms, → panel code running ${fmt(med(on, 'toStart'), 1)} ms)`);
  }
}
