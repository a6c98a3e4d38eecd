import { describe, expect, it } from 'vitest';
import { parseLetter, parsedLetterSchema, summarize } from '../../../lib/letter';
import { loadCorpus } from './corpus';

const LETTER_KEYS = ['number', 'date', 'sender', 'subject', 'role'] as const;
const PERSON_KEYS = ['name', 'nip', 'position', 'email', 'phone'] as const;

const corpus = loadCorpus();

describe('request-letter corpus', () => {
  it('has at least 15 letters', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(15);
  });

  it('parses every letter into the schema', () => {
    for (const c of corpus) expect(() => parsedLetterSchema.parse(parseLetter(c.text)), c.name).not.toThrow();
  });

  it('reaches at least 98 % field accuracy (each expected scalar field counts one; people matched by order)', () => {
    let total = 0;
    let right = 0;
    const misses: string[] = [];
    for (const c of corpus) {
      const got = summarize(parseLetter(c.text));
      const check = (path: string, want: string | null, have: string | null | undefined) => {
        total++;
        if ((have ?? null) === want) right++;
        else misses.push(`${c.name} ${path}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
      };
      for (const k of LETTER_KEYS) check(`letter.${k}`, c.expected.letter[k], got.letter[k]);
      c.expected.people.forEach((p, i) => {
        for (const k of PERSON_KEYS) check(`people[${i}].${k}`, p[k], got.people[i]?.[k]);
      });
      // Extra people found are wrong too.
      for (let i = c.expected.people.length; i < got.people.length; i++) {
        total++;
        misses.push(`${c.name} people[${i}]: not expected`);
      }
    }
    const accuracy = right / total;
    console.log(`Letter corpus: ${corpus.length} letters, ${right}/${total} fields right, accuracy ${(accuracy * 100).toFixed(2)} %`);
    if (misses.length) console.log(misses.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('reports the expected problems', () => {
    for (const c of corpus.filter((x) => x.expected.problems)) {
      const fields = parseLetter(c.text).problems.map((p) => p.field);
      for (const p of c.expected.problems!) expect(fields, `${c.name} ${p.field}`).toContain(p.field);
    }
  });

  it('reads every letter date from its date line or Tanggal field, not from the body', () => {
    for (const c of corpus) {
      const ev = parseLetter(c.text).fields['letter.date'];
      if (c.expected.letter.date) expect(ev?.confidence, c.name).toBeGreaterThanOrEqual(0.85);
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
