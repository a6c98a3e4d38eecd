import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pandu, root } from './cli-run';

const letter = join(root, 'tests/fixtures/log/surat-ppk.txt');
const SOP = 'oganilir-04-user-id-ppk'; // 5 steps: 10, 10, 25, 15, 5 minutes

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pandu-life-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (d: string, t: string) => `2026-11-${d}T${t}:00+07:00`;

describe('pandu case hold|resume|close|reopen and step refusals (exact command forms)', () => {
  it('holds and resumes (held time left out), closes by the last step, refuses new steps, reopens and cancels', async () => {
    const file = join(dir, 'catatan.json');
    expect((await pandu('log', 'new', '--out', file)).code).toBe(0);
    const id = (await pandu('case', 'open', '--backup', file, '--sop', SOP, '--letter', letter, '--received', at('23', '08:30'))).stdout.trim();
    const step = (what: string, no: string, when: string) => pandu('step', what, '--backup', file, '--case', id, '--step', no, '--at', when);

    for (const [what, no, when] of [['start', '1', at('23', '09:00')], ['finish', '1', at('23', '09:05')], ['start', '2', at('23', '09:06')]] as const)
      expect((await step(what, no, when)).code).toBe(0);
    const held = await pandu('case', 'hold', '--backup', file, '--case', id, '--at', at('23', '09:10'), '--reason', 'menunggu SK PPK');
    expect(held.stderr).toBe('');
    expect(held.code).toBe(0);
    expect(held.stdout).toContain('ditunda (menunggu)');
    const whileHeld = await step('finish', '2', at('23', '10:00'));
    expect(whileHeld.code).not.toBe(0);
    expect(whileHeld.stderr).toMatch(/sedang menunggu/);
    expect((await pandu('case', 'resume', '--backup', file, '--case', id, '--at', at('24', '09:10'))).code).toBe(0);
    expect((await step('finish', '2', at('24', '09:15'))).code).toBe(0);

    const shown = JSON.parse((await pandu('case', 'show', '--backup', file, '--case', id, '--now', at('24', '09:20'), '--json')).stdout);
    expect(shown.case.status).toBe('open');
    expect(shown.holds).toEqual([{ from: at('23', '09:10'), to: at('24', '09:10'), reason: 'menunggu SK PPK' }]);
    // 09:06–09:10 + 09:10–09:15 next day: 9 working minutes (the 480 held minutes left out).
    expect(shown.steps[1].workingMinutes).toBe(9);
    expect(shown.steps[1].verdict).toBe('warning');
    // The shape is kept: the old keys are all there.
    for (const k of ['case', 'sopId', 'now', 'steps', 'current', 'verdict', 'done']) expect(shown).toHaveProperty(k);

    for (const [what, no, when] of [['start', '3', at('24', '09:20')], ['finish', '3', at('24', '09:40')], ['start', '4', at('24', '09:40')], ['finish', '4', at('24', '09:50')], ['start', '5', at('24', '09:50')], ['finish', '5', at('24', '09:52')]] as const)
      expect((await step(what, no, when)).code).toBe(0);
    const before = readFileSync(file, 'utf8');
    const done = JSON.parse((await pandu('case', 'list', '--backup', file, '--status', 'done', '--json')).stdout);
    expect(done.map((c: { id: string }) => c.id)).toEqual([id]);

    for (const what of ['start', 'finish']) {
      const refused = await step(what, '1', at('24', '10:00'));
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/Kasus sudah selesai: langkah tidak dapat dimulai atau diselesaikan/);
    }
    expect(readFileSync(file, 'utf8')).toBe(before); // nothing written

    expect((await pandu('case', 'reopen', '--backup', file, '--case', id, '--at', at('24', '10:00'))).code).toBe(2); // --reason required
    expect((await pandu('case', 'reopen', '--backup', file, '--case', id, '--at', at('24', '10:00'), '--reason', 'email salah')).code).toBe(0);
    const cancelled = await pandu('case', 'close', '--backup', file, '--case', id, '--status', 'cancelled', '--at', at('24', '10:30'), '--reason', 'ditarik pemohon');
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout).toContain('dibatalkan');
    const refusedClose = await pandu('case', 'close', '--backup', file, '--case', id, '--status', 'done', '--at', at('24', '10:40'));
    expect(refusedClose.code).toBe(1);
    expect(refusedClose.stderr).toMatch(/sudah dibatalkan/);
    const last = JSON.parse((await pandu('case', 'show', '--backup', file, '--case', id, '--now', at('24', '11:00'), '--json')).stdout);
    expect(last.case.status).toBe('cancelled');
    expect(last.ledger.map((e: { kind: string; auto: boolean }) => `${e.kind}${e.auto ? '*' : ''}`)).toEqual(['held', 'resumed', 'closed*', 'reopened', 'closed']);
  }, 120_000);
});
