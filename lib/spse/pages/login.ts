import type { PageDefInput } from '../routes';
import { examplesFor } from './_shared';

/**
 * Login, both steps. Step two (TOTP) is a correction from a ministry's public SPSE 4.5 user guide
 * ("login in two steps with TOTP"; /work/shared/spse-reference.md, "Found in public sources").
 */
export const login: PageDefInput = {
  id: 'login',
  title: 'Halaman login',
  role: 'any',
  urlPatterns: ['/login', '/login/otp', '/login/totp', '/login/verifikasi'],
  urlKnown: true,
  signature: {
    headings: ['Login', 'Masuk', 'Verifikasi Dua Langkah', 'Autentikasi Dua Faktor', 'Kode OTP'],
    inputNames: ['txtUserId', 'txtPassword', 'otp'],
    labels: ['User ID', 'Password', 'Kode OTP'],
  },
  fields: { userId: [{ name: 'txtUserId' }, { id: 'txtUserId' }, { label: 'User ID' }] },
  examples: [...examplesFor('/login'), ...examplesFor('/login/otp')],
  notes:
    'KNOWN: /login with POST fields txtUserId, txtPassword, isRekanan, authenticityToken; SPSE 4.5 logs in in two steps with TOTP (a ministry\'s 4.5 guide). GUESS: headings, the step-two URL (/login/otp), its field name (otp) and label. The password and the one-time code are never read.',
};
