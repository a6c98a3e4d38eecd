import { browser } from 'wxt/browser';
import type { Log } from '../log/log';
import { LOG_CHANGED_KEY } from '../extension/panel-state';
import { checkConnection, originPattern, SyncError } from './server';
import { openRemote } from './remote';
import { countPending, syncLog } from './log-sync';
import { openSyncState, type StoredConfig, type SyncState } from './state';
import { NOT_CONFIGURED, SYNC_STATUS_KEY, type SyncStatus } from './status';

export const SYNC_ALARM = 'pandu-sync';
export const SYNC_CHANNEL = 'pandu-sync';


/**
 * Team sync in the extension: the background runs it (after every change to the log, debounced,
 * and every minute by alarm); pages ask for a sync with a runtime message; everyone reads the
 * status from extension storage (no secrets there: the config with the password lives in the
 * extension origin's IndexedDB, see state.ts). Nothing runs, and nothing goes on the network,
 * until a server is configured and its origin's host permission granted.
 */

/** From a page: ask the background to sync now (after saving a config, or the "sync now" button). */
export async function requestSync(): Promise<void> {
  await browser.runtime.sendMessage({ channel: SYNC_CHANNEL, action: 'now' }).catch(() => undefined);
}

/** From a page, inside the click handler (a user gesture): host permission for this server only. */
export async function requestServerPermission(url: string): Promise<boolean> {
  const origins = [originPattern(url)];
  // Already granted (sandbox builds hold 127.0.0.1): no prompt. Otherwise the browser asks, still
  // within the click's user activation.
  return browser.permissions.contains({ origins }).then((has) => has || browser.permissions.request({ origins }));
}

const serverKey = (c: StoredConfig) => `${c.url}/${c.database}#${c.user}`;

/** Wires team sync into the background. `log` opens (or returns) the background's log. */
export function startTeamSync(log: () => Promise<Log>): { syncNow: () => Promise<void> } {
  let statePromise: Promise<SyncState> | null = null;
  const state = () => (statePromise ??= openSyncState());
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = (s: SyncStatus) => browser.storage.local.set({ [SYNC_STATUS_KEY]: s }).catch(() => undefined);

  async function once(): Promise<void> {
    const st = await state();
    const config = await st.config();
    if (!config || !config.enabled) {
      await publish(NOT_CONFIGURED);
      await browser.alarms.clear(SYNC_ALARM);
      return;
    }
    const l = await log();
    const key = serverKey(config);
    const meta = await st.meta(key);
    const base: SyncStatus = { configured: true, server: `${config.url}/${config.database}`, user: config.user || null, supervisor: false, running: true, lastSyncAt: meta.lastSyncAt, lastError: meta.lastError, pending: meta.pending };
    if (!(await browser.permissions.contains({ origins: [originPattern(config.url)] }))) {
      await publish({ ...base, running: false, pending: await countPending(l, st), lastError: 'Izin akses ke server belum diberikan: buka Pengaturan → Log tim dan tekan "Uji koneksi".' });
      return;
    }
    await publish(base);
    try {
      const conn = await checkConnection(config);
      const who = { user: conn.name ?? (config.user || 'admin'), supervisor: conn.supervisor };
      const r = await syncLog(l, openRemote(config), st, who, key);
      await publish({ ...base, supervisor: conn.supervisor, running: false, lastSyncAt: r.at, lastError: null, pending: r.pending });
      if (r.pulled) await browser.storage.local.set({ [LOG_CHANGED_KEY]: Date.now() });
    } catch (err) {
      const message = err instanceof SyncError ? err.message : `Sinkronisasi gagal: ${err instanceof Error ? err.message : String(err)}`;
      const m = await st.meta(key);
      const pending = await countPending(l, st).catch(() => m.pending);
      await st.putMeta({ ...m, lastError: message, pending });
      await publish({ ...base, running: false, lastError: message, pending });
    }
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  }

  /** One sync at a time; a request during a sync runs one more afterwards. */
  function syncNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = once()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void syncNow();
        }
      });
    return running;
  }

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), 1500);
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LOG_CHANGED_KEY in changes) soon();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { channel?: string; action?: string } | null;
    if (m?.channel !== SYNC_CHANNEL) return undefined;
    if (m.action === 'reset') return state().then((s) => s.reset()).then(() => syncNow()).then(() => ({ ok: true }));
    return syncNow().then(() => ({ ok: true }));
  });
  void syncNow();
  return { syncNow };
}
