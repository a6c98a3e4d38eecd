import { z } from 'zod';

/** The team-sync status (lib/sync/status.ts) as a zod schema: its type, and its defaults checked by a test. */
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
