import type { PageDefInput } from '../routes';

export const roleAccessApproval: PageDefInput = {
  id: 'role-access-approval',
  title: 'Persetujuan Akses Role (akun.inaproc.id)',
  role: 'verifikator-akses',
  urlPatterns: ['/verifikasi-akses', '/verifikasi-akses/:id'],
  host: 'akun.inaproc.id',
  signature: {
    headings: ['Verifikasi Akses Instansi', 'Verifikasi Akses', 'Permintaan Akses'],
    // Correction (INAPROC help-centre articles on akun.inaproc.id): the label is "Tipe Profil" (value
    // "Non Penyedia"); the request also shows "Username pada Platform Sebelumnya", "Alamat Satuan Kerja"
    // and "Upload Surat Keterangan Kerja/Surat Tugas".
    labels: ['Tipe Profil', 'Username pada Platform Sebelumnya', 'Role', 'Jenis Instansi', 'Nama Instansi', 'Satuan Kerja', 'Alamat Satuan Kerja', 'NPWP Satuan Kerja', 'Divisi/Unit Kerja', 'Masa Berlaku Jabatan', 'Upload Surat Keterangan Kerja/Surat Tugas'],
    menuText: ['Verifikasi Akses Instansi'],
  },
  fields: { note: [{ name: 'catatan' }, { id: 'catatan' }, { label: 'Catatan / Alasan Penolakan' }, { label: 'Catatan' }] },
  examples: ['https://akun.inaproc.id/verifikasi-akses', 'https://akun.inaproc.id/verifikasi-akses/9001'],
  notes: 'KNOWN: since 1 Aug 2024 (labels per INAPROC help-centre articles: Tipe Profil, Username pada Platform Sebelumnya, Alamat Satuan Kerja, Upload Surat Keterangan Kerja/Surat Tugas; auditors request Role "APIP"); earlier: non-vendor accounts are managed at akun.inaproc.id; a Verifikator Akses Instansi approves role-access requests (fields listed in the reference). GUESS: URL, headings, layout.',
};
