import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError, emptyBackup, parseBackup, restoreBackup } from '../../../lib/log';
import { readBackupFile } from '../../../lib/log/file-log';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { validateSopText } from '../../../lib/sop/validate';
import { decodeUtf8, NotUtf8Error } from '../../../lib/bounds';
import { CliError } from '../../../scripts/cli/args';
import { run as backupRun } from '../../../scripts/commands/backup';
import { freshLog } from './helpers';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'pandu-meaning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T = '2026-11-23T09:00:00+07:00';
const SOP = builtinCatalog().find((s) => s.id === 'oganilir-04-user-id-ppk')!;
const kase = (extra: Record<string, unknown> = {}) => ({ id: 'c1', sopId: SOP.id, letter: {}, receivedAt: T, createdAt: T, updatedAt: T, ...extra });
const event = (extra: Record<string, unknown> = {}) => ({ id: 'e1', caseId: 'c1', stepNo: 1, startedAt: T, updatedAt: T, ...extra });
const backupWith = (parts: Record<string, unknown>) => ({ ...emptyBackup('x', T), cases: [kase()], ...parts });
const PAGE = { pageId: 'pegawai-baru', urlPattern: '/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields: {} };

function errorsOf(value: unknown, sops = builtinCatalog()): Array<{ path: string; message: string }> {
  const r = parseBackup(value, { sops });
  return r.ok ? [] : r.errors;
}

describe('restore and merge validate meaning, not only shape (issue 11 item 6)', () => {
  it('accepts a sound backup', () => {
    expect(errorsOf(backupWith({ events: [event({ finishedAt: T })], settings: {}, profiles: [{ id: 'p', host: 'h', pageId: 'pegawai-baru', updatedAt: T, data: PAGE }] }))).toEqual([]);
  });

  it.each([
    [{ '1': { from: 'abc', to: '16:00' } }, 'settings.workingHours.1.from'],
    [{ '1': { from: '08:00', to: '99:99' } }, 'settings.workingHours.1.to'],
    [{ '1': { from: '16:00', to: '08:00' } }, 'settings.workingHours.1.to'],
    [{ '9': { from: '08:00', to: '16:00' } }, 'settings.workingHours.9'],
  ])('refuses working hours %j', (workingHours, path) => {
    const errors = errorsOf(backupWith({ settings: { workingHours } }));
    expect(errors.map((e) => e.path)).toContain(path);
  });

  it('refuses breaks that are not clock ranges', () => {
    expect(errorsOf(backupWith({ settings: { breaks: [{ from: '12:00', to: 'siang' }] } })).map((e) => e.path)).toContain('settings.breaks[0].to');
  });

  it('refuses a finish before its start', () => {
    const errors = errorsOf(backupWith({ events: [event({ finishedAt: '2026-11-23T08:00:00+07:00' })] }));
    expect(errors).toContainEqual({ path: 'events[0].finishedAt', message: expect.stringContaining('sebelum waktu mulai') });
  });

  it.each([[1e15], [-7], [0], [1.5]])('refuses step number %s', (stepNo) => {
    expect(errorsOf(backupWith({ events: [event({ stepNo })] })).map((e) => e.path)).toContain('events[0].stepNo');
  });

  it('refuses step numbers that are not steps of the SOP, and unknown SOP ids', () => {
    const missing = Math.max(...SOP.steps.map((s) => s.no)) + 1;
    expect(errorsOf(backupWith({ events: [event({ stepNo: missing })] }))).toContainEqual({ path: 'events[0].stepNo', message: `langkah ${missing} tidak ada di SOP ${SOP.id}` });
    expect(errorsOf(backupWith({ cases: [kase({ sopId: 'sop-karangan' })] }))).toContainEqual({ path: 'cases[0].sopId', message: expect.stringContaining('tidak dikenal') });
  });

  it('limits the length of every text and list', () => {
    const huge = 'x'.repeat(5_000_000);
    expect(errorsOf(backupWith({ cases: [kase({ people: [{ name: huge }] })] })).map((e) => e.path)).toContain('cases[0].people[0].name');
    expect(errorsOf(backupWith({ cases: [kase({ letter: { subject: huge } })] })).map((e) => e.path)).toContain('cases[0].letter.subject');
    expect(errorsOf(backupWith({ cases: [kase({ people: Array.from({ length: 501 }, () => ({ name: 'A' })) })] })).map((e) => e.path)).toContain('cases[0].people');
    expect(errorsOf(backupWith({ events: [event({ note: huge })] })).map((e) => e.path)).toContain('events[0].note');
    expect(errorsOf(backupWith({ settings: { officeName: huge } })).map((e) => e.path)).toContain('settings.officeName');
    expect(errorsOf(backupWith({ settings: { letterhead: Array(51).fill('baris') } })).map((e) => e.path)).toContain('settings.letterhead');
    expect(errorsOf(backupWith({ profiles: [{ id: 'p', host: huge, pageId: 'x', updatedAt: T, data: PAGE }] })).map((e) => e.path)).toContain('profiles[0].host');
  });

  it('validates taught-profile data', () => {
    const bad = (data: unknown) => errorsOf(backupWith({ profiles: [{ id: 'p', host: 'h', pageId: 'x', updatedAt: T, data }] }));
    expect(bad({ a: 1 }).length).toBeGreaterThan(0);
    expect(bad(null).length).toBeGreaterThan(0);
    expect(bad({ ...PAGE, fields: { nip: 'a{b}' } }).map((e) => e.path)).toContain('profiles[0].data.fields.nip');
  });

  it('restore refuses the same and writes nothing', async () => {
    const { log } = await freshLog();
    const bad = backupWith({ events: [event({ stepNo: -7 })], settings: { workingHours: { '1': { from: 'abc', to: '16:00' } } } });
    await expect(restoreBackup(log, bad, { mode: 'merge', sops: builtinCatalog() })).rejects.toBeInstanceOf(BackupError);
    expect(await log.listCases()).toEqual([]);
    log.close();
  });

  it('backup merge refuses invalid settings and writes nothing', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, JSON.stringify(backupWith({})));
    writeFileSync(b, JSON.stringify({ ...emptyBackup('b', T), settings: { workingHours: { '1': { from: '99:99', to: '16:00' } } } }));
    const out = join(dir, 'out.json');
    const err = await backupRun(['merge', a, b, '--out', out]).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).not.toBe(0);
    expect((err as Error).message).toMatch(/settings\.workingHours\.1\.from: jam harus/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('non-UTF-8 bytes are refused with a message', () => {
  const latin1 = Buffer.from('{"format":"pandu-spse-backup","exportedBy":"Jos\xe9"}', 'latin1');

  it('decodeUtf8 refuses invalid bytes instead of turning them into U+FFFD', () => {
    expect(() => decodeUtf8(latin1, 'Berkas x')).toThrow(NotUtf8Error);
    expect(() => decodeUtf8(latin1, 'Berkas x')).toThrow(/Berkas x bukan teks UTF-8/);
    expect(decodeUtf8(Buffer.from('\uFEFF{"a":"é"}', 'utf8'))).toBe('{"a":"é"}');
  });

  it('backup files', async () => {
    const f = join(dir, 'latin1.json');
    writeFileSync(f, latin1);
    await expect(readBackupFile(f)).rejects.toThrow(/bukan teks UTF-8/);
  });

  it('SOP and profile imports on the command line', async () => {
    const sopFile = join(dir, 'sop-latin1.json');
    const sopText = readFileSync(join(root, 'lib/sop/catalog/belitung-49-registrasi-user-id-auditor.json'), 'utf8');
    writeFileSync(sopFile, Buffer.concat([Buffer.from(sopText.slice(0, -3), 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from(sopText.slice(-3), 'utf8')]));
    const TSX = join(root, 'node_modules/.bin/tsx');
    const run = (...args: string[]) =>
      promisify(execFile)(TSX, ['scripts/pandu.ts', ...args], { cwd: root }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const sop = await run('sop', 'validate', sopFile);
    expect(sop.code).not.toBe(0);
    expect(sop.stderr).toMatch(/bukan teks UTF-8/);
    const profile = await run('page', 'profile', sopFile);
    expect(profile.code).not.toBe(0);
    expect(profile.stderr).toMatch(/bukan teks UTF-8/);
  }, 30_000);
});

describe('SOP imports get the same length limits', () => {
  const base = JSON.parse(readFileSync(join(root, 'lib/sop/catalog/belitung-49-registrasi-user-id-auditor.json'), 'utf8')) as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
  const file = (sop: unknown) => JSON.stringify({ format: 'pandu-sop-catalog', version: 1, sops: [sop] });

  it('accepts the catalog SOP', () => {
    expect(validateSopText(file(base)).ok).toBe(true);
  });

  it('refuses a 50 MB title', () => {
    const r = validateSopText(file({ ...base, title: 'T'.repeat(50_000_000) }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).join(' ')).toMatch(/title/);
  });

  it('refuses 200k steps, quickly', () => {
    const step = base.steps[0];
    const small = { ...step, requirements: [], output: 'o', notes: undefined, next: undefined, decision: undefined, kind: 'process', marker: null, pages: undefined, gaps: undefined };
    const text = file({ ...base, steps: Array.from({ length: 200_000 }, (_, i) => ({ ...small, no: (i % 999) + 1 })) });
    const t0 = performance.now();
    const r = validateSopText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).join(' ')).toMatch(/steps/);
    // Refused without hanging (a generous bound: this guards against a hang, not a speed budget).
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
