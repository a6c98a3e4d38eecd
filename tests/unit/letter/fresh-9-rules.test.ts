import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-9 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */

describe('a table with a separate HP column and WA column', () => {
  const letter = (head: string, row: string) =>
    [
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      head,
      row,
      '',
      'Demikian kami sampaikan.',
    ].join('\n');

  it('the HP column is the phone, whichever comes first', () => {
    const hpFirst = parseLetter(letter('No | Nama | NIP | HP | WA | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 081255501234 | 085399907777 | dewi.ang@gmail.com'));
    expect(hpFirst.people[0].phone).toBe('+6281255501234');
    const waFirst = parseLetter(letter('No | Nama | NIP | WhatsApp | No. HP | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 085399907777 | 081255501234 | dewi.ang@gmail.com'));
    expect(waFirst.people[0].phone).toBe('+6281255501234');
  });

  it('a WA column alone is still the phone', () => {
    const parsed = parseLetter(letter('No | Nama | NIP | WA | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 085399907777 | dewi.ang@gmail.com'));
    expect(parsed.people[0].phone).toBe('+6285399907777');
  });
});

describe('a "Nama / Jabatan" cell holding the name, then the jabatan', () => {
  const letter = (cell: string) =>
    [
      'Hal : Permohonan Reset Password Akun SPSE',
      '',
      'No\tNama / Jabatan\tNIP\tEmail',
      `1\t${cell}\t19860914 201101 1 005\tyusuf.habibi@gmail.com`,
      '',
      'Demikian kami sampaikan.',
    ].join('\n');

  it('the jabatan after the name\'s last degree is the position', () => {
    const parsed = parseLetter(letter('Yusuf Habibi, S.T., M.T. Kepala Seksi Jaringan Komunikasi'));
    expect(parsed.people[0].name).toBe('Yusuf Habibi, S.T., M.T.');
    expect(parsed.people[0].position).toBe('Kepala Seksi Jaringan Komunikasi');
  });

  it('a name with degrees and no jabatan stays whole', () => {
    const parsed = parseLetter(letter('Yusuf Habibi, S.T., M.T.'));
    expect(parsed.people[0].name).toBe('Yusuf Habibi, S.T., M.T.');
  });
});
