import type { PageDefInput } from '../routes';
import { VERIFIKATOR_MENU, examplesFor } from './_shared';

export const penyediaVerificationList: PageDefInput = {
  id: 'penyedia-verification-list',
  title: 'Daftar Verifikasi Penyedia (Verifikator)',
  role: 'verifikator',
  urlPatterns: ['/rekanan/verifikasi', '/verifikasi/rekanan', '/rekanan/verifikasi/list'],
  signature: {
    headings: ['Verifikasi Penyedia', 'Daftar Verifikasi Penyedia', 'Daftar Penyedia Belum Terverifikasi'],
    labels: ['Nama Penyedia', 'NPWP', 'Tanggal Daftar'],
    menuText: VERIFIKATOR_MENU,
  },
  examples: examplesFor('/rekanan/verifikasi'),
  notes: 'KNOWN: rekanan columns (rkn_nama, rkn_npwp, rkn_email, rkn_tgl_daftar, rkn_status). GUESS: URL, heading, columns.',
};
