import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-3 after it was scored blind: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
const flagged = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.some((p) => p.field === field || p.field === field.replace(/\.[a-z]+$/, ''));

describe('a numbered name line in a chat, its labelled lines below it', () => {
  it('"1) Name" over "NIP. …" / "Jabatan : …" / "email …": the item line is the person\'s name (flagged)', () => {
    const r = parseLetter(
      [
        '05/05/26 10.02 - Bu Rosma Dinkes: Selamat siang pak, ini data PPK kami',
        '',
        '1) Rosmawati Daeng Ngai, S.KM',
        'NIP. 19880211 201101 2 006',
        'Jabatan : Kepala Seksi Kesehatan Lingkungan',
        'email rosmawati.dn@gmail.com',
        '',
        '2) Andi Baso Tenri, S.Kep',
        'NIP. 19930505 201902 1 003',
        'Jabatan : Pengelola Keuangan',
        'no hp 0852 4411 9087',
        '05/05/26 10.05 - LPSE Gowa: Baik bu, kami proses',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip])).toEqual([
      ['Rosmawati Daeng Ngai, S.KM', '198802112011012006'],
      ['Andi Baso Tenri, S.Kep', '199305052019021003'],
    ]);
    expect(r.people[0]).toMatchObject({ position: 'Kepala Seksi Kesehatan Lingkungan', email: 'rosmawati.dn@gmail.com' });
    expect(flagged(r, 'people[0].name')).toBe(true);
  });
});

describe('a mail without a letterhead', () => {
  const mail = (from: string, body: string[]) =>
    parseLetter([`From: ${from}`, 'To: lpse@sigikab.go.id', 'Date: Wed, 6 May 2026 09:12:40 +0800', 'Subject: Reset password akun PPK', '', ...body].join('\n'));

  it('the From header is the sender (display name without its quotes)', () => {
    const body = ['Yth. Admin LPSE,', '', 'Nama : Ratna Sari Dewi, S.E.', 'NIP : 19850505 201001 2 003', 'Email : ratna.sd@gmail.com', '', 'Terima kasih.'];
    expect(mail('Yusuf Hamdani <yusuf.hamdani81@gmail.com>', body).letter.sender).toBe('Yusuf Hamdani <yusuf.hamdani81@gmail.com>');
    expect(mail('"Subbag Umum Dinas PUPR" <umum.pupr@sigikab.go.id>', body).letter.sender).toBe('Subbag Umum Dinas PUPR <umum.pupr@sigikab.go.id>');
  });

  it('a person asking for their own account by mail, with no e-mail in the data, has the mail\'s address (flagged)', () => {
    const r = mail('Yusuf Hamdani <yusuf.hamdani81@gmail.com>', [
      'Selamat pagi Admin LPSE,',
      'Saya tidak bisa masuk ke SPSE. Mohon password akun saya direset dan dikirim ke email ini.',
      '',
      'Nama : Ir. Yusuf Hamdani, M.T.',
      'NIP : 19810203 200701 1 005',
      'Jabatan : Kepala Seksi Jalan',
      'HP : 0812 4455 6677',
      '',
      'Terima kasih,',
      'Yusuf Hamdani',
    ]);
    expect(r.people).toHaveLength(1);
    expect(r.people[0].email).toBe('yusuf.hamdani81@gmail.com');
    expect(flagged(r, 'people[0].email')).toBe(true);
  });

  it('another person in the data keeps no e-mail: the mail\'s address is its sender\'s only', () => {
    const r = mail('Yusuf Hamdani <yusuf.hamdani81@gmail.com>', ['Mohon reset akun PPK berikut:', '', 'Nama : Marlina Tobing, S.T.', 'NIP : 19870101 201101 2 001', '', 'Salam,', 'Yusuf Hamdani']);
    expect(r.people[0].email).toBeNull();
  });
});

