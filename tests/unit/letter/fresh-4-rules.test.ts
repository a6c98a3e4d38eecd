import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-4 after it was scored blind: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
describe('a table with a Jabatan column beside the team place', () => {
  const rows = (team: string, jabatan: string) =>
    [
      'PEMERINTAH KABUPATEN CONTOH',
      'BAGIAN PENGADAAN BARANG/JASA',
      '',
      'Nomor : 600/77/PBJ/2026',
      'Hal   : Permohonan User ID Pokja Pemilihan VII',
      '',
      'Mohon dibuatkan akun SPSE bagi anggota Pokja berikut:',
      '',
      `No\tNama\tNIP\t${team}\t${jabatan}\tEmail`,
      '1\tRahmat Tulus, S.T.\t19850606 201001 1 004\tKetua\tPenata Kelola PBJ Ahli Muda\trahmat.tulus@contohkab.go.id',
      '2\tNur Aini, S.E.\t19900909 201503 2 002\tAnggota\tPenata Kelola PBJ Ahli Pertama\tnur.aini@contohkab.go.id',
      '',
      'Kepala Bagian,',
    ].join('\n');

  for (const team of ['Kedudukan dalam Pokja', 'Peran dalam Tim', 'Posisi'])
    it(`"${team}" and "Jabatan": the jabatan is the position (the account's Jabatan field), not the team place`, () => {
      const r = parseLetter(rows(team, 'Jabatan'));
      expect(r.people.map((p) => p.position)).toEqual(['Penata Kelola PBJ Ahli Muda', 'Penata Kelola PBJ Ahli Pertama']);
    });

  it('"Jabatan Fungsional" beside "Peran dalam Tim": the same', () => {
    const r = parseLetter(rows('Peran dalam Tim', 'Jabatan Fungsional'));
    expect(r.people.map((p) => p.position)).toEqual(['Penata Kelola PBJ Ahli Muda', 'Penata Kelola PBJ Ahli Pertama']);
  });

  it('a team place alone (no Jabatan column) is still the position', () => {
    const r = parseLetter(
      [
        'Hal : Permohonan User ID Pokja',
        '',
        'No\tNama\tNIP\tKedudukan dalam Pokja\tEmail',
        '1\tRahmat Tulus, S.T.\t19850606 201001 1 004\tKetua\trahmat.tulus@contohkab.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.position)).toEqual(['Ketua']);
  });
});
