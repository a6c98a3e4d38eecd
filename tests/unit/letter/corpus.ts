import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The request-letter corpus: tests/fixtures/letters/NN-name.txt with NN-name.expected.json. */
export const corpusDir = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));

export type Expected = {
  letter: Record<'number' | 'date' | 'sender' | 'subject' | 'role', string | null>;
  people: Record<'name' | 'nip' | 'position' | 'email' | 'phone', string | null>[];
  problems?: { field: string }[];
};

export type CorpusLetter = { name: string; text: string; expected: Expected };

export function loadCorpus(): CorpusLetter[] {
  return readdirSync(corpusDir)
    .filter((f) => /^\d\d-.+\.txt$/.test(f))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: readFileSync(join(corpusDir, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(corpusDir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected,
    }));
}
