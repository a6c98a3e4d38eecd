import { describe, expect, it } from 'vitest';
import { BackupError, canonicalJson, emptyBackup, exportBackup, mergeBackups, parseBackup, restoreBackup, type Backup } from '../../../lib/log';
import { freshLog } from './helpers';

/** The edges of lib/log/backup.ts that mutation testing found unguarded (issue 19). */
const T = '2026-11-23T09:00:00+07:00';
const kase = (id: string, extra: Record<string, unknown> = {}) => ({ id, sopId: 'sop-a', letter: {}, receivedAt: T, createdAt: T, updatedAt: T, ...extra });
const event = (id: string, caseId: string, extra: Record<string, unknown> = {}) => ({ id, caseId, stepNo: 1, startedAt: T, updatedAt: T, ...extra });
const caseEvent = (id: string, caseId: string, extra: Record<string, unknown> = {}) => ({ id, caseId, kind: 'held', at: T, recordedAt: T, ...extra });
const problem = (id: string, detail = 'kolom NIP tidak ada') => ({ id, at: T, url: 'https://lpse.example.go.id/eproc4/x', pageId: 'auditor-form', kind: 'field-not-found', detail });
const PAGE = { pageId: 'pegawai-baru', urlPattern: '/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields: {} };
const profile = (id: string, host = 'lpse.example.go.id') => ({ id, host, pageId: 'pegawai-baru', updatedAt: T, data: PAGE });

function valid(parts: Partial<Record<keyof Backup, unknown>>): Backup {
  const r = parseBackup({ ...emptyBackup('tes', T), ...parts });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.backup;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth: equal content gives equal text, whatever the key order', () => {
    expect(canonicalJson({ c: 1, b: { z: 1, y: [{ q: 1, p: 2 }] }, a: 3 })).toBe('{"a":3,"b":{"y":[{"p":2,"q":1}],"z":1},"c":1}');
    expect(canonicalJson({ a: 1, b: 2, c: 3, d: 4 })).toBe(canonicalJson({ d: 4, c: 3, b: 2, a: 1 }));
    expect(canonicalJson({ b: 1, a: 2, d: 3, c: 4 })).toBe('{"a":2,"b":1,"c":4,"d":3}');
  });
});

describe('parseBackup refuses what is not a backup, naming why', () => {
  it('text that is not JSON', () => {
    const r = parseBackup('{"format":');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].path).toBe('(berkas)');
      expect(r.errors[0].message).toMatch(/^bukan JSON yang sah \(.+\)$/);
    }
  });

  it('a value that is not an object', () => {
    for (const v of [null, 5, true, [], '[]', '"teks"', '7']) {
      expect(parseBackup(v), JSON.stringify(v)).toEqual({ ok: false, errors: [{ path: '(berkas)', message: 'harus berupa objek cadangan Pandu SPSE' }] });
    }
  });

  it('an object of another format', () => {
    expect(parseBackup({ format: 'lain', version: 1 })).toEqual({ ok: false, errors: [{ path: 'format', message: 'bukan berkas cadangan Pandu SPSE (format harus "pandu-spse-backup")' }] });
  });

  it('ledger events without a step, or with a known step, pass the SOP check', () => {
    const sops = [{ id: 'sop-a', steps: [{ no: 1 }, { no: 2 }] }];
    const b = { ...emptyBackup('tes', T), cases: [kase('c1')], caseEvents: [caseEvent('h1', 'c1'), caseEvent('r1', 'c1', { kind: 'step-redone', stepNo: 2, reason: 'ulang' })] };
    expect(parseBackup(b, { sops }).ok).toBe(true);
    const bad = { ...b, caseEvents: [caseEvent('r2', 'c1', { kind: 'step-redone', stepNo: 7, reason: 'ulang' })] };
    expect(parseBackup(bad, { sops })).toEqual({ ok: false, errors: [{ path: 'caseEvents[0].stepNo', message: 'langkah 7 tidak ada di SOP sop-a' }] });
  });
});

