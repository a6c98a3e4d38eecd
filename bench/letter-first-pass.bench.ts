/**
 * Letter field accuracy in two parts:
 *  - tuned: tests/fixtures/letters — the parser was developed against these (the unit test gates
 *    them at 100 %);
 *  - first pass: tests/fixtures/letters-first-pass — letters committed without any parser change,
 *    their expected JSON reasoned from the letter. Scored by the parser as it stands; never tuned on.
 *
 *   npm run bench letter-first-pass        (add --misses to list every wrong field)
 */
import { parseLetter } from '../lib/letter/parse';
import { firstPassDir, loadCorpus, scoreLetter, type CorpusLetter } from '../tests/unit/letter/corpus';

const showMisses = process.argv.includes('--misses');

function measure(label: string, letters: CorpusLetter[], perLetter: boolean): void {
  let total = 0;
  let right = 0;
  let whole = 0;
  const lines: string[] = [];
  for (const c of letters) {
    const s = scoreLetter(c, parseLetter(c.text));
    total += s.total;
    right += s.right;
    if (s.misses.length === 0) whole++;
    lines.push(`  ${c.name.padEnd(40)} ${String(s.right).padStart(3)}/${String(s.total).padEnd(3)}${s.misses.length ? '  ✗' : ''}`);
    if (showMisses) for (const m of s.misses) lines.push(`      ${m}`);
  }
  const pct = total ? ((right / total) * 100).toFixed(1) : '–';
  process.stdout.write(`${label}: ${letters.length} letters, ${right}/${total} fields right (${pct} %), ${whole}/${letters.length} letters fully right\n`);
  if (perLetter || showMisses) process.stdout.write(lines.join('\n') + '\n');
}

measure('tuned corpus', loadCorpus(), false);
measure('first-pass set', loadCorpus(firstPassDir), true);
