// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planFill, type FillPlan, type FillRow } from '../../../lib/prefill/plan';
import { cleanSenderDefaults, letterFillValues, senderKey, withSenderDefaults } from '../../../lib/prefill/letter-values';
import { listChoices } from '../../../lib/prefill/controls';
import { locateFields, type FieldFound } from '../../../lib/spse/fields';
import { BUDI, sandboxDoc } from './helpers';

const row = (plan: FillPlan, attribute: string): FillRow => {
  const r = plan.rows.find((x) => x.attribute === attribute);
  if (!r) throw new Error(`no row ${attribute}: ${plan.rows.map((x) => x.attribute).join(', ')}`);
  return r;
};

const AUDITOR_LETTER = { sender: 'INSPEKTORAT DAERAH', role: 'auditor', assignmentNumber: '700/031/ST/INSP/2026', assignmentDate: '2026-02-02' };
const PPK_LETTER = { sender: 'DINAS PEKERJAAN UMUM DAN PENATAAN RUANG', role: 'ppk' };

describe('fill what the letter says (issue 15 item 5)', () => {
  it('auditor letters: the surat tugas number and date and the instansi reach the auditor form', () => {
    const doc = sandboxDoc('/eproc4/admin/auditor/baru');
    const before = planFill(doc, 'auditor-form', BUDI);
    expect(row(before, 'assignmentLetterNumber')).toMatchObject({ skip: true, reasonCode: 'no-value' });
    const plan = planFill(doc, 'auditor-form', BUDI, { extra: letterFillValues(AUDITOR_LETTER) });
    expect(row(plan, 'assignmentLetterNumber')).toMatchObject({ newValue: '700/031/ST/INSP/2026', skip: false, label: 'No. surat tugas' });
    expect(row(plan, 'assignmentLetterDate')).toMatchObject({ newValue: '02-02-2026', skip: false }); // the form's datepicker format
    expect(row(plan, 'agency')).toMatchObject({ newValue: 'INSPEKTORAT DAERAH', skip: false });
  });

  it('PPK and Pokja letters: the role checkbox the letter asks for ("Peran wajib diisi" no more)', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    expect(row(planFill(doc, 'pegawai-form', BUDI), 'roles')).toMatchObject({ skip: true, reasonCode: 'no-value' });
    expect(row(planFill(doc, 'pegawai-form', BUDI, { extra: letterFillValues(PPK_LETTER) }), 'roles')).toMatchObject({ newValue: 'PPK', skip: false });
    expect(row(planFill(doc, 'pegawai-form', BUDI, { extra: letterFillValues({ ...PPK_LETTER, role: 'pokja' }) }), 'roles')).toMatchObject({ newValue: 'PANITIA', newText: 'Panitia/Pokja', skip: false });
    // The letter does not name the satker: nothing is guessed.
    expect(row(planFill(doc, 'pegawai-form', BUDI, { extra: letterFillValues(PPK_LETTER) }), 'satker')).toMatchObject({ skip: true, reasonCode: 'no-value' });
  });

  it('what the user chose once for a sender fills the satker (and may correct role and instansi)', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const extra = letterFillValues(PPK_LETTER, { satker: '21', roles: 'PP' });
    expect(extra).toMatchObject({ satker: '21', roles: 'PP' });
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra });
    expect(row(plan, 'satker')).toMatchObject({ newValue: '21', newText: 'Bidang Bina Marga', skip: false });
    expect(row(plan, 'roles')).toMatchObject({ newValue: 'PP', skip: false });
    expect(letterFillValues(AUDITOR_LETTER, { agency: 'Inspektorat Kabupaten Belitung' }).agency).toBe('Inspektorat Kabupaten Belitung');
    // No auditor: the sender is not the instansi of anyone.
    expect(letterFillValues(PPK_LETTER).agency).toBeUndefined();
  });

  it('the form’s own choices are offered when asking (select options, checkbox labels)', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const fields = locateFields(doc, 'pegawai-form');
    const satker = fields.find((f) => f.attribute === 'satker') as FieldFound;
    const roles = fields.find((f) => f.attribute === 'roles') as FieldFound;
    expect(listChoices(satker.elements).map((c) => c.text)).toEqual(['Sekretariat Dinas Kesehatan', 'Bidang Bina Marga', 'Sekretariat Bappeda']);
    expect(listChoices(roles.elements)).toEqual([
      { value: 'PPK', text: 'PPK' },
      { value: 'PANITIA', text: 'Panitia/Pokja' },
      { value: 'PP', text: 'PP' },
    ]);
    expect(listChoices((fields.find((f) => f.attribute === 'name') as FieldFound).elements)).toEqual([]);
  });

  it('sender memory: one key per sender whatever the case and spacing; bounded and validated on read', () => {
    expect(senderKey('  Dinas  Pekerjaan Umum ')).toBe('dinas pekerjaan umum');
    expect(senderKey('')).toBeNull();
    let all = withSenderDefaults({}, 'DINAS PU', { satker: '21' });
    all = withSenderDefaults(all, 'Dinas  PU', { roles: 'PPK' });
    expect(all).toEqual({ 'dinas pu': { satker: '21', roles: 'PPK' } });
    expect(withSenderDefaults(all, null, { satker: '1' })).toBe(all);
    expect(cleanSenderDefaults({ a: { satker: 'x', evil: 'y', roles: 5 }, b: 'no', c: { satker: 'z'.repeat(500) } })).toEqual({ a: { satker: 'x' } });
    expect(cleanSenderDefaults(null)).toEqual({});
    let many: ReturnType<typeof cleanSenderDefaults> = {};
    for (let i = 0; i < 600; i++) many = withSenderDefaults(many, `s${i}`, { satker: String(i) });
    expect(Object.keys(many)).toHaveLength(500);
    expect(many.s599).toEqual({ satker: '599' });
    expect(many.s0).toBeUndefined();
  });
});
