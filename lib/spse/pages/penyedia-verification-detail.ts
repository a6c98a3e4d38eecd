import type { PageDefInput } from '../routes';
import { VERIFIKATOR_MENU, examplesFor } from './_shared';

export const penyediaVerificationDetail: PageDefInput = {
  id: 'penyedia-verification-detail',
  title: 'Detail Verifikasi Penyedia (Verifikator)',
  role: 'verifikator',
  urlPatterns: ['/rekanan/:id/verifikasi', '/rekanan/verifikasi/:id', '/verifikasi/rekanan/:id'],
  signature: {
    headings: ['Verifikasi Data Penyedia', 'Detail Verifikasi Penyedia', 'Detail Penyedia'],
    labels: ['Nama Penyedia', 'NPWP', 'Email', 'Tanggal Daftar'],
    menuText: VERIFIKATOR_MENU,
    buttons: ['Setuju', 'Tolak'],
  },
  fields: { note: [{ name: 'alasan' }, { id: 'alasan' }, { label: 'Alasan Penolakan' }, { label: 'Alasan' }] },
  examples: examplesFor('/rekanan/101/verifikasi'),
  notes: 'KNOWN: the verifikator approves or rejects a vendor after checking documents. GUESS: URL, heading, labels, alasan field, Setuju/Tolak buttons.',
};
