import { useEffect, useState } from 'react';
import { messageIn } from '../../lib/i18n-messages';
import { makeT, type Lang } from '../../lib/i18n';

const t = makeT({
  heading: { id: 'Situs SPSE LPSE Anda', en: 'Your LPSE SPSE site' },
  explain: {
    id: 'Pandu otomatis aktif di alamat /eproc4/ dan /eproc/, spse.inaproc.id, dan akun.inaproc.id. Jika SPSE LPSE Anda memakai alamat lain, tambahkan di sini; peramban akan meminta izin untuk situs itu saja.',
    en: 'Pandu runs on /eproc4/ and /eproc/ paths, spse.inaproc.id and akun.inaproc.id. If your LPSE uses another address, add it here; the browser asks permission for that site only.',
  },
  label: { id: 'Alamat situs (contoh: lpse.kaltimprov.go.id)', en: 'Site address (e.g. lpse.kaltimprov.go.id)' },
  add: { id: 'Tambah & minta izin', en: 'Add & request permission' },
  remove: { id: 'Hapus', en: 'Remove' },
  none: { id: 'Belum ada situs tambahan.', en: 'No extra sites yet.' },
  added: { id: 'Ditambahkan: {p}', en: 'Added: {p}' },
});

export type LpseHostsProps = {
  lang: Lang;
  list: () => Promise<string[]>;
  add: (input: string) => Promise<{ ok: true; pattern: string } | { ok: false; error: string }>;
  remove: (pattern: string) => Promise<void>;
};

/** Options-page control: add an LPSE's own SPSE host at run time. */
export function LpseHosts({ lang, list, add, remove }: LpseHostsProps) {
  const [hosts, setHosts] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void list().then(setHosts);
  }, [list]);

  async function onAdd(e: React.FormEvent) {
    e.preventDefault();
    const r = await add(input);
    if (r.ok) {
      setMessage({ kind: 'ok', text: t(lang, 'added', { p: r.pattern }) });
      setInput('');
      setHosts(await list());
    } else setMessage({ kind: 'error', text: messageIn(lang, r.error) });
  }

  return (
    <section aria-labelledby="lpse-hosts-h">
      <h2 id="lpse-hosts-h">{t(lang, 'heading')}</h2>
      <p>{t(lang, 'explain')}</p>
      <form onSubmit={onAdd}>
        <label htmlFor="lpse-host-input">{t(lang, 'label')}</label>
        <input id="lpse-host-input" value={input} onChange={(e) => setInput(e.target.value)} />
        <button type="submit">{t(lang, 'add')}</button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
      {hosts.length === 0 ? (
        <p>{t(lang, 'none')}</p>
      ) : (
        <ul>
          {hosts.map((h) => (
            <li key={h}>
              <code>{h}</code>{' '}
              <button type="button" onClick={() => void remove(h).then(list).then(setHosts)}>
                {t(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
