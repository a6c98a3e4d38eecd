import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

const flagged = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.some((p) => p.field === field);

describe('a "Peran di SPSE" column (issue 12: letters disagree whether it is a jabatan)', () => {
  const table = (header: string) =>
    parseLetter(
      [
        'Hal : Permohonan Reset Kata Sandi Akun SPSE',
        '',
        `No\tNama\tNIP\t${header}\tAlamat Email`,
        '1\tYakobus Kambuaya, S.T.\t19800703 200801 1 023\tPPK\tyakobus.kambuaya@gmail.com',
        '2\tNovita Sari Malibela, S.E.\t19880319 201101 2 009\tPejabat Pengadaan\tnovitamalibela88@yahoo.com',
      ].join('\n'),
    );

  it('keeps an SPSE role written alone in it as the position, flagged to be checked', () => {
    const r = table('Peran di SPSE');
    expect(r.people.map((p) => p.position)).toEqual(['PPK', 'Pejabat Pengadaan']);
    expect(flagged(r, 'people[0].position')).toBe(true);
    expect(flagged(r, 'people[1].position')).toBe(true);
    expect(flagged(table('Peran SPSE'), 'people[0].position')).toBe(true);
  });

  it('leaves a team role ("Peran dalam Tim": Ketua Tim) unflagged', () => {
    const r = parseLetter(
      ['Hal : Permohonan Akun SPSE', '', 'No\tNama\tNIP\tPeran dalam Tim\tEmail', '1\tRina Kartika, S.E.\t19900214 201503 2 001\tKetua Tim\trina@bpk.go.id'].join('\n'),
    );
    expect(r.people[0].position).toBe('Ketua Tim');
    expect(flagged(r, 'people[0].position')).toBe(false);
  });
});
