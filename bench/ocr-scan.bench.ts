/**
 * One A4 page scanned at 200 dpi (1654 × 2339, rotated 2°, noise, JPEG) read by OCR in Node:
 * worker start, deskew, recognition. Budget (issue 12): ≤ 8 s on 2 cores. Prints each run, the
 * median and the load average (the machine is shared: read the seconds beside the load).
 *
 *   npm run bench ocr-scan
 */
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { extractText } from '../lib/documents';
import { renderScan } from '../scripts/scans/render';
import { nodeOcr } from '../scripts/cli/ocr-node';

const text = readFileSync('tests/fixtures/letters/01-inspektorat-kv.txt', 'utf8');
const [page] = renderScan(text, { rotate: 2, noise: 8, photo: false, font: 'serif', format: 70 }, 1);
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await extractText({ name: 'a4.jpg', arrayBuffer: async () => page.buffer.slice(page.byteOffset, page.byteOffset + page.byteLength) as ArrayBuffer }, {}, { ocr: nodeOcr() });
  runs.push((performance.now() - t) / 1000);
  if ('error' in r) throw new Error(r.error);
  process.stdout.write(`  run ${i + 1}: ${runs[i].toFixed(2)} s (${r.text.split('\n').length} lines, confidence ${Math.round((r.scan?.confidence ?? 0) * 100)} %)\n`);
}
runs.sort((a, b) => a - b);
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
process.stdout.write(`OCR one A4 200 dpi scan: median ${runs[1].toFixed(2)} s (budget 8 s); load average ${load}\n`);
