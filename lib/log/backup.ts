import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, settingsSchema, type Backup } from './schema';
import { ALL_STORES, SETTINGS_KEY, putAll, type PanduDB, type StoreName } from './db';
import type { IDBPTransaction } from 'idb';
import { LogError, validate, type FieldError } from './errors';
import type { Log } from './log';
import { quarantineLog } from './quarantine';

/**
 * Backups: export, validation, restore (replace or merge, in one transaction), and the pure
 * merge of two backups (logs of several staff members). Records are identified by their stable
 * ids: the same record is never counted twice, and two different records under one id are
 * reported as a conflict, never silently resolved.
 */

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; errors: FieldError[] };

/** The SOPs a backup may refer to (id and step numbers; lib/sop's Sop fits). */
export type KnownSop = { id: string; steps: ReadonlyArray<{ no: number }> };
export type BackupParseOptions = {
  /** When given, every case's SOP must be one of these and every step number must exist in it. */
  sops?: readonly KnownSop[];
};

/** The record lists of a backup, and the kind name each one reports in conflicts. */
export const RECORD_KINDS = [
  ['cases', 'case'],
  ['events', 'event'],
  ['caseEvents', 'caseEvent'],
  ['problems', 'problem'],
  ['profiles', 'profile'],
] as const;
type ListKey = (typeof RECORD_KINDS)[number][0];
export type RecordKind = (typeof RECORD_KINDS)[number][1] | 'settings';

export type MergeConflict = { kind: RecordKind; id: string; a: unknown; b: unknown };
export type MergeResult = {
  merged: Backup;
  /** Records of b that a did not have. */
  added: number;
  /** Records of b identical to a's (same id, same content). */
  skipped: number;
  /** Same id, different content: a's version is kept in `merged`. */
  conflicts: MergeConflict[];
};

/** An empty backup. */
export function emptyBackup(by: string | null = null, exportedAt = new Date().toISOString()): Backup {
  return backupSchema.parse({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, exportedBy: by, cases: [], events: [], caseEvents: [], problems: [], settings: null, profiles: [] });
}

/** JSON with object keys sorted: equal content ⇔ equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent — the keys of one object are never equal, so `<=`/`>=` and the 0 branch never decide (tests: backup-guard).
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * Validates a backup (an object or its JSON text). Errors name the field ("cases[0].receivedAt")
 * in Indonesian; besides the schema, ids must be unique per record kind and every event's case
 * must be in the backup.
 */
export function parseBackup(json: unknown, options: BackupParseOptions = {}): BackupParseResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (err) {
      return { ok: false, errors: [{ path: '(berkas)', message: `bukan JSON yang sah (${err instanceof Error ? err.message : String(err)})` }] };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, errors: [{ path: '(berkas)', message: 'harus berupa objek cadangan Pandu SPSE' }] };
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) return { ok: false, errors: [{ path: 'format', message: `bukan berkas cadangan Pandu SPSE (format harus "${BACKUP_FORMAT}")` }] };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
    return { ok: false, errors: [{ path: 'version', message: `versi cadangan ${head.version} belum didukung (paling tinggi ${BACKUP_VERSION}); perbarui Pandu SPSE` }] };

  const r = validate(backupSchema, value);
  if (!r.ok) return r;
  const backup = r.data;
  const errors: FieldError[] = [];
  for (const [key] of RECORD_KINDS) {
    const seen = new Set<string>();
    backup[key].forEach((rec, i) => {
      if (seen.has(rec.id)) errors.push({ path: `${key}[${i}].id`, message: `id ganda: ${rec.id}` });
      seen.add(rec.id);
    });
  }
  const caseIds = new Set(backup.cases.map((c) => c.id));
  backup.events.forEach((e, i) => {
    if (!caseIds.has(e.caseId)) errors.push({ path: `events[${i}].caseId`, message: `kasus ${e.caseId} tidak ada dalam cadangan` });
    if (e.finishedAt !== null && Date.parse(e.finishedAt) < Date.parse(e.startedAt))
      errors.push({ path: `events[${i}].finishedAt`, message: `waktu selesai (${e.finishedAt}) sebelum waktu mulai (${e.startedAt})` });
  });
  backup.caseEvents.forEach((e, i) => {
    if (!caseIds.has(e.caseId)) errors.push({ path: `caseEvents[${i}].caseId`, message: `kasus ${e.caseId} tidak ada dalam cadangan` });
  });
  if (options.sops) errors.push(...sopReferenceErrors(backup, options.sops));
  return errors.length ? { ok: false, errors } : { ok: true, backup };
}

