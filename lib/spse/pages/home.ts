import type { PageDefInput } from '../routes';
import { ADMIN_AGENCY_MENU, ADMIN_PPE_MENU, VERIFIKATOR_MENU, examplesFor } from './_shared';

export const home: PageDefInput = {
  id: 'home',
  title: 'Beranda setelah login',
  role: 'any',
  roleByMenu: [
    { role: 'admin-ppe', menuText: ADMIN_PPE_MENU },
    { role: 'admin-agency', menuText: ADMIN_AGENCY_MENU },
    { role: 'verifikator', menuText: VERIFIKATOR_MENU },
  ],
  urlPatterns: ['/home'],
  urlKnown: true,
  signature: { headings: ['Beranda', 'Home', 'Selamat Datang'] },
  examples: examplesFor('/home'),
  notes: 'KNOWN: /home after login. GUESS: the heading and the menu texts used to tell the role.',
};
