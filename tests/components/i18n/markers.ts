/**
 * Indonesian words that belong to the interface (never to the records shown): one of them in a
 * view rendered in English is a string that did not follow the chosen language.
 */
export const INDONESIAN_MARKERS = [
  'Langkah', 'langkah', 'Kasus', 'kasus', 'Simpan', 'simpan', 'Unduh', 'unduh', 'Cetak', 'cetak', 'Pilih', 'pilih', 'Semua', 'semua',
  'Minggu', 'Persentil', 'menit', 'jam kerja', 'hari kerja', 'terlambat', 'tepat waktu', 'hampir lewat', 'Tanggal', 'tanggal',
  'Pengaturan', 'Laporan', 'belum', 'tidak', 'Tidak', 'dengan', 'dari', 'untuk', 'atau', 'sudah', 'Dalam proses', 'Selesai', 'selesai',
  'Dibatalkan', 'dibatalkan', 'Menunggu', 'menunggu', 'Keterangan', 'Perihal', 'Nomor', 'nomor', 'Asal surat', 'Diteruskan', 'Catatan',
  'catatan', 'Gagal', 'gagal', 'Berkas', 'berkas', 'Periode', 'pemisah', 'Masalah', 'Halaman', 'halaman', 'Buka', 'buka', 'Tutup',
  'Batal', 'Kembali', 'Ringkasan', 'Jumlah', 'jumlah', 'Rata-rata', 'Pelaksana', 'Kelengkapan', 'Mutu baku', 'Peringatan', 'Sebelumnya',
  'Berikutnya', 'Mulai', 'Ulangi', 'alasan', 'Alasan', 'Isi', 'surat', 'Surat', 'pesan', 'wajib', 'harus', 'bukan', 'Bahasa',
] as const;

/** The markers found in `text` as whole words (records and names excluded by the caller). */
export function indonesianMarkers(text: string): string[] {
  const found = new Set<string>();
  for (const m of INDONESIAN_MARKERS) {
    const re = new RegExp(`(^|[^\\p{L}])${m}(?=$|[^\\p{L}])`, 'u');
    if (re.test(text)) found.add(m);
  }
  return [...found];
}

/** The visible text of a rendered view, without the options of language pickers ("Bahasa Indonesia" names a language). */
export function viewText(container: Element): string {
  const copy = container.cloneNode(true) as Element;
  for (const o of copy.querySelectorAll('option[value="id"]')) o.remove();
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(attr);
      if (v) parts.push(v);
    }
    for (const child of el.children) walk(child);
  };
  walk(copy);
  return `${copy.textContent ?? ''}\n${parts.join('\n')}`;
}