/** Cases whose SOP is unknown, events whose step number is not a step of their case's SOP. */
function sopReferenceErrors(backup: Backup, sops: readonly KnownSop[]): FieldError[] {
  const errors: FieldError[] = [];
  // Several versions of one SOP may be given: a step number of any of them is known.
  const steps = new Map<string, Set<number>>();
  for (const s of sops) steps.set(s.id, new Set([...(steps.get(s.id) ?? []), ...s.steps.map((st) => st.no)]));
  const sopOfCase = new Map<string, string>();
  backup.cases.forEach((c, i) => {
    sopOfCase.set(c.id, c.sopId);
    if (!steps.has(c.sopId)) errors.push({ path: `cases[${i}].sopId`, message: `SOP "${c.sopId}" tidak dikenal (tidak ada di pustaka SOP)` });
  });
  backup.events.forEach((e, i) => {
    const sopId = sopOfCase.get(e.caseId);
    const nos = sopId === undefined ? undefined : steps.get(sopId);
    if (nos && !nos.has(e.stepNo)) errors.push({ path: `events[${i}].stepNo`, message: `langkah ${e.stepNo} tidak ada di SOP ${sopId}` });
  });
  backup.caseEvents.forEach((e, i) => {
    const sopId = sopOfCase.get(e.caseId);
    const nos = sopId === undefined ? undefined : steps.get(sopId);
    if (nos && e.stepNo !== null && !nos.has(e.stepNo)) errors.push({ path: `caseEvents[${i}].stepNo`, message: `langkah ${e.stepNo} tidak ada di SOP ${sopId}` });
  });
  return errors;
}

/** A LogError listing what is wrong with a backup. */
export class BackupError extends LogError {
  constructor(readonly errors: FieldError[]) {
    super(`Cadangan tidak sah: ${errors.slice(0, 10).map((e) => `${e.path}: ${e.message}`).join('; ')}${errors.length > 10 ? `; … (${errors.length - 10} lagi)` : ''}`);
    this.name = 'BackupError';
  }
}

function sortById<T extends { id: string }>(list: T[]): T[] {
  // Stryker disable next-line MethodExpression,EqualityOperator,ConditionalExpression: equivalent — called on fresh arrays of records with distinct ids (one per id), so the copy and the 0 branch never matter (tests: backup-guard).
  return list.slice().sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Merges backup b into backup a. Idempotent (a ∪ a = a) and commutative in content: the merged
 * records are the same, sorted by id, whatever the order — except that on a conflict a's version
 * is kept. `exportedAt` is the later of the two, `exportedBy` a's.
 */
export function mergeBackups(a: Backup, b: Backup): MergeResult {
  let added = 0;
  let skipped = 0;
  const conflicts: MergeConflict[] = [];
  const lists = {} as { [K in ListKey]: Backup[K] };
  for (const [key, kind] of RECORD_KINDS) {
    const byId = new Map<string, { id: string }>();
    const text = new Map<string, string>();
    for (const rec of a[key] as Array<{ id: string }>) {
      if (byId.has(rec.id)) continue;
      byId.set(rec.id, rec);
      text.set(rec.id, canonicalJson(rec));
    }
    for (const rec of b[key] as Array<{ id: string }>) {
      const mine = byId.get(rec.id);
      if (!mine) {
        byId.set(rec.id, rec);
        text.set(rec.id, canonicalJson(rec));
        added++;
      } else if (text.get(rec.id) === canonicalJson(rec)) skipped++;
      else conflicts.push({ kind, id: rec.id, a: mine, b: rec });
    }
    (lists as Record<ListKey, unknown>)[key] = sortById([...byId.values()]);
  }
  // A merge brings a colleague's records, never their settings (name, calendar): a's stay as they are.
  const settings = a.settings;
  const exportedAt = Date.parse(b.exportedAt) > Date.parse(a.exportedAt) ? b.exportedAt : a.exportedAt;
  return {
    merged: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, exportedBy: a.exportedBy, ...lists, settings },
    added,
    skipped,
    conflicts,
  };
}

