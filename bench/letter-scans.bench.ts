/**
 * Letter field accuracy on scans (issue 12): every corpus letter (tuned + first-pass) typeset,
 * rotated 1–3°, noisy, JPEG-compressed (every third a phone photo; multi-page letters as an
 * image-only PDF), read by OCR and parsed. Prints strict field accuracy (photos and scans apart, and
 * the same letters parsed from their text for reference), silent errors (wrong values with no flag),
 * right values flagged anyway, and seconds per page.
 *
 * The fresh set (tests/fixtures/letters-fresh) is scanned as it would be printed: text letters
 * typeset, Word letters from their LibreOffice print (print/NN-name.pdf), PDF letters from their own
 * pages drawn at 200 dpi; each scan written to a file and read by `letter parse FILE`'s own path.
 *
 *   npx tsx bench/letter-scans.bench.ts --misses     (lists every wrong field; --only=NN filters;
 *                                                     --fresh scans the fresh set only)
 *   npx tsx bench/letter-scans.bench.ts --dir=PATH   (scores PATH only: its scan files
 *                                                     NN-name.scan.jpg|png|pdf and NN-name.photo.jpg
 *                                                     read as they are, its letter files .txt, .docx,
 *                                                     .pdf scanned as the fresh set is; --list names
 *                                                     the files it would score and stops)
 *   npm run bench letter-scans
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import {
  flaggedRight,
  loadCorpus,
  loadLetterFiles,
  firstPassDir,
  freshDir,
  scoreLetter,
  silentMisses,
  LETTER_KEYS,
  PERSON_KEYS,
  type CorpusLetter,
  type Expected,
  type LetterScore,
} from '../tests/unit/letter/corpus';
import { readScan, scanOf, scanOfFile } from '../tests/unit/letter/scans';
import { parseLetterFile } from '../scripts/commands/letter';
import { renderScan, styleFor } from '../scripts/scans/render';
import { parseLetter } from '../lib/letter/parse';
import type { ParsedLetter } from '../lib/letter/schema';
import { median } from './stats';

const showMisses = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
/** --dump=FILE: one JSON line per expected field (right or not, flagged or not, its OCR confidence), to tune the flags. */
const dump = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
/** --dir=PATH: score this directory only (its scan files as they are, its letter files scanned). */
const dirArg = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
const listOnly = process.argv.includes('--list');

/** A scan committed as a file: NN-name.scan.jpg|jpeg|png|pdf or NN-name.photo.jpg|jpeg|png|pdf. */
const SCAN_FILE = /^(\d\d-[^.]+)\.(scan|photo)\.(jpe?g|png|pdf)$/i;

/** The scan files of `dir` with the expected values of their letter (NN-name.expected.json beside them). */
function loadScanFiles(dir: string): { name: string; file: string; photo: boolean; letter: CorpusLetter }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const m = SCAN_FILE.exec(f);
      if (!m) return [];
      const expected = JSON.parse(readFileSync(join(dir, `${m[1]}.expected.json`), 'utf8')) as Expected;
      return [{ name: f, file: join(dir, f), photo: m[2].toLowerCase() === 'photo', letter: { name: m[1], text: '', expected, file: join(dir, f) } }];
    });
}

/**
 * Totals of one group of scans. Silent errors and right values flagged are counted by the letter
 * corpus's one rule (tests/unit/letter/corpus.ts), as the first-pass bench counts them: `flagged`
 * of `values` (right values that are not an expected blank).
 */
type Tally = { total: number; right: number; silent: number; flagged: number; values: number; whole: number; n: number };
const tally = (): Tally => ({ total: 0, right: 0, silent: 0, flagged: 0, values: 0, whole: 0, n: 0 });
const pct = (t: Pick<Tally, 'right' | 'total'>) => (t.total ? ((t.right / t.total) * 100).toFixed(1) : '–');

