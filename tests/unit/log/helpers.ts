// idb's wrapper checks `instanceof IDBRequest` etc. against the globals: install fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLog, type Log } from '../../../lib/log';

/** A fresh log in its own fake IndexedDB, with a fixed clock. */
export async function freshLog(now = '2026-11-23T02:00:00.000Z'): Promise<{ log: Log; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const log = await openLog('pandu-spse', factory, { keyRange: IDBKeyRange, now: () => new Date(now) });
  return { log, factory };
}
