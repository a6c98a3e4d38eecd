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

describe('a Perihal whose last word a PDF wrapped to the margin', () => {
  const letter = (tail: string) =>
    ['DINAS KOMUNIKASI DAN INFORMATIKA', '', 'Nomor\t: 555/12/Kominfo/2026', `Perihal\t: Usulan Perubahan Data Pengguna Aplikasi`, tail, '', 'Palu, 3 November 2026', '', 'Kepada Yth.', 'Kepala UKPBJ'].join('\n');

  it('"… Aplikasi" over "SPSE" alone, a blank line after: one subject, flagged as read from two lines', () => {
    const r = parseLetter(letter('SPSE'));
    expect(r.letter.subject).toBe('Usulan Perubahan Data Pengguna Aplikasi SPSE');
    expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
  });

  it('"LPSE Kota Palu" (three words) joins too; a status word set alone ("SEGERA") or an addressee does not', () => {
    expect(parseLetter(letter('LPSE Kota Palu')).letter.subject).toBe('Usulan Perubahan Data Pengguna Aplikasi LPSE Kota Palu');
    expect(parseLetter(letter('SEGERA')).letter.subject).toBe('Usulan Perubahan Data Pengguna Aplikasi');
    expect(parseLetter(letter('Kepada Yth.')).letter.subject).toBe('Usulan Perubahan Data Pengguna Aplikasi');
    // A line of its own followed by more text is not the subject's tail.
    const r = parseLetter(['Nomor : 1/2026', 'Perihal : Permohonan Akun', 'Lampiran', 'Surat Keputusan', '', 'Kepada Yth.'].join('\n'));
    expect(r.letter.subject).toBe('Permohonan Akun');
  });
});

describe('a Perihal pasted with hard line breaks', () => {
  it('"… bagi Pejabat" / "Pembuat Komitmen … Tahun" / "Anggaran 2026": a line ending in a word that needs the next goes on (flagged)', () => {
    const r = parseLetter(
      ['DINAS PERHUBUNGAN', 'Nomor : 551/88/Dishub/2026', 'Perihal : Usulan Akun SPSE untuk Pejabat', 'Pembuat Komitmen Belanja Modal Tahun', 'Anggaran 2027', 'Kepada', 'Yth. Kepala UKPBJ'].join('\n'),
    );
    expect(r.letter.subject).toBe('Usulan Akun SPSE untuk Pejabat Pembuat Komitmen Belanja Modal Tahun Anggaran 2027');
    expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
  });

  it('a subject not joined with a capitalised line right under it (no blank line between) is flagged, never silent', () => {
    const r = parseLetter(['DINAS PERHUBUNGAN', 'Nomor : 551/88/Dishub/2026', 'Perihal : Usulan Akun SPSE Dinas', 'Perhubungan Kota Contoh', 'Kepada', 'Yth. Kepala UKPBJ'].join('\n'));
    expect(r.letter.subject).toBe('Usulan Akun SPSE Dinas');
    expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
  });
});

describe('a letter asking to change some accounts and deactivate others', () => {
  it('each person’s own request cell says which (flagged); the subject naming both decides no one', () => {
    const r = parseLetter(
      [
        'BADAN PENDAPATAN DAERAH',
        'Nomor : 973/210/Bapenda/2026',
        'Hal : Perubahan Data dan Penonaktifan Akun SPSE Pejabat Pengadaan',
        '',
        'No\tNama\tNIP\tJabatan\tPermohonan',
        '1\tYuliana Tandi, S.E.\t19870101 201001 2 011\tKepala Subbidang Pendataan\tPerubahan data',
        '2\tMarkus Pali, S.Sos.\t19640505 198903 1 007\tPenelaah Pajak\tPenonaktifan (pensiun)',
        '',
        'Kepala Badan,',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['Yuliana Tandi, S.E.', 'change'],
      ['Markus Pali, S.Sos.', 'deactivate'],
    ]);
    expect(r.problems.some((p) => p.field === 'people[0].action')).toBe(true);
    expect(r.problems.some((p) => p.field === 'people[1].action')).toBe(true);
  });
});
