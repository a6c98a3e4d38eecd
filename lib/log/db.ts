import { unwrap, wrap, type DBSchema, type IDBPObjectStore, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { caseSchema, recognitionProblemSchema, stepEventSchema, type Case, type CaseEvent, type PageProfileRecord, type RecognitionProblem, type Settings, type StepEvent } from './schema';
import { LogError, asLogError } from './errors';
import { QUARANTINE_STORE, quarantineInvalid, type QuarantineRecord, type QuarantineTx } from './quarantine';

/**
 * The IndexedDB layout of the log, in the extension's own origin (never the SPSE page's).
 *
 * Version 1 (first release):
 *   cases    keyPath id, index status
 *   events   keyPath id, index caseId
 *   problems keyPath id
 *   settings out-of-line key ('current')
 *   Records of v1 may lack fields added later (case: assignedTo, createdBy, note;
 *   event: actor, verdict, decision, note).
 * Version 2:
 *   cases    + indexes receivedAt, sopId
 *   events   + indexes caseStep [caseId, stepNo], startedAt
 *   problems + index at
 *   profiles keyPath id, index host (new store)
 *   every case/event/problem record normalised through its zod schema (defaults filled in).
 * Version 3:
 *   quarantine keyPath id (new store): records that fail today's schemas (dates outside the
 *   window, step numbers, lengths, taught-profile data, a finish before its start) are repaired
 *   where the repair is certain, else moved here whole, with the reasons (lib/log/quarantine).
 * Version 4 (current):
 *   caseEvents keyPath id, index caseId (new store: the case ledger — held, resumed, closed,
 *   reopened, step-redone, person-done, undone). Existing records are kept as they are: a case
 *   without ledger events keeps its stored status (see lib/log/lifecycle).
 */
export const DB_VERSION = 4;
export const DEFAULT_DB_NAME = 'pandu-spse';
export const SETTINGS_KEY = 'current';

export interface PanduDB extends DBSchema {
  cases: { key: string; value: Case; indexes: { status: string; receivedAt: string; sopId: string } };
  events: { key: string; value: StepEvent; indexes: { caseId: string; caseStep: [string, number]; startedAt: string } };
  problems: { key: string; value: RecognitionProblem; indexes: { at: string } };
  settings: { key: string; value: Settings };
  profiles: { key: string; value: PageProfileRecord; indexes: { host: string } };
  quarantine: { key: string; value: QuarantineRecord };
  caseEvents: { key: string; value: CaseEvent; indexes: { caseId: string } };
}
export type StoreName = StoreNames<PanduDB>;
/** The stores a backup holds (and a restore replaces); the quarantine is kept apart. */
export const ALL_STORES: StoreName[] = ['cases', 'events', 'problems', 'settings', 'profiles', 'caseEvents'];

type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

type Migration = {
  version: number;
  /** Structural changes; synchronous (runs while the upgrade transaction is certainly active). */
  schema: (db: UpgradeDb, tx: UpgradeTx) => void;
  /** Record changes; may await IndexedDB requests of `tx` only. */
  data?: (tx: UpgradeTx) => Promise<void>;
};

/** Rewrites every record of a store through `fix`; records `fix` cannot read are kept as they are. */
async function normaliseStore(tx: UpgradeTx, store: string, fix: (value: unknown) => unknown): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    let next: unknown = cursor.value;
    try {
      next = fix(cursor.value);
    } catch {
      // keep what cannot be read: nothing is lost in a migration
    }
    await cursor.update(next);
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    schema(db) {
      db.createObjectStore('cases', { keyPath: 'id' }).createIndex('status', 'status');
      db.createObjectStore('events', { keyPath: 'id' }).createIndex('caseId', 'caseId');
      db.createObjectStore('problems', { keyPath: 'id' });
      db.createObjectStore('settings');
    },
  },
  {
    version: 2,
    schema(db, tx) {
      const cases = tx.objectStore('cases');
      cases.createIndex('receivedAt', 'receivedAt');
      cases.createIndex('sopId', 'sopId');
      const events = tx.objectStore('events');
      events.createIndex('caseStep', ['caseId', 'stepNo']);
      events.createIndex('startedAt', 'startedAt');
      tx.objectStore('problems').createIndex('at', 'at');
      db.createObjectStore('profiles', { keyPath: 'id' }).createIndex('host', 'host');
    },
    async data(tx) {
      await normaliseStore(tx, 'cases', (v) => {
        const c = v as Record<string, unknown>;
        // v1 cases had no updatedAt/createdAt guarantee: fall back to receivedAt.
        return caseSchema.parse({ createdAt: c.receivedAt, updatedAt: c.createdAt ?? c.receivedAt, ...c });
      });
      await normaliseStore(tx, 'events', (v) => {
        const e = v as Record<string, unknown>;
        return stepEventSchema.parse({ updatedAt: e.finishedAt ?? e.startedAt, ...e });
      });
      await normaliseStore(tx, 'problems', (v) => recognitionProblemSchema.parse(v));
    },
  },
  {
    version: 3,
    schema(db) {
      db.createObjectStore(QUARANTINE_STORE, { keyPath: 'id' });
    },
    async data(tx) {
      await quarantineInvalid(tx as unknown as QuarantineTx, new Date().toISOString());
    },
  },
  {
    version: 4,
    schema(db) {
      db.createObjectStore('caseEvents', { keyPath: 'id' }).createIndex('caseId', 'caseId');
    },
  },
];

