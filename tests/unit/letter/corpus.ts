import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLetter, summarize, type ParsedLetter, type RequestAction } from '../../../lib/letter';

/** The tuned request-letter corpus: tests/fixtures/letters/NN-name.txt with NN-name.expected.json. */
export const corpusDir = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
/** The first-pass (held-out) set: letters added in commits that never touch the parser. */
export const firstPassDir = fileURLToPath(new URL('../../fixtures/letters-first-pass/', import.meta.url));

export type Expected = {
  letter: Record<'number' | 'date' | 'sender' | 'subject' | 'role', string | null>;
  /** `action` is scored when the expected file gives it (the fresh set does). */
  people: (Record<'name' | 'nip' | 'position' | 'email' | 'phone', string | null> & { action?: RequestAction })[];
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

/**
 * The fresh set (issue 12): letters as they arrive — .txt (chats, mail forwards), .docx as Word
 * writes them, PDFs saved by LibreOffice and printed by Chromium — committed without any parser
 * change, their expected JSON (with each person's action) reasoned from the letter; every file read
 * through the CLI's path, never tuned on.
 */
export const freshDir = fileURLToPath(new URL('../../fixtures/letters-fresh/', import.meta.url));
/** The second fresh set (issue 12 item 5): 16 more letters in the four formats, scored blind once, tuned on since. */
export const fresh2Dir = fileURLToPath(new URL('../../fixtures/letters-fresh-2/', import.meta.url));
/** The third fresh set: 24 letters in the four formats (and scans of 9 in scans/), scored blind once (round 6), tuned on since round 7. */
export const fresh3Dir = fileURLToPath(new URL('../../fixtures/letters-fresh-3/', import.meta.url));
/** Layouts the earlier sets left out, written before any parser run and tuned on since (round 8). */
export const varietyDir = fileURLToPath(new URL('../../fixtures/letters-variety/', import.meta.url));
/** A second variety set (round 9): 16 more layouts, first-pass score in its README, tuned on since. */
export const variety2Dir = fileURLToPath(new URL('../../fixtures/letters-variety-2/', import.meta.url));
/** A third variety set (round 9): 18 more layouts, first-pass score in its README, tuned on since. */
export const variety3Dir = fileURLToPath(new URL('../../fixtures/letters-variety-3/', import.meta.url));
/** A fourth variety set (round 10): 20 born-digital letters (and 8 scans in scans/), first-pass score in its README, tuned on since. */
export const variety4Dir = fileURLToPath(new URL('../../fixtures/letters-variety-4/', import.meta.url));
/** The seventh fresh set (round 9): 16 born-digital letters, scored blind once (README), tuned on since. */
export const fresh7Dir = fileURLToPath(new URL('../../fixtures/letters-fresh-7/', import.meta.url));

/** The fresh sets tuned on after their one blind score, read from their files like `letter parse FILE`. */
export const TUNED_FRESH_SETS = [
  { label: 'second fresh set (tuned since round 6)', dir: fresh2Dir },
  { label: 'third fresh set (tuned since round 7)', dir: fresh3Dir },
  { label: 'variety set (tuned since round 8)', dir: varietyDir },
  { label: 'second variety set (tuned since round 9)', dir: variety2Dir },
  { label: 'third variety set (tuned since round 9)', dir: variety3Dir },
  { label: 'seventh fresh set (tuned since round 10)', dir: fresh7Dir },
  { label: 'fourth variety set (tuned since round 10)', dir: variety4Dir },
] as const;

/** How a letter file was made: plain text, Word, PDF saved by LibreOffice, PDF from another tool. */
export const LETTER_FORMATS = ['txt', 'docx', 'pdf-libreoffice', 'pdf-other'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** A letter file of the fresh set: NN-name.txt, NN-name.docx, NN-name.libreoffice.pdf, NN-name.<tool>.pdf. */
const LETTER_FILE = /^(\d\d-[^.]+)((?:\.[a-z]+)?\.pdf|\.docx|\.txt)$/;

/** The format of a letter file by its name, or null when it is not a letter (expected JSON, scripts). */
export function letterFormat(file: string): LetterFormat | null {
  const m = LETTER_FILE.exec(file);
  if (!m) return null;
  if (m[2] === '.txt') return 'txt';
  if (m[2] === '.docx') return 'docx';
  return m[2] === '.libreoffice.pdf' ? 'pdf-libreoffice' : 'pdf-other';
}

/** A letter of the fresh set: always read from its file (also a .txt), with the format it came in. */
export type FreshLetter = CorpusLetter & { file: string; format: LetterFormat };

/** Every letter file of `dir` (any format) with its NN-name.expected.json, by name. */
export function loadLetterFiles(dir: string = freshDir): FreshLetter[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const format = letterFormat(f);
      if (!format) return [];
      const name = LETTER_FILE.exec(f)![1];
      const file = join(dir, f);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      return [{ name, file, format, expected, text: format === 'txt' ? readFileSync(file, 'utf8') : '' }];
    });
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
    if (p.action) check(`people[${i}].action`, p.action, got.people[i]?.action);
  });
  for (let i = c.expected.people.length; i < got.people.length; i++) {
    score.total++;
    score.misses.push(`people[${i}]: not expected (${JSON.stringify(got.people[i]?.name ?? null)})`);
    score.paths.push(`people[${i}]`);
  }
  return score;
}