describe('a forwarded mail with the letter pasted in', () => {
  it('the letterhead below the last mail header is the sender, even with no rule line before it', () => {
    const r = parseLetter(
      [
        'From: Sekretariat Bappeda <bappeda@sinjaikab.go.id>',
        'Sent: Monday, May 4, 2026 9:00 AM',
        'To: LPSE Sinjai <lpse@sinjaikab.go.id>',
        'Subject: FW: Usulan akun PPK',
        '',
        'Mohon diproses, aslinya menyusul.',
        '',
        '-----Original Message-----',
        'From: Umum Bappeda <umum.bappeda@sinjaikab.go.id>',
        'Sent: Monday, May 4, 2026 8:00 AM',
        'To: Sekretariat Bappeda <bappeda@sinjaikab.go.id>',
        'Subject: Usulan akun PPK',
        '',
        'Berikut isi surat Kepala Badan:',
        '',
        'PEMERINTAH KABUPATEN SINJAI',
        'BADAN PERENCANAAN PEMBANGUNAN DAERAH',
        'Jalan Persatuan Raya No. 5, Telp. (0482) 21001',
        '',
        'Nomor : 050/88/Bappeda/2026',
        'Hal   : Usulan Akun PPK',
        '',
        'Nama : Andi Tenri Ajeng, S.T.',
        'NIP  : 19890909 201403 2 001',
        '',
        'Kepala Badan,',
      ].join('\n'),
    );
    expect(r.letter.sender).toBe('BADAN PERENCANAAN PEMBANGUNAN DAERAH');
  });
});

describe('notes in brackets under a numbered name', () => {
  it('a reason in lower case ("(pindah tugas …)") is no position', () => {
    const r = parseLetter(
      [
        'Hal : Penonaktifan Akun Pokja Pemilihan',
        '',
        'Mohon dinonaktifkan akun SPSE atas nama:',
        '',
        '1. Markus Tandi, S.E.          NIP 19850101 201001 1 001',
        '   (pindah tugas ke Kabupaten Tana Toraja)',
        '2. Yulianti Pasau, S.Sos.      NIP 19900202 201503 2 002',
        '   (cuti di luar tanggungan negara)',
        '',
        'Demikian.',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.position])).toEqual([
      ['Markus Tandi, S.E.', null],
      ['Yulianti Pasau, S.Sos.', null],
    ]);
  });

  it('a jabatan written in lower case under the name is still the position (flagged)', () => {
    const r = parseLetter(['Hal : Usulan Pejabat Pengadaan', '', '1. Markus Tandi, S.E.          NIP 19850101 201001 1 001', '   (staf Bagian Umum)', '', 'Demikian.'].join('\n'));
    expect(r.people[0].position).toBe('staf Bagian Umum');
    expect(flagged(r, 'people[0].position')).toBe(true);
  });
});

describe('a replacement told in a sentence', () => {
  it('"… PPK lama atas nama" at a line end, the name on the next line: the outgoing person (flagged)', () => {
    const r = parseLetter(
      [
        'Hal : Penggantian Pejabat Pengadaan',
        '',
        '1. Sesuai Keputusan Kepala Dinas Nomor 027/5/2026 tanggal 2 Mei 2026, Pejabat Pengadaan lama atas nama',
        '   RUSDI HAMZAH, S.E., NIP 19700101 199503 1 002 (Kepala Seksi Sarana) telah pensiun.',
        '2. Mohon dibuatkan akun bagi Pejabat Pengadaan pengganti:',
        '   Nama : Wayan Sudarma, S.Kom.',
        '   NIP  : 19880808 201101 1 004',
        '',
        'Demikian.',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['RUSDI HAMZAH, S.E.', 'deactivate'],
      ['Wayan Sudarma, S.Kom.', 'create'],
    ]);
    expect(flagged(r, 'people[0].action')).toBe(true);
  });
});

