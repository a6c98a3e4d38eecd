import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The team-sync status as every context sees it (background writes, panel / report / options
 * read): in extension storage, with nothing secret in it. Light on purpose: the panel imports it.
 */

export const SYNC_STATUS_KEY = 'pandu.sync.status';

export const syncStatusSchema = z.object({
  configured: z.boolean(),
  server: z.string().nullable().default(null),
  user: z.string().nullable().default(null),
  supervisor: z.boolean().default(false),
  running: z.boolean().default(false),
  lastSyncAt: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  pending: z.number().int().nonnegative().default(0),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
export const NOT_CONFIGURED: SyncStatus = syncStatusSchema.parse({ configured: false });

export async function readSyncStatus(): Promise<SyncStatus> {
  const got = await browser.storage.local.get(SYNC_STATUS_KEY);
  const r = syncStatusSchema.safeParse(got[SYNC_STATUS_KEY]);
  return r.success ? r.data : NOT_CONFIGURED;
}

export function onSyncStatus(listener: (s: SyncStatus) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SYNC_STATUS_KEY in changes)) return;
    const r = syncStatusSchema.safeParse(changes[SYNC_STATUS_KEY].newValue);
    listener(r.success ? r.data : NOT_CONFIGURED);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

