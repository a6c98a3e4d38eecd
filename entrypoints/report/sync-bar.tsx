import { SyncStatusLine } from '../../components/common/SyncStatusLine';
import { useSyncStatus } from '../../components/common/useSyncStatus';
import { onSyncStatus, readSyncStatus } from '../../lib/sync/status';
import { requestSync } from '../../lib/sync/extension';
import type { Lang } from '../../lib/i18n';

/** The report page's team-log line, with "sync now" when a server is configured. */
export function ReportSyncBar({ lang }: { lang: Lang }) {
  const status = useSyncStatus(readSyncStatus, onSyncStatus);
  if (!status.configured) return null;
  return (
    <div className="report-sync">
      <SyncStatusLine lang={lang} status={status} />
      <button type="button" data-testid="report-sync-now" disabled={status.running} onClick={() => void requestSync()}>
        {lang === 'id' ? 'Sinkronkan sekarang' : 'Sync now'}
      </button>
    </div>
  );
}
