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

describe('a Peran column naming the account asked, not the jabatan', () => {
  const letter = (header: string) =>
    [
      'PEMERINTAH KABUPATEN CONTOH',
      'DINAS PENDIDIKAN',
      '',
      'Nomor : 027/311/Disdik/2026',
      'Hal   : Permohonan Reset Kata Sandi Akun SPSE',
      '',
      'Mohon direset kata sandi akun SPSE berikut:',
      '',
      `No\tNama\tNIP\t${header}`,
      '1\tRatna Sari, S.Pd.\t19880411 201101 2 015\tPP',
      '2\tIr. Amiruddin\t19750202 200003 1 005\tPPK',
      '',
      'Kepala Dinas,',
      '',
      'H. MUHAMMAD YUSUF',
    ].join('\n');

  for (const header of ['Peran', 'Peran Akun', 'Akun'])
    it(`"${header}": the role is no position`, () => {
      const r = parseLetter(letter(header));
      expect(r.people.map((p) => p.name)).toEqual(['Ratna Sari, S.Pd.', 'Ir. Amiruddin']);
      expect(r.people.map((p) => p.position)).toEqual([null, null]);
    });
});

describe('a letter asking new accounts and a reset together', () => {
  const table = [
    'PEMERINTAH KABUPATEN CONTOH',
    'DINAS SOSIAL',
    '',
    'Nomor : 027/88/Dinsos/2026',
    'Hal   : Permohonan Pembuatan Akun dan Reset Password SPSE PPK',
    '',
    'Mohon diproses permohonan akun SPSE berikut:',
    '',
    'No\tNama\tNIP\tEmail\tPermohonan',
    '1\tRatna Sari, S.Pd.\t19880411 201101 2 015\tratna.sari@contohkab.go.id\tReset Password',
    '2\tIr. Amiruddin\t19750202 200003 1 005\tamiruddin@contohkab.go.id\tPembuatan Akun',
    '',
    'Kepala Dinas,',
    '',
    'H. MUHAMMAD YUSUF',
  ].join('\n');

  it('the role is the account, each row its own action', () => {
    const r = parseLetter(table);
    expect(r.letter.role).toBe('ppk');
    expect(r.people.map((p) => p.action)).toEqual(['reset', 'create']);
  });

  const headings = [
    'PEMERINTAH KABUPATEN CONTOH',
    'BAGIAN PENGADAAN BARANG/JASA',
    '',
    'Nomor : 027/89/PBJ/2026',
    'Hal   : Usulan Akun Baru dan Reset Kata Sandi Pokja Pemilihan',
    '',
    'A. Reset kata sandi',
    'Nama : Ratna Sari, S.Pd.',
    'NIP  : 19880411 201101 2 015',
    '',
    'B. Akun baru',
    'Nama : Ir. Amiruddin',
    'NIP  : 19750202 200003 1 005',
    'Email : amiruddin@contohkab.go.id',
    '',
    'Kepala Bagian,',
    '',
    'H. MUHAMMAD YUSUF',
  ].join('\n');

  it('each person under its heading', () => {
    const r = parseLetter(headings);
    expect(r.letter.role).toBe('pokja');
    expect(r.people.map((p) => p.action)).toEqual(['reset', 'create']);
  });
});

describe('a NIK in a NIP column', () => {
  const letter = [
    'PEMERINTAH KABUPATEN CONTOH',
    'DINAS KOMUNIKASI DAN INFORMATIKA',
    '',
    'Nomor : 027/90/Diskominfo/2026',
    'Hal   : Permohonan Akun SPSE Helpdesk',
    '',
    'No\tNama\tNIP/NIK\tEmail\tNo. HP',
    '1\tRatna Sari, S.Kom.\t19880411 201101 2 015\tratna.sari@contohkab.go.id\t0812 4411 2290',
    '2\tAndi Baso\t7371024507950002\tandibaso95@gmail.com\t0813 5500 7261',
    '',
    'Kepala Dinas,',
    '',
    'H. MUHAMMAD YUSUF',
  ].join('\n');

  it('a 16-digit NIK is no NIP; a NIP typed short stays, flagged', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => p.nip)).toEqual(['198804112011012015', null]);
    const short = parseLetter(letter.replace('7371024507950002', '1988041120110120'));
    expect(short.people[1].nip).toBe('1988041120110120');
    expect(short.problems.some((p) => p.field === 'people[1].nip')).toBe(true);
  });
});

describe('a chat giving the request letter number in a message', () => {
  const chat = [
    '04/11/26 10.02 - Ani Dinkes: Selamat pagi, sesuai SK Kadis No. 440/88/Dinkes/2026 mohon dibuatkan akun PPK',
    '04/11/26 10.03 - Ani Dinkes: Nama: Ratna Sari, S.KM.',
    'NIP: 19880411 201101 2 015',
    'Email: ratna.sari@contohkab.go.id',
    '04/11/26 10.20 - Admin LPSE: mohon surat permohonannya bu',
    '04/11/26 10.31 - Ani Dinkes: Ini surat permohonannya pak, nomor 440/91/Dinkes/2026',
  ].join('\n');

  it('is the number of the request letter, not of the SK, flagged', () => {
    const r = parseLetter(chat);
    expect(r.letter.number).toBe('440/91/Dinkes/2026');
    expect(r.problems.some((p) => p.field === 'letter.number')).toBe(true);
  });
});

describe('a change letter with a Data | Semula | Menjadi table under each person', () => {
  const letter = [
    'PEMERINTAH KABUPATEN CONTOH',
    'DINAS PERHUBUNGAN',
    '',
    'Nomor\t: 500/12/Dishub/2026',
    'Perihal\t: Perubahan Data Akun SPSE PP',
    '',
    'Mohon perubahan data akun SPSE berikut:',
    '',
    '1. Ratna Sari, S.E. (NIP 19880411 201101 2 015)',
    'Data\tSemula\tMenjadi',
    'Jabatan\tAnalis Keuangan\tKepala Subbagian Umum',
    'Email\tratna@yahoo.com\t(tetap)',
    'No. HP\t0812 4411 2290\t0813 5500 7261',
    '',
    '2. Ir. Amiruddin (NIP 19750202 200003 1 005)',
    'Data\tSemula\tMenjadi',
    'Jabatan\tKepala Seksi Angkutan\t(tetap)',
    'Email\tamir@gmail.com\tamiruddin@contohkab.go.id',
    '',
    'Kepala Dinas,',
    '',
    'H. MUHAMMAD YUSUF',
  ].join('\n');

  it('each person has the Menjadi values, the Semula ones where "(tetap)"', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone, p.action])).toEqual([
      ['Ratna Sari, S.E.', '198804112011012015', 'Kepala Subbagian Umum', 'ratna@yahoo.com', '+6281355007261', 'change'],
      ['Ir. Amiruddin', '197502022000031005', 'Kepala Seksi Angkutan', 'amiruddin@contohkab.go.id', null, 'change'],
    ]);
    expect(r.problems.some((p) => p.field === 'people[0].email' && /tetap/.test(p.message))).toBe(true);
  });
});
