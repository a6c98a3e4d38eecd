// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planFill, type FillPlan, type FillRow } from '../../../lib/prefill/plan';
import { fillPlanSchema } from '../../../lib/prefill/plan-schema';
import { parseSiteProfile, type SiteProfile } from '../../../lib/spse/profile';
import { BUDI, input, sandboxDoc } from './helpers';

const row = (plan: FillPlan, attribute: string): FillRow => {
  const r = plan.rows.find((x) => x.attribute === attribute);
  if (!r) throw new Error(`no row ${attribute}: ${plan.rows.map((x) => x.attribute).join(', ')}`);
  return r;
};

describe('planFill: value mapping on the new pegawai form', () => {
  for (const base of ['/eproc4', '/lkpp']) {
    it(`maps the letter's person to the form (${base})`, () => {
      const doc = sandboxDoc(`${base}/pegawai/baru`);
      const plan = planFill(doc, 'pegawai-form', BUDI, { extra: { golongan: 'iii/d', validUntil: '2026-12-31', roles: 'ppk; Panitia/Pokja' } });
      expect(() => fillPlanSchema.parse(plan)).not.toThrow();
      expect(plan.pageId).toBe('pegawai-form');
      // Titles kept, whitespace collapsed.
      expect(row(plan, 'name')).toMatchObject({ newValue: 'Dr. Budi Santoso, S.E., M.Si.', label: 'Nama lengkap', kind: 'text', currentValue: '', conflict: false, skip: false });
      expect(row(plan, 'nip')).toMatchObject({ newValue: '198503152010011003', label: 'NIP', skip: false });
      expect(row(plan, 'email')).toMatchObject({ newValue: 'budi.santoso@contoh.go.id', skip: false });
      // E.164 → local number, into the mobile field; the landline field gets nothing.
      expect(row(plan, 'mobile')).toMatchObject({ newValue: '081234567890', label: 'No. HP', skip: false });
      expect(row(plan, 'phone')).toMatchObject({ skip: true, reasonCode: 'no-value' });
      expect(row(plan, 'position')).toMatchObject({ newValue: 'Kepala Bidang', label: 'Jabatan', skip: false });
      // A suggested User ID from the email's local part.
      expect(row(plan, 'userId')).toMatchObject({ newValue: 'budi.santoso', suggested: true, skip: false });
      // Select matched case-insensitively on the option text/value.
      expect(row(plan, 'golongan')).toMatchObject({ kind: 'select', newValue: 'III/d', newText: 'III/d', skip: false });
      // The bootstrap-datepicker-like input takes dd-mm-yyyy.
      expect(row(plan, 'validUntil')).toMatchObject({ kind: 'datepicker', newValue: '31-12-2026', skip: false });
      // Checkbox group by value or by label text.
      expect(row(plan, 'roles')).toMatchObject({ kind: 'checkbox', newValue: 'PPK,PANITIA', newText: 'PPK, Panitia/Pokja', skip: false });
      // Fields without data are listed as skipped with a reason, never silently dropped.
      for (const a of ['nik', 'pangkat', 'skNumber', 'address', 'pbjCertificate', 'satker']) {
        expect(row(plan, a)).toMatchObject({ skip: true, reasonCode: 'no-value' });
        expect(row(plan, a).reason).toMatch(/Tidak ada data/);
      }
      expect(plan.missing).toEqual([]);
    });
  }

  it('never plans a password input or the authenticityToken', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: { note: 'x', roles: 'PPK' } });
    const secret = Array.from(doc.querySelectorAll('input[type=password], input[name=authenticityToken]'));
    expect(secret.length).toBe(3);
    for (const r of plan.rows) {
      const els = Array.from(doc.querySelectorAll(r.selector));
      for (const el of els) expect(secret).not.toContain(el);
      expect(r.selector).not.toMatch(/passw|authenticityToken/i);
    }
  });

  it('ignores a taught profile that points at a password input or the token', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const taught = (fields: Record<string, string>): SiteProfile => {
      const r = parseSiteProfile({
        format: 'pandu-site-profile',
        version: 1,
        host: 'lpse.example.go.id',
        pages: [{ pageId: 'pegawai-form', urlPattern: '/eproc4/pegawai/baru', signature: { headings: ['Tambah Pegawai'] }, fields, taughtAt: '2026-11-26T00:00:00.000Z' }],
      });
      if (!r.ok) throw new Error(r.errors.join('; '));
      return r.profile;
    };
    // Control: a taught selector is used when it names a normal input.
    expect(row(planFill(doc, 'pegawai-form', BUDI, { profiles: [taught({ name: 'input[name="pegawai.peg_pangkat"]' })] }), 'name').selector).toBe('input[name="pegawai.peg_pangkat"]');
    const profile = taught({ name: 'input[name="pegawai.passw"]', email: 'input[name="authenticityToken"]' });
    const plan = planFill(doc, 'pegawai-form', BUDI, { profiles: [profile] });
    // The built-in matchers take over: the real name and email inputs.
    expect(row(plan, 'name').selector).toBe('input[name="pegawai.peg_nama"]');
    expect(row(plan, 'email').selector).toBe('input[name="pegawai.peg_email"]');
  });

  it('drops a person field that the page turned into a password input (and reports it missing)', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    input(doc, 'pegawai.peg_nip').setAttribute('type', 'password');
    const plan = planFill(doc, 'pegawai-form', BUDI);
    expect(plan.rows.some((r) => r.attribute === 'nip')).toBe(false);
    expect(plan.missing.map((m) => m.attribute)).toContain('nip');
  });

  it('the plan schema refuses a row that names the token or a password', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const plan = planFill(doc, 'pegawai-form', BUDI);
    const bad = { ...plan, rows: [{ ...plan.rows[1], selector: 'input[name="authenticityToken"]' }] };
    expect(fillPlanSchema.safeParse(bad).success).toBe(false);
    const bad2 = { ...plan, rows: [{ ...plan.rows[1], selector: 'input[type="password"]' }] };
    expect(fillPlanSchema.safeParse(bad2).success).toBe(false);
  });
});

