import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize, type ParsedLetter } from '../../../lib/letter';
import { run } from '../../../scripts/commands/letter';
import {
  fieldsRight,
  flaggedRight,
  fresh2Dir,
  fresh3Dir,
  freshDir,
  letterFormat,
  loadCorpus,
  loadFileCorpus,
  loadLetterFiles,
  readCorpusLetter,
  scoreLetter,
  silentMisses,
  tallyByFormat,
  type Expected,
} from './corpus';

const expected: Expected = {
  letter: { number: '1/A/2026', date: '2026-03-02', sender: 'DINAS X', subject: 'Penggantian PPK', role: 'ppk' },
  people: [
    { name: 'Ani', nip: '198001012005012001', position: 'Kepala Seksi', email: null, phone: null, action: 'deactivate' },
    { name: 'Budi', nip: '198202022008011002', position: 'Kepala Seksi', email: 'budi@x.go.id', phone: '+6281200000000', action: 'create' },
  ],
};

/** A parsed letter equal to `expected`, changed by `edit`. */
function parsedLike(edit: (p: ParsedLetter) => void = () => {}): ParsedLetter {
  const p: ParsedLetter = {
    letter: { ...expected.letter, place: null, role: 'ppk' },
    people: expected.people.map((x) => ({ ...x, action: x.action ?? 'create' })),
    signatory: null,
    problems: [],
    fields: {},
  };
  edit(p);
  return p;
}

describe('fresh-set loader', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
    vi.restoreAllMocks();
  });

  it('tells the format of a letter file by its name and skips everything else', () => {
    expect(letterFormat('01-ppk.txt')).toBe('txt');
    expect(letterFormat('15-ppk-table.docx')).toBe('docx');
    expect(letterFormat('27-ppk.libreoffice.pdf')).toBe('pdf-libreoffice');
    expect(letterFormat('37-ppk.chromium.pdf')).toBe('pdf-other');
    expect(letterFormat('38-ppk.pdf')).toBe('pdf-other');
    for (const other of ['01-ppk.expected.json', 'make-files.ts', 'print', 'model.ts', 'ppk.txt', '01-ppk.jpg']) expect(letterFormat(other)).toBeNull();
  });

  it('loads every format with its expected file and always its file path (a .txt is read like the CLI reads it too)', () => {
    dir = mkdtempSync(join(tmpdir(), 'fresh-'));
    const json = JSON.stringify(expected);
    for (const [file, body] of [
      ['01-a.txt', 'Nomor : 1/A/2026'],
      ['02-b.docx', 'PK'],
      ['03-c.libreoffice.pdf', '%PDF'],
      ['04-d.chromium.pdf', '%PDF'],
      ['make-files.ts', '//'],
    ])
      writeFileSync(join(dir, file), body);
    for (const n of ['01-a', '02-b', '03-c', '04-d']) writeFileSync(join(dir, `${n}.expected.json`), json);
    const all = loadLetterFiles(dir);
    expect(all.map((l) => [l.name, l.format])).toEqual([
      ['01-a', 'txt'],
      ['02-b', 'docx'],
      ['03-c', 'pdf-libreoffice'],
      ['04-d', 'pdf-other'],
    ]);
    expect(all[2].file).toBe(join(dir, '03-c.libreoffice.pdf'));
    expect(all[3].expected.people[0].action).toBe('deactivate');
    expect(all.map((l) => l.text)).toEqual(['Nomor : 1/A/2026', '', '', '']);
    // The tuned corpus and the first-pass set load their text letters only.
    expect(loadCorpus(dir).map((c) => [c.name, c.text])).toEqual([['01-a', 'Nomor : 1/A/2026']]);
  });

  it('finds the committed fresh set: at least 40 letters in all four formats (with those tuned since, moved to the corpus as NN-fresh-…), each with its expected file', () => {
    const fresh = loadLetterFiles(freshDir);
    const tunedSince = [...loadCorpus(), ...loadFileCorpus()].filter((c) => /^\d\d-fresh-/.test(c.name));
    expect(fresh.length + tunedSince.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fresh.map((l) => l.format))).toEqual(new Set(['txt', 'docx', 'pdf-libreoffice', 'pdf-other']));
    const expectedFiles = readdirSync(freshDir).filter((f) => f.endsWith('.expected.json'));
    expect(expectedFiles).toHaveLength(fresh.length);
    for (const l of fresh) for (const p of l.expected.people) expect(['create', 'reset', 'deactivate', 'change']).toContain(p.action);
  });

  it.each([
    ['second', 16, fresh2Dir],
    ['third', 24, fresh3Dir],
  ] as const)('finds the %s fresh set: at least %i letters in all four formats, each with its expected file and an action per person', (_which, least, dir) => {
    const letters = loadLetterFiles(dir);
    expect(letters.length).toBeGreaterThanOrEqual(least);
    expect(new Set(letters.map((l) => l.format))).toEqual(new Set(['txt', 'docx', 'pdf-libreoffice', 'pdf-other']));
    expect(readdirSync(dir).filter((f) => f.endsWith('.expected.json'))).toHaveLength(letters.length);
    for (const l of letters) for (const p of l.expected.people) expect(['create', 'reset', 'deactivate', 'change']).toContain(p.action);
  });

  it('reads a letter file exactly as `letter parse FILE --json` does', async () => {
    const file = 'tests/fixtures/letters/files/letter.docx';
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    await run(['parse', file, '--json']);
    const viaCorpus = await readCorpusLetter({ name: 'letter', text: '', file: join(process.cwd(), file), expected });
    expect(JSON.parse(JSON.stringify(summarize(viaCorpus)))).toEqual(JSON.parse(out));
  });
});

