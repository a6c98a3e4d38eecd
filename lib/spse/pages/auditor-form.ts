import { ADMIN_PPE_MENU, PERSON_FIELDS, PERSON_INPUTS, PERSON_LABELS, accountForm, pegawaiField } from './_shared';

const { skNumber: _noSk, ...person } = PERSON_FIELDS;

export const auditorForm = accountForm({
  id: 'auditor-form',
  title: 'Formulir Auditor (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/auditor/baru', '/admin/auditor/edit/:id', '/auditor/baru', '/auditor/edit/:id'],
  headings: ['Tambah Auditor', 'Ubah Auditor', 'Edit Auditor', 'Form Auditor'],
  menuText: ADMIN_PPE_MENU,
  inputNames: [...PERSON_INPUTS, 'auditor.aud_no_surat_tugas'],
  labels: [...PERSON_LABELS, 'No. Surat Tugas'],
  fields: {
    ...person,
    agency: [{ name: 'auditor.aud_instansi' }, { column: 'aud_instansi' }, { label: 'Instansi Auditor' }, { label: 'Instansi' }],
    address: pegawaiField('peg_alamat', ['Alamat Instansi', 'Alamat']),
    assignmentLetterNumber: [{ name: 'auditor.aud_no_surat_tugas' }, { column: 'aud_no_surat_tugas' }, { label: 'No. Surat Tugas' }, { label: 'Nomor Surat Tugas' }],
    assignmentLetterDate: [{ name: 'auditor.aud_tgl_surat_tugas' }, { column: 'aud_tgl_surat_tugas' }, { label: 'Tanggal Surat Tugas' }],
    // Correction: an LPSE's public auditor-account request form asks for "Nomor Surat Tugas",
    // "Satuan Kerja yang Diperiksa" and "Nama Paket" (/work/shared/spse-reference.md).
    satker: [{ column: 'aud_satker' }, { label: 'Satuan Kerja yang Diperiksa' }, { label: 'Satker yang Diperiksa' }],
  },
  notes: 'KNOWN (an LPSE\'s auditor-account request form): Nomor Surat Tugas, Satuan Kerja yang Diperiksa, Nama Paket. GUESS: the whole auditor form (URL, heading, auditor.* inputs for instansi and surat tugas); masa berlaku = pegawai.peg_masa_berlaku labelled "Masa Berlaku Akses".',
});
