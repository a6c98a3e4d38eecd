import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { emptyBackup, parseBackup } from '../../../lib/log/backup';
import { casesWithDerivedState } from '../../../lib/log/lifecycle';
import { writeBackupFile } from '../../../lib/log/file-log';
import { startDevServer, type DevServer } from '../../../scripts/sync/dev-server';

const exec = promisify(execFile);
const root = resolve(__dirname, '../../..');
const TSX = join(root, 'node_modules/.bin/tsx');

async function pandu(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await exec(TSX, ['scripts/pandu.ts', ...args], { cwd: root });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const T = '2026-11-23T09:00:00+07:00';
let dir: string;
let server: DevServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pandu-sync-'));
  server = await startDevServer({ admin: { name: 'admin', password: 'rahasia' } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pandu sync push / pull', () => {
  it('pushes a backup (repeated pushes add nothing) and pulls the database into a backup file', { timeout: 90_000 }, async () => {
    const admin = ['--user', 'admin', '--password', 'rahasia'];
    const url = `${server.url}/pandu`;
    expect((await pandu('sync', 'setup', '--url', url, ...admin)).code).toBe(0);
    expect((await pandu('sync', 'user', '--url', url, ...admin, '--name', 'budi', '--new-password', 'sandi-budi')).code).toBe(0);
    const file = join(dir, 'budi.json');
    await writeBackupFile(file, {
      ...emptyBackup('Budi', T),
      cases: [{ id: 'c1', sopId: 'sop-a', sopVersion: '1', letter: { number: '1/A', date: null, sender: null, subject: null, role: null }, people: [], receivedAt: T, status: 'open', assignedTo: 'Budi', createdBy: 'Budi', createdAt: T, updatedAt: T, note: null }],
      events: [{ id: 'e1', caseId: 'c1', stepNo: 1, actor: null, startedAt: T, finishedAt: T, by: 'Budi', note: null, verdict: 'on-time', decision: null, updatedAt: T }],
    });
    const first = await pandu('sync', 'push', '--backup', file, '--url', url, '--user', 'budi', '--password', 'sandi-budi', '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ sent: 2, added: 2, documents: 3 }) // + the design document;
    const second = await pandu('sync', 'push', '--backup', file, '--url', url, '--user', 'budi', '--password', 'sandi-budi', '--json');
    expect(JSON.parse(second.stdout)).toMatchObject({ sent: 2, added: 0, documents: 3 });

    // The lifecycle ledger travels too: c1 closed as done, c2 cancelled (its record still says open).
    const ledgerFile = join(dir, 'budi-ledger.json');
    const T2 = '2026-11-23T10:00:00+07:00';
    await writeBackupFile(ledgerFile, {
      ...JSON.parse(readFileSync(file, 'utf8')),
      cases: [...JSON.parse(readFileSync(file, 'utf8')).cases, { id: 'c2', sopId: 'sop-a', sopVersion: '1', letter: { number: '2/A', date: null, sender: null, subject: null, role: null }, people: [], receivedAt: T, status: 'open', assignedTo: 'Budi', createdBy: 'Budi', createdAt: T, updatedAt: T, note: null }],
      caseEvents: [
        { id: 'le1', caseId: 'c1', kind: 'closed', at: T2, by: 'Budi', reason: null, closeStatus: 'done', stepNo: null, person: null, undoes: null, auto: true, recordedAt: T2 },
        { id: 'le2', caseId: 'c2', kind: 'closed', at: T2, by: 'Budi', reason: 'ditarik pemohon', closeStatus: 'cancelled', stepNo: null, person: null, undoes: null, auto: false, recordedAt: T2 },
      ],
    });
    const third = await pandu('sync', 'push', '--backup', ledgerFile, '--url', url, '--user', 'budi', '--password', 'sandi-budi', '--json');
    expect(third.code, third.stderr).toBe(0);
    expect(JSON.parse(third.stdout)).toMatchObject({ sent: 5, added: 3, documents: 6 });
    const fourth = await pandu('sync', 'push', '--backup', ledgerFile, '--url', url, '--user', 'budi', '--password', 'sandi-budi');
    expect(fourth.code, fourth.stderr).toBe(0);
    expect(fourth.stdout).toMatch(/2 peristiwa kasus.*: 0 dokumen baru/);

    const out = join(dir, 'kantor.json');
    const pulled = await pandu('sync', 'pull', '--url', url, '--user', 'budi', '--password', 'sandi-budi', '--out', out);
    expect(pulled.code, pulled.stderr).toBe(0);
    const r = parseBackup(JSON.parse(readFileSync(out, 'utf8')));
    expect(r).toMatchObject({ ok: true, backup: { cases: [{ id: 'c1', letter: { number: '1/A' } }, { id: 'c2' }], events: [{ id: 'e1', verdict: 'on-time' }] } });
    const pulledBackup = (r as { backup: import('../../../lib/log/schema').Backup }).backup;
    expect(pulledBackup.caseEvents.map((e) => e.id)).toEqual(['le1', 'le2']);
    expect(casesWithDerivedState(pulledBackup.cases, pulledBackup.caseEvents).map((c) => [c.id, c.status])).toEqual([['c1', 'done'], ['c2', 'cancelled']]);

    const wrong = await pandu('sync', 'push', '--backup', file, '--url', url, '--user', 'budi', '--password', 'salah');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/kata sandi CouchDB salah/);
  });

  it('an unreachable server: non-zero exit within seconds, an Indonesian message, the local file unchanged', { timeout: 60_000 }, async () => {
    const out = join(dir, 'tetap.json');
    await writeBackupFile(out, emptyBackup('Ani', T));
    const before = readFileSync(out, 'utf8');
    const mtime = statSync(out).mtimeMs;
    const t0 = Date.now();
    const r = await pandu('sync', 'pull', '--url', 'http://127.0.0.1:9/pandu', '--out', out);
    // Most of this is tsx starting up (about 3 s on a busy 2-core machine); the network gives up at once.
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/tidak dapat dihubungi/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(statSync(out).mtimeMs).toBe(mtime);
    const p = await pandu('sync', 'push', '--backup', out, '--url', 'http://127.0.0.1:9/pandu');
    expect(p.code).not.toBe(0);
    expect(p.stderr).toMatch(/tidak dapat dihubungi/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});
