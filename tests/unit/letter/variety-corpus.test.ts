import { describe, expect, it } from 'vitest';
import { loadCorpus, loadFileCorpus, readCorpusLetter, scoreLetter, silentMisses, varietyDir } from './corpus';

/**
 * tests/fixtures/letters-variety (tuned since round 8): .txt, .docx and PDF letters in layouts the
 * earlier sets left out, each read as `letter parse FILE --json` reads it: every field right, no silent error.
 */
const letters = [...loadCorpus(varietyDir), ...loadFileCorpus(varietyDir)];

describe('letters-variety: read exactly', () => {
  it('holds the 16 letters', () => expect(letters).toHaveLength(16));

  it.each(letters.map((c) => [c.name, c] as const))('%s: every expected field is read exactly, no silent error', async (_name, c) => {
    const parsed = await readCorpusLetter(c);
    const score = scoreLetter(c, parsed);
    expect(score.misses, `${c.name}: ${score.right}/${score.total} fields right`).toEqual([]);
    expect(silentMisses(score, parsed)).toEqual([]);
  }, 30_000);
});
