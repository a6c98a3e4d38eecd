/**
 * Page recognition benchmark (jsdom): recognise() on every sandbox page in every layout, and
 * locateFields() on the form pages. Prints median and p95 per page, then over all pages.
 *
 *   npx tsx bench/recognise.bench.ts [iterations]     (default 200 per page, after 20 warm-up)
 *
 * "warm" re-runs on the same parsed document; "first" is the first recognition of a freshly
 * parsed document (what a content script pays on page load), measured over 10 fresh parses.
 * jsdom walks the DOM far slower than a browser engine; browser numbers are lower.
 */
import { JSDOM } from 'jsdom';
import { renderSandboxPage, sandboxUrls } from '../sandbox/pages';
import { recognise } from '../lib/spse/recognise';
import { locateFields } from '../lib/spse/fields';
import { fmt, median, quantile } from './stats';

const iterations = Number(process.argv[2] ?? 200);
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