describe('fresh-set scoring', () => {
  it('scores the action of each person when the expected file gives it', () => {
    const right = scoreLetter({ name: 'x', text: '', expected }, parsedLike());
    expect(right).toMatchObject({ total: 5 + 2 * 6, right: 17, misses: [] });
    const wrong = scoreLetter({ name: 'x', text: '', expected }, parsedLike((p) => (p.people[0].action = 'create')));
    expect(wrong.paths).toEqual(['people[0].action']);
    const noAction = scoreLetter({ name: 'x', text: '', expected: { ...expected, people: expected.people.map(({ action: _, ...rest }) => rest) } }, parsedLike((p) => (p.people[0].action = 'create')));
    expect(noAction).toMatchObject({ total: 15, right: 15 });
  });

  it('counts a wrong value as silent unless a problem names its field or its person', () => {
    const parsed = parsedLike((p) => {
      p.people[1].nip = '198202022008011003';
      p.letter.sender = 'PEMERINTAH KOTA X';
    });
    const score = scoreLetter({ name: 'x', text: '', expected }, parsed);
    expect(silentMisses(score, parsed)).toHaveLength(2);
    parsed.problems = [{ field: 'people[0]', message: 'periksa' }];
    expect(silentMisses(score, parsed)).toHaveLength(2);
    parsed.problems = [{ field: 'people[1]', message: 'periksa' }];
    expect(silentMisses(score, parsed).map((m) => m.split(':')[0])).toEqual(['letter.sender']);
    parsed.problems.push({ field: 'letter.sender', message: 'dari kop surat' });
    expect(silentMisses(score, parsed)).toEqual([]);
    // A problem on another field of the same letter part does not cover it.
    parsed.problems = [{ field: 'letter.subject', message: 'periksa' }, { field: 'people[10]', message: 'periksa' }];
    expect(silentMisses(score, parsed)).toHaveLength(2);
  });

  it('counts a right value as flagged by the same rule as a silent miss: a problem on its field or its person, never an expected empty field', () => {
    const parsed = parsedLike(() => {});
    const score = scoreLetter({ name: 'x', text: '', expected }, parsed);
    expect(flaggedRight(score, parsed)).toEqual([]);
    parsed.problems = [{ field: 'people[1]', message: 'periksa' }, { field: 'letter.sender', message: 'dari kop surat' }, { field: 'people[10].nip', message: 'periksa' }];
    const flagged = flaggedRight(score, parsed);
    expect(flagged).toContain('letter.sender');
    expect(flagged.filter((p) => p.startsWith('people[1].'))).toEqual(score.rightPaths.filter((p) => p.startsWith('people[1].')));
    expect(flagged.some((p) => p.startsWith('people[0]'))).toBe(false);
  });

  it('totals per format and for all letters', () => {
    const score = (total: number, right: number) => ({ total, right, misses: right < total ? ['x'] : [], paths: right < total ? ['x'] : [], rightPaths: [] });
    const t = tallyByFormat([
      { format: 'txt', score: score(10, 10), silent: [], flaggedRight: ['letter.date'] },
      { format: 'txt', score: score(10, 7), silent: ['a', 'b'] },
      { format: 'pdf-other', score: score(5, 4), silent: ['c'], flaggedRight: ['people[0].name', 'people[0].nip'] },
    ]);
    expect(t.txt).toEqual({ letters: 2, total: 20, right: 17, whole: 1, silent: 2, flaggedRight: 1 });
    expect(t['pdf-other']).toEqual({ letters: 1, total: 5, right: 4, whole: 0, silent: 1, flaggedRight: 2 });
    expect(t.docx).toEqual({ letters: 0, total: 0, right: 0, whole: 0, silent: 0, flaggedRight: 0 });
    expect(t.all).toEqual({ letters: 3, total: 25, right: 21, whole: 1, silent: 3, flaggedRight: 3 });
    expect(fieldsRight(t.all)).toBe('21/25 (84.0 %)');
    expect(fieldsRight(t.docx)).toBe('–');
  });
});
