import { ADMIN_AGENCY_MENU, PERSON_FIELDS, PERSON_INPUTS, PERSON_LABELS, accountForm, pegawaiField } from './_shared';

export const pegawaiForm = accountForm({
  id: 'pegawai-form',
  title: 'Formulir Pegawai: PPK / Pokja / PP (Admin Agency)',
  role: 'admin-agency',
  urlPatterns: ['/pegawai/baru', '/pegawai/edit/:id', '/pegawai/:id/edit', '/pegawai/edit', '/admin/pegawai/baru', '/admin/pegawai/edit/:id'],
  headings: ['Tambah Pegawai', 'Ubah Pegawai', 'Edit Pegawai', 'Form Pegawai'],
  menuText: ADMIN_AGENCY_MENU,
  inputNames: [...PERSON_INPUTS, 'usergroup'],
  labels: [...PERSON_LABELS, 'Satuan Kerja'],
  fields: {
    ...PERSON_FIELDS,
    // Correction (SPSE database schema used by third-party LPSE tools): PPK are rows of their own
    // table `ppk` (ppk_nomor_sk, ppk_valid_start), Pokja of `pegawai_ukpbj`, PP of `ekontrak.pp`.
    skNumber: [...PERSON_FIELDS.skNumber, { column: 'ppk_nomor_sk' }, { label: 'Nomor SK PPK' }, { label: 'No. SK PPK' }],
    address: pegawaiField('peg_alamat', ['Alamat']),
    pbjCertificate: pegawaiField('peg_no_pbj', ['No. Sertifikat PBJ', 'Nomor Sertifikat PBJ', 'No. PBJ']),
    satker: [{ name: 'pegawai.satker_id' }, { column: 'satker_id' }, { label: 'Satuan Kerja' }],
    roles: [{ name: 'usergroup' }, { column: 'usergroup' }, { label: 'Peran' }, { label: 'Role' }, { label: 'Grup' }],
  },
  notes: 'KNOWN: pegawai columns (peg_no_pbj, satker_id), usergroup codes PPK and PANITIA; PPK, Pokja and PP are also rows of their own tables (ppk.ppk_nomor_sk, pegawai_ukpbj, ekontrak.pp). GUESS: URL, heading, role checkboxes named usergroup (PP guessed).',
});
