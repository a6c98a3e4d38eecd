import { useEffect, useState } from 'react';
import { makeT, type Lang } from '../../lib/i18n';
import { serverConfigSchema, type ServerConfig } from '../../lib/sync/server';
import type { SyncStatus } from '../../lib/sync/status';
import { SyncStatusLine } from '../common/SyncStatusLine';

const t = makeT({
  heading: { id: 'Log tim (CouchDB)', en: 'Team log (CouchDB)' },
  explain: {
    id: 'Opsional. Catatan tetap tersimpan di peramban ini; bila server CouchDB kantor diisi, kasus, langkah dan peristiwa kasus Anda (tunda, selesai, batal) dikirim ke sana dan atasan melihat seluruh kantor. Tanpa server, tidak ada yang dikirim ke jaringan.',
    en: "Optional. Records stay in this browser; with your office's CouchDB server, your cases, steps and case events (hold, close, cancel) are sent there and the supervisor sees the whole office. Without a server nothing goes on the network.",
  },
  url: { id: 'URL server (mis. https://couchdb.lpse.go.id:6984)', en: 'Server URL (e.g. https://couchdb.lpse.go.id:6984)' },
  database: { id: 'Nama basis data', en: 'Database name' },
  user: { id: 'Pengguna CouchDB', en: 'CouchDB user' },
  password: { id: 'Kata sandi', en: 'Password' },
  passwordKept: { id: '(tersimpan; isi untuk mengganti)', en: '(saved; type to change)' },
  test: { id: 'Uji koneksi', en: 'Test connection' },
  save: { id: 'Simpan & sinkronkan', en: 'Save & sync' },
  syncNow: { id: 'Sinkronkan sekarang', en: 'Sync now' },
  disconnect: { id: 'Putuskan', en: 'Disconnect' },
  denied: { id: 'Izin akses ke {o} ditolak; sinkronisasi tidak bisa berjalan.', en: 'Access to {o} was refused; sync cannot run.' },
  ok: { id: 'Terhubung sebagai {u} ({r}); basis data berisi {n} dokumen.', en: 'Connected as {u} ({r}); the database holds {n} documents.' },
  saved: { id: 'Disimpan. Sinkronisasi berjalan di latar belakang.', en: 'Saved. Sync runs in the background.' },
  removed: { id: 'Server dilepas; catatan di peramban ini tidak berubah.', en: 'Server removed; records in this browser are unchanged.' },
  supervisor: { id: 'atasan: membaca seluruh kantor', en: 'supervisor: reads the whole office' },
  staff: { id: 'staf: menulis catatan sendiri', en: 'staff: writes own records' },
});

export type TeamSyncConfig = ServerConfig & { enabled: boolean };
export type ConnectionReport = { name: string | null; supervisor: boolean; docCount: number };

export type TeamSyncProps = {
  lang: Lang;
  load: () => Promise<TeamSyncConfig | null>;
  /** Must be called inside the click (a user gesture): asks host permission for the server's origin. */
  requestPermission: (url: string) => Promise<boolean>;
  test: (config: ServerConfig) => Promise<ConnectionReport>;
  save: (config: TeamSyncConfig | null) => Promise<void>;
  syncNow: () => Promise<void>;
  status: SyncStatus;
};

type Form = { url: string; database: string; user: string; password: string };

/** Options-page section: the team log's server, a connection test, and the sync status. */
export function TeamSync({ lang, load, requestPermission, test, save, syncNow, status }: TeamSyncProps) {
  const [form, setForm] = useState<Form>({ url: '', database: 'pandu', user: '', password: '' });
  const [savedPassword, setSavedPassword] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load().then((c) => {
      if (!c) return;
      setForm({ url: c.url, database: c.database, user: c.user, password: '' });
      setSavedPassword(c.password);
    });
  }, [load]);

  const set = (k: keyof Form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm((f) => ({ ...f, [k]: e.target.value }));

  /** The form as a config, or an Indonesian message naming the field. */
  function parsed(): ServerConfig | string {
    const r = serverConfigSchema.safeParse({ ...form, password: form.password || savedPassword || '' });
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    const field = { url: t(lang, 'url'), database: t(lang, 'database'), user: t(lang, 'user'), password: t(lang, 'password') }[String(issue.path[0]) as keyof Form] ?? String(issue.path[0]);
    return `${field}: ${issue.message}`;
  }

  async function withConfig(body: (c: ServerConfig) => Promise<void>) {
    const c = parsed();
    if (typeof c === 'string') {
      setMessage({ kind: 'error', text: c });
      return;
    }
    // First await: the permission request, while the click still counts as a user gesture.
    const granted = await requestPermission(c.url).catch(() => false);
    if (!granted) {
      setMessage({ kind: 'error', text: t(lang, 'denied', { o: new URL(c.url).origin }) });
      return;
    }
    setBusy(true);
    try {
      await body(c);
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  const onTest = () =>
    withConfig(async (c) => {
      const r = await test(c);
      setMessage({ kind: 'ok', text: t(lang, 'ok', { u: r.name ?? '-', r: t(lang, r.supervisor ? 'supervisor' : 'staff'), n: String(r.docCount) }) });
    });

  const onSave = () =>
    withConfig(async (c) => {
      await test(c);
      await save({ ...c, enabled: true });
      setSavedPassword(c.password);
      setForm((f) => ({ ...f, password: '' }));
      setMessage({ kind: 'ok', text: t(lang, 'saved') });
      await syncNow();
    });

  async function onDisconnect() {
    await save(null);
    setSavedPassword(null);
    setMessage({ kind: 'ok', text: t(lang, 'removed') });
    await syncNow();
  }

  return (
    <section aria-labelledby="team-sync-h">
      <h2 id="team-sync-h">{t(lang, 'heading')}</h2>
      <p>{t(lang, 'explain')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        <label htmlFor="sync-url">{t(lang, 'url')}</label>
        <input id="sync-url" data-testid="sync-url" value={form.url} onChange={set('url')} inputMode="url" autoComplete="off" />
        <label htmlFor="sync-db">{t(lang, 'database')}</label>
        <input id="sync-db" data-testid="sync-db" value={form.database} onChange={set('database')} autoComplete="off" />
        <label htmlFor="sync-user">{t(lang, 'user')}</label>
        <input id="sync-user" data-testid="sync-user" value={form.user} onChange={set('user')} autoComplete="username" />
        <label htmlFor="sync-password">{t(lang, 'password')}</label>
        <input id="sync-password" data-testid="sync-password" type="password" value={form.password} onChange={set('password')} placeholder={savedPassword ? t(lang, 'passwordKept') : ''} autoComplete="current-password" />
        <div>
          <button type="button" data-testid="sync-test" disabled={busy} onClick={() => void onTest()}>
            {t(lang, 'test')}
          </button>
          <button type="submit" data-testid="sync-save" disabled={busy}>
            {t(lang, 'save')}
          </button>
          {status.configured && (
            <>
              <button type="button" data-testid="sync-now" disabled={busy} onClick={() => void syncNow()}>
                {t(lang, 'syncNow')}
              </button>
              <button type="button" data-testid="sync-disconnect" disabled={busy} onClick={() => void onDisconnect()}>
                {t(lang, 'disconnect')}
              </button>
            </>
          )}
        </div>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="sync-message" className={message.kind}>
          {message.text}
        </p>
      )}
      <SyncStatusLine lang={lang} status={status} />
    </section>
  );
}
