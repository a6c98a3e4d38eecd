/**
 * Letter field accuracy on scans (issue 12): every corpus letter (tuned + first-pass) typeset,
 * rotated 1–3°, noisy, JPEG-compressed (every third a phone photo; multi-page letters as an
 * image-only PDF), read by OCR and parsed. Prints strict field accuracy, silent errors (wrong values
 * with no flag) and seconds per page.
 *
 *   npm run bench letter-scans            (--misses lists every wrong field; --only=NN filters)
 */
import { loadCorpus, firstPassDir, scoreLetter, silentMisses } from '../tests/unit/letter/corpus';
import { readScan, scanOf } from '../tests/unit/letter/scans';
import { renderScan, styleFor } from '../scripts/scans/render';

const showMisses = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

async function measure(label: string, dir: string | undefined, seedBase: number): Promise<void> {
  let total = 0;
  let right = 0;
  let silent = 0;
  let whole = 0;
  const times: number[] = [];
  const letters = loadCorpus(dir).filter((c) => !only || c.name.includes(only));
  for (const [k, c] of letters.entries()) {
    const seed = seedBase + k;
    const pages = renderScan(c.text, styleFor(seed), seed).length;
    const file = scanOf(c, seed, pages > 1 || k % 4 === 3 ? 'pdf' : 'jpg');
    const r = await readScan(file);
    times.push(r.seconds / pages);
    if (!r.parsed) {
      process.stdout.write(`  ${c.name}: ${'error' in r.extracted ? r.extracted.error : '?'}\n`);
      continue;
    }
    const s = scoreLetter(c, r.parsed);
    const quiet = silentMisses(s, r.parsed);
    total += s.total;
    right += s.right;
    silent += quiet.length;
    if (!s.misses.length) whole++;
    process.stdout.write(`  ${file.name.padEnd(44)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${r.seconds.toFixed(1)} s${quiet.length ? `  ${quiet.length} silent` : ''}\n`);
    if (showMisses) for (const m of s.misses) process.stdout.write(`      ${quiet.includes(m) ? 'SILENT ' : ''}${m}\n`);
  }
  times.sort((a, b) => a - b);
  const pct = total ? ((right / total) * 100).toFixed(1) : '–';
  process.stdout.write(
    `${label}: ${letters.length} scans, ${right}/${total} fields right (${pct} %), ${whole} fully right, ${silent} silent errors; OCR median ${times[times.length >> 1]?.toFixed(1)} s/page\n`,
  );
}

await measure('tuned corpus scanned', undefined, 100);
await measure('first-pass set scanned', firstPassDir, 500);
