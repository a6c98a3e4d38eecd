/**
 * Letter field accuracy in parts:
 *  - tuned: tests/fixtures/letters — the parser was developed against these (the unit test gates
 *    them at 100 %);
 *  - first pass: tests/fixtures/letters-first-pass — letters committed without any parser change,
 *    their expected JSON reasoned from the letter. Scored by the parser as it stands; never tuned on.
 *  - fresh set: tests/fixtures/letters-fresh — letters as they arrive (.txt chats and mail forwards,
 *    .docx as Word writes them, PDFs saved by LibreOffice and printed by Chromium), every file read
 *    exactly as `npm run -s pandu -- letter parse FILE --json` reads it, each person's request action
 *    scored too; totals per format. Written before and without the parser; never tuned on.
 *  - tuned fresh sets: tests/fixtures/letters-fresh-2 and letters-fresh-3 — scored blind once each,
 *    tuned on since (their rules in tests/unit/letter/fresh-2-rules.test.ts, fresh-3-rules.test.ts);
 *    tests/fixtures/letters-variety — layouts the earlier sets left out, written before any parser
 *    run, tuned on since (variety-rules.test.ts); tests/fixtures/letters-variety-2 and -3 likewise
 *    (variety-2-rules.test.ts, variety-3-rules.test.ts); tests/fixtures/letters-fresh-7 — scored blind
 *    once, tuned on since (fresh-7-rules.test.ts); tests/fixtures/letters-variety-4 — first pass in its
 *    README, tuned on since (variety-4-rules.test.ts).
 * Per set it also counts the silent errors (a wrong value with no problem on its field: a defect)
 * and the values read right that still carry a flag (asked to be checked for nothing).
 *
 *   npm run bench letter-first-pass        (add --misses to list every wrong field,
 *                                           --dir=PATH to score another directory of letters too)
 *   npm run bench letter-first-pass -- --half=A   fresh set: odd-numbered letters only (tuning half);
 *                                                 --half=B: even-numbered (held out), --fresh-only skips the other sets
 */
import { resolve } from 'node:path';
import {
  fieldsRight,
  firstPassDir,
  flaggedRight,
  LETTER_FORMATS,
  loadCorpus,
  loadFileCorpus,
  loadLetterFiles,
  readCorpusLetter,
  scoreLetter,
  silentMisses,
  tallyByFormat,
  TUNED_FRESH_SETS,
  type CorpusLetter,
  type LetterFormat,
  type LetterScore,
} from '../tests/unit/letter/corpus';

const showMisses = process.argv.includes('--misses');
const freshOnly = process.argv.includes('--fresh-only');
const half = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length).toUpperCase();
if (half !== undefined && half !== 'A' && half !== 'B') throw new Error(`--half=${half}: A (odd letters) or B (even letters)`);

/** Half A = odd-numbered fresh letters (tuned on), half B = even-numbered (held out). */
function inHalf(name: string): boolean {
  if (!half) return true;
  const n = Number.parseInt(name, 10);
  return half === 'A' ? n % 2 === 1 : n % 2 === 0;
}

async function measure(label: string, letters: CorpusLetter[], perLetter: boolean): Promise<void> {
  let total = 0;
  let right = 0;
  let whole = 0;
  let silent = 0;
  let wrong = 0;
  let flaggedOk = 0;
  let values = 0;
  const lines: string[] = [];
  const kinds = new Map<string, { right: number; total: number; silent: number }>();
  for (const c of letters) {
    const parsed = await readCorpusLetter(c);
    const s = scoreLetter(c, parsed);
    const quiet = silentMisses(s, parsed);
    const noisy = flaggedRight(s, parsed);
    total += s.total;
    right += s.right;
    wrong += s.misses.length;
    silent += quiet.length;
    flaggedOk += noisy.length;
    values += s.rightPaths.length;
    if (s.misses.length === 0) whole++;
    const kind = c.file ? (/\.chromium\.pdf$/.test(c.name) ? 'pdf (chromium)' : c.name.slice(c.name.lastIndexOf('.') + 1)) : 'txt';
    const k = kinds.get(kind) ?? { right: 0, total: 0, silent: 0 };
    kinds.set(kind, { right: k.right + s.right, total: k.total + s.total, silent: k.silent + quiet.length });
    lines.push(`  ${c.name.padEnd(44)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)}${s.misses.length ? '  ✗' : ''}${quiet.length ? `  ${quiet.length} silent` : ''}`);
    if (showMisses) for (const m of s.misses) lines.push(`      ${m}${quiet.includes(m) ? '   (silent)' : ''}`);
  }
  const pct = total ? ((right / total) * 100).toFixed(1) : '–';
  process.stdout.write(
    `${label}: ${letters.length} letters, ${right}/${total} fields right (${pct} %), ${whole}/${letters.length} letters fully right; ` +
      `${wrong} wrong of which ${silent} silent; ${flaggedOk}/${values} right values flagged\n`,
  );
  if (kinds.size > 1)
    process.stdout.write(
      `  by kind: ${[...kinds].map(([kind, k]) => `${kind} ${k.right}/${k.total} (${((k.right / k.total) * 100).toFixed(1)} %, ${k.silent} silent)`).join('; ')}\n`,
    );
  if (perLetter || showMisses) process.stdout.write(lines.join('\n') + '\n');
}

