import { ADMIN_PPE_MENU, accountList } from './_shared';

export const auditorList = accountList({
  id: 'auditor-list',
  title: 'Daftar Auditor (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/auditor', '/auditor'],
  headings: ['Daftar Auditor', 'Daftar Akun Auditor'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: Admin PPE creates auditor (APIP/BPK) accounts in 4.x. GUESS: URL, heading, columns.',
});
