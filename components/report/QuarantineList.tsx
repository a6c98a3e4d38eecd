import { makeT, type Lang } from '../../lib/i18n';
import { QUARANTINE_EXPLANATION, type QuarantineRecord } from '../../lib/log/quarantine';

const t = makeT({
  title: { id: 'Catatan dikarantina ({n})', en: 'Quarantined records ({n})' },
  explanation: QUARANTINE_EXPLANATION,
  store: { id: 'Jenis', en: 'Kind' },
  key: { id: 'Id', en: 'Id' },
  reasons: { id: 'Alasan', en: 'Reasons' },
  at: { id: 'Disisihkan', en: 'Set aside' },
});

const STORE_NAME: Record<QuarantineRecord['store'], { id: string; en: string }> = {
  cases: { id: 'kasus', en: 'case' },
  events: { id: 'langkah', en: 'step' },
  caseEvents: { id: 'peristiwa kasus (tunda, lanjut, tutup, buka kembali)', en: 'case event (hold, resume, close, reopen)' },
  problems: { id: 'masalah pengenalan', en: 'recognition problem' },
  profiles: { id: 'profil halaman', en: 'page profile' },
  settings: { id: 'pengaturan', en: 'settings' },
};

/** Records set aside by the log (lib/log/quarantine): shown, never hidden; texts only, never HTML. */
export function QuarantineList({ records, lang }: { records: readonly QuarantineRecord[]; lang: Lang }) {
  if (!records.length) return null;
  return (
    <section className="report-quarantine" aria-label={t(lang, 'title', { n: records.length })} data-testid="quarantine-list">
      <h2>{t(lang, 'title', { n: records.length })}</h2>
      <p role="note">{t(lang, 'explanation')}</p>
      <table>
        <thead>
          <tr>
            <th>{t(lang, 'store')}</th>
            <th>{t(lang, 'key')}</th>
            <th>{t(lang, 'reasons')}</th>
            <th>{t(lang, 'at')}</th>
          </tr>
        </thead>
        <tbody>
          {records.slice(0, 200).map((r) => (
            <tr key={r.id}>
              <td>{STORE_NAME[r.store][lang]}</td>
              <td>{r.key.slice(0, 100)}</td>
              <td>
                {r.reasons.slice(0, 5).map((reason, i) => (
                  <div key={i}>{reason.slice(0, 300)}</div>
                ))}
              </td>
              <td>{r.at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
