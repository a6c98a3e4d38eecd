import { useEffect, useState } from 'react';
import { errorMessageIn } from '../../lib/i18n-messages';
import { makeT, type Lang } from '../../lib/i18n';
import type { Settings } from '../../lib/log/schema';
import { isDateInWindow } from '../../lib/timing/date-window';

const t = makeT({
  heading: { id: 'Pengaturan kantor dan jam kerja', en: 'Office and working hours' },
  staffName: { id: 'Nama Anda (petugas)', en: 'Your name (staff)' },
  officeName: { id: 'Nama kantor (kop laporan)', en: 'Office name (report letterhead)' },
  letterhead: { id: 'Baris kop surat (satu per baris)', en: 'Letterhead lines (one per line)' },
  supervisorName: { id: 'Nama atasan penandatangan laporan', en: 'Supervisor who signs reports' },
  supervisorNip: { id: 'NIP atasan', en: 'Supervisor NIP' },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  hours: { id: 'Jam kerja Senin–Kamis', en: 'Working hours Mon–Thu' },
  friday: { id: 'Jam kerja Jumat', en: 'Working hours Friday' },
  holidays: { id: 'Libur kantor / cuti bersama (YYYY-MM-DD, satu per baris)', en: 'Office holidays / collective leave (YYYY-MM-DD, one per line)' },
  national: { id: 'Hitung libur nasional', en: 'Count national holidays' },
  autoCapture: {
    id: 'Catat langkah otomatis dari halaman SPSE (tiba di halaman, "Isi formulir", pesan berhasil dari SPSE; dapat diurungkan)',
    en: 'Record steps automatically from SPSE pages (arriving, "Fill the form", SPSE’s success message; undoable)',
  },
  save: { id: 'Simpan pengaturan', en: 'Save settings' },
  saved: { id: 'Pengaturan tersimpan.', en: 'Settings saved.' },
  badHoliday: { id: 'Tanggal libur tidak valid (harus YYYY-MM-DD antara 2000-01-01 dan 2100-12-31): {d}', en: 'Invalid holiday date (YYYY-MM-DD between 2000-01-01 and 2100-12-31): {d}' },
});

export type SettingsFormProps = { lang: Lang; load: () => Promise<Settings>; save: (patch: Partial<Settings>) => Promise<Settings> };

const range = (r: { from: string; to: string } | undefined) => (r ? `${r.from}-${r.to}` : '');
function parseRange(s: string): { from: string; to: string } | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*$/.exec(s);
  return m ? { from: `${m[1].padStart(2, '0')}:${m[2]}`, to: `${m[3].padStart(2, '0')}:${m[4]}` } : null;
}

/** The office settings every calendar and report reads. */
export function SettingsForm({ lang, load, save }: SettingsFormProps) {
  const [s, setS] = useState<Settings | null>(null);
  const [hours, setHours] = useState('');
  const [friday, setFriday] = useState('');
  const [holidays, setHolidays] = useState('');
  const [letterhead, setLetterhead] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void load().then((x) => {
      setS(x);
      setHours(range(x.workingHours['1']));
      setFriday(range(x.workingHours['5']));
      setHolidays(x.localHolidays.join('\n'));
      setLetterhead(x.letterhead.join('\n'));
    });
  }, [load]);

  if (!s) return <p>…</p>;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!s) return;
    const h = parseRange(hours);
    const f = parseRange(friday);
    if (!h || !f) return setMsg({ ok: false, text: 'Jam kerja harus seperti 08:00-16:00.' });
    const list = holidays.split(/\s+/).filter(Boolean);
    const bad = list.find((d) => !isDateInWindow(d));
    if (bad) return setMsg({ ok: false, text: t(lang, 'badHoliday', { d: bad }) });
    try {
      const saved = await save({
        ...s,
        workingHours: { '1': h, '2': h, '3': h, '4': h, '5': f },
        localHolidays: list,
        letterhead: letterhead.split('\n').map((x) => x.trim()).filter(Boolean),
      });
      setS(saved);
      setMsg({ ok: true, text: t(lang, 'saved') });
    } catch (err) {
      setMsg({ ok: false, text: errorMessageIn(lang, err) });
    }
  }

  const text = (key: 'staffName' | 'officeName' | 'supervisorName' | 'supervisorNip') => (
    <>
      <label htmlFor={`set-${key}`}>{t(lang, key)}</label>
      <input id={`set-${key}`} value={s[key]} onChange={(e) => setS({ ...s, [key]: e.target.value })} />
    </>
  );

  return (
    <form onSubmit={onSubmit} className="settings-form">
      <h2>{t(lang, 'heading')}</h2>
      {text('staffName')}
      {text('officeName')}
      <label htmlFor="set-letterhead">{t(lang, 'letterhead')}</label>
      <textarea id="set-letterhead" rows={3} value={letterhead} onChange={(e) => setLetterhead(e.target.value)} />
      {text('supervisorName')}
      {text('supervisorNip')}
      <label htmlFor="set-tz">{t(lang, 'timeZone')}</label>
      <select id="set-tz" value={s.timeZone} onChange={(e) => setS({ ...s, timeZone: e.target.value as Settings['timeZone'] })}>
        <option value="Asia/Jakarta">WIB (Asia/Jakarta, UTC+7)</option>
        <option value="Asia/Makassar">WITA (Asia/Makassar, UTC+8)</option>
        <option value="Asia/Jayapura">WIT (Asia/Jayapura, UTC+9)</option>
      </select>
      <label htmlFor="set-hours">{t(lang, 'hours')}</label>
      <input id="set-hours" value={hours} onChange={(e) => setHours(e.target.value)} />
      <label htmlFor="set-friday">{t(lang, 'friday')}</label>
      <input id="set-friday" value={friday} onChange={(e) => setFriday(e.target.value)} />
      <label htmlFor="set-holidays">{t(lang, 'holidays')}</label>
      <textarea id="set-holidays" rows={4} value={holidays} onChange={(e) => setHolidays(e.target.value)} />
      <label>
        <input type="checkbox" checked={s.nationalHolidays} onChange={(e) => setS({ ...s, nationalHolidays: e.target.checked })} /> {t(lang, 'national')}
      </label>
      <label>
        <input type="checkbox" data-testid="set-auto-capture" checked={s.autoCapture} onChange={(e) => setS({ ...s, autoCapture: e.target.checked })} /> {t(lang, 'autoCapture')}
      </label>
      <p>
        <button type="submit">{t(lang, 'save')}</button>
      </p>
      {msg && <p role={msg.ok ? 'status' : 'alert'}>{msg.text}</p>}
    </form>
  );
}
