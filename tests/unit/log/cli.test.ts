import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pandu, root } from './cli-run';
import { emptyBackup, parseBackup } from '../../../lib/log/backup';
import { writeBackupFile } from '../../../lib/log/file-log';
import { caseSchema } from '../../../lib/log/schema';

const letter = join(root, 'tests/fixtures/log/surat-ppk.txt');
const SOP = 'oganilir-04-user-id-ppk'; // steps of 10, 10, 25, 15, 5 minutes

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pandu-log-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pandu log / case / step (on a backup file)', () => {
  it('walks a case through its steps and shows working minutes and verdicts', async () => {
    const file = join(dir, 'catatan.json');
    expect((await pandu('log', 'new', '--out', file)).code).toBe(0);
    expect(parseBackup(JSON.parse(readFileSync(file, 'utf8')))).toMatchObject({ ok: true, backup: { cases: [], events: [] } });

    const opened = await pandu('case', 'open', '--backup', file, '--sop', SOP, '--letter', letter, '--received', '2026-11-23T08:30:00+07:00', '--by', 'Sari');
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    const id = opened.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const steps: Array<[string, string, string]> = [
      ['start', '1', '2026-11-23T09:00:00+07:00'],
      ['finish', '1', '2026-11-23T09:05:00+07:00'], // 5 of 10 minutes: on time
      ['start', '2', '2026-11-23T15:55:00+07:00'],
      ['finish', '2', '2026-11-24T08:10:00+07:00'], // 5 + 10 working minutes over the night: late
      ['start', '3', '2026-11-24T08:10:00+07:00'],
    ];
    for (const [what, no, at] of steps) {
      const r = await pandu('step', what, '--backup', file, '--case', id, '--step', no, '--at', at, '--by', 'Sari');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }

    const shown = await pandu('case', 'show', '--backup', file, '--case', id, '--now', '2026-11-24T08:30:00+07:00', '--json');
    expect(shown.code).toBe(0);
    const view = JSON.parse(shown.stdout) as { case: { id: string; people: Array<{ name: string }>; letter: { number: string } }; steps: Array<Record<string, unknown>>; current: number; verdict: string };
    expect(view.case.id).toBe(id);
    expect(view.case.letter.number).toBe('027/88/DISDIK/XI/2026');
    expect(view.case.people.map((p) => p.name)).toEqual(['Siti Rahma, S.Pd.']);
    expect(view.steps.map((s) => [s.no, s.status, s.workingMinutes, s.verdict])).toEqual([
      [1, 'done', 5, 'on-time'],
      [2, 'done', 15, 'late'],
      [3, 'running', 20, 'warning'],
      [4, 'pending', null, null],
      [5, 'pending', null, null],
    ]);
    expect(view.steps[1].storedVerdict).toBe('late');
    expect(view.steps[2].dueAt).toBe('2026-11-24T08:35:00+07:00');
    expect(view.current).toBe(3);
    expect(view.verdict).toBe('late');
  }, 120_000);

  it('fails with Indonesian messages and a non-zero exit', async () => {
    const file = join(dir, 'salah.json');
    await pandu('log', 'new', '--out', file);
    const [unknownSop, noFile, notStarted] = await Promise.all([
      pandu('case', 'open', '--backup', file, '--sop', 'tidak-ada', '--letter', letter),
      pandu('case', 'show', '--backup', join(dir, 'hilang.json'), '--case', 'x'),
      pandu('step', 'finish', '--backup', file, '--case', 'x', '--step', '1'),
    ]);
    expect(unknownSop.code).not.toBe(0);
    expect(unknownSop.stderr).toMatch(/SOP tidak ditemukan: tidak-ada/);
    expect(noFile.code).not.toBe(0);
    expect(noFile.stderr).toMatch(/Berkas cadangan tidak ditemukan/);
    expect(notStarted.stderr).toMatch(/Kasus tidak ditemukan: x/);
    // Nothing was written by the failures.
    expect(JSON.parse(readFileSync(file, 'utf8')).cases).toEqual([]);
  }, 120_000);

  it('merges two staff logs (log merge) and reports conflicts', async () => {
    const T = '2026-11-23T09:00:00+07:00';
    const kase = (id: string, note: string | null = null) => ({ id, sopId: SOP, letter: {}, receivedAt: T, createdAt: T, updatedAt: T, note });
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const out = join(dir, 'gabung.json');
    await writeBackupFile(a, { ...emptyBackup('A'), cases: [caseSchema.parse(kase('c1')), caseSchema.parse(kase('c2', 'punya A'))] });
    await writeBackupFile(b, { ...emptyBackup('B'), cases: [caseSchema.parse(kase('c1')), caseSchema.parse(kase('c2', 'punya B')), caseSchema.parse(kase('c3'))] });
    const r = await pandu('log', 'merge', a, b, '--out', out, '--json');
    expect(r.code).toBe(3); // conflicts found
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1, skipped: 1, conflicts: [{ kind: 'case', id: 'c2' }] });
    const info = await pandu('log', 'info', out, '--json');
    expect(JSON.parse(info.stdout)).toMatchObject({ cases: 3, events: 0 });
  }, 120_000);

  it('computes working minutes (timing elapsed), whatever the machine zone', async () => {
    const [r, noNational, wit, bad] = await Promise.all([
      pandu('timing', 'elapsed', '--from', '2026-08-14T15:00:00+07:00', '--to', '2026-08-18T09:00:00+07:00', '--hours', '08:00-16:00', '--days', '1-5', '--json'),
      pandu('timing', 'elapsed', '--from', '2026-08-14T15:00:00+07:00', '--to', '2026-08-18T09:00:00+07:00', '--hours', '08:00-16:00', '--no-national-holidays', '--holidays', '2026-08-18', '--json'),
      pandu('timing', 'elapsed', '--from', '2026-11-23T01:00:00Z', '--to', '2026-11-23T09:00:00Z', '--tz', 'Asia/Jayapura', '--hours', '08:00-16:00', '--json'),
      pandu('timing', 'elapsed', '--from', 'kemarin', '--to', '2026-11-23T09:00:00Z'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).workingMinutes).toBe(120); // 17 August is Independence Day
    expect(JSON.parse(noNational.stdout).workingMinutes).toBe(60 + 480);
    expect(JSON.parse(wit.stdout).workingMinutes).toBe(360);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from harus tanggal-waktu ISO 8601/);
  }, 120_000);
});
