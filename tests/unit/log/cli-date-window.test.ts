import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../scripts/cli/args';
import { run as backupRun } from '../../../scripts/commands/backup';
import { run as caseRun } from '../../../scripts/commands/case';
import { run as exportRun } from '../../../scripts/commands/export';
import { run as stepRun } from '../../../scripts/commands/step';
import { run as timingRun } from '../../../scripts/commands/timing';
import { emptyBackup } from '../../../lib/log/backup';

const root = resolve(__dirname, '../../..');
const TSX = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'pandu-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T = '2026-11-23T09:00:00+07:00';
const SOP = 'oganilir-04-user-id-ppk';
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(content));
  return p;
}
const good = () => ({ ...emptyBackup('a', T), cases: [{ id: 'c1', sopId: SOP, letter: {}, receivedAt: T, createdAt: T, updatedAt: T }] });

/** Runs a command in-process; returns its exit code and error message, and how long it took. */
async function attempt(fn: () => Promise<number>): Promise<{ code: number; message: string; ms: number }> {
  const t0 = performance.now();
  try {
    const code = await fn();
    return { code, message: '', ms: performance.now() - t0 };
  } catch (err) {
    const e = err as Error;
    return { code: err instanceof CliError ? err.exitCode : 1, message: e.message, ms: performance.now() - t0 };
  }
}

describe('command line: dates outside the window (issue 11 item 2)', () => {
  const ok = file('ok.json', good());
  const cases: Array<[string, () => Promise<number>]> = [
    ['timing elapsed --from 0001', () => timingRun(['elapsed', '--from', '0001-01-01T00:00:00+07:00', '--to', '2026-11-23T09:00:00+07:00'])],
    ['timing elapsed --to 9999', () => timingRun(['elapsed', '--from', T, '--to', '9999-01-01T00:00:00+07:00'])],
    ['timing elapsed --holidays 0001', () => timingRun(['elapsed', '--from', T, '--to', T, '--holidays', '0001-01-01'])],
    ['step start --at 0202', () => stepRun(['start', '--backup', ok, '--case', 'c1', '--step', '1', '--at', '0202-05-04T09:00:00+07:00'])],
    ['step finish --at 3026', () => stepRun(['finish', '--backup', ok, '--case', 'c1', '--step', '1', '--at', '3026-05-04T09:00:00+07:00'])],
    ['case open --received 0001', () => caseRun(['open', '--backup', ok, '--sop', SOP, '--letter', join(root, 'tests/fixtures/log/surat-ppk.txt'), '--received', '0001-01-01T00:00:00Z'])],
    ['case show --now 0202', () => caseRun(['show', '--backup', ok, '--case', 'c1', '--now', '0202-05-04T09:00:00+07:00'])],
    ['export agenda --from 0001', () => exportRun(['agenda', '--backup', ok, '--out', join(dir, 'x.csv'), '--format', 'csv', '--from', '0001-01-01'])],
    ['export sla --to 2101', () => exportRun(['sla', '--backup', ok, '--out', join(dir, 'y.csv'), '--format', 'csv', '--to', '2101-01-01'])],
    ['export sla --now 0001', () => exportRun(['sla', '--backup', ok, '--out', join(dir, 'z.csv'), '--format', 'csv', '--now', '0001-01-01T00:00:00Z'])],
  ];
  it.each(cases)('%s exits non-zero at once with an Indonesian message', async (_name, fn) => {
    const r = await attempt(fn);
    expect(r.code).not.toBe(0);
    expect(r.message).toMatch(/2000-01-01|rentang/);
    expect(r.ms).toBeLessThan(5_000); // the defect took 23 s or never returned
  });

  it('case show on a backup holding a year-0001 step is refused at once', async () => {
    const bad = file('bad-show.json', { ...good(), events: [{ id: 'e1', caseId: 'c1', stepNo: 1, startedAt: '0001-01-01T00:00:00Z', updatedAt: T }] });
    const r = await attempt(() => caseRun(['show', '--backup', bad, '--case', 'c1', '--now', T]));
    expect(r.code).not.toBe(0);
    expect(r.message).toContain('events[0].startedAt');
    expect(r.ms).toBeLessThan(5_000); // the defect took 23 s or never returned
  });

  it('backup merge refuses a file with an out-of-window date and writes nothing', async () => {
    const bad = file('bad.json', { ...emptyBackup('b', T), cases: [{ id: 'c2', sopId: SOP, letter: {}, receivedAt: '0202-05-04T09:00:00+07:00', createdAt: T, updatedAt: T }] });
    const out = join(dir, 'merged.json');
    const r = await attempt(() => backupRun(['merge', ok, bad, '--out', out]));
    expect(r.code).not.toBe(0);
    expect(r.message).toMatch(/cases\[0\]\.receivedAt.*2000-01-01/);
    expect(existsSync(out)).toBe(false);
  });

  it('the real command exits non-zero within seconds: timing elapsed --from 0001-01-01…', async () => {
    const t0 = performance.now();
    const r = await promisify(execFile)(TSX, ['scripts/pandu.ts', 'timing', 'elapsed', '--from', '0001-01-01T00:00:00+07:00', '--to', T], { cwd: root, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Galat: --from: .*di luar rentang.*2000-01-01 dan 2100-12-31/);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 30_000);
});
