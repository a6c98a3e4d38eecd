import { ADMIN_AGENCY_MENU, accountList } from './_shared';

export const pegawaiList = accountList({
  id: 'pegawai-list',
  title: 'Daftar Pegawai (Admin Agency)',
  role: 'admin-agency',
  urlPatterns: ['/pegawai', '/admin/pegawai'],
  headings: ['Daftar Pegawai', 'Data Pegawai'],
  menuText: ADMIN_AGENCY_MENU,
  notes: 'KNOWN: 3.x Admin Agency menu has Pegawai. GUESS: URL /pegawai, heading, columns.',
});