/** A scan's score added to its tally; the per-letter line's silent and flagged counts. */
function add(t: Tally, s: LetterScore, parsed: ParsedLetter): { silent: string[]; flagged: number } {
  const silent = silentMisses(s, parsed);
  const flagged = flaggedRight(s, parsed).length;
  t.total += s.total;
  t.right += s.right;
  t.silent += silent.length;
  t.flagged += flagged;
  t.values += s.rightPaths.length;
  if (!s.misses.length) t.whole++;
  return { silent, flagged };
}

async function measure(label: string, dir: string | undefined, seedBase: number): Promise<void> {
  const kinds = { photo: tally(), scan: tally() };
  const text = tally();
  const times: number[] = [];
  // --only keeps each letter's place in its set, so it gets the same seed (scan style) as in a full run.
  const letters = loadCorpus(dir)
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => !only || c.name.includes(only));
  for (const { c, k } of letters) {
    const seed = seedBase + k;
    const style = styleFor(seed);
    const pages = renderScan(c.text, style, seed).length;
    const file = scanOf(c, seed, pages > 1 || k % 4 === 3 ? 'pdf' : 'jpg');
    const r = await readScan(file);
    times.push(r.seconds / pages);
    const ref = scoreLetter(c, parseLetter(c.text));
    text.total += ref.total;
    text.right += ref.right;
    const t = kinds[style.photo ? 'photo' : 'scan'];
    t.n++;
    if (!r.parsed) {
      process.stdout.write(`  ${c.name}: ${'error' in r.extracted ? r.extracted.error : '?'}\n`);
      continue;
    }
    const s = scoreLetter(c, r.parsed);
    const { silent: quiet, flagged } = add(t, s, r.parsed);
    const name = `${file.name}${style.photo ? ' (photo)' : ''}`;
    process.stdout.write(
      `  ${name.padEnd(52)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} (text ${ref.right}/${ref.total}) ${r.seconds.toFixed(1)} s${quiet.length ? `  ${quiet.length} silent` : ''}${flagged ? `  ${flagged} right flagged` : ''}\n`,
    );
    if (dump)
      for (const p of [...LETTER_KEYS.map((k) => `letter.${k}`), ...c.expected.people.flatMap((_, i) => PERSON_KEYS.map((k) => `people[${i}].${k}`))]) {
        const ev = r.parsed.fields[p];
        const flags = r.parsed.problems.filter((q) => q.field === p || q.field.startsWith(`${p}.`)).map((q) => q.message);
        appendFileSync(dump, `${JSON.stringify({ letter: c.name, photo: style.photo, path: p, right: !s.paths.includes(p), ocr: ev?.ocr ?? null, note: ev?.note ?? null, flags })}\n`);
      }
    if (showMisses) for (const m of s.misses) process.stdout.write(`      ${quiet.includes(m) ? 'SILENT ' : ''}${m}\n`);
  }
  printTotals(label, letters.length, kinds, times, `    same letters from text: ${text.right}/${text.total} (${pct(text)} %)\n`);
}

/**
 * Reads one scan file through the CLI's path (`letter parse FILE`), scores it against its letter,
 * adds it to `t` and its seconds per page to `times`, and prints its line (and misses).
 */
async function readAndScore(file: string, shown: string, letter: CorpusLetter, t: Tally, times: number[], pages = 1): Promise<void> {
  t.n++;
  const started = performance.now();
  let parsed: ParsedLetter;
  try {
    parsed = await parseLetterFile(file);
  } catch (err) {
    process.stdout.write(`  ${shown}: ${(err as Error).message}\n`);
    return;
  }
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds / pages);
  const s = scoreLetter(letter, parsed);
  const { silent: quiet, flagged } = add(t, s, parsed);
  process.stdout.write(
    `  ${shown.padEnd(64)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)} ${seconds.toFixed(1)} s${quiet.length ? `  ${quiet.length} silent` : ''}${flagged ? `  ${flagged} right flagged` : ''}\n`,
  );
  if (showMisses) for (const m of s.misses) process.stdout.write(`      ${quiet.includes(m) ? 'SILENT ' : ''}${m}\n`);
}

