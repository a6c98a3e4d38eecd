import { makeT, type Lang } from '../../lib/i18n';
import type { SyncStatus } from '../../lib/sync/status';

const t = makeT({
  off: { id: 'Log tim: tidak aktif (catatan hanya di peramban ini).', en: 'Team log: off (records in this browser only).' },
  running: { id: 'Log tim: menyinkronkan…', en: 'Team log: syncing…' },
  last: { id: 'Log tim: terakhir sinkron {at}', en: 'Team log: last synced {at}' },
  never: { id: 'Log tim: belum pernah sinkron', en: 'Team log: never synced' },
  pending: { id: '{n} catatan menunggu dikirim', en: '{n} records waiting to be sent' },
  allSent: { id: 'semua terkirim', en: 'all sent' },
});

function localTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' });
}

/** One line of sync status: last sync, pending records, the last error (for the panel, report and options). */
export function SyncStatusLine({ lang, status }: { lang: Lang; status: SyncStatus }) {
  if (!status.configured) return <p data-testid="sync-status" className="sync-status off">{t(lang, 'off')}</p>;
  const head = status.running ? t(lang, 'running') : status.lastSyncAt ? t(lang, 'last', { at: localTime(status.lastSyncAt, lang) }) : t(lang, 'never');
  return (
    <p data-testid="sync-status" className="sync-status" data-pending={status.pending} data-running={status.running} data-last-sync={status.lastSyncAt ?? ''}>
      {head} · {status.pending ? t(lang, 'pending', { n: status.pending }) : t(lang, 'allSent')}
      {status.lastError && (
        <>
          {' · '}
          <span role="alert" data-testid="sync-error">{status.lastError}</span>
        </>
      )}
    </p>
  );
}