describe('planFill: conflicts on the edit form', () => {
  it('marks values that would overwrite, skips equal ones and keeps an existing User ID', () => {
    const doc = sandboxDoc('/eproc4/pegawai/edit/6');
    const plan = planFill(doc, 'pegawai-form', { ...BUDI, email: 'PPK01@contoh.go.id' }, { extra: { roles: 'PPK,PANITIA' } });
    expect(row(plan, 'name')).toMatchObject({ currentValue: 'Dewi Lestari', newValue: 'Dr. Budi Santoso, S.E., M.Si.', conflict: true, skip: false });
    expect(row(plan, 'nip')).toMatchObject({ currentValue: '198206062008012010', conflict: true });
    // Same value (email lower-cased first; jabatan equal) → skipped as "same", no conflict.
    expect(row(plan, 'email')).toMatchObject({ currentValue: 'ppk01@contoh.go.id', skip: true, reasonCode: 'same', conflict: false });
    expect(row(plan, 'position')).toMatchObject({ skip: true, reasonCode: 'same' });
    // The suggestion never replaces an existing User ID.
    expect(row(plan, 'userId')).toMatchObject({ currentValue: 'ppk01', skip: true, reasonCode: 'kept', suggested: true });
    // Checkbox group: PPK checked now, PPK+PANITIA wanted → conflict.
    expect(row(plan, 'roles')).toMatchObject({ currentValue: 'PPK', newValue: 'PPK,PANITIA', conflict: true, skip: false });
    // Empty now → no conflict.
    expect(row(plan, 'mobile')).toMatchObject({ currentValue: '', conflict: false });
  });

  it('an explicit User ID is used as given (not a suggestion) and conflicts with the existing one', () => {
    const doc = sandboxDoc('/eproc4/pegawai/edit/6');
    const plan = planFill(doc, 'pegawai-form', BUDI, { userId: 'budi.ppk' });
    expect(row(plan, 'userId')).toMatchObject({ newValue: 'budi.ppk', suggested: false, conflict: true, skip: false });
  });
});

describe('planFill: phone numbers', () => {
  it('a landline goes to Telepon as a local number', () => {
    const plan = planFill(sandboxDoc('/eproc4/admin/verifikator/baru'), 'verifikator-form', { ...BUDI, phone: '+62215551234' });
    expect(row(plan, 'phone')).toMatchObject({ newValue: '0215551234', skip: false });
    expect(row(plan, 'mobile')).toMatchObject({ skip: true, reasonCode: 'no-value' });
  });

  it('a mobile number goes to Telepon when the form has no No. HP field', () => {
    const doc = sandboxDoc('/eproc4/admin/verifikator/baru');
    input(doc, 'pegawai.peg_mobile').closest('.form-group')!.remove();
    const plan = planFill(doc, 'verifikator-form', BUDI);
    expect(row(plan, 'phone')).toMatchObject({ newValue: '081234567890', skip: false });
    expect(plan.missing).toEqual([]);
  });

  it('a number that is not Indonesian is skipped with a reason', () => {
    const plan = planFill(sandboxDoc('/eproc4/admin/helpdesk/baru'), 'helpdesk-form', { ...BUDI, phone: '+6598765432' });
    const r = plan.rows.find((x) => (x.attribute === 'mobile' || x.attribute === 'phone') && x.reasonCode === 'invalid');
    expect(r?.reason).toMatch(/bukan nomor Indonesia/);
  });

  it('extra.phone / extra.mobile override the routing', () => {
    const plan = planFill(sandboxDoc('/eproc4/admin/helpdesk/baru'), 'helpdesk-form', BUDI, { extra: { phone: '(021) 555-1234', mobile: '0812 1111 2222' } });
    expect(row(plan, 'phone').newValue).toBe('0215551234');
    expect(row(plan, 'mobile').newValue).toBe('081211112222');
  });
});

