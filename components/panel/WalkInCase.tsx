import { useState } from 'react';
import { trusted } from './trusted';
import { makeT, type Lang } from '../../lib/i18n';
import type { Sop } from '../../lib/sop/schema';
import { firstLpseStepNo } from '../../lib/sop/locate';
import { SopOptions } from './SopOptions';

const t = makeT({
  title: { id: 'Kasus baru tanpa surat', en: 'New case without a letter' },
  hint: { id: 'Untuk pemohon yang datang langsung, menelepon, atau mengirim email ke helpdesk.', en: 'For applicants who walk in, phone, or e-mail the helpdesk.' },
  applicant: { id: 'Pemohon (nama orang / penyedia)', en: 'Applicant (person / vendor)' },
  npwp: { id: 'NPWP (bila penyedia)', en: 'Tax id (NPWP, for a vendor)' },
  subject: { id: 'Perihal', en: 'Subject' },
  channel: { id: 'Cara datang', en: 'Channel' },
  'channel.walk-in': { id: 'datang langsung', en: 'walk-in' },
  'channel.phone': { id: 'telepon', en: 'telephone' },
  'channel.email': { id: 'email helpdesk', en: 'helpdesk e-mail' },
  sop: { id: 'SOP', en: 'SOP' },
  received: { id: 'Diterima', en: 'Received at' },
  startsAt: { id: 'Kasus mulai di langkah {no} (langkah LPSE pertama).', en: 'The case starts at step {no} (the first LPSE step).' },
  open: { id: 'Buka kasus', en: 'Open the case' },
  cancel: { id: 'Batal', en: 'Cancel' },
  needed: { id: 'Isi pemohon, perihal dan SOP.', en: 'Fill in the applicant, subject and SOP.' },
});

export type WalkInRequest = {
  sopId: string;
  sopVersion: string;
  applicant: string;
  npwp: string | null;
  subject: string;
  channel: 'walk-in' | 'phone' | 'email';
  receivedAt: string;
};

export type WalkInCaseProps = {
  lang: Lang;
  sops: Sop[];
  /** Taken from the page when it shows a vendor (penyedia detail). */
  initial?: { applicant?: string | null; npwp?: string | null; sopId?: string | null };
  onOpen: (req: WalkInRequest) => void;
  onCancel: () => void;
};

/** A Date as the value of a datetime-local input (the browser's local time). */
export function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A case from a walk-in, a phone call or a helpdesk e-mail: no letter, no guessing from pasted text. */
export function WalkInCase({ lang, sops, initial, onOpen, onCancel }: WalkInCaseProps) {
  const [applicant, setApplicant] = useState(initial?.applicant ?? '');
  const [npwp, setNpwp] = useState(initial?.npwp ?? '');
  const [subject, setSubject] = useState('');
  const [channel, setChannel] = useState<WalkInRequest['channel']>('walk-in');
  const [sopId, setSopId] = useState(initial?.sopId ?? '');
  const [received, setReceived] = useState(() => localInputValue(new Date()));
  const [missing, setMissing] = useState(false);
  const sop = sops.find((s) => s.id === sopId);

  return (
    <section className="pandu-card" data-testid="pandu-walk-in" aria-label={t(lang, 'title')}>
      <h3>{t(lang, 'title')}</h3>
      <p className="pandu-muted">{t(lang, 'hint')}</p>
      <label>
        {t(lang, 'applicant')}
        <input value={applicant} onChange={(e) => setApplicant(e.target.value)} maxLength={300} data-testid="pandu-walk-in-applicant" />
      </label>
      <label>
        {t(lang, 'npwp')}
        <input value={npwp} onChange={(e) => setNpwp(e.target.value)} maxLength={30} data-testid="pandu-walk-in-npwp" />
      </label>
      <label>
        {t(lang, 'subject')}
        <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={500} data-testid="pandu-walk-in-subject" />
      </label>
      <label>
        {t(lang, 'channel')}
        <select value={channel} onChange={(e) => setChannel(e.target.value as WalkInRequest['channel'])} data-testid="pandu-walk-in-channel">
          {(['walk-in', 'phone', 'email'] as const).map((c) => (
            <option key={c} value={c}>
              {t(lang, `channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'sop')}
        <select value={sopId} onChange={(e) => setSopId(e.target.value)} data-testid="pandu-walk-in-sop">
          <SopOptions sops={sops} />
        </select>
      </label>
      {sop && <p className="pandu-muted" data-testid="pandu-walk-in-start">{t(lang, 'startsAt', { no: firstLpseStepNo(sop) })}</p>}
      <label>
        {t(lang, 'received')}
        <input type="datetime-local" value={received} onChange={(e) => setReceived(e.target.value)} />
      </label>
      {missing && (
        <p className="pandu-error" role="alert">
          {t(lang, 'needed')}
        </p>
      )}
      <div className="pandu-row">
        <button
          type="button"
          className="pandu-btn"
          data-testid="pandu-walk-in-open"
          onClick={trusted(() => {
            if (!sop || !applicant.trim() || !subject.trim()) {
              setMissing(true);
              return;
            }
            onOpen({ sopId: sop.id, sopVersion: sop.version, applicant: applicant.trim(), npwp: npwp.trim() || null, subject: subject.trim(), channel, receivedAt: new Date(received).toISOString() });
          })}
        >
          {t(lang, 'open')}
        </button>
        <button type="button" className="pandu-btn secondary" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </section>
  );
}

/** The OpenCaseRequest fields of a walk-in: no letter number, the applicant as sender and person, the channel as note. */
export function walkInToCase(req: WalkInRequest, lang: Lang = 'id') {
  return {
    sopId: req.sopId,
    sopVersion: req.sopVersion,
    receivedAt: req.receivedAt,
    letter: { number: null, date: null, sender: req.applicant, subject: req.subject, role: null },
    people: [{ name: req.applicant }],
    note: `${t(lang, 'title')} (${t(lang, `channel.${req.channel}`)})${req.npwp ? ` · NPWP ${req.npwp}` : ''}`,
  };
}