describe('a school under its Dinas in the letterhead', () => {
  it('the school writes and signs: the sender is the school line (the Dinas above named in a flag)', () => {
    const r = parseLetter(
      [
        'PEMERINTAH PROVINSI SULAWESI TENGAH',
        'DINAS PENDIDIKAN DAN KEBUDAYAAN',
        'SMA NEGERI 3 PALU',
        'Jalan Emmy Saelan No. 80 Palu, Telp. (0451) 421345',
        '',
        'Nomor : 421.3/90/SMAN3/2026',
        'Hal   : Permohonan Akun Pejabat Pengadaan',
        '',
        'Nama : Nining Suryani, S.Pd.',
        'NIP  : 19850606 201001 2 009',
        '',
        'Kepala Sekolah,',
      ].join('\n'),
    );
    expect(r.letter.sender).toBe('SMA NEGERI 3 PALU');
    expect(r.problems.find((p) => p.field === 'letter.sender')?.message).toMatch(/DINAS PENDIDIKAN DAN KEBUDAYAAN/);
  });

  it('an office under a Bagian / Sekretariat keeps both lines', () => {
    const r = parseLetter(['PEMERINTAH KOTA PALU', 'SEKRETARIAT DAERAH', 'BAGIAN PENGADAAN BARANG DAN JASA', '', 'Nomor : 027/1/PBJ/2026', 'Hal : Usulan Pokja', '', 'Nama : Budi', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.letter.sender).toBe('SEKRETARIAT DAERAH BAGIAN PENGADAAN BARANG DAN JASA');
  });
});

describe('the position in prose: the jabatan set after the NIP, not the SPSE role asked for', () => {
  const letter = (sentence: string) => parseLetter(['DINAS CONTOH', '', 'Nomor : 800/1/2026', 'Hal : Permohonan Akun SPSE', '', sentence, '', 'Demikian.'].join('\n'));

  it.each([
    [
      'Bersama ini kami mohon dibuatkan akun SPSE sebagai PPK bagi Ir. Made Suarjana, NIP 19750505 200003 1 004, Kepala Bidang Sumber Daya Air, dengan alamat surel made.suarjana@gmail.com.',
      'Kepala Bidang Sumber Daya Air',
    ],
    [
      'Kami beritahukan bahwa Saudara BUDI HARTONO, S.E., NIP. 19700303 199203 1 005, Kepala Seksi Keuangan Kelurahan Sukamaju, yang selama ini ditunjuk sebagai Pejabat Pengadaan pada Kelurahan Sukamaju, telah pensiun.',
      'Kepala Seksi Keuangan Kelurahan Sukamaju',
    ],
    [
      'Kami sampaikan bahwa Saudari Nining Suryani, S.Pd., NIP 198506062010012009, guru mata pelajaran Fisika yang ditugaskan sebagai Pejabat Pengadaan dana BOS, lupa kata sandi.',
      'guru mata pelajaran Fisika',
    ],
    [
      'Kami usulkan dua staf untuk dibuatkan akun SPSE sebagai Operator, yaitu: (1) Rudi Hartawan, S.Kom., NIP 199001012015031001, Pranata Komputer Ahli Muda, email rudi.h@gmail.com; (2) Sinta Dewi, A.Md., NIP 199202022019032002, Pengadministrasi Umum, email sinta.d@gmail.com.',
      'Pranata Komputer Ahli Muda',
    ],
  ])('%s', (sentence, position) => {
    const r = letter(sentence);
    expect(r.people[0].position).toBe(position);
    expect(flagged(r, 'people[0].position')).toBe(true);
  });
});

describe('a column naming the SPSE role', () => {
  it('"Peran di SPSE" / "Peran SPSE" says the account asked for, not the jabatan: no position from it', () => {
    const r = parseLetter(
      [
        'Hal : Permohonan Reset Kata Sandi SPSE',
        '',
        'No\tNama\tNIP\tPeran di SPSE\tEmail',
        '1\tMaria Ulfa, S.E.\t19870303 201001 2 005\tPPK\tmaria.ulfa@gmail.com',
        '2\tAgus Salim\t19900404 201503 1 006\tPejabat Pengadaan\tagus.salim@gmail.com',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.position, p.email])).toEqual([
      ['Maria Ulfa, S.E.', null, 'maria.ulfa@gmail.com'],
      ['Agus Salim', null, 'agus.salim@gmail.com'],
    ]);
    const kv = parseLetter(['Hal : Reset Password SPSE', '', 'Nama : Maria Ulfa, S.E.', 'NIP : 19870303 201001 2 005', 'Peran SPSE : PPK', 'Jabatan : Kepala Seksi Sarana'].join('\n'));
    expect(kv.people[0].position).toBe('Kepala Seksi Sarana');
  });

  it('"Peran dalam Pokja" is still the person\'s place in the team', () => {
    const r = parseLetter(['Hal : Usulan Pokja', '', 'No\tNama\tNIP\tPeran dalam Pokja', '1\tMaria Ulfa\t19870303 201001 2 005\tKetua'].join('\n'));
    expect(r.people[0].position).toBe('Ketua');
    expect(flagged(r, 'people[0].position')).toBe(false);
  });
});

