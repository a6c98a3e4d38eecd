import { makeT } from '../../lib/i18n';

/** Toolbar popup strings, Bahasa Indonesia first. */
export const tpp = makeT({
  today: { id: 'Kasus terbuka hari ini', en: 'Open cases today' },
  none: { id: 'Tidak ada kasus terbuka.', en: 'No open cases.' },
  loading: { id: 'Memuat catatan…', en: 'Loading records…' },
  loadFailed: { id: 'Gagal membaca catatan: {msg}', en: 'Could not read the records: {msg}' },
  step: { id: 'Langkah {n}', en: 'Step {n}' },
  notStarted: { id: 'belum dimulai', en: 'not started' },
  waiting: { id: 'Menunggu', en: 'Waiting' },
  allDone: { id: 'semua langkah selesai', en: 'all steps done' },
  openPanel: { id: 'Buka panel di tab ini', en: 'Open panel on this tab' },
  opening: { id: 'Membuka panel…', en: 'Opening the panel…' },
  opened: { id: 'Panel terbuka di tab SPSE.', en: 'The panel is open on the SPSE tab.' },
  noTab: { id: 'Tidak ada tab SPSE di jendela ini. Buka SPSE lalu coba lagi.', en: 'No SPSE tab in this window. Open SPSE and try again.' },
  openFailed: { id: 'Panel tidak dapat dibuka di tab ini: {msg}', en: 'The panel could not be opened on this tab: {msg}' },
  report: { id: 'Laporan', en: 'Report' },
  options: { id: 'Pengaturan', en: 'Settings' },
  language: { id: 'Bahasa', en: 'Language' },
  shortcut: { id: 'Pintasan: Alt+Shift+P membuka/menutup panel.', en: 'Shortcut: Alt+Shift+P opens/closes the panel.' },
});
