import { ADMIN_PPE_MENU, accountForm } from './_shared';

export const helpdeskForm = accountForm({
  id: 'helpdesk-form',
  title: 'Formulir Helpdesk (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/helpdesk/baru', '/admin/helpdesk/edit/:id', '/helpdesk/baru', '/helpdesk/edit/:id'],
  headings: ['Tambah Helpdesk', 'Ubah Helpdesk', 'Edit Helpdesk', 'Form Helpdesk'],
  menuText: ADMIN_PPE_MENU,
  notes: 'KNOWN: pegawai columns. GUESS: URL, heading, input names (pegawai.<column>), labels.',
});
