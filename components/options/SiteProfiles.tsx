import { useEffect, useRef, useState } from 'react';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { makeT, type Lang } from '../../lib/i18n';
import type { PageProfileRecord } from '../../lib/log/schema';
import { readUtf8File } from '../../lib/bounds';

const t = makeT({
  heading: { id: 'Profil halaman yang diajarkan', en: 'Taught page profiles' },
  explain: {
    id: 'Profil dibuat dengan "Ajari halaman ini" di panel. Ekspor untuk dibagikan ke LPSE lain; impor berkas profil (JSON) dari LPSE lain. Berkas yang salah tidak mengubah apa pun.',
    en: 'Profiles are made with "Teach this page" in the panel. Export to share with other LPSEs; import a profile file (JSON). A bad file changes nothing.',
  },
  none: { id: 'Belum ada profil halaman.', en: 'No page profiles yet.' },
  export: { id: 'Ekspor JSON', en: 'Export JSON' },
  import: { id: 'Impor profil (JSON)…', en: 'Import a profile (JSON)…' },
  remove: { id: 'Hapus', en: 'Remove' },
  imported: { id: '{n} halaman diimpor untuk {host}.', en: '{n} page(s) imported for {host}.' },
  invalid: { id: 'Berkas {f} tidak sah; tidak ada yang diubah:', en: 'File {f} is invalid; nothing was changed:' },
});

export type SiteProfilesProps = {
  lang: Lang;
  list: () => Promise<PageProfileRecord[]>;
  /** Validates first; writes nothing on error. */
  importText: (text: string) => Promise<{ ok: true; host: string; count: number } | { ok: false; errors: string[] }>;
  exportHost: (host: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

/** Options-page section: list, export, import and remove taught page profiles. */
export function SiteProfiles({ lang, list, importText, exportHost, remove }: SiteProfilesProps) {
  const [records, setRecords] = useState<PageProfileRecord[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const reload = () => list().then(setRecords);
  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const hosts = [...new Set(records.map((r) => r.host))].sort();
  return (
    <section aria-labelledby="site-profiles-h" data-testid="site-profiles">
      <h2 id="site-profiles-h">{t(lang, 'heading')}</h2>
      <p>{t(lang, 'explain')}</p>
      <p>
        <label>
          {t(lang, 'import')}{' '}
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            data-testid="site-profile-import"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              let r: Awaited<ReturnType<typeof importText>>;
              try {
                r = await importText(await readUtf8File(file, `Berkas ${file.name}`));
              } catch (err) {
                r = { ok: false, errors: [errorMessageIn(lang, err)] };
              }
              if (r.ok) setNotice({ ok: true, lines: [t(lang, 'imported', { n: r.count, host: r.host })] });
              else setNotice({ ok: false, lines: [t(lang, 'invalid', { f: file.name }), ...r.errors.map((e) => messageIn(lang, e))] });
              await reload();
            }}
          />
        </label>
      </p>
      {notice && (
        <div role={notice.ok ? 'status' : 'alert'} data-testid="site-profile-notice">
          {notice.lines.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      )}
      {hosts.length === 0 ? (
        <p>{t(lang, 'none')}</p>
      ) : (
        hosts.map((host) => (
          <div key={host} data-host={host}>
            <h3>
              <code>{host}</code>{' '}
              <button type="button" onClick={() => void exportHost(host)}>
                {t(lang, 'export')}
              </button>
            </h3>
            <ul>
              {records
                .filter((r) => r.host === host)
                .map((r) => (
                  <li key={r.id}>
                    {r.data.title && <>{r.data.title} </>}
                    <code>{r.pageId}</code>
                    {r.data.steps?.length ? <span className="muted"> · SOP {r.data.steps.map((l) => `${l.sopId} #${l.stepNo}`).join(', ')}</span> : null}{' '}
                    <button type="button" onClick={() => void remove(r.id).then(reload)}>
                      {t(lang, 'remove')}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
