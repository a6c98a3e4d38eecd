import type { PageDefInput } from '../routes';

export const roleAccessApproval: PageDefInput = {
  id: 'role-access-approval',
  title: 'Persetujuan Akses Role (akun.inaproc.id)',
  role: 'verifikator-akses',
  urlPatterns: ['/verifikasi-akses', '/verifikasi-akses/:id'],
  host: 'akun.inaproc.id',
  signature: {
    headings: ['Verifikasi Akses Instansi', 'Verifikasi Akses', 'Permintaan Akses'],
    labels: ['Tipe Profil Non Penyedia', 'Role', 'Jenis Instansi', 'Nama Instansi', 'Satuan Kerja', 'NPWP Satuan Kerja', 'Divisi/Unit Kerja', 'Masa Berlaku Jabatan'],
    menuText: ['Verifikasi Akses Instansi'],
  },
  fields: { note: [{ name: 'catatan' }, { id: 'catatan' }, { label: 'Catatan / Alasan Penolakan' }, { label: 'Catatan' }] },
  examples: ['https://akun.inaproc.id/verifikasi-akses', 'https://akun.inaproc.id/verifikasi-akses/9001'],
  notes: 'KNOWN: since 1 Aug 2024 non-vendor accounts are managed at akun.inaproc.id; a Verifikator Akses Instansi approves role-access requests (fields listed in the reference). GUESS: URL, headings, layout.',
};
