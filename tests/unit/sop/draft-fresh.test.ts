import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftSop } from '../../../lib/sop/draft';
import { readSopDocument, SCANNED_SOP_MESSAGE } from '../../../lib/sop/draft/file';
import { sopSchema } from '../../../lib/sop/schema';

/**
 * The drafter on SOP documents written fresh for these tests in the Permenpan 35/2012 layout
 * (not seeds): text pasted from a Word table, a .docx with a real Word table (merged header cells,
 * wrapped activities), a text PDF whose activities wrap over lines. Binary files come from
 * tests/fixtures/sop/make-files.ts.
 */

const dir = new URL('../../fixtures/sop/', import.meta.url);
const file = (name: string) => {
  const b = readFileSync(new URL(name, dir));
  return { name, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};

async function draftFile(name: string) {
  const r = await readSopDocument(file(name));
  if ('error' in r) throw new Error(r.error);
  return draftSop(r.text, { wrapped: r.wrapped, fileName: name });
}

const rows = (d: Awaited<ReturnType<typeof draftFile>>) =>
  d.sop.steps.map((s) => ({ no: s.no, activity: s.activity, actors: s.actors, time: s.duration.text, output: s.output, kind: s.kind, decision: s.decision ?? null }));

describe('draft from fresh SOP documents', () => {
  it('text pasted from a Word table: identity, two-column side texts, check marks, a decision with written targets', async () => {
    const d = await draftFile('helpdesk-pasted.txt');
    expect(sopSchema.safeParse(d.sop).success).toBe(true);
    expect(d.sop).toMatchObject({
      number: '050/07/BPBJ/2024',
      title: 'Layanan Helpdesk Pengguna SPSE',
      madeAt: '8 April 2024',
      revisedAt: '1 Oktober 2024',
      approvedAt: '14 Oktober 2024',
      approvedBy: 'Kepala Biro Pengadaan Barang dan Jasa',
      legalBasis: ['Peraturan Presiden Nomor 12 Tahun 2021 tentang Perubahan atas Perpres 16 Tahun 2018', 'Peraturan LKPP Nomor 9 Tahun 2023 tentang LPSE'],
      qualifications: ['Memahami aplikasi SPSE versi 4', 'Bersertifikat Helpdesk LKPP'],
      related: ['SOP Reset Password'],
      equipment: ['Komputer dan telepon', 'Aplikasi tiket helpdesk'],
      recording: ['Setiap pertanyaan dicatat dalam aplikasi tiket'],
    });
    expect(d.sop.lanes.map((l) => l.name)).toEqual(['Pengguna', 'Helpdesk', 'Admin PPE', 'Kepala LPSE']);
    expect(rows(d).map((r) => [r.no, r.actors.join('+'), r.time, r.kind])).toEqual([
      [1, 'pengguna', 'Setiap hari kerja pukul 08.00-16.00 WITA', 'process'],
      [2, 'helpdesk', '5 menit', 'process'],
      [3, 'helpdesk', '30 menit', 'decision'],
      [4, 'helpdesk', '15 menit', 'process'],
      [5, 'admin-ppe+kepala-lpse', '2 jam', 'process'],
      [6, 'helpdesk', '1 x 24 jam', 'process'],
    ]);
    expect(d.sop.steps[0].duration.window).toEqual({ days: 'Setiap hari kerja', from: '08:00', to: '16:00', zone: 'WITA' });
    expect(d.sop.steps[5].duration).toMatchObject({ min: 24, max: 24, unit: 'hour' });
    expect(d.sop.steps[2].decision).toEqual({ question: 'Apakah kendala dapat dijawab Helpdesk?', yes: 6, no: 4 });
    expect(d.sop.steps.map((s) => s.marker)).toEqual(['start', null, null, null, null, 'end']);
    expect(d.sop.steps[1].output).toBe('Nomor tiket');
    expect(d.problems).toEqual([{ path: 'steps[2].decision', message: expect.stringContaining('periksa') }]);
  });

  it('.docx with a real Word table: merged headers, wrapped activities joined, lane symbols, requirements per paragraph', async () => {
    const d = await draftFile('files/reset-password.docx');
    expect(sopSchema.safeParse(d.sop).success).toBe(true);
    expect(d.sop).toMatchObject({ number: '027/015/UKPBJ/2025', title: 'Reset Password Pengguna Non Penyedia', revisedAt: null, approvedAt: '10 Februari 2025' });
    expect(d.sop.lanes.map((l) => l.name)).toEqual(['Pemohon', 'Helpdesk', 'Admin PPE', 'Kepala UKPBJ']);
    // The applicant's lane is outside the LPSE: its steps are outsider steps.
    expect(d.sop.lanes.filter((l) => l.outsider).map((l) => l.name)).toEqual(['Pemohon']);
    const r = rows(d);
    expect(r.map((x) => x.time)).toEqual(['10 menit', '5 menit', '15 menit', '1 hari kerja', '1 x 24 jam', '']);
    expect(r[0].activity).toBe('Pemohon menyampaikan surat permohonan reset password bermaterai kepada Helpdesk');
    expect(r[3].activity).toBe('Kepala UKPBJ menyetujui reset password');
    expect(r.map((x) => x.actors[0])).toEqual(['pengguna', 'helpdesk', 'helpdesk', 'kepala-lpse', 'admin-ppe', 'pengguna']);
    expect(d.sop.steps[0].requirements).toEqual(['Surat permohonan', 'Fotokopi KTP']);
    expect(r[2]).toMatchObject({ kind: 'decision', decision: { question: 'Apakah data pemohon sesuai dengan data SPSE?', yes: 4, no: 1 } });
    expect(d.sop.steps[3].duration).toMatchObject({ min: 1, max: 1, unit: 'workday' });
    expect(d.sop.steps[5].marker).toBe('end');
    expect(d.sop.steps[5].duration.unit).toBeNull();
  });

  it('text PDF with cells placed one by one: columns from the header, wrapped lines joined into their cells', async () => {
    const d = await draftFile('files/verifikasi.pdf');
    expect(sopSchema.safeParse(d.sop).success).toBe(true);
    expect(d.sop).toMatchObject({ number: '09/LPSE-TI/2024', title: 'Verifikasi Dokumen Penyedia', approvedBy: 'Kepala LPSE Kota Teluk Indah' });
    expect(d.sop.legalBasis).toEqual(['Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah']);
    expect(rows(d).map((x) => [x.activity, x.actors.join('+'), x.time, x.output])).toEqual([
      ['Penyedia mengisi formulir pendaftaran pada SPSE', 'penyedia', 'Tidak ditentukan', 'Formulir terisi'],
      ['Penyedia membawa dokumen asli perusahaan ke kantor LPSE', 'penyedia', '3 hari kerja', 'Dokumen diterima'],
      ['Verifikator memeriksa dokumen. Dokumen lengkap? Ya/Tidak', 'verifikator', '15-30 menit', 'Hasil verifikasi'],
      ['Kepala LPSE mengesahkan berita acara verifikasi', 'kepala-lpse', '1 x 24 jam', 'Berita acara sah'],
      ['Verifikator mengaktifkan akun penyedia di SPSE', 'verifikator', '10 menit', 'Akun aktif'],
    ]);
    expect(d.sop.steps[1].requirements).toEqual(['Dokumen asli perusahaan']);
    expect(d.sop.steps[2].decision).toEqual({ question: 'Dokumen lengkap?', yes: 4, no: 1 });
  });

  it('a scanned PDF gives the Indonesian "OCR belum tersedia" message; an empty text gives a usable draft with problems', async () => {
    await expect(readSopDocument(file('files/scanned.pdf'))).resolves.toEqual({ error: SCANNED_SOP_MESSAGE });
    expect(SCANNED_SOP_MESSAGE).toMatch(/OCR belum tersedia/);
    const d = draftSop('catatan rapat tanpa tabel');
    expect(sopSchema.safeParse(d.sop).success).toBe(true);
    expect(d.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['steps', 'title', 'number', 'lanes']));
  });
});

describe('draft input bounds', () => {
  it('keeps at most 200 steps and says so; a text over the limit is cut and flagged', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i + 1}\tKegiatan ${i + 1}\tv\t\tBerkas\t10 menit\tHasil`).join('\n');
    const d = draftSop(`Nama SOP\t: Uji batas\nNo\tUraian Kegiatan\tAdmin PPE\tHelpdesk\tKelengkapan\tWaktu\tOutput\n${rows}`);
    expect(d.sop.steps).toHaveLength(200);
    expect(d.problems).toContainEqual({ path: 'steps', message: 'lebih dari 200 baris; sisanya diabaikan' });
    const long = draftSop('x'.repeat(450_000));
    expect(long.problems.some((p) => p.path === '(berkas)' && /400000 karakter/.test(p.message))).toBe(true);
  });
});
