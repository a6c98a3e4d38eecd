import { ADMIN_PPE_MENU, accountList } from './_shared';

export const helpdeskList = accountList({
  id: 'helpdesk-list',
  title: 'Daftar Helpdesk (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/helpdesk', '/helpdesk'],
  headings: ['Daftar Helpdesk', 'Daftar Akun Helpdesk'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: Admin PPE creates Helpdesk accounts. GUESS: URL, heading, columns.',
});