describe('a letter asking to create one account and change another', () => {
  it('each person\'s action comes from the numbered request above them (flagged)', () => {
    const r = parseLetter(
      [
        'Perihal : Pembuatan dan Perubahan Data Akun Pejabat Pengadaan',
        '',
        'Dengan hormat, kami mohon:',
        '1. Pembuatan akun SPSE bagi Pejabat Pengadaan baru:',
        'Nama : Lestari Ningsih, S.E.',
        'NIP : 19920404 201903 2 011',
        'Email : lestari.n@gmail.com',
        '',
        '2. Perubahan alamat email pada akun yang sudah terdaftar:',
        'Nama : Hendra Wijaya, S.T.',
        'NIP : 19850505 201001 1 003',
        'Email baru : hendra.wijaya@gmail.com',
        '',
        'Demikian.',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.action)).toEqual(['create', 'change']);
    expect(flagged(r, 'people[0].action')).toBe(true);
    expect(flagged(r, 'people[1].action')).toBe(true);
  });
});

describe('a table row wrapped inside its cells (a narrow NIP column, no number column)', () => {
  it('a NIP cell going on below an unfinished one continues the record, every cell joined (flagged)', () => {
    const r = parseLetter(
      [
        'Hal : Usulan Akun Auditor',
        '',
        'Nama\tNIP\tJabatan\tEmail\tNo. HP',
        'Fransiska\t19920315\tAnalis\tfransiska.w@kupangkota.go.id\t+62',
        'Wulandari,\t201902 2\tKebijakan\t\t813-',
        'S.H.\t004\tAhli Muda\t\t3900- 2211',
        '',
        'Demikian.',
      ].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({
      name: 'Fransiska Wulandari, S.H.',
      nip: '199203152019022004',
      position: 'Analis Kebijakan Ahli Muda',
      email: 'fransiska.w@kupangkota.go.id',
      phone: '+6281339002211',
    });
    expect(flagged(r, 'people[0].name')).toBe(true);
    expect(flagged(r, 'people[0].nip')).toBe(true);
  });
});

describe('old 9-digit NIPs one under the other are two records, not a NIP going on', () => {
  it('two rows with 9-digit NIPs in a table without a number column stay two people', () => {
    const r = parseLetter(
      ['Hal : Permintaan Akun Auditor', '', 'Nama\tNIP\tJabatan\tEmail', 'Hendra Wijaya\t240007731\tPemeriksa Ahli Madya\thendra.w@bpk.go.id', 'Rina Kusuma\t240008812\tPemeriksa Ahli Muda\trina.k@bpk.go.id'].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip])).toEqual([
      ['Hendra Wijaya', '240007731'],
      ['Rina Kusuma', '240008812'],
    ]);
  });
});

describe('a text table row wider than its header', () => {
  it('has every value flagged: a cell split in two moved the cells after it', () => {
    const r = parseLetter(
      [
        'Hal : Usulan Akun PPK',
        '',
        'Nama\tNIP\tJabatan\tEmail',
        'Rudy Hartono, S.T.\t19800101 200501 1 001\tKepala Seksi Jalan\trudy.h@gmail.com',
        'Dewi Lestari,\tS.E.\t19860930 201101 2 004\tBendahara\tdewi.l@gmail.com',
      ].join('\n'),
    );
    expect(r.people).toHaveLength(2);
    expect(flagged(r, 'people[1].name')).toBe(true);
    expect(flagged(r, 'people[0].name')).toBe(false);
    expect(flagged(r, 'people[0].position')).toBe(false);
  });
});
