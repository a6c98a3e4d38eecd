import { ADMIN_PPE_MENU, accountForm } from './_shared';

export const verifikatorForm = accountForm({
  id: 'verifikator-form',
  title: 'Formulir Verifikator (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/verifikator/baru', '/admin/verifikator/edit/:id', '/verifikator/baru', '/verifikator/edit/:id'],
  headings: ['Tambah Verifikator', 'Ubah Verifikator', 'Edit Verifikator', 'Form Verifikator'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: pegawai columns. GUESS: URL, heading, input names (pegawai.<column>), labels.',
});