describe('BackupError', () => {
  const errs = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `cases[${i}].id`, message: `salah ${i}` }));
  it('lists up to ten errors, separated by "; ", and counts the rest', () => {
    const ten = new BackupError(errs(10));
    expect(ten.name).toBe('BackupError');
    expect(ten.message).toBe(`Cadangan tidak sah: ${errs(10).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    const twelve = new BackupError(errs(12));
    expect(twelve.message).toBe(`Cadangan tidak sah: ${errs(10).map((e) => `${e.path}: ${e.message}`).join('; ')}; … (2 lagi)`);
    expect(twelve.errors).toHaveLength(12);
  });
});

describe('mergeBackups', () => {
  it('the merged records are sorted by id, whichever side they came from', () => {
    const a = valid({ cases: [kase('c3'), kase('c1'), kase('c5')] });
    const b = valid({ cases: [kase('c4'), kase('c2')] });
    expect(mergeBackups(a, b).merged.cases.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(mergeBackups(b, a).merged.cases.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('a record twice in the first backup: its first version is the one kept', () => {
    const a = { ...valid({}), cases: [kase('c1', { note: 'pertama' }), kase('c1', { note: 'kedua' })] } as Backup;
    const m = mergeBackups(a, valid({}));
    expect(m.merged.cases).toHaveLength(1);
    expect(m.merged.cases[0].note).toBe('pertama');
  });

  it('exportedAt is the later instant; on the same instant written two ways, the first backup’s text', () => {
    const a = valid({ exportedAt: '2026-11-23T10:00:00+07:00' });
    const same = valid({ exportedAt: '2026-11-23T03:00:00Z' });
    const later = valid({ exportedAt: '2026-11-23T03:00:01Z' });
    expect(mergeBackups(a, same).merged.exportedAt).toBe('2026-11-23T10:00:00+07:00');
    expect(mergeBackups(a, later).merged.exportedAt).toBe('2026-11-23T03:00:01Z');
    expect(mergeBackups(later, a).merged.exportedAt).toBe('2026-11-23T03:00:01Z');
  });
});

describe('restoreBackup', () => {
  it('replace counts every record it writes, of every kind', async () => {
    const { log } = await freshLog();
    const b = valid({ cases: [kase('c1'), kase('c2')], events: [event('e1', 'c1')], caseEvents: [caseEvent('h1', 'c1'), caseEvent('h2', 'c2')], problems: [problem('p1')], profiles: [profile('f1')], settings: {} });
    await expect(restoreBackup(log, b, { mode: 'replace' })).resolves.toEqual({ mode: 'replace', added: 8, skipped: 0, conflicts: [] });
    log.close();
  });

  it('merge never overwrites a record the log has, of any kind, and adds the new ones', async () => {
    const { log } = await freshLog();
    const mine = valid({ cases: [kase('c1')], events: [event('e1', 'c1', { note: 'punyaku' })], caseEvents: [caseEvent('h1', 'c1', { reason: 'punyaku' })], problems: [problem('p1', 'punyaku')], profiles: [profile('f1', 'punyaku.example')] });
    await restoreBackup(log, mine, { mode: 'replace' });
    const theirs = valid({
      cases: [kase('c1')],
      events: [event('e1', 'c1', { note: 'punyamu' }), event('e2', 'c1')],
      caseEvents: [caseEvent('h1', 'c1', { reason: 'punyamu' }), caseEvent('h2', 'c1')],
      problems: [problem('p1', 'punyamu'), problem('p2')],
      profiles: [profile('f1', 'punyamu.example'), profile('f2')],
    });
    const r = await restoreBackup(log, theirs, { mode: 'merge' });
    expect(r).toMatchObject({ mode: 'merge', added: 4, skipped: 1 });
    expect(r.conflicts.map((c) => `${c.kind}:${c.id}`)).toEqual(['event:e1', 'caseEvent:h1', 'problem:p1', 'profile:f1']);
    const now = await exportBackup(log);
    expect(now.events.map((e) => [e.id, e.note])).toEqual([
      ['e1', 'punyaku'],
      ['e2', null],
    ]);
    expect(now.caseEvents.map((e) => [e.id, e.reason])).toEqual([
      ['h1', 'punyaku'],
      ['h2', null],
    ]);
    expect(now.problems.map((p) => [p.id, p.detail])).toEqual([
      ['p1', 'punyaku'],
      ['p2', 'kolom NIP tidak ada'],
    ]);
    expect(now.profiles.map((p) => [p.id, p.host])).toEqual([
      ['f1', 'punyaku.example'],
      ['f2', 'lpse.example.go.id'],
    ]);
    log.close();
  });
});
