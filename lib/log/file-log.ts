import { readFile, rename, writeFile } from 'node:fs/promises';
// idb's wrapper checks `instanceof IDBRequest` etc. against the globals: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { emptyBackup, exportBackup, parseBackup, restoreBackup, BackupError, type BackupParseOptions } from './backup';
import { decodeUtf8, NotUtf8Error } from '../bounds';
import { LogError } from './errors';
import { openLog, type Log, type OpenLogOptions } from './log';
import type { Backup } from './schema';

/**
 * Node-side helpers so the CLI works on a backup FILE through the same lib code the extension
 * runs: the file is loaded into a fresh in-memory (fake-indexeddb) database, the operation runs
 * through `Log`, and the result is exported back to the file.
 */

/** A fresh, empty in-memory log (its own IDBFactory: nothing is shared between calls). */
export async function openMemoryLog(options: OpenLogOptions = {}): Promise<Log> {
  return openLog('pandu-spse', new IDBFactory(), { keyRange: IDBKeyRange, ...options });
}

/**
 * Reads and validates a backup file; Indonesian errors for a missing file, bytes that are not
 * UTF-8, bad JSON or bad fields (`options.sops`: also unknown SOPs and step numbers).
 */
export async function readBackupFile(path: string, options: BackupParseOptions = {}): Promise<Backup> {
  let text: string;
  try {
    text = decodeUtf8(await readFile(path), `Berkas cadangan ${path}`);
  } catch (err) {
    if (err instanceof NotUtf8Error) throw new LogError(err.message, { cause: err });
    const code = (err as NodeJS.ErrnoException).code;
    throw new LogError(code === 'ENOENT' ? `Berkas cadangan tidak ditemukan: ${path}` : `Gagal membaca berkas cadangan ${path}: ${String(err)}`, { cause: err });
  }
  const r = parseBackup(text.replace(/^\uFEFF/, ''), options);
  if (!r.ok) throw new BackupError(r.errors);
  return r.backup;
}

/** Writes a backup file atomically (a temporary file renamed over the old one). */
export async function writeBackupFile(path: string, backup: Backup): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(backup, null, 2) + '\n', 'utf8');
    await rename(tmp, path);
  } catch (err) {
    throw new LogError(`Gagal menyimpan berkas cadangan ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Creates a file holding an empty backup. */
export async function createEmptyBackupFile(path: string, by: string | null = null): Promise<Backup> {
  const backup = emptyBackup(by);
  await writeBackupFile(path, backup);
  return backup;
}

/**
 * Loads the backup file into a fresh log, runs `op`, and (with `write: true`) exports the log
 * back to the file. The file is only rewritten when `op` succeeds.
 */
export async function withBackupFile<T>(path: string, op: (log: Log) => Promise<T>, options: { write?: boolean; by?: string | null } = {}): Promise<T> {
  const backup = await readBackupFile(path);
  const log = await openMemoryLog();
  try {
    await restoreBackup(log, backup, { mode: 'replace' });
    const result = await op(log);
    if (options.write) await writeBackupFile(path, await exportBackup(log, options.by ?? backup.exportedBy));
    return result;
  } finally {
    log.close();
  }
}
