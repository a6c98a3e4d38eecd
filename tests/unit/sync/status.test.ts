import { describe, expect, it } from 'vitest';
import { NOT_CONFIGURED, storedSyncStatus } from '../../../lib/sync/status';
import { syncStatusSchema } from '../../../lib/sync/status-schema';

describe('sync status', () => {
  it('NOT_CONFIGURED is exactly the schema’s defaults (written out so the panel runs no zod at start)', () => {
    expect(NOT_CONFIGURED).toEqual(syncStatusSchema.parse({ configured: false }));
  });

  it('a stored status reads as the background wrote it; anything else as not configured', () => {
    const written = syncStatusSchema.parse({ configured: true, server: 'https://couch.lpse.go.id', user: 'ana', running: true, pending: 3 });
    expect(storedSyncStatus(written)).toEqual(written);
    expect(storedSyncStatus({ configured: true, server: 'https://couch.lpse.go.id' })).toEqual(syncStatusSchema.parse({ configured: true, server: 'https://couch.lpse.go.id' }));
    for (const junk of [undefined, null, 'x', 42, [], {}, { configured: 'yes' }]) expect(storedSyncStatus(junk)).toBe(NOT_CONFIGURED);
  });
});
