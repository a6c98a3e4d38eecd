/**
 * Letter field accuracy in two parts:
 *  - tuned: tests/fixtures/letters — the parser was developed against these (the unit test gates
 *    them at 100 %);
 *  - first pass: tests/fixtures/letters-first-pass — letters committed without any parser change,
 *    their expected JSON reasoned from the letter. Scored by the parser as it stands; never tuned on.
 * Per set it also counts the silent errors (a wrong value with no problem on its field: a defect)
 * and the values read right that still carry a flag (asked to be checked for nothing).
 *
 *   npm run bench letter-first-pass        (add --misses to list every wrong field,
 *                                           --dir=PATH to score another directory of letters too)
 */
import { resolve } from 'node:path';
import { firstPassDir, flaggedRight, loadCorpus, loadFileCorpus, readCorpusLetter, scoreLetter, silentMisses, type CorpusLetter } from '../tests/unit/letter/corpus';

const showMisses = process.argv.includes('--misses');

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
await measure('tuned corpus', loadCorpus(), false);
await measure('first-pass set', loadCorpus(firstPassDir), true);
await measure('office files (.docx, .pdf twins of tuned letters)', loadFileCorpus(), true);
if (dir) {
  const all = [...loadCorpus(resolve(dir)), ...loadFileCorpus(resolve(dir))].sort((a, b) => a.name.localeCompare(b.name));
  await measure(`${dir} (.txt ${all.filter((c) => !c.file).length}, files ${all.filter((c) => c.file).length})`, all, true);
}
