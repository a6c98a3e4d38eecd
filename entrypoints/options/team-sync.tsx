import type { Lang } from '../../lib/i18n';
import { TeamSync } from '../../components/options/TeamSync';
import { useSyncStatus } from '../../components/common/useSyncStatus';
import { checkConnection } from '../../lib/sync/server';
import { requestServerPermission, requestSync } from '../../lib/sync/extension';
import { onSyncStatus, readSyncStatus } from '../../lib/sync/status';
import { openSyncState } from '../../lib/sync/state';

const state = openSyncState();

/** The options page's "Log tim" section, wired to the sync state and the background. */
export function TeamSyncSection({ lang }: { lang: Lang }) {
  const status = useSyncStatus(readSyncStatus, onSyncStatus);
  return (
    <TeamSync
      lang={lang}
      status={status}
      load={loadConfig}
      requestPermission={requestServerPermission}
      test={(c) => checkConnection(c)}
      save={saveConfig}
      syncNow={requestSync}
    />
  );
}

async function loadConfig() {
  return (await state).config();
}

async function saveConfig(config: Parameters<Awaited<typeof state>['putConfig']>[0]) {
  const s = await state;
  const old = await s.config();
  // Another server or user: start over (everything pending, checkpoint from 0).
  if (!config || !old || old.url !== config.url || old.database !== config.database || old.user !== config.user) await s.reset();
  await s.putConfig(config);
}
