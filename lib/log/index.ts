/**
 * The log: records in the extension origin's IndexedDB (cases, step events, recognition
 * problems, settings, page profiles), backups and merges. The Node-only file helper lives in
 * ./file-log (not re-exported: it pulls in fake-indexeddb and node:fs).
 */
export * from './schema';
export * from './errors';
export { DB_VERSION, DEFAULT_DB_NAME, MIGRATIONS, openDatabase, type PanduDB, type StoreName } from './db';
export * from './log';
export * from './backup';
export * from './case-view';
