import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter/parse';
import { summarize } from '../../../lib/letter/summary';

/** Rules found on tests/fixtures/letters-fresh-7 (04, 16), each shown on a letter of its own. */

const people = (text: string) => summarize(parseLetter(text)).people;
const lostFlags = (text: string) => parseLetter(text).problems.filter((p) => p.field === 'people' || /^people\[\d+\]$/.test(p.field));

describe('a bulleted person indented under the one before', () => {
  const letter = [
    'NOTA DINAS',
    'Kepada : Yth. Kepala UKPBJ',
    'Dari : Sekretaris Dinas Pendidikan',
    'Tanggal : 9 Desember 2026',
    'Nomor : 027/ND/ 611 /DISDIK/XII/2026',
    'Hal : Penambahan Pejabat Pengadaan pada Aplikasi SPSE',
    '',
    '1. Mohon dibuatkan akun SPSE peran Pejabat Pengadaan atas nama:',
    '   - Sdri. Wulan Sari, S.E., NIP. 19910305 201503 2 011, Analis Pengadaan',
    '     Barang/Jasa, HP. 0852-6611-2043, e-mail: wulansari.disdik@gmail.com;',
    '   - Sdr. Bayu Nugroho, S.T., NIP. 19930817 201902 1 004, Pranata Komputer',
    '     Ahli Pertama, HP. 0813.7720.5518, e-mail: bayunugroho93@gmail.com.',
    '2. Demikian disampaikan.',
    '',
    'Sekretaris,',
    '',
    'Drs. HERMAN SYAHPUTRA',
    'NIP. 19700101 199503 1 002',
  ].join('\n');

  it('is a person of their own, not a wrap of the bullet above', () => {
    expect(people(letter).map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Wulan Sari, S.E.', '199103052015032011', 'Analis Pengadaan Barang/Jasa', 'wulansari.disdik@gmail.com', '+6285266112043'],
      ['Bayu Nugroho, S.T.', '199308172019021004', 'Pranata Komputer Ahli Pertama', 'bayunugroho93@gmail.com', '+6281377205518'],
    ]);
    expect(lostFlags(letter)).toEqual([]);
  });
});

describe('a person named in a sentence by a staff number that is no NIP (NPP, NRP, NIK)', () => {
  const letter = [
    'PERUSAHAAN UMUM DAERAH PASAR BERMARTABAT',
    'KOTA PALEMBANG',
    'Jalan Merdeka No. 12 Palembang 30131 Telp. (0711) 352100',
    '',
    'Palembang, 2 Desember 2026',
    'Nomor\t: 510/ 88 /PD.PSR/XII/2026',
    'Perihal\t: Penggantian Akun SPSE Pejabat Pengadaan',
    '',
    'Kepada Yth. Kepala Bagian Pengadaan Barang dan Jasa Setda Kota Palembang',
    '',
    'Dengan hormat, kami mohon bantuan untuk menonaktifkan akun SPSE atas nama Sdri. Lestari Wahyuni, NPP',
    '2004.0615.021, Kepala Urusan Pengadaan, serta membuatkan akun SPSE Pejabat Pengadaan bagi pegawai',
    'kami berikut:',
    'No\tNama\tNPP\tJabatan\tHP\tEmail',
    '1\tAgus Salim, S.E.\t2016.0410.033\tKepala Urusan Pengadaan\t0812 7100 4432\tagussalim.pasar@gmail.com',
    '2\tRina Melati\t2020.0112.090\tStaf Urusan Umum\t0853 6601 2290\trinamelati20@gmail.com',
    '',
    'Direktur Utama,',
    '',
    'H. ANDI SUHERMAN, S.H.',
    'NPP 2001.0101.001',
  ].join('\n');

  it('is read (no NIP) before the table, and the table rows keep their own values', () => {
    expect(people(letter).map((p) => [p.name, p.nip, p.position, p.email])).toEqual([
      ['Lestari Wahyuni', null, 'Kepala Urusan Pengadaan', null],
      ['Agus Salim, S.E.', null, 'Kepala Urusan Pengadaan', 'agussalim.pasar@gmail.com'],
      ['Rina Melati', null, 'Staf Urusan Umum', 'rinamelati20@gmail.com'],
    ]);
    expect(lostFlags(letter)).toEqual([]);
  });

  it('the rows under a sentence saying both sides are on the side it says last (flagged); the one named first is outgoing', () => {
    const parsed = parseLetter(letter);
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'create', 'create']);
    expect(parsed.problems).toContainEqual(expect.objectContaining({ field: 'people[1].action', message: expect.stringMatching(/kalimat pengantar daftarnya/) }));
  });
});
