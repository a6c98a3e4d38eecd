import { ADMIN_PPE_MENU, accountList } from './_shared';

export const verifikatorList = accountList({
  id: 'verifikator-list',
  title: 'Daftar Verifikator (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/verifikator', '/verifikator'],
  headings: ['Daftar Verifikator', 'Daftar Akun Verifikator'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: Admin PPE creates Verifikator accounts. GUESS: URL, heading, columns.',
});
