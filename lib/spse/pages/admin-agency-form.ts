import { ADMIN_PPE_MENU, PERSON_FIELDS, PERSON_INPUTS, PERSON_LABELS, accountForm } from './_shared';

export const adminAgencyForm = accountForm({
  id: 'admin-agency-form',
  title: 'Formulir Admin Agency (Admin PPE)',
  role: 'admin-ppe',
  urlPatterns: ['/admin/adminagency/baru', '/admin/adminagency/edit/:id', '/adminagency/baru', '/adminagency/edit/:id'],
  headings: ['Tambah Admin Agency', 'Ubah Admin Agency', 'Edit Admin Agency', 'Form Admin Agency'],
  menuText: ADMIN_PPE_MENU,
  inputNames: [...PERSON_INPUTS, 'pegawai.agc_id'],
  labels: [...PERSON_LABELS, 'Agency'],
  fields: { ...PERSON_FIELDS, agency: [{ name: 'pegawai.agc_id' }, { column: 'agc_id' }, { label: 'Agency' }, { label: 'Instansi' }] },
  notes: 'KNOWN: pegawai columns incl. agc_id. GUESS: URL, heading, input names (pegawai.<column>), labels.',
});