/** The totals of a set of scans, photos and scans apart, with the median seconds per page and the load. */
function printTotals(label: string, count: number, kinds: { photo: Tally; scan: Tally }, secondsPerPage: number[], extra = ''): void {
  const all = tally();
  for (const t of Object.values(kinds)) for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += t[key];
  const line = (name: string, t: Tally) => `${name} ${t.right}/${t.total} (${pct(t)} %), ${t.whole}/${t.n} fully right, ${t.silent} silent, ${t.flagged}/${t.values} right values flagged`;
  process.stdout.write(
    `${label}: ${line(`${count} scans`, all)}\n    ${line('photos', kinds.photo)}\n    ${line('scans', kinds.scan)}\n${extra}    OCR median ${median(secondsPerPage).toFixed(1)} s/page, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
}

/** A directory's letter files (scan files excepted) scanned and photographed, each scan read through the CLI's path from a file. */
async function measureFresh(seedBase: number, from: string = freshDir, label = 'fresh set scanned'): Promise<void> {
  const kinds = { photo: tally(), scan: tally() };
  const times: number[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'fresh-scans-'));
  const letters = loadLetterFiles(from)
    .filter((l) => !SCAN_FILE.test(basename(l.file)))
    .map((l, k) => ({ l, k }))
    .filter(({ l }) => !only || l.name.includes(only));
  if (listOnly) {
    for (const { l } of letters) process.stdout.write(`  ${basename(l.file)} [${l.format}] → scanned, ${l.expected.people.length} people expected\n`);
    return;
  }
  for (const { l, k } of letters) {
    const seed = seedBase + k;
    const style = styleFor(seed);
    let scan: Awaited<ReturnType<typeof scanOfFile>>;
    try {
      scan = await scanOfFile(l, seed, k % 4 === 3 ? 'pdf' : 'jpg');
    } catch (err) {
      // A Word letter with no printed page (print/NN-name.pdf) cannot be scanned: said, not scored.
      process.stdout.write(`  ${basename(l.file)}: not scanned: ${(err as Error).message}\n`);
      continue;
    }
    const file = join(dir, scan.name);
    writeFileSync(file, scan.bytes);
    await readAndScore(file, `${scan.name} [${l.format}]${style.photo ? ' (photo)' : ''}`, l, kinds[style.photo ? 'photo' : 'scan'], times, scan.pages);
  }
  rmSync(dir, { recursive: true, force: true });
  printTotals(label, letters.length, kinds, times);
}

/** Scan files as they were committed (already scanned or photographed), each read through the CLI's path. */
async function measureScanFiles(dir: string): Promise<void> {
  const kinds = { photo: tally(), scan: tally() };
  const times: number[] = [];
  const scans = loadScanFiles(dir).filter((s) => !only || s.name.includes(only));
  if (listOnly) {
    for (const s of scans) process.stdout.write(`  ${s.name} (${s.photo ? 'photo' : 'scan'}) → as it is, ${s.letter.expected.people.length} people expected\n`);
    return;
  }
  for (const sc of scans) await readAndScore(sc.file, sc.name, sc.letter, kinds[sc.photo ? 'photo' : 'scan'], times);
  printTotals(`${dir} scan files`, scans.length, kinds, times);
}

if (dirArg) {
  const dir = resolve(dirArg);
  if (!existsSync(dir)) throw new Error(`--dir=${dirArg}: no such directory`);
  if (loadScanFiles(dir).length) await measureScanFiles(dir);
  if (loadLetterFiles(dir).some((l) => !SCAN_FILE.test(basename(l.file)))) await measureFresh(900, dir, `${dirArg} scanned`);
} else {
  if (!process.argv.includes('--fresh')) {
    await measure('tuned corpus scanned', undefined, 100);
    await measure('first-pass set scanned', firstPassDir, 500);
  }
  await measureFresh(900);
}
