import type { Lang } from '../i18n';

/** Human names of the SPSE page ids, for the panel. */
export const PAGE_TITLES: Record<string, { id: string; en: string }> = {
  login: { id: 'Halaman login', en: 'Login page' },
  home: { id: 'Beranda', en: 'Home' },
  'admin-agency-list': { id: 'Daftar Admin Agency', en: 'Admin Agency list' },
  'admin-agency-form': { id: 'Formulir Admin Agency', en: 'Admin Agency form' },
  'verifikator-list': { id: 'Daftar Verifikator', en: 'Verifikator list' },
  'verifikator-form': { id: 'Formulir Verifikator', en: 'Verifikator form' },
  'helpdesk-list': { id: 'Daftar Helpdesk', en: 'Helpdesk list' },
  'helpdesk-form': { id: 'Formulir Helpdesk', en: 'Helpdesk form' },
  'auditor-list': { id: 'Daftar Auditor', en: 'Auditor list' },
  'auditor-form': { id: 'Formulir Auditor', en: 'Auditor form' },
  'pegawai-list': { id: 'Daftar Pegawai', en: 'Employee (pegawai) list' },
  'pegawai-form': { id: 'Formulir Pegawai (PPK/Pokja)', en: 'Employee form (PPK/Pokja)' },
  'penyedia-verification-list': { id: 'Daftar Verifikasi Penyedia', en: 'Vendor verification list' },
  'penyedia-verification-detail': { id: 'Detail Verifikasi Penyedia', en: 'Vendor verification detail' },
  'role-access-approval': { id: 'Persetujuan Akses Role (akun.inaproc.id)', en: 'Role access approval (akun.inaproc.id)' },
  unknown: { id: 'Halaman belum dikenali', en: 'Page not recognised yet' },
};

export function pageTitle(pageId: string, lang: Lang): string {
  const t = PAGE_TITLES[pageId] ?? PAGE_TITLES.unknown;
  return t[lang];
}