/** Runs the migrations from `oldVersion` to `newVersion` inside the upgrade transaction. */
async function upgrade(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  const due = MIGRATIONS.filter((m) => m.version > oldVersion && m.version <= newVersion);
  // Runs synchronously, inside the upgradeneeded event (an async function runs until its first await).
  for (const m of due) m.schema(db, tx);
  for (const m of due) await m.data?.(tx);
}

/**
 * Opens (creating or upgrading) the log database. `idbFactory` defaults to the global
 * `indexedDB` (an extension page or the background); tests and the CLI pass fake-indexeddb's.
 * Another context asking for a newer version makes this connection close (no blocked upgrades).
 */
export async function openDatabase(name = DEFAULT_DB_NAME, idbFactory?: IDBFactory, version = DB_VERSION): Promise<IDBPDatabase<PanduDB>> {
  const factory = idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new LogError('Gagal membuka catatan: IndexedDB tidak tersedia di lingkungan ini');
  let migrationError: unknown = null;
  try {
    const request = factory.open(name, version);
    let migration: Promise<void> = Promise.resolve();
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction!) as unknown as UpgradeTx;
      tx.done.catch(() => undefined); // an aborted upgrade is reported through the open request
      migration = upgrade(wrap(request.result) as UpgradeDb, event.oldVersion, event.newVersion ?? version, tx).catch(
        (err: unknown) => {
          // A failed migration aborts the upgrade: the database stays at its old version, untouched.
          migrationError = err;
          try {
            request.transaction?.abort();
          } catch {
            /* already finished */
          }
        },
      );
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<PanduDB>;
    await migration;
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (err) {
    if (migrationError) throw asLogError(migrationError, `Gagal memperbarui susunan catatan ke versi ${version}`);
    throw asLogError(err, 'Gagal membuka catatan');
  }
}

/**
 * Puts many records through one store of an open readwrite transaction. The raw requests are
 * issued without a promise each (fast for bulk imports); a failing request aborts the
 * transaction, which the caller's `tx.done` reports, and a synchronous throw (bad key, closed
 * database, quota) propagates at once.
 */
export function putAll<N extends StoreName>(store: IDBPObjectStore<PanduDB, StoreName[], N, 'readwrite'>, records: Iterable<PanduDB[N]['value']>): void {
  const raw = unwrap(store);
  for (const record of records) raw.put(record);
}
