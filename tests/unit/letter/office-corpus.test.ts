import { describe, expect, it } from 'vitest';
import { loadFileCorpus, readCorpusLetter, scoreLetter, silentMisses } from './corpus';

/**
 * Word and LibreOffice twins of tuned letters (tests/fixtures/letters-office, made by its
 * make-files.ts: .docx typed like a Word letter, .pdf exported from it by LibreOffice). Each is read
 * exactly as `letter parse FILE --json` reads it and must score as its .txt twin: every field.
 */
const letters = loadFileCorpus();

describe('office-file letters (.docx, LibreOffice .pdf): read as their .txt twins', () => {
  it('has a .docx and a .pdf of at least six letters', () => {
    expect(letters.filter((c) => c.name.endsWith('.docx')).length).toBeGreaterThanOrEqual(6);
    expect(letters.filter((c) => c.name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(letters.map((c) => [c.name, c] as const))('%s: every expected field is read exactly, no silent error', async (_name, c) => {
    const parsed = await readCorpusLetter(c);
    const score = scoreLetter(c, parsed);
    expect(score.misses, `${c.name}: ${score.right}/${score.total} fields right`).toEqual([]);
    expect(silentMisses(score, parsed)).toEqual([]);
  }, 30_000);
});
