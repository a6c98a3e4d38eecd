import { browser } from 'wxt/browser';
import type { SyncStatus } from './status-schema';

/**
 * The team-sync status as every context sees it (background writes, panel / report / options
 * read): in extension storage, with nothing secret in it. Light on purpose: the panel imports it
 * (no zod: the schema is in status-schema.ts, a test keeps NOT_CONFIGURED equal to its defaults).
 */

export const SYNC_STATUS_KEY = 'pandu.sync.status';

export type { SyncStatus };

/** The schema's defaults, written out: the panel reads this at start without running zod. */
export const NOT_CONFIGURED: SyncStatus = { configured: false, server: null, user: null, supervisor: false, running: false, lastSyncAt: null, lastError: null, pending: 0 };

/**
 * The stored status as written by the background (typed SyncStatus, nothing else writes the key).
 * Read without zod (the panel reads it in every SPSE tab): anything that is not a status object
 * reads as not configured, missing fields as their defaults.
 */
export function storedSyncStatus(value: unknown): SyncStatus {
  if (!value || typeof value !== 'object' || typeof (value as { configured?: unknown }).configured !== 'boolean') return NOT_CONFIGURED;
  return { ...NOT_CONFIGURED, ...(value as Partial<SyncStatus>) };
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const got = await browser.storage.local.get(SYNC_STATUS_KEY);
  return storedSyncStatus(got[SYNC_STATUS_KEY]);
}

export function onSyncStatus(listener: (s: SyncStatus) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SYNC_STATUS_KEY in changes)) return;
    listener(storedSyncStatus(changes[SYNC_STATUS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

