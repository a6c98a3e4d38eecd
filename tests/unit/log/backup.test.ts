import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, mergeBackups, parseBackup, restoreBackup, emptyBackup, canonicalJson, type Backup } from '../../../lib/log';
import { freshLog } from './helpers';

const T = '2026-11-23T09:00:00+07:00';
const kase = (id: string, extra: Record<string, unknown> = {}) => ({ id, sopId: 'sop-a', letter: {}, receivedAt: T, createdAt: T, updatedAt: T, ...extra });
const event = (id: string, caseId: string, extra: Record<string, unknown> = {}) => ({ id, caseId, stepNo: 1, startedAt: T, updatedAt: T, ...extra });

function backup(parts: { cases?: unknown[]; events?: unknown[]; settings?: unknown; exportedAt?: string; problems?: unknown[] }): Backup {
  const r = parseBackup({ ...emptyBackup('tes', parts.exportedAt ?? '2026-11-23T10:00:00+07:00'), cases: parts.cases ?? [], events: parts.events ?? [], settings: parts.settings ?? null, problems: parts.problems ?? [] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.backup;
}

describe('parseBackup', () => {
  it('accepts a valid backup, as an object or JSON text', () => {
    const b = backup({ cases: [kase('c1')], events: [event('e1', 'c1')] });
    expect(parseBackup(b).ok).toBe(true);
    expect(parseBackup(JSON.stringify(b)).ok).toBe(true);
  });

  it('names the bad fields in Indonesian', () => {
    const r = parseBackup({ ...emptyBackup(), cases: [kase('c1', { receivedAt: 'kemarin' }), { id: 'c2' }], events: [event('e1', 'c9')] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path: 'cases[0].receivedAt', message: expect.stringMatching(/^harus tanggal-waktu ISO 8601/) });
    expect(r.errors).toContainEqual({ path: 'cases[1].sopId', message: 'wajib diisi' });
  });

  it('checks references and duplicate ids', () => {
    const r = parseBackup({ ...emptyBackup(), cases: [kase('c1'), kase('c1')], events: [event('e1', 'c9')] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'cases[1].id', message: 'id ganda: c1' },
      { path: 'events[0].caseId', message: 'kasus c9 tidak ada dalam cadangan' },
    ]);
  });

  it('refuses other files and future versions', () => {
    expect(parseBackup('{bukan json')).toMatchObject({ ok: false, errors: [{ path: '(berkas)' }] });
    expect(parseBackup({ format: 'lain' })).toMatchObject({ ok: false, errors: [{ path: 'format' }] });
    expect(parseBackup({ ...emptyBackup(), version: 9 })).toMatchObject({ ok: false, errors: [{ path: 'version', message: expect.stringContaining('belum didukung') }] });
  });
});

describe('export and restore', () => {
  it('round-trips a log through a backup (replace)', async () => {
    const { log } = await freshLog();
    const c = await log.createCase({ sopId: 'sop-a', receivedAt: T, people: [{ name: 'Budi' }] });
    await log.startStep({ caseId: c.id, stepNo: 1, at: T });
    await log.putSettings({ officeName: 'LPSE X' });
    await log.addProblem({ url: 'u', pageId: 'p', kind: 'page-unknown', detail: '' });
    await log.putProfile({ id: 'pr', host: 'h', pageId: 'p', updatedAt: T, data: { pageId: 'pegawai-baru', urlPattern: '/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields: {} } });
    const b = await exportBackup(log, 'Sari');
    expect(b.exportedBy).toBe('Sari');
    expect(parseBackup(JSON.parse(JSON.stringify(b))).ok).toBe(true);

    const { log: other } = await freshLog();
    await other.createCase({ sopId: 'to-be-replaced' });
    const r = await restoreBackup(other, JSON.parse(JSON.stringify(b)), { mode: 'replace' });
    expect(r.added).toBe(5);
    const again = await exportBackup(other, 'Sari');
    expect(canonicalJson(again)).toBe(canonicalJson(b));
  });

  it('changes nothing when the backup is invalid', async () => {
    const { log } = await freshLog();
    await log.createCase({ sopId: 'keep', id: 'keep' });
    const before = canonicalJson(await exportBackup(log));
    const bad = { ...emptyBackup(), cases: [kase('new')], events: [event('e1', 'new', { startedAt: 'nanti' })] };
    for (const mode of ['replace', 'merge'] as const) {
      const err = await restoreBackup(log, bad, { mode }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as BackupError).errors[0].path).toBe('events[0].startedAt');
      expect((err as Error).message).toMatch(/^Cadangan tidak sah: events\[0\]\.startedAt: /);
    }
    expect(canonicalJson(await exportBackup(log))).toBe(before);
  });

  it('changes nothing when a write fails midway (one transaction)', async () => {
    const { log } = await freshLog();
    await log.createCase({ sopId: 'keep', id: 'keep' });
    const before = canonicalJson(await exportBackup(log));
    const proto = IDBObjectStore.prototype as { put: (...a: unknown[]) => unknown };
    const original = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (++calls === 3) throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      const b = backup({ cases: [kase('a'), kase('b'), kase('c')] });
      await expect(restoreBackup(log, b, { mode: 'replace' })).rejects.toThrow(/^Gagal menyimpan catatan: ruang penyimpanan/);
    } finally {
      proto.put = original;
    }
    expect(canonicalJson(await exportBackup(log))).toBe(before);
  });

  it('merges into a log: adds the new, skips the same, reports conflicts and keeps the log’s version', async () => {
    const { log } = await freshLog();
    await log.putCases([kase('c1'), kase('c2', { note: 'punya saya' })]);
    const incoming = backup({ cases: [kase('c1'), kase('c2', { note: 'punya dia' }), kase('c3')], events: [event('e1', 'c3')] });
    const r = await restoreBackup(log, incoming, { mode: 'merge' });
    expect(r).toMatchObject({ mode: 'merge', added: 2, skipped: 1 });
    expect(r.conflicts).toEqual([{ kind: 'case', id: 'c2', a: expect.objectContaining({ note: 'punya saya' }), b: expect.objectContaining({ note: 'punya dia' }) }]);
    expect((await log.getCase('c2'))?.note).toBe('punya saya');
    expect((await log.listCases()).map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3']);
    // Merging the same backup again adds nothing.
    expect(await restoreBackup(log, incoming, { mode: 'merge' })).toMatchObject({ added: 0, skipped: 3 });
  });
});

describe('mergeBackups', () => {
  it('never brings the colleague’s settings: the result has the first backup’s, even when it has none', () => {
    const mine = backup({ cases: [kase('c1')], settings: { officeName: 'LPSE Saya', staffName: 'Sari' } });
    const theirs = backup({ cases: [kase('c2')], settings: { officeName: 'LPSE Dia', staffName: 'Budi' } });
    const m = mergeBackups(mine, theirs);
    expect(m.merged.settings).toMatchObject({ officeName: 'LPSE Saya', staffName: 'Sari' });
    expect(m.conflicts).toEqual([]);
    const none = backup({ cases: [kase('c1')] });
    expect(mergeBackups(none, theirs).merged.settings).toBeNull();
  });

  const a = backup({ cases: [kase('c1'), kase('c2')], events: [event('e1', 'c1'), event('e2', 'c2')], settings: { officeName: 'A' }, exportedAt: '2026-11-23T10:00:00+07:00' });
  const b = backup({ cases: [kase('c3'), kase('c2')], events: [event('e3', 'c3'), event('e2', 'c2')], exportedAt: '2026-11-24T10:00:00+07:00' });
  const ids = (x: Backup) => ({ cases: x.cases.map((c) => c.id), events: x.events.map((e) => e.id) });

  it('is idempotent: A ∪ A = A', () => {
    const m = mergeBackups(a, a);
    expect(m.added).toBe(0);
    expect(m.skipped).toBe(a.cases.length + a.events.length);
    expect(m.conflicts).toEqual([]);
    expect(canonicalJson(m.merged)).toBe(canonicalJson({ ...a, cases: m.merged.cases, events: m.merged.events }));
    expect(ids(m.merged)).toEqual(ids(a));
  });

  it('counts the same record once', () => {
    const m = mergeBackups(a, b);
    expect(m.added).toBe(2); // c3, e3
    expect(m.skipped).toBe(2); // c2, e2
    expect(ids(m.merged)).toEqual({ cases: ['c1', 'c2', 'c3'], events: ['e1', 'e2', 'e3'] });
    expect(m.merged.settings?.officeName).toBe('A');
    expect(m.merged.exportedAt).toBe('2026-11-24T10:00:00+07:00');
  });

  it('is commutative in content (records; settings are always the first one’s)', () => {
    const ab = mergeBackups(a, b).merged;
    const ba = mergeBackups(b, a).merged;
    expect(canonicalJson({ ...ab, exportedBy: null, settings: null })).toBe(canonicalJson({ ...ba, exportedBy: null, settings: null }));
    expect(ab.settings?.officeName).toBe('A');
    expect(ba.settings).toBeNull();
    // and associative enough for three staff members
    const c = backup({ cases: [kase('c4')], events: [event('e4', 'c4')] });
    const left = mergeBackups(mergeBackups(a, b).merged, c).merged;
    const right = mergeBackups(a, mergeBackups(b, c).merged).merged;
    expect(canonicalJson(left)).toBe(canonicalJson(right));
  });

  it('lists a conflict instead of resolving it, keeping a’s version', () => {
    const a2 = backup({ cases: [kase('c1', { status: 'done' })], events: [event('e1', 'c1', { finishedAt: '2026-11-23T09:30:00+07:00' })], settings: { officeName: 'A' } });
    const b2 = backup({ cases: [kase('c1', { status: 'open' })], events: [event('e1', 'c1')], settings: { officeName: 'B' } });
    const m = mergeBackups(a2, b2);
    expect(m.conflicts.map((c) => `${c.kind}:${c.id}`)).toEqual(['case:c1', 'event:e1']);
    expect(m.merged.cases[0].status).toBe('done');
    expect(m.merged.events[0].finishedAt).toBe('2026-11-23T09:30:00+07:00');
    expect(m.merged.settings?.officeName).toBe('A');
    expect(m.added).toBe(0);
    // The other order keeps the other version, and the same ids.
    const n = mergeBackups(b2, a2);
    expect(n.merged.cases[0].status).toBe('open');
    expect(ids(n.merged)).toEqual(ids(m.merged));
  });
});

describe('case ledger in backups (meaning and date window)', () => {
  const ledger = (extra: Record<string, unknown> = {}) => ({ id: 'le1', caseId: 'c1', kind: 'held', at: T, reason: 'menunggu berkas', recordedAt: T, ...extra });

  it('refuses ledger events with dates outside 2000-01-01 … 2100-12-31, naming the field', () => {
    for (const at of ['0202-11-23T09:00:00+07:00', '2101-01-02T09:00:00+07:00']) {
      const r = parseBackup({ ...emptyBackup(), cases: [kase('c1')], caseEvents: [ledger({ at })] });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => e.path)).toContain('caseEvents[0].at');
    }
    expect(parseBackup({ ...emptyBackup(), cases: [kase('c1')], caseEvents: [ledger()] }).ok).toBe(true);
  });

  it('refuses a redone step that is not a step of the case SOP, and a ledger event without its case', () => {
    const sops = [{ id: 'sop-a', steps: [{ no: 1 }, { no: 2 }] }];
    const r = parseBackup({ ...emptyBackup(), cases: [kase('c1')], caseEvents: [ledger({ kind: 'step-redone', stepNo: 7 }), ledger({ id: 'le2', caseId: 'c9' })] }, { sops });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path: 'caseEvents[0].stepNo', message: 'langkah 7 tidak ada di SOP sop-a' });
    expect(r.errors).toContainEqual({ path: 'caseEvents[1].caseId', message: 'kasus c9 tidak ada dalam cadangan' });
  });

  it('merge refuses, through restore, a file whose ledger has an out-of-window date', async () => {
    const { log } = await freshLog();
    const bad = { ...emptyBackup(), cases: [kase('c1')], caseEvents: [ledger({ at: '0202-11-23T09:00:00+07:00' })] };
    await expect(restoreBackup(log, bad, { mode: 'merge' })).rejects.toBeInstanceOf(BackupError);
    expect(await log.listCases()).toEqual([]);
    log.close();
  });
});
