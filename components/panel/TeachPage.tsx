import { makeT, type Lang } from '../../lib/i18n';
import { ATTRIBUTE_LABELS } from '../../lib/spse/attributes';
import type { PersonAttribute } from '../../lib/spse/routes';

const t = makeT({
  title: { id: 'Ajari halaman ini', en: 'Teach this page' },
  explain: {
    id: 'Pilih nama halaman ini. Untuk formulir, tekan "Pilih kolom" lalu klik kolom isian yang sesuai di halaman SPSE.',
    en: 'Name this page. For forms, press "Pick field" and then click the matching input on the SPSE page.',
  },
  page: { id: 'Halaman ini adalah', en: 'This page is' },
  pick: { id: 'Pilih kolom', en: 'Pick field' },
  picking: { id: 'Klik kolomnya di halaman, atau Tab ke kolom itu lalu tekan Enter (Esc: batal)…', en: 'Click the field on the page, or Tab to it and press Enter (Esc: cancel)…' },
  clear: { id: 'Hapus', en: 'Clear' },
  save: { id: 'Simpan profil halaman', en: 'Save page profile' },
  cancel: { id: 'Batal', en: 'Cancel' },
  fields: { id: 'Kolom formulir', en: 'Form fields' },
});

export type TeachPageProps = {
  lang: Lang;
  pageIds: { id: string; title: string }[];
  selectedPageId: string;
  onSelectPage: (id: string) => void;
  /** Attributes offered for mapping (empty for pages that are not forms). */
  attributes: PersonAttribute[];
  /** attribute → description of the picked input */
  picks: Partial<Record<PersonAttribute, string>>;
  picking: PersonAttribute | null;
  onStartPick: (a: PersonAttribute) => void;
  onClearPick: (a: PersonAttribute) => void;
  onSave: () => void;
  onCancel: () => void;
  busy?: boolean;
  message?: { ok: boolean; text: string } | null;
};

/** "Ajari halaman ini": name an unknown or changed page and map its inputs to person attributes. */
export function TeachPage(p: TeachPageProps) {
  const { lang } = p;
  return (
    <section className="pandu-card" data-testid="pandu-teach-form" aria-label={t(lang, 'title')}>
      <h3>{t(lang, 'title')}</h3>
      <p className="pandu-muted">{t(lang, 'explain')}</p>
      <label htmlFor="pandu-teach-page">{t(lang, 'page')}</label>
      <select id="pandu-teach-page" value={p.selectedPageId} onChange={(e) => p.onSelectPage(e.target.value)}>
        <option value="">—</option>
        {p.pageIds.map((x) => (
          <option key={x.id} value={x.id}>
            {x.title} ({x.id})
          </option>
        ))}
      </select>
      {p.attributes.length > 0 && (
        <table>
          <caption className="pandu-section-title">{t(lang, 'fields')}</caption>
          <tbody>
            {p.attributes.map((a) => (
              <tr key={a} data-testid="pandu-teach-attr" data-attribute={a}>
                <th scope="row">{ATTRIBUTE_LABELS[a][lang]}</th>
                <td>
                  {p.picking === a ? (
                    <em aria-live="polite">{t(lang, 'picking')}</em>
                  ) : p.picks[a] ? (
                    <>
                      <code>{p.picks[a]}</code>{' '}
                      <button type="button" className="pandu-link" onClick={() => p.onClearPick(a)}>
                        {t(lang, 'clear')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className="pandu-btn secondary" onClick={() => p.onStartPick(a)}>
                      {t(lang, 'pick')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pandu-row">
        <button type="button" className="pandu-btn" disabled={!p.selectedPageId || p.busy} onClick={p.onSave} data-testid="pandu-teach-save">
          {t(lang, 'save')}
        </button>
        <button type="button" className="pandu-btn secondary" onClick={p.onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
      {p.message && (
        <p role={p.message.ok ? 'status' : 'alert'} className={p.message.ok ? 'pandu-muted' : 'pandu-error'}>
          {p.message.text}
        </p>
      )}
    </section>
  );
}
