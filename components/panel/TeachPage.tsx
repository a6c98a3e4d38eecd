import { makeT, type Lang } from '../../lib/i18n';
import { ATTRIBUTE_LABELS } from '../../lib/spse/attributes';
import type { PersonAttribute } from '../../lib/spse/routes';
import { SopOptions } from './SopOptions';

const t = makeT({
  title: { id: 'Ajari halaman ini', en: 'Teach this page' },
  explain: {
    id: 'Beri nama halaman ini (atau pilih halaman yang sudah dikenal), kaitkan dengan langkah SOP-nya, lalu untuk formulir tekan "Pilih kolom" dan klik kolom isian yang sesuai di halaman SPSE.',
    en: 'Name this page (or choose a known page), link it to its SOP step, then for forms press "Pick field" and click the matching input on the SPSE page.',
  },
  page: { id: 'Halaman ini adalah', en: 'This page is' },
  newPage: { id: '— Halaman baru (beri nama sendiri) —', en: '— A new page (give it a name) —' },
  known: { id: 'Halaman yang dikenal Pandu', en: 'Pages Pandu knows' },
  taught: { id: 'Halaman ajaran situs ini', en: 'Pages taught on this site' },
  name: { id: 'Nama halaman', en: 'Page name' },
  namePlaceholder: { id: 'mis. Satuan Kerja', en: 'e.g. Satuan Kerja' },
  idIs: { id: 'Disimpan sebagai {id}', en: 'Saved as {id}' },
  nameMissing: { id: 'Tulis nama halaman (huruf atau angka).', en: 'Write the page name (letters or digits).' },
  sop: { id: 'SOP di halaman ini', en: 'SOP on this page' },
  step: { id: 'Langkah SOP di halaman ini', en: 'SOP step on this page' },
  pick: { id: 'Pilih kolom', en: 'Pick field' },
  picking: { id: 'Klik kolomnya di halaman, atau Tab ke kolom itu lalu tekan Enter (Esc: batal)…', en: 'Click the field on the page, or Tab to it and press Enter (Esc: cancel)…' },
  clear: { id: 'Hapus', en: 'Clear' },
  save: { id: 'Simpan profil halaman', en: 'Save page profile' },
  cancel: { id: 'Batal', en: 'Cancel' },
  fields: { id: 'Kolom formulir', en: 'Form fields' },
});

/** The select's value for "a new page". */
export const NEW_PAGE = 'new';

export type TeachPageProps = {
  lang: Lang;
  /** Built-in pages. */
  pageIds: { id: string; title: string }[];
  /** Pages taught on this host before (teaching one again replaces it). */
  taughtPages?: { id: string; title: string }[];
  /** '' (none yet), NEW_PAGE, or a page id. */
  selectedPageId: string;
  onSelectPage: (id: string) => void;
  /** The free name of a new page and the id it becomes (null: no usable name yet). */
  newName?: string;
  newId?: string | null;
  onNewName?: (name: string) => void;
  /** SOPs to link a step from, and the chosen link. */
  sops?: { id: string; title: string; steps: { no: number; activity: string }[] }[];
  link?: { sopId: string; stepNo: number | null };
  onLink?: (sopId: string, stepNo: number | null) => void;
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

/** "Ajari halaman ini": name any page (a known one or a new one), link its SOP step, map its inputs. */
export function TeachPage(p: TeachPageProps) {
  const { lang } = p;
  const isNew = p.selectedPageId === NEW_PAGE;
  const linkSop = p.sops?.find((s) => s.id === p.link?.sopId);
  const canSave = !!p.selectedPageId && (!isNew || !!p.newId) && !p.busy;
  return (
    <section className="pandu-card" data-testid="pandu-teach-form" aria-label={t(lang, 'title')}>
      <h3>{t(lang, 'title')}</h3>
      <p className="pandu-muted">{t(lang, 'explain')}</p>
      <label htmlFor="pandu-teach-page">{t(lang, 'page')}</label>
      <select id="pandu-teach-page" value={p.selectedPageId} onChange={(e) => p.onSelectPage(e.target.value)}>
        <option value="">—</option>
        {p.onNewName && <option value={NEW_PAGE}>{t(lang, 'newPage')}</option>}
        {!!p.taughtPages?.length && (
          <optgroup label={t(lang, 'taught')}>
            {p.taughtPages.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title} ({x.id})
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t(lang, 'known')}>
          {p.pageIds.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title} ({x.id})
            </option>
          ))}
        </optgroup>
      </select>
      {isNew && p.onNewName && (
        <>
          <label htmlFor="pandu-teach-name">{t(lang, 'name')}</label>
          <input
            id="pandu-teach-name"
            data-testid="pandu-teach-name"
            value={p.newName ?? ''}
            maxLength={120}
            placeholder={t(lang, 'namePlaceholder')}
            aria-describedby="pandu-teach-id"
            onChange={(e) => p.onNewName?.(e.target.value)}
          />
          <p id="pandu-teach-id" className="pandu-muted" data-testid="pandu-teach-id">
            {p.newId ? t(lang, 'idIs', { id: p.newId }) : t(lang, 'nameMissing')}
          </p>
        </>
      )}
      {p.sops && p.onLink && (
        <>
          <label htmlFor="pandu-teach-sop">{t(lang, 'sop')}</label>
          <select id="pandu-teach-sop" value={p.link?.sopId ?? ''} onChange={(e) => p.onLink?.(e.target.value, null)}>
            <SopOptions sops={p.sops} />
          </select>
          {linkSop && (
            <>
              <label htmlFor="pandu-teach-step">{t(lang, 'step')}</label>
              <select id="pandu-teach-step" value={p.link?.stepNo ?? ''} onChange={(e) => p.onLink?.(linkSop.id, e.target.value ? Number(e.target.value) : null)}>
                <option value="">—</option>
                {linkSop.steps.map((st) => (
                  <option key={st.no} value={st.no}>
                    {st.no}. {st.activity.slice(0, 80)}
                  </option>
                ))}
              </select>
            </>
          )}
        </>
      )}
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
                    <button type="button" className="pandu-btn secondary" onClick={() => p.onStartPick(a)} aria-label={`${t(lang, 'pick')}: ${ATTRIBUTE_LABELS[a][lang]}`}>
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
        <button type="button" className="pandu-btn" disabled={!canSave} onClick={p.onSave} data-testid="pandu-teach-save">
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
