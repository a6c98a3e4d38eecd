import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-6 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
describe('a "Jabatan/Pangkat" cell whose second line is the pangkat and golongan', () => {
  const letter = (jabatan: string) =>
    ['Hal : Permohonan Akun SPSE Pejabat Pengadaan', '', 'No\tNama\tNIP\tJabatan/Pangkat', `1\tRudi Hamzah, S.T.\t19810303 200604 1 002\t${jabatan}`, ''].join('\n');

  it('the pangkat is cut off the jabatan, flagged', () => {
    for (const [cell, jabatan] of [
      ['Analis Kebijakan Ahli Muda Pembina (IV/a)', 'Analis Kebijakan Ahli Muda'],
      ['Pengelola Pengadaan Barang/Jasa Ahli Pertama Penata Muda Tk. I (III/b)', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama'],
      ['Kepala Seksi Sarana Penata Tk.I, III/d', 'Kepala Seksi Sarana'],
      ['Pranata Komputer Terampil Pengatur / II.c', 'Pranata Komputer Terampil'],
    ]) {
      const parsed = parseLetter(letter(cell));
      expect(parsed.people[0].position).toBe(jabatan);
      expect(parsed.problems.some((p) => p.field === 'people[0].position' && /pangkat/i.test(p.message))).toBe(true);
    }
  });

  it('a pangkat word without its golongan stays in the jabatan', () => {
    expect(parseLetter(letter('Penata Laksana Barang')).people[0].position).toBe('Penata Laksana Barang');
  });
});
