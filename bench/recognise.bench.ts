/**
 * Page recognition benchmark (jsdom): recognise() on every sandbox page in every layout, and
 * locateFields() on the form pages. Prints median and p95 per page, then over all pages.
 *
 *   npx tsx bench/recognise.bench.ts [iterations] [--no-browser]   (default 200 per page, after 20 warm-up)
 *
 * "warm" re-runs on the same parsed document; "first" is the first recognition of a freshly
 * parsed document (what a content script pays on page load), measured over 10 fresh parses.
 * jsdom walks the DOM far slower than a browser engine, so the same pages are then measured in
 * Debian's Chromium (playwright-core, recognise() bundled with esbuild) when it is installed.
 */
import { JSDOM } from 'jsdom';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../lib/extension/chromium';
import { startSandbox } from '../sandbox/server';
import { renderSandboxPage, sandboxUrls } from '../sandbox/pages';
import { recognise } from '../lib/spse/recognise';
import { locateFields } from '../lib/spse/fields';
import { fmt, median, quantile } from './stats';

const argv = process.argv.slice(2);
const noBrowser = argv.includes('--no-browser');
const iterations = Number(argv.find((a) => !a.startsWith('--')) ?? 200);
if (!Number.isInteger(iterations) || iterations <= 0) {
  process.stderr.write('Pemakaian: npx tsx bench/recognise.bench.ts [iterasi > 0]\n');
  process.exit(2);
}
const WARMUP = 20;
const FRESH = 10;
const HOST = 'https://lpse.contoh.go.id';

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const allWarm: number[] = [];
const allFirst: number[] = [];
const allFields: number[] = [];
const rows: string[] = [];
let wrong = 0;
for (const u of sandboxUrls()) {
  const html = renderSandboxPage(u.url).html;
  const url = HOST + u.url;
  const first: number[] = [];
  let pageId = '';
  for (let i = 0; i < FRESH; i++) {
    const doc = new JSDOM(html).window.document;
    first.push(time(() => (pageId = recognise(url, doc).pageId)));
  }
  const doc = new JSDOM(html).window.document;
  for (let i = 0; i < WARMUP; i++) recognise(url, doc);
  const warm: number[] = [];
  for (let i = 0; i < iterations; i++) warm.push(time(() => recognise(url, doc)));
  const fields: number[] = [];
  if (u.pageId.endsWith('-form')) for (let i = 0; i < Math.min(iterations, 50); i++) fields.push(time(() => locateFields(doc, u.pageId)));
  const expected = ['satker', 'bigtable', 'not-found'].includes(u.pageId) ? 'unknown' : u.pageId;
  if (pageId !== expected) wrong++;
  allWarm.push(...warm);
  allFirst.push(...first);
  allFields.push(...fields);
  rows.push(
    [
      u.url.padEnd(42),
      pageId.padEnd(29),
      fmt(median(warm), 3).padStart(8),
      fmt(quantile(warm, 0.95), 3).padStart(8),
      fmt(median(first), 3).padStart(8),
      fmt(quantile(first, 0.95), 3).padStart(8),
      (fields.length ? fmt(median(fields), 3) : '-').padStart(8),
    ].join(' '),
  );
}
const out = [
  `recognise() per page, ms (jsdom, ${iterations} warm runs, ${FRESH} fresh documents)`,
  `${'page'.padEnd(42)} ${'recognised as'.padEnd(29)} ${'warm p50'.padStart(8)} ${'warm p95'.padStart(8)} ${'1st p50'.padStart(8)} ${'1st p95'.padStart(8)} ${'fields'.padStart(8)}`,
  ...rows,
  '',
  `all pages: warm median ${fmt(median(allWarm), 3)} ms, p95 ${fmt(quantile(allWarm, 0.95), 3)} ms; first recognition median ${fmt(median(allFirst), 3)} ms, p95 ${fmt(quantile(allFirst, 0.95), 3)} ms`,
  `locateFields on forms: median ${fmt(median(allFields), 3)} ms, p95 ${fmt(quantile(allFields, 0.95), 3)} ms`,
  `wrongly recognised: ${wrong}`,
];
process.stdout.write(out.join('\n') + '\n');

/** The same pages in a real browser engine: recognise() and locateFields() per page, median and p95. */
async function browserBench(): Promise<void> {
  const exe = chromiumPath();
  if (noBrowser || !exe) {
    process.stdout.write(`\nbrowser: skipped (${noBrowser ? '--no-browser' : 'Chromium not found'})\n`);
    return;
  }
  const bundle = await build({
    stdin: { contents: "export { recognise } from './lib/spse/recognise'; export { locateFields } from './lib/spse/fields';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'PanduSpse',
    write: false,
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const sb = await startSandbox({ port: 0 });
  const browser = await chromium.launch({ executablePath: exe, args: chromiumArgs(null) });
  try {
    const page = await browser.newPage();
    const lines = [`recognise() in Chromium, ms (${iterations} runs per page; minified bundle with zod ${Math.round(code.length / 1024)} KiB)`];
    const all: number[] = [];
    const allFields: number[] = [];
    for (const u of sandboxUrls()) {
      await page.goto(sb.url + u.url);
      await page.addScriptTag({ content: code });
      const r = await page.evaluate(
        ({ n, form }) => {
          const g = globalThis as unknown as { PanduSpse: { recognise(u: string, d: Document): { pageId: string }; locateFields(d: Document, id: string): unknown[] } };
          const times: number[] = [];
          const fields: number[] = [];
          let pageId = '';
          for (let i = 0; i < 10; i++) g.PanduSpse.recognise(location.href, document);
          for (let i = 0; i < n; i++) {
            const t = performance.now();
            pageId = g.PanduSpse.recognise(location.href, document).pageId;
            times.push(performance.now() - t);
          }
          if (form) for (let i = 0; i < Math.min(n, 50); i++) {
            const t = performance.now();
            g.PanduSpse.locateFields(document, pageId);
            fields.push(performance.now() - t);
          }
          return { pageId, times, fields };
        },
        { n: iterations, form: u.pageId.endsWith('-form') },
      );
      all.push(...r.times);
      allFields.push(...r.fields);
      lines.push(`${u.url.padEnd(42)} ${r.pageId.padEnd(29)} ${fmt(median(r.times), 3).padStart(8)} ${fmt(quantile(r.times, 0.95), 3).padStart(8)} ${(r.fields.length ? fmt(median(r.fields), 3) : '-').padStart(8)}`);
    }
    lines.push('', `browser, all pages: median ${fmt(median(all), 3)} ms, p95 ${fmt(quantile(all, 0.95), 3)} ms; locateFields median ${fmt(median(allFields), 3)} ms, p95 ${fmt(quantile(allFields, 0.95), 3)} ms`);
    lines.push('(performance.now() in Chromium is coarsened to 0.1 ms without cross-origin isolation)');
    process.stdout.write('\n' + lines.join('\n') + '\n');
  } finally {
    await browser.close();
    await sb.close();
  }
}

await browserBench().catch((e: unknown) => process.stdout.write(`\nbrowser: failed (${e instanceof Error ? e.message : String(e)})\n`));