describe('planFill: dates', () => {
  const plan = (doc: Document, v: string) => row(planFill(doc, 'pegawai-form', BUDI, { extra: { validUntil: v } }), 'validUntil');

  it('dd-mm-yyyy for the datepicker from ISO, dd-mm-yyyy or an Indonesian date', () => {
    for (const v of ['2026-12-31', '31-12-2026', '31/12/2026', '31 Desember 2026']) expect(plan(sandboxDoc('/eproc4/pegawai/baru'), v).newValue).toBe('31-12-2026');
  });

  it('yyyy-mm-dd for a native date input', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const el = input(doc, 'pegawai.peg_masa_berlaku');
    for (const a of ['data-provide', 'data-date-format', 'placeholder', 'class']) el.removeAttribute(a);
    el.setAttribute('type', 'date');
    expect(plan(doc, '31-12-2026')).toMatchObject({ kind: 'date', newValue: '2026-12-31' });
  });

  it("the datepicker's own data-date-format wins", () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    input(doc, 'pegawai.peg_masa_berlaku').setAttribute('data-date-format', 'dd/mm/yyyy');
    expect(plan(doc, '2026-03-05').newValue).toBe('05/03/2026');
  });

  it('an unreadable or impossible date is skipped with a reason', () => {
    expect(plan(sandboxDoc('/eproc4/pegawai/baru'), '31-02-2026')).toMatchObject({ skip: true, reasonCode: 'invalid' });
    expect(plan(sandboxDoc('/eproc4/pegawai/baru'), 'akhir tahun')).toMatchObject({ skip: true, reasonCode: 'invalid' });
  });
});

describe('planFill: selects, invalid values, missing fields', () => {
  it('selects: value or text, case-insensitive; otherwise skipped with the reason', () => {
    const doc = sandboxDoc('/lkpp/pegawai/baru');
    const satkerText = doc.querySelector('select[name="pegawai.satker_id"] option:nth-child(2)')!.textContent!.trim();
    const ok = planFill(doc, 'pegawai-form', BUDI, { extra: { golongan: ' IV/A ', satker: satkerText.toUpperCase() } });
    expect(row(ok, 'golongan').newValue).toBe('IV/a');
    expect(row(ok, 'satker')).toMatchObject({ newText: satkerText, skip: false });
    const bad = planFill(doc, 'pegawai-form', BUDI, { extra: { golongan: 'V/z', roles: 'PPK, Bendahara' } });
    expect(row(bad, 'golongan')).toMatchObject({ skip: true, reasonCode: 'no-option', reason: 'Pilihan "V/z" tidak ada di daftar Golongan; pilih sendiri.' });
    expect(row(bad, 'roles')).toMatchObject({ skip: true, reasonCode: 'no-option' });
    expect(row(bad, 'roles').reason).toContain('Bendahara');
  });

  it('an invalid NIP or email is skipped with the reason, not filled', () => {
    const plan = planFill(sandboxDoc('/eproc4/pegawai/baru'), 'pegawai-form', { ...BUDI, nip: '19850315 201001 100', email: 'budi santoso@contoh' });
    expect(row(plan, 'nip')).toMatchObject({ skip: true, reasonCode: 'invalid' });
    expect(row(plan, 'nip').reason).toMatch(/18 digit/);
    expect(row(plan, 'email')).toMatchObject({ skip: true, reasonCode: 'invalid' });
  });

  it('read-only and too-long fields are skipped', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    input(doc, 'pegawai.peg_nama').setAttribute('readonly', '');
    input(doc, 'pegawai.peg_jabatan').setAttribute('maxlength', '5');
    const plan = planFill(doc, 'pegawai-form', BUDI);
    expect(row(plan, 'name')).toMatchObject({ skip: true, reasonCode: 'read-only' });
    expect(row(plan, 'position')).toMatchObject({ skip: true, reasonCode: 'too-long' });
  });

  it('lists fields it has data for but cannot find ("kolom tidak ditemukan")', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    input(doc, 'pegawai.peg_nip').closest('.form-group')!.remove();
    const plan = planFill(doc, 'pegawai-form', BUDI, { extra: { assignmentLetterNumber: 'ST-1/2026' } });
    expect(plan.missing.map((m) => m.attribute).sort()).toEqual(['assignmentLetterNumber', 'nip']);
    expect(plan.missing.find((m) => m.attribute === 'nip')!.message).toMatch(/tidak ditemukan/);
    // Nothing found on an unknown page: everything Pandu has is missing, nothing planned.
    const none = planFill(doc, 'unknown', BUDI);
    expect(none.rows).toEqual([]);
    expect(none.missing.map((m) => m.attribute)).toEqual(expect.arrayContaining(['name', 'nip', 'email', 'position', 'mobile']));
  });

  it('finds the fields by label on variant 2 (no ids) of the national auditor form', () => {
    const plan = planFill(sandboxDoc('/lkpp/admin/auditor/baru?variant=2'), 'auditor-form', BUDI, { extra: { assignmentLetterNumber: 'ST-7/2026', assignmentLetterDate: '2026-02-09' } });
    expect(row(plan, 'assignmentLetterNumber').newValue).toBe('ST-7/2026');
    expect(row(plan, 'assignmentLetterDate')).toMatchObject({ kind: 'datepicker', newValue: '09-02-2026' });
    expect(row(plan, 'mobile').newValue).toBe('081234567890');
  });
});
