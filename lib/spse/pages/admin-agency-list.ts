import { ADMIN_PPE_MENU, accountList } from './_shared';

export const adminAgencyList = accountList({
  id: 'admin-agency-list',
  title: 'Daftar Admin Agency (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/adminagency', '/adminagency', '/admin/agency'],
  headings: ['Daftar Admin Agency', 'Daftar Akun Admin Agency'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: Admin PPE creates Admin Agency accounts. GUESS: URL, heading, columns.',
});
