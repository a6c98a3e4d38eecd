import { SyncStatusLine } from '../common/SyncStatusLine';
import { useSyncStatus } from '../common/useSyncStatus';
import { onSyncStatus, readSyncStatus } from '../../lib/sync/status';
import type { Lang } from '../../lib/i18n';

/** The team-log line at the foot of the panel: shown only when a server is configured. */
export function PanelSyncStatus({ lang }: { lang: Lang }) {
  const status = useSyncStatus(readSyncStatus, onSyncStatus);
  return status.configured ? <SyncStatusLine lang={lang} status={status} /> : null;
}
