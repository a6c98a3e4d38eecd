import type { PageDefInput } from '../routes';
import { examplesFor } from './_shared';

export const login: PageDefInput = {
  id: 'login',
  title: 'Halaman login',
  role: 'any',
  urlPatterns: ['/login'],
  urlKnown: true,
  signature: { headings: ['Login', 'Masuk'], inputNames: ['txtUserId', 'txtPassword'], labels: ['User ID', 'Password'] },
  fields: { userId: [{ name: 'txtUserId' }, { id: 'txtUserId' }, { label: 'User ID' }] },
  examples: examplesFor('/login'),
  notes: 'KNOWN: /login with POST fields txtUserId, txtPassword, isRekanan, authenticityToken (4.5 may add TOTP). GUESS: heading text. The password is never read.',
};
