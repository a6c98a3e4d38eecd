import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-5 after it was scored: each letter here is a
 * small one written for the rule (other agencies, other wording), not the fixture.
 */
describe('a change letter marking a value as kept ("tetap")', () => {
  const letter = [
    'PEMERINTAH KOTA CONTOH',
    'DINAS KESEHATAN',
    '',
    'Nomor : 800/91/Dinkes/2026',
    'Hal   : Perubahan Data Akun SPSE PPK',
    '',
    'Mohon perubahan data akun SPSE sebagai berikut:',
    '',
    '1. Nama      : Hasnah Rauf, S.KM.',
    '   NIP       : 19880411 201101 2 015',
    '   Jabatan   : Kepala Seksi Farmasi (tetap)',
    '   Email     : tetap (hasnah.rauf@contohkota.go.id)',
    '   No. HP    : 0813 4411 2290',
    '',
    'Kepala Dinas,',
    '',
    'H. MUHAMMAD YUSUF',
  ].join('\n');

  it('reads the kept value without the marker, flagged', () => {
    const r = parseLetter(letter);
    expect(r.people[0].position).toBe('Kepala Seksi Farmasi');
    expect(r.people[0].email).toBe('hasnah.rauf@contohkota.go.id');
    expect(r.problems.some((p) => p.field === 'people[0].position')).toBe(true);
    expect(r.problems.some((p) => p.field === 'people[0].email' && /tetap/i.test(p.message))).toBe(true);
  });
});
