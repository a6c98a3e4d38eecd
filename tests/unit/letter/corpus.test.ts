import { describe, expect, it } from 'vitest';
import { parseLetter, parsedLetterSchema } from '../../../lib/letter';
import { loadCorpus, scoreLetter } from './corpus';

/**
 * The tuned corpus (tests/fixtures/letters): the parser was developed against these letters, so it
 * must read every one of them completely. Each letter is its own test and every wrong field fails
 * it, named. The held-out measure is the first-pass set (tests/fixtures/letters-first-pass,
 * `npm run bench letter-first-pass`), which is scored and never gated or tuned on.
 */
const corpus = loadCorpus();

describe('request-letter corpus (tuned: 100 % required)', () => {
  it('has at least 15 letters', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s: every expected field is read exactly', (_name, c) => {
    const parsed = parseLetter(c.text);
    expect(() => parsedLetterSchema.parse(parsed)).not.toThrow();
    const score = scoreLetter(c, parsed);
    expect(score.misses, `${c.name}: ${score.right}/${score.total} fields right`).toEqual([]);
  });

  it('reports the expected problems', () => {
    for (const c of corpus.filter((x) => x.expected.problems)) {
      const fields = parseLetter(c.text).problems.map((p) => p.field);
      for (const p of c.expected.problems!) expect(fields, `${c.name} ${p.field}`).toContain(p.field);
    }
  });

  it('reads every letter date from its date line or Tanggal field (or a mail header, flagged), not from the body', () => {
    for (const c of corpus) {
      const ev = parseLetter(c.text).fields['letter.date'];
      if (!c.expected.letter.date) continue;
      if (ev?.note) expect(ev.note, c.name).toMatch(/kepala email/);
      else expect(ev?.confidence, c.name).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('never takes the signatory for an applicant', () => {
    for (const c of corpus) {
      const r = parseLetter(c.text);
      if (!r.signatory?.nip) continue;
      expect(r.people.map((p) => p.nip), c.name).not.toContain(r.signatory.nip);
    }
  });
});
