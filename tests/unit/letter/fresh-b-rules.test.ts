import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by the fresh set's half B (even letters of tests/fixtures/letters-fresh), after
 * it was measured held-out: each letter here is a small synthetic one written for the rule.
 */
const head = ['DINAS CONTOH', '', 'Nomor : 800/12/Contoh/2026'];

describe('subject', () => {
  it('a Hal ending in a word that needs more ("bagi", "untuk", "dan") goes on in the next line, unindented as a PDF wraps it (flagged)', () => {
    const r = parseLetter([...head, 'Hal : Permohonan Akun SPSE untuk', 'Tim Pemeriksa', '', 'Bandung, 2 Maret 2026', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.letter.subject).toBe('Permohonan Akun SPSE untuk Tim Pemeriksa');
    expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
  });

  it('a Hal ending in a full word stays one line', () => {
    const r = parseLetter([...head, 'Hal : Permohonan Akun SPSE', 'Kepada Yth. Kepala LPSE', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.letter.subject).toBe('Permohonan Akun SPSE');
  });
});

describe('chat exports', () => {
  it('reads a chat message "email …", "Hp …", "jabatan …" typed without a colon as a label', () => {
    const r = parseLetter(
      [
        '17/02/26 07.58 - Rina Dinkes: Pagi min, mohon reset password akun spse sy',
        '17/02/26 08.01 - Admin LPSE: Baik bu, email nya yg terdaftar apa ya bu',
        '17/02/26 08.05 - Rina Dinkes: Nama : Rina Marlina, S.E.',
        '17/02/26 08.05 - Rina Dinkes: NIP 19880714 201101 2 008',
        '17/02/26 08.06 - Rina Dinkes: email rina.marlina@contoh.go.id',
        '17/02/26 08.06 - Rina Dinkes: Hp 0852 6612 7788',
        '17/02/26 08.06 - Rina Dinkes: jabatan Anggota Pokja Pemilihan',
      ].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Rina Marlina, S.E.', email: 'rina.marlina@contoh.go.id', phone: '+6285266127788', position: 'Anggota Pokja Pemilihan' });
  });
});

describe('prose', () => {
  it('reads a person whose NIP wraps onto the next line, the new e-mail and phone labelled below', () => {
    const r = parseLetter(
      [
        ...head,
        'Perihal : Perubahan Data Akun Auditor SPSE',
        '',
        'Dengan hormat, kami mohon perubahan alamat email dan nomor telepon pada',
        'akun auditor SPSE atas nama Saudara Rudi Hartono, S.E., NIP 19890404',
        '201503 1 002, Auditor Ahli Pertama pada Inspektorat Kota Contoh, karena',
        'alamat email lama tidak dapat digunakan lagi. Data yang baru adalah sebagai',
        'berikut:',
        'Email baru : rudi.hartono@contoh.go.id',
        'Nomor HP baru : 0817 9900 1133',
      ].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Rudi Hartono, S.E.', nip: '198904042015031002', position: 'Auditor Ahli Pertama', email: 'rudi.hartono@contoh.go.id', phone: '+6281799001133' });
  });
});

describe('combined labels', () => {
  it('a run of labels over values set apart by " : " (a PDF joining a lettered key-value block) gives each value its field', () => {
    const r = parseLetter(
      [
        ...head,
        'Perihal : Permohonan Akun Helpdesk SPSE',
        '',
        'a.\tNama\t: Putri Ayu Lestari, S.Kom.',
        '\tNIP Jabatan Email HP/WA\t: 19970303 202203 2 009 : Pranata Komputer Ahli Pertama : putri@contoh.go.id : 0822 8090 1234',
        'b.\tNama NIP Jabatan Email HP/WA\t: Joni Iskandar, A.Md.T. : 19940912 202012 1 005 : Pranata Komputer Terampil : joni@contoh.go.id : 0812 7300 8800',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Putri Ayu Lestari, S.Kom.', '199703032022032009', 'Pranata Komputer Ahli Pertama', 'putri@contoh.go.id', '+6282280901234'],
      ['Joni Iskandar, A.Md.T.', '199409122020121005', 'Pranata Komputer Terampil', 'joni@contoh.go.id', '+6281273008800'],
    ]);
  });
});

describe('replacement letters', () => {
  it('a heading with the verb ("a. Menonaktifkan user ID PPK atas nama :" / "b. Membuatkan user ID …") gives the side', () => {
    const r = parseLetter(
      [
        ...head,
        'Hal : Penggantian PPK Bagian Umum',
        '',
        'a.   Menonaktifkan user ID PPK atas nama :',
        '     Nama     : Yuli Astuti, S.Sos',
        '     NIP      : 19750612 199903 2 004',
        '',
        'b.   Membuatkan user ID PPK atas nama :',
        '     Nama     : Bambang Sutrisno, S.AP.',
        '     NIP      : 19811020 200701 1 009',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['Yuli Astuti, S.Sos', 'deactivate'],
      ['Bambang Sutrisno, S.AP.', 'create'],
    ]);
  });
});

describe('role before the name', () => {
  it('"salah satu anggota Kelompok Kerja Pemilihan pada …, yaitu Saudari …" gives the position (flagged)', () => {
    const r = parseLetter(
      [
        ...head,
        'Perihal : Permohonan Reset Password Akun SPSE',
        '',
        'Dengan hormat, bersama ini kami sampaikan bahwa salah satu anggota Kelompok Kerja Pemilihan pada Bagian Pengadaan Barang dan Jasa Setda Kabupaten Contoh, yaitu Saudari Ratna Sari, S.H., NIP 19870606 201101 2 015, tidak dapat masuk ke aplikasi SPSE karena lupa kata sandi.',
      ].join('\n'),
    );
    expect(r.people[0]).toMatchObject({ name: 'Ratna Sari, S.H.', position: 'anggota Kelompok Kerja Pemilihan' });
    expect(r.problems.some((p) => p.field === 'people[0].position')).toBe(true);
  });
});

describe('values without their labels', () => {
  it('a block of ": value" lines whose labels are lost gives each value its field by its shape (flagged)', () => {
    const r = parseLetter(
      [
        ...head,
        'Hal : Permohonan User ID Pokja Pemilihan',
        '',
        'Mohon dibuatkan User ID SPSE untuk:',
        ': Fahri Idham, S.T.',
        ': 19870707 201101 1 011',
        ': Ketua Pokja Pemilihan 5',
        ': fahri@contoh.go.id',
        ': 0811 7477 5500',
        ': Sari Rahma, S.E.',
        ': 19910202 201503 2 008',
        ': Anggota Pokja Pemilihan 5',
        ': sari@contoh.go.id',
        ': 0813 6622 4455',
        'Demikian disampaikan.',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Fahri Idham, S.T.', '198707072011011011', 'Ketua Pokja Pemilihan 5', 'fahri@contoh.go.id', '+6281174775500'],
      ['Sari Rahma, S.E.', '199102022015032008', 'Anggota Pokja Pemilihan 5', 'sari@contoh.go.id', '+6281366224455'],
    ]);
    for (const f of ['name', 'position']) expect(r.problems.some((p) => p.field === `people[1].${f}`), f).toBe(true);
  });
});

describe('replacement table with an old and a new column', () => {
  it('reads each side column as a person, its cells by shape across the rows it wraps into, the action from the heading (flagged)', () => {
    const r = parseLetter(
      [
        ...head,
        'Hal : Perubahan Susunan Pokja Pemilihan 4',
        '',
        '| No | Anggota Lama (dinonaktifkan) | Anggota Baru (dibuatkan User ID) |',
        '|----|------------------------------|----------------------------------|',
        '| 1  | Robi Kurnia, S.T. / NIP 19840708 201001 1 016 | Dela Puspita, S.T. / NIP 19930219 201903 2 009 |',
        '|    | Anggota Pokja Pemilihan 4    | Anggota Pokja Pemilihan 4        |',
        '|    |                              | dela@contoh.go.id / 0812 7744 9090 |',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone, p.action])).toEqual([
      ['Robi Kurnia, S.T.', '198407082010011016', 'Anggota Pokja Pemilihan 4', null, null, 'deactivate'],
      ['Dela Puspita, S.T.', '199302192019032009', 'Anggota Pokja Pemilihan 4', 'dela@contoh.go.id', '+6281277449090', 'create'],
    ]);
    expect(r.problems.some((p) => p.field === 'people[1].position')).toBe(true);
  });
});

describe('justified PDF prose', () => {
  it('a prose line whose words are set apart by tabs (justified) is no table header, even naming "nama" and "NIP"', () => {
    const r = parseLetter(
      [
        ...head,
        'Perihal : Perubahan Data Akun Auditor SPSE',
        '',
        'Dengan hormat, kami mohon perubahan alamat email dan nomor telepon pada',
        'akun\tauditor\tSPSE\tatas\tnama\tSaudara\tRudi\tHartono,\tS.E.,\tNIP\t19890404',
        '201503 1 002, Auditor Ahli Pertama pada Inspektorat Kota Contoh, karena email lama tidak aktif.',
        'Email baru\t: rudi.hartono@contoh.go.id',
      ].join('\n'),
    );
    expect(r.people[0]).toMatchObject({ name: 'Rudi Hartono, S.E.', nip: '198904042015031002', position: 'Auditor Ahli Pertama', email: 'rudi.hartono@contoh.go.id' });
  });
});
