import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLetter, summarize, type ParsedLetter } from '../../../lib/letter';

/** The tuned request-letter corpus: tests/fixtures/letters/NN-name.txt with NN-name.expected.json. */
export const corpusDir = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
/** The first-pass (held-out) set: letters added in commits that never touch the parser. */
export const firstPassDir = fileURLToPath(new URL('../../fixtures/letters-first-pass/', import.meta.url));

export type Expected = {
  letter: Record<'number' | 'date' | 'sender' | 'subject' | 'role', string | null>;
  people: Record<'name' | 'nip' | 'position' | 'email' | 'phone', string | null>[];
  problems?: { field: string }[];
};

/** A corpus letter: its text (a .txt letter) or its file (a .docx or .pdf letter, read like the CLI reads it). */
export type CorpusLetter = { name: string; text: string; expected: Expected; file?: string };

/** The office-file corpus: .docx and .pdf letters (Word, LibreOffice) with NN-name.expected.json next to them. */
export const officeDir = fileURLToPath(new URL('../../fixtures/letters-office/', import.meta.url));

/** NN-name.txt, NN-name.docx, NN-name.chromium.pdf → NN-name.expected.json. */
const expectedFor = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f.replace(/\..*$/, '.expected.json')), 'utf8')) as Expected;

export function loadCorpus(dir: string = corpusDir): CorpusLetter[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d\d-.+\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8'), expected: expectedFor(dir, f) }));
}

/** The .docx, .pdf and image letters of a directory (their text is read when scored, through the CLI's path). */
export function loadFileCorpus(dir: string = officeDir): CorpusLetter[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d\d-.+\.(docx|pdf|jpe?g|png)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, text: '', expected: expectedFor(dir, f), file: join(dir, f) }));
}

/** Parses a corpus letter: a .txt letter's text directly, a file exactly as `letter parse FILE` does. */
export async function readCorpusLetter(c: CorpusLetter): Promise<ParsedLetter> {
  if (!c.file) return parseLetter(c.text);
  const { parseLetterFile } = await import('../../../scripts/commands/letter');
  return parseLetterFile(c.file);
}

export const LETTER_KEYS = ['number', 'date', 'sender', 'subject', 'role'] as const;
export const PERSON_KEYS = ['name', 'nip', 'position', 'email', 'phone'] as const;

export type LetterScore = {
  total: number;
  right: number;
  misses: string[];
  /** Field path of each miss. */
  paths: string[];
  /** Field paths read right with a value (not an expected null). */
  rightPaths: string[];
};

/**
 * Scores one letter: each expected scalar field counts one (people matched by order); every
 * person found beyond the expected ones counts one wrong field.
 */
export function scoreLetter(c: CorpusLetter, parsed: ParsedLetter): LetterScore {
  const got = summarize(parsed);
  const score: LetterScore = { total: 0, right: 0, misses: [], paths: [], rightPaths: [] };
  const check = (path: string, want: string | null, have: string | null | undefined) => {
    score.total++;
    if ((have ?? null) === want) {
      score.right++;
      if (want !== null) score.rightPaths.push(path);
    } else {
      score.misses.push(`${path}: ${JSON.stringify(have ?? null)} ≠ ${JSON.stringify(want)}`);
      score.paths.push(path);
    }
  };
  for (const k of LETTER_KEYS) check(`letter.${k}`, c.expected.letter[k], got.letter[k]);
  c.expected.people.forEach((p, i) => {
    for (const k of PERSON_KEYS) check(`people[${i}].${k}`, p[k], got.people[i]?.[k]);
  });
  for (let i = c.expected.people.length; i < got.people.length; i++) {
    score.total++;
    score.misses.push(`people[${i}]: not expected (${JSON.stringify(got.people[i]?.name ?? null)})`);
    score.paths.push(`people[${i}]`);
  }
  return score;
}

/**
 * The wrong values nobody is warned about: misses with no problem on their field (a person not
 * expected counts as flagged when any of their fields is).
 */
export function silentMisses(score: LetterScore, parsed: ParsedLetter): string[] {
  return score.misses.filter((_, k) => {
    const path = score.paths[k];
    const person = /^people\[(\d+)\]/.exec(path);
    // A person the letter lost entirely is flagged when the review says no people were found.
    const lost = person && Number(person[1]) >= parsed.people.length && parsed.problems.some((p) => p.field === 'people');
    return !lost && !parsed.problems.some((p) => p.field === path || p.field.startsWith(`${path}.`));
  });
}

/** Values read right that still carry a flag (the reviewer is asked to check them for nothing). */
export function flaggedRight(score: LetterScore, parsed: ParsedLetter): string[] {
  return score.rightPaths.filter((path) => parsed.problems.some((p) => p.field === path));
}
