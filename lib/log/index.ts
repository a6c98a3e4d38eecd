/**
 * The log: records in the extension origin's IndexedDB (cases, step events, recognition
 * problems, settings, page profiles), backups and merges.
 *
 * Opening it:
 * - background (service worker / event page) and extension pages (options, report):
 *   `const log = await openLog();` — both run in the extension origin, so they share one database.
 *   Keep one Log per context; if another context upgrades the schema, this connection closes
 *   itself and later calls reject ("Gagal … basis data sudah ditutup"): open it again.
 * - content scripts: never (their IndexedDB is the SPSE site's); ask the background via lib/messaging.
 * - Node (CLI, tests): `./file-log` (not re-exported here: it pulls in fake-indexeddb and node:fs),
 *   or `openLog(name, new IDBFactory(), { keyRange: IDBKeyRange })` after `import 'fake-indexeddb/auto'`.
 */
export * from './schema';
export * from './errors';
export { DB_VERSION, DEFAULT_DB_NAME, MIGRATIONS, openDatabase, type PanduDB, type StoreName } from './db';
export * from './log';
export * from './backup';
export * from './case-view';
export * from './lifecycle';
export * from './ledger';
export * from './quarantine';
