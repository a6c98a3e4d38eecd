import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { serverConfigSchema } from './server';

/**
 * What this browser knows about the server, kept beside the log (its own IndexedDB database in
 * the extension origin, so the log's schema is untouched):
 * - `known`: per record (`case:<id>` / `event:<id>`), the version the server has (pushed or pulled);
 *   a record whose fingerprint differs is pending.
 * - `meta`: the changes-feed checkpoint and the last sync's outcome;
 * - `config`: the server, user and password. Here and not in extension storage, because content
 *   scripts can read `storage.local`; the extension origin's IndexedDB only extension pages and
 *   the background can open.
 */

export const storedConfigSchema = serverConfigSchema.extend({ enabled: z.boolean().default(true) });
export type StoredConfig = z.infer<typeof storedConfigSchema>;

/** `fp`: lib/sync/docs fingerprint of the version the server has. */
export type KnownVersion = { key: string; fp: string; hash: string };
export type SyncMeta = {
  /** Server identity the checkpoint belongs to (url + database + user). */
  server: string;
  since: string | number;
  lastSyncAt: string | null;
  lastError: string | null;
  pending: number;
};

interface SyncStateDB extends DBSchema {
  known: { key: string; value: KnownVersion };
  meta: { key: string; value: SyncMeta };
  config: { key: string; value: StoredConfig };
}

export const SYNC_STATE_DB = 'pandu-sync';
const META_KEY = 'current';

export class SyncState {
  constructor(private readonly db: IDBPDatabase<SyncStateDB>) {}

  async allKnown(): Promise<Map<string, KnownVersion>> {
    const list = await this.db.getAll('known');
    return new Map(list.map((k) => [k.key, k]));
  }

  async putKnown(list: readonly KnownVersion[]): Promise<void> {
    if (!list.length) return;
    const tx = this.db.transaction('known', 'readwrite');
    for (const k of list) void tx.store.put(k);
    await tx.done;
  }

  async meta(server: string): Promise<SyncMeta> {
    const m = await this.db.get('meta', META_KEY);
    if (m && m.server === server) return m;
    return { server, since: 0, lastSyncAt: m?.lastSyncAt ?? null, lastError: null, pending: m?.pending ?? 0 };
  }

  async putMeta(meta: SyncMeta): Promise<void> {
    await this.db.put('meta', meta, META_KEY);
  }

  async config(): Promise<StoredConfig | null> {
    const c = await this.db.get('config', META_KEY);
    const r = storedConfigSchema.safeParse(c);
    return r.success ? r.data : null;
  }

  async putConfig(config: StoredConfig | null): Promise<void> {
    if (config) await this.db.put('config', storedConfigSchema.parse(config), META_KEY);
    else await this.db.delete('config', META_KEY);
  }

  /** Forget the server (another server configured): everything is pending again. */
  async reset(): Promise<void> {
    const tx = this.db.transaction(['known', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('known').clear(), tx.objectStore('meta').clear()]);
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}

export async function openSyncState(name = SYNC_STATE_DB, factory?: IDBFactory): Promise<SyncState> {
  const db = factory
    ? await new Promise<IDBPDatabase<SyncStateDB>>((resolve, reject) => {
        // idb's openDB uses the global indexedDB; tests pass fake-indexeddb's factory.
        const g = globalThis as { indexedDB?: IDBFactory };
        const saved = g.indexedDB;
        g.indexedDB = factory;
        openDB<SyncStateDB>(name, 1, { upgrade: upgradeSyncState }).then(resolve, reject);
        g.indexedDB = saved;
      })
    : await openDB<SyncStateDB>(name, 1, { upgrade: upgradeSyncState });
  return new SyncState(db);
}

function upgradeSyncState(db: IDBPDatabase<SyncStateDB>): void {
  db.createObjectStore('known', { keyPath: 'key' });
  db.createObjectStore('meta');
  db.createObjectStore('config');
}