/** Every record of every store, inside the given transaction, as a backup. */
async function readAll<M extends IDBTransactionMode>(tx: IDBPTransaction<PanduDB, StoreName[], M>, exportedAt: string, by: string | null): Promise<Backup> {
  const settings = await tx.objectStore('settings').get(SETTINGS_KEY);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    exportedBy: by,
    cases: await tx.objectStore('cases').getAll(),
    events: await tx.objectStore('events').getAll(),
    caseEvents: await tx.objectStore('caseEvents').getAll(),
    problems: await tx.objectStore('problems').getAll(),
    // Invalid stored settings are passed on as they are, so that validation sees them (exportBackup quarantines).
    settings: settings ? ((settingsSchema.safeParse(settings).data ?? settings) as Backup['settings']) : null,
    profiles: await tx.objectStore('profiles').getAll(),
  };
}

/**
 * Everything in the log, read in one transaction (a consistent snapshot). A backup never holds
 * what restore refuses: when a stored record fails validation, the log's records are first
 * repaired or quarantined (lib/log/quarantine, visible on the report page), then read again.
 */
export async function exportBackup(log: Log, by: string | null = null): Promise<Backup> {
  const first = await log.transaction(ALL_STORES, 'readonly', (tx) => readAll(tx, log.nowIso(), by));
  // Stryker disable next-line ConditionalExpression: equivalent in meaning — on a valid log the repair pass finds nothing to quarantine and the second read parses to the same records.
  if (parseBackup(first).ok) return first;
  await quarantineLog(log);
  return log.transaction(ALL_STORES, 'readonly', (tx) => readAll(tx, log.nowIso(), by));
}

export type RestoreResult = {
  mode: 'replace' | 'merge';
  /** Records written from the backup. */
  added: number;
  /** Records already present with the same content (merge). */
  skipped: number;
  /** Same id, different content (merge): the log's version is kept. */
  conflicts: MergeConflict[];
};

/**
 * Restores a backup into the log, validating it first. `replace` empties the log and loads the
 * backup; `merge` adds the records the log does not have (see mergeBackups). All in one
 * transaction: an invalid backup or a failed write changes nothing.
 */
export async function restoreBackup(log: Log, input: Backup | unknown, options: { mode: 'replace' | 'merge' } & BackupParseOptions): Promise<RestoreResult> {
  const parsed = parseBackup(input, options);
  if (!parsed.ok) throw new BackupError(parsed.errors);
  const backup = parsed.backup;
  return log.transaction(ALL_STORES, 'readwrite', async (tx) => {
    let toWrite: Backup = backup;
    let result: RestoreResult;
    if (options.mode === 'replace') {
      await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).clear()));
      result = { mode: 'replace', added: backup.cases.length + backup.events.length + backup.caseEvents.length + backup.problems.length + backup.profiles.length + (backup.settings ? 1 : 0), skipped: 0, conflicts: [] };
    } else {
      const current = await readAll(tx, backup.exportedAt, null);
      const m = mergeBackups(current, backup);
      const have = (list: Array<{ id: string }>) => new Set(list.map((r) => r.id));
      const ids = { cases: have(current.cases), events: have(current.events), caseEvents: have(current.caseEvents), problems: have(current.problems), profiles: have(current.profiles) };
      toWrite = {
        ...backup,
        cases: backup.cases.filter((r) => !ids.cases.has(r.id)),
        events: backup.events.filter((r) => !ids.events.has(r.id)),
        caseEvents: backup.caseEvents.filter((r) => !ids.caseEvents.has(r.id)),
        problems: backup.problems.filter((r) => !ids.problems.has(r.id)),
        profiles: backup.profiles.filter((r) => !ids.profiles.has(r.id)),
        settings: null, // a merge never brings settings; only replace does
      };
      result = { mode: 'merge', added: m.added, skipped: m.skipped, conflicts: m.conflicts };
    }
    putAll(tx.objectStore('cases'), toWrite.cases);
    putAll(tx.objectStore('events'), toWrite.events);
    putAll(tx.objectStore('caseEvents'), toWrite.caseEvents);
    putAll(tx.objectStore('problems'), toWrite.problems);
    putAll(tx.objectStore('profiles'), toWrite.profiles);
    if (toWrite.settings) await tx.objectStore('settings').put(toWrite.settings, SETTINGS_KEY);
    return result;
  });
}

/** Throws the Indonesian BackupError of an invalid backup, or returns the valid one. */
export function requireBackup(json: unknown, options: BackupParseOptions = {}): Backup {
  const r = parseBackup(json, options);
  if (!r.ok) throw new BackupError(r.errors);
  return r.backup;
}
