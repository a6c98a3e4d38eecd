import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as backupRun } from '../../../scripts/commands/backup';
import { run as demoRun } from '../../../scripts/commands/demo-log';
import { run as exportRun } from '../../../scripts/commands/export';
import { demoBackup } from '../../../lib/export/demo';
import { builtinCatalog } from '../../../lib/sop/catalog';
import type { Backup } from '../../../lib/log/schema';
import { parseCsv } from './parse-csv';

const dir = mkdtempSync(join(tmpdir(), 'pandu-export-'));
const file = (name: string, b: Backup) => {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(b));
  return p;
};

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await fn(), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('pandu backup merge', () => {
  const all = demoBackup({ cases: 30, seed: 'merge', end: '2026-11-20' }, builtinCatalog());
  const caseIds = (b: Backup) => new Set(b.cases.map((c) => c.id));
  const part = (from: number, to: number): Backup => {
    const cases = all.cases.slice(from, to);
    const ids = caseIds({ ...all, cases });
    return { ...all, cases, events: all.events.filter((e) => ids.has(e.caseId)) };
  };
  const a = part(0, 20);
  const b = part(10, 30);
  const c = part(25, 30);
  // A conflict: the same case id with a different note.
  const changed = { ...c, cases: c.cases.map((x, i) => (i === 0 ? { ...x, note: 'diubah oleh staf lain' } : x)) };

  it('counts added, skipped and conflicting records over several files', async () => {
    const pa = file('a.json', a);
    const pb = file('b.json', b);
    const pc = file('c.json', changed);
    const out = join(dir, 'merged.json');
    const { code, out: text } = await capture(() => backupRun(['merge', pa, pb, pc, '--out', out, '--json']));
    const res = JSON.parse(text);
    const overlap = (x: Backup, y: Backup) => x.cases.filter((k) => caseIds(y).has(k.id)).length + x.events.filter((e) => caseIds(y).has(e.caseId)).length;
    const addedB = b.cases.length + b.events.length - overlap(b, a);
    const skippedB = overlap(b, a) + all.problems.length; // + the same problems (settings are never merged)
    const skippedC = changed.cases.length + changed.events.length - 1 + all.problems.length; // all but the changed case
    expect(res.added).toBe(addedB);
    expect(res.skipped).toBe(skippedB + skippedC);
    expect(res.conflicts).toEqual([{ kind: 'case', id: c.cases[0].id, file: pc }]);
    expect(code).toBe(3);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as Backup;
    expect(merged.cases).toHaveLength(30);
    expect(merged.events).toHaveLength(all.events.length);
    // The earlier file's version wins.
    expect(merged.cases.find((x) => x.id === c.cases[0].id)?.note).toBe(c.cases[0].note);
  });

  it('prints Indonesian counts; merging a file with itself adds nothing', async () => {
    const pa = file('a2.json', a);
    const { code, out } = await capture(() => backupRun(['merge', pa, pa, '--out', join(dir, 'same.json')]));
    expect(code).toBe(0);
    expect(out).toContain('0 catatan baru');
    expect(out).toContain(`${a.cases.length + a.events.length + a.problems.length} sudah ada`);
    expect(out).toContain('0 konflik');
  });

  it('keeps A’s settings in C: a colleague’s name and calendar never come in', async () => {
    const mine = { ...a, settings: { ...a.settings!, staffName: 'Sari (saya)', officeName: 'LPSE Saya' } };
    const theirs = { ...b, settings: { ...b.settings!, staffName: 'Budi (rekan)', officeName: 'LPSE Rekan', timeZone: 'Asia/Jayapura' as const } };
    const out = join(dir, 'mine.json');
    const { code } = await capture(() => backupRun(['merge', file('mine-a.json', mine), file('theirs-b.json', theirs), '--out', out]));
    expect(code).toBe(0);
    const merged = JSON.parse(readFileSync(out, 'utf8')) as Backup;
    expect(merged.settings).toEqual(mine.settings);
    // A without settings: C has none either (never the colleague's).
    const out2 = join(dir, 'mine2.json');
    await capture(() => backupRun(['merge', file('mine-none.json', { ...a, settings: null }), file('theirs-b2.json', theirs), '--out', out2]));
    expect((JSON.parse(readFileSync(out2, 'utf8')) as Backup).settings).toBeNull();
  });

  it('rejects too few files and invalid backups with Indonesian errors', async () => {
    await expect(backupRun(['merge', 'x.json', '--out', 'y.json'])).rejects.toThrow(/paling sedikit dua berkas/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"lain"}');
    await expect(backupRun(['merge', bad, bad, '--out', join(dir, 'z.json')])).rejects.toThrow(/bukan berkas cadangan Pandu SPSE/);
  });
});

describe('pandu demo-log and pandu export', () => {
  it('writes a deterministic demo log and exports its agenda as CSV', async () => {
    const f1 = join(dir, 'demo1.json');
    const f2 = join(dir, 'demo2.json');
    await capture(() => demoRun(['--cases', '25', '--out', f1, '--seed', 's', '--end', '2026-11-20']));
    await capture(() => demoRun(['--cases', '25', '--out', f2, '--seed', 's', '--end', '2026-11-20']));
    expect(readFileSync(f1, 'utf8')).toBe(readFileSync(f2, 'utf8'));
    const csvPath = join(dir, 'agenda.csv');
    const { code } = await capture(() => exportRun(['agenda', '--backup', f1, '--format', 'csv', '--out', csvPath, '--separator', ';']));
    expect(code).toBe(0);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0][0]).toBe('No urut');
    expect(rows).toHaveLength(26);
  });

  it('rejects a bad filter or format', async () => {
    await expect(exportRun(['agenda', '--backup', 'x', '--format', 'pdf', '--out', 'y'])).rejects.toThrow(/--format/);
    await expect(exportRun(['sla', '--backup', 'x', '--format', 'csv', '--out', 'y', '--from', '1/3/2026'])).rejects.toThrow(/--from: format tanggal/);
  });
});