/**
 * Whether the review flags the value at `path`: a problem names that field, or the whole person
 * (`people[1]`). One rule for wrong values (silent when not flagged) and right ones (flagged for nothing).
 */
function flagged(parsed: ParsedLetter, path: string): boolean {
  const person = /^people\[\d+\]/.exec(path)?.[0];
  return parsed.problems.some((p) => p.field === path || p.field.startsWith(`${path}.`) || (person !== undefined && p.field === person));
}

/**
 * The wrong values nobody is warned about: misses with no flag on their field (see `flagged`); a
 * person not expected counts as flagged when any of their fields is.
 */
export function silentMisses(score: LetterScore, parsed: ParsedLetter): string[] {
  return score.misses.filter((_, k) => {
    const path = score.paths[k];
    const person = /^people\[(\d+)\]/.exec(path);
    // A person the letter lost entirely is flagged when the review says no people were found.
    const lost = person && Number(person[1]) >= parsed.people.length && parsed.problems.some((p) => p.field === 'people');
    return !lost && !flagged(parsed, path);
  });
}

/** Values read right that still carry a flag (the reviewer is asked to check them for nothing), by `flagged`. */
export function flaggedRight(score: LetterScore, parsed: ParsedLetter): string[] {
  return score.rightPaths.filter((path) => flagged(parsed, path));
}

/** Totals of one group of letters (one format, or all). */
export type FormatTally = { letters: number; total: number; right: number; whole: number; silent: number; flaggedRight: number };

/**
 * Totals per format and for all letters, from each letter's format, score, silent misses and right
 * values flagged; every format of LETTER_FORMATS is listed, also when no letter has it.
 */
export function tallyByFormat(
  results: readonly { format: LetterFormat; score: LetterScore; silent: readonly string[]; flaggedRight?: readonly string[] }[],
): Record<LetterFormat | 'all', FormatTally> {
  const empty = (): FormatTally => ({ letters: 0, total: 0, right: 0, whole: 0, silent: 0, flaggedRight: 0 });
  const out = Object.fromEntries([...LETTER_FORMATS, 'all'].map((k) => [k, empty()])) as Record<LetterFormat | 'all', FormatTally>;
  for (const r of results) {
    for (const t of [out[r.format], out.all]) {
      t.letters++;
      t.total += r.score.total;
      t.right += r.score.right;
      if (r.score.misses.length === 0) t.whole++;
      t.silent += r.silent.length;
      t.flaggedRight += r.flaggedRight?.length ?? 0;
    }
  }
  return out;
}

/** "205/226 (90.7 %)", or "–" for nothing scored. */
export function fieldsRight(t: Pick<FormatTally, 'right' | 'total'>): string {
  return t.total ? `${t.right}/${t.total} (${((t.right / t.total) * 100).toFixed(1)} %)` : '–';
}
