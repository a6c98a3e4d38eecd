import { describe, expect, it } from 'vitest';
import { fresh7Dir, loadCorpus, loadFileCorpus, readCorpusLetter, scoreLetter, silentMisses, variety2Dir, variety3Dir, variety4Dir, varietyDir } from './corpus';

/**
 * tests/fixtures/letters-variety (tuned since round 8), letters-variety-2 (tuned since round 9),
 * letters-variety-3 (tuned since round 9), letters-fresh-7 (scored blind once, tuned since round 10) and
 * letters-variety-4 (first pass in its README, tuned since round 10):
 * .txt, .docx and PDF letters in layouts the earlier sets left out, each read as `letter parse FILE
 * --json` reads it: every field right, no silent error.
 */
const sets = [
  { label: 'letters-variety', dir: varietyDir, count: 21 },
  { label: 'letters-variety-2', dir: variety2Dir, count: 20 },
  { label: 'letters-variety-3', dir: variety3Dir, count: 18 },
  { label: 'letters-fresh-7', dir: fresh7Dir, count: 16 },
  { label: 'letters-variety-4', dir: variety4Dir, count: 20 },
];
/** Not read yet (none now; 19, a table row split by a page break, is read since round 9): its wrong values must all be flagged. */
const OPEN = new Set<string>([]);

describe.each(sets)('$label: read exactly', ({ dir, count }) => {
  const letters = [...loadCorpus(dir), ...loadFileCorpus(dir)];

  it(`holds the ${count} letters`, () => expect(letters).toHaveLength(count));

  it.each(letters.filter((c) => OPEN.has(c.name)).map((c) => [c.name, c] as const))('%s (open): no silent error', async (_name, c) => {
    const parsed = await readCorpusLetter(c);
    expect(silentMisses(scoreLetter(c, parsed), parsed)).toEqual([]);
  }, 30_000);

  it.each(letters.filter((c) => !OPEN.has(c.name)).map((c) => [c.name, c] as const))('%s: every expected field is read exactly, no silent error', async (_name, c) => {
    const parsed = await readCorpusLetter(c);
    const score = scoreLetter(c, parsed);
    expect(score.misses, `${c.name}: ${score.right}/${score.total} fields right`).toEqual([]);
    expect(silentMisses(score, parsed)).toEqual([]);
  }, 30_000);
});
