import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../lib/documents/word';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found with tests/fixtures/letters-variety-2 (a second tuning set of layouts the
 * earlier sets left out). Each example is new text in the same layout, not the set's letters; each
 * test failed before its rule.
 */

const th = (text: string, attrs = '') => `<th${attrs}><p><strong>${text}</strong></p></th>`;
const td = (text: string) => `<td><p>${text}</p></td>`;

describe('a Word table with two header rows (merged headings over sub-columns)', () => {
  const rows = [
    `<tr>${td('1')}${td('Rudi Hartono Lamusu, S.T.')}${td('19850309 201001 1 014')}${td('Analis Pengadaan Ahli Muda')}${td('Bagian PBJ')}${td('rudilamusu@gmail.com')}${td('0822 1133 4455')}</tr>`,
    `<tr>${td('2')}${td('Fitriani Gobel, S.E.')}${td('19910411 201503 2 007')}${td('Pengelola Pengadaan Ahli Pertama')}${td('Sekretariat')}${td('fitrigobel@gmail.com')}${td('0813 6677 8899')}</tr>`,
  ].join('');

  it('empty cells under the unmerged headings: one header row, the sub-headings under the merged ones', () => {
    const html = `<table><thead><tr>${th('No')}${th('Nama')}${th('NIP')}${th('Jabatan dan Unit', ' colspan="2"')}${th('Kontak', ' colspan="2"')}</tr><tr>${th('')}${th('')}${th('')}${th('Jabatan')}${th('Unit Kerja')}${th('Email')}${th('HP')}</tr></thead><tbody>${rows}</tbody></table>`;
    expect(docxHtmlToText(html).split('\n')[0]).toBe('No\tNama\tNIP\tJabatan\tUnit Kerja\tEmail\tHP');
  });

  it('vertically merged headings (rowspan) above the sub-headings', () => {
    const html = `<table><thead><tr>${th('No', ' rowspan="2"')}${th('Nama', ' rowspan="2"')}${th('NIP', ' rowspan="2"')}${th('Jabatan', ' colspan="2"')}${th('Kontak', ' colspan="2"')}</tr><tr>${th('Nama Jabatan')}${th('Unit Kerja')}${th('Email')}${th('No. HP')}</tr></thead><tbody>${rows}</tbody></table>`;
    expect(docxHtmlToText(html).split('\n')[0]).toBe('No\tNama\tNIP\tNama Jabatan\tUnit Kerja\tEmail\tNo. HP');
  });

  it('the people read from the merged header, each in their row', () => {
    const html = `<table><thead><tr>${th('No')}${th('Nama')}${th('NIP')}${th('Jabatan dan Unit', ' colspan="2"')}${th('Kontak', ' colspan="2"')}</tr><tr>${th('')}${th('')}${th('')}${th('Jabatan')}${th('Unit Kerja')}${th('Email')}${th('HP')}</tr></thead><tbody>${rows}</tbody></table>`;
    const text = `Perihal : Permohonan Akun SPSE Pokja Pemilihan\n\nMohon dibuatkan akun SPSE Pokja Pemilihan bagi:\n${docxHtmlToText(html)}\n`;
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.position, p.email])).toEqual([
      ['Rudi Hartono Lamusu, S.T.', 'Analis Pengadaan Ahli Muda', 'rudilamusu@gmail.com'],
      ['Fitriani Gobel, S.E.', 'Pengelola Pengadaan Ahli Pertama', 'fitrigobel@gmail.com'],
    ]);
  });
});

describe('a subject asking "Akun dan Reset Kata Sandi": new accounts and resets at once', () => {
  const letter = [
    'Nomor : 027/ 88 /UKPBJ',
    'Hal : Permohonan Akun dan Reset Kata Sandi SPSE Pejabat Pengadaan',
    '',
    'Mohon dibuatkan akun dan direset kata sandi akun SPSE Pejabat Pengadaan berikut:',
    'No\tNama\tNIP\tJabatan\tEmail\tKeterangan',
    '1\tDewi Lestari Mokoginta, S.E.\t19880101 201101 2 005\tAnalis Keuangan\tdewimokoginta@gmail.com\tAkun baru',
    '2\tHendra Paputungan, S.T.\t19870202 201001 1 006\tPenata Kelola Pengadaan\thendrapaputungan@gmail.com\tReset kata sandi',
    '',
  ].join('\n');

  it('the role is the account\'s, each action from the row\'s Keterangan', () => {
    const parsed = parseLetter(letter);
    expect(parsed.letter.role).toBe('pp');
    expect(parsed.people.map((p) => p.action)).toEqual(['create', 'reset']);
  });
});

describe('combined labels "Nama / NIP : name / NIP"', () => {
  const letter = [
    'Perihal : Permohonan Akun SPSE Pejabat Pengadaan',
    '',
    'Mohon dibuatkan akun SPSE Pejabat Pengadaan untuk:',
    '',
    'Nama / NIP       : Marthen Luther Wanma, S.E. / 19860521 201101 1 009',
    'Jabatan / Unit   : Pengelola Keuangan / Bagian Umum',
    'Email            : marthenwanma@gmail.com',
    'HP               : 0821 9988 7766',
    '',
  ].join('\n');

  it('each part under its own label; the unit after " / " is not the position; flagged', () => {
    const parsed = parseLetter(letter);
    expect(parsed.people).toHaveLength(1);
    const [p] = parsed.people;
    expect([p.name, p.nip, p.position, p.email, p.phone]).toEqual(['Marthen Luther Wanma, S.E.', '198605212011011009', 'Pengelola Keuangan', 'marthenwanma@gmail.com', '+6282199887766']);
    expect(parsed.problems.some((x) => x.field === 'people[0].name' && /label gabungan/i.test(x.message))).toBe(true);
  });

  it('a label of two names for one field ("HP/WA : a / b") is not split', () => {
    const parsed = parseLetter(letter.replace('HP               : 0821 9988 7766', 'HP / WA          : 0821 9988 7766 / 0852 1111 2222'));
    expect(parsed.people[0].phone).toBe('+6282199887766');
  });
});
