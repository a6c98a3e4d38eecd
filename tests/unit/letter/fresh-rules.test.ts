import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by the fresh set's tuning half (odd letters of tests/fixtures/letters-fresh):
 * each letter here is a small synthetic one written for the rule, not copied from a fixture.
 */
const body = ['', 'Nomor : 800/12/Contoh/2026', 'Perihal : Permohonan akun PPK', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'];

describe('kop surat sender', () => {
  it('drops a ministry line that the office line below repeats ("KANTOR KEMENTERIAN AGAMA …")', () => {
    const r = parseLetter(['KEMENTERIAN AGAMA REPUBLIK INDONESIA', 'KANTOR KEMENTERIAN AGAMA KOTA CONTOH', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('KANTOR KEMENTERIAN AGAMA KOTA CONTOH');
  });

  it('keeps a ministry line the office below does not repeat', () => {
    const r = parseLetter(['KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA', 'INSPEKTORAT JENDERAL', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA INSPEKTORAT JENDERAL');
  });

  it('a PEMERINTAH line wrapped onto a second line is dropped whole', () => {
    const r = parseLetter(['PEMERINTAH KABUPATEN PENUKAL ABAB', 'LEMATANG ILIR', 'DINAS KETAHANAN PANGAN', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('DINAS KETAHANAN PANGAN');
  });
});

describe('names', () => {
  it('drops "Almarhum"/"Almh." before a deceased person\'s name like an honorific', () => {
    const r = parseLetter(['DINAS CONTOH', '', 'Nomor : 800/12/Contoh/2026', 'Perihal : Penonaktifan User ID PPK', '', 'Nama : Almarhum Syafrudin, S.Hut.', 'NIP : 19700122 199803 1 003', '', 'Nama : Almh. Siti Aminah', 'NIP : 19700122 199803 2 003'].join('\n'));
    expect(r.people.map((p) => p.name)).toEqual(['Syafrudin, S.Hut.', 'Siti Aminah']);
  });
});
