/**
 * Request-letter parsing benchmark: parses every letter of the corpus (tests/fixtures/letters)
 * many times and prints the time per letter — median and p95 per letter, then over all parses.
 *
 *   npx tsx bench/letter-parse.bench.ts [iterations]     (default 500 per letter, after 50 warm-up)
 */
import { parseLetter } from '../lib/letter/parse';
import { loadCorpus } from '../tests/unit/letter/corpus';
import { fmt, median, quantile } from './stats';

const iterations = Number(process.argv[2] ?? 500);
if (!Number.isInteger(iterations) || iterations <= 0) {
  process.stderr.write('Pemakaian: npx tsx bench/letter-parse.bench.ts [iterasi > 0]\n');
  process.exit(2);
}
const WARMUP = 50;

const corpus = loadCorpus();
const all: number[] = [];
const rows: string[] = [];
for (const c of corpus) {
  for (let i = 0; i < WARMUP; i++) parseLetter(c.text);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    parseLetter(c.text);
    times.push(performance.now() - t0);
  }
  all.push(...times);
  rows.push(`${c.name.padEnd(32)} ${String(c.text.length).padStart(6)} ${fmt(median(times), 3).padStart(9)} ${fmt(quantile(times, 0.95), 3).padStart(9)}`);
}

process.stdout.write(`letter-parse: ${corpus.length} letters × ${iterations} iterations (after ${WARMUP} warm-up), Node ${process.version}\n`);
process.stdout.write(`${'letter'.padEnd(32)} ${'chars'.padStart(6)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)}\n`);
process.stdout.write(rows.join('\n') + '\n');
process.stdout.write(`all parses: median ${fmt(median(all), 3)} ms, p95 ${fmt(quantile(all, 0.95), 3)} ms, max ${fmt(Math.max(...all), 3)} ms per letter\n`);