// --dir=PATH scores one more directory of letters (.txt, .docx, .pdf, images, each with NN-name.expected.json).
const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
if (!freshOnly) {
  await measure('tuned corpus', loadCorpus(), false);
  await measure('first-pass set', loadCorpus(firstPassDir), true);
  await measure('office files (.docx, .pdf twins of tuned letters)', loadFileCorpus(), true);
}

async function measureFresh(): Promise<void> {
  const letters = loadLetterFiles().filter((l) => inHalf(l.name));
  const results: { format: LetterFormat; score: LetterScore; silent: string[]; flaggedRight: string[] }[] = [];
  const lines: string[] = [];
  for (const l of letters) {
    let score: LetterScore;
    let silent: string[] = [];
    let noisy: string[] = [];
    try {
      const parsed = await readCorpusLetter(l);
      score = scoreLetter(l, parsed);
      silent = silentMisses(score, parsed);
      noisy = flaggedRight(score, parsed);
    } catch (err) {
      // A file the CLI refuses scores nothing, but the user is told (an error, not a silent value).
      const total = 5 + l.expected.people.reduce((n, p) => n + 5 + (p.action ? 1 : 0), 0);
      score = { total, right: 0, misses: [`not read: ${(err as Error).message}`], paths: ['file'], rightPaths: [] };
    }
    results.push({ format: l.format, score, silent, flaggedRight: noisy });
    lines.push(
      `  ${l.name.padEnd(44)} ${l.format.padEnd(16)} ${String(score.right).padStart(3)}/${String(score.total).padEnd(3)}${score.misses.length ? '  ✗' : ''}${silent.length ? `  ${silent.length} silent` : ''}`,
    );
    if (showMisses) for (const m of score.misses) lines.push(`      ${m}${silent.includes(m) ? '   (silent)' : ''}`);
  }
  const t = tallyByFormat(results);
  process.stdout.write(
    `fresh set${half ? ` half ${half}` : ''} (.txt, .docx, LibreOffice and other PDFs, read as \`letter parse FILE --json\`): ${t.all.letters} letters, ${fieldsRight(t.all)} fields right, ` +
      `${t.all.whole}/${t.all.letters} letters fully right; ${t.all.silent} silent errors; ${t.all.flaggedRight} right values flagged\n`,
  );
  process.stdout.write(`  ${'format'.padEnd(16)} ${'letters'.padStart(7)}  ${'fields right'.padEnd(20)} ${'fully right'.padEnd(11)}  silent errors\n`);
  for (const f of LETTER_FORMATS)
    process.stdout.write(`  ${f.padEnd(16)} ${String(t[f].letters).padStart(7)}  ${fieldsRight(t[f]).padEnd(20)} ${`${t[f].whole}/${t[f].letters}`.padEnd(11)}  ${t[f].silent}\n`);
  process.stdout.write(lines.join('\n') + '\n');
}

await measureFresh();
if (!freshOnly) for (const set of TUNED_FRESH_SETS) await measure(set.label, [...loadCorpus(set.dir), ...loadFileCorpus(set.dir)].sort((a, b) => a.name.localeCompare(b.name)), false);
if (dir) {
  const all = [...loadCorpus(resolve(dir)), ...loadFileCorpus(resolve(dir))].sort((a, b) => a.name.localeCompare(b.name));
  await measure(`${dir} (.txt ${all.filter((c) => !c.file).length}, files ${all.filter((c) => c.file).length})`, all, true);
}
