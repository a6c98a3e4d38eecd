import { useEffect, useState } from 'react';
import { NOT_CONFIGURED, type SyncStatus } from '../../lib/sync/status';

/** The team-sync status, kept current: `read` once, then every change `subscribe` reports. */
export function useSyncStatus(read: () => Promise<SyncStatus>, subscribe: (listener: (s: SyncStatus) => void) => () => void): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(NOT_CONFIGURED);
  useEffect(() => {
    let live = true;
    void read().then((s) => live && setStatus(s));
    const stop = subscribe((s) => live && setStatus(s));
    return () => {
      live = false;
      stop();
    };
  }, [read, subscribe]);
  return status;
}
