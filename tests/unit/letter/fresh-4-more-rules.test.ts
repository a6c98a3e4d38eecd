import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * More general rules found by tests/fixtures/letters-fresh-4 (its remaining born-digital misses): each
 * letter here is written for the rule (other agencies, other wording), not copied from the fixture.
 */
const flagged = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.some((p) => p.field === field);

describe('a chat export has no letter date', () => {
  const record = ['Nama : Rudi Hartono, S.Kom', 'NIP : 19900312 201503 1 004', 'Jabatan : Pranata Komputer Ahli Pertama', 'Email : rudihartono90@gmail.com', 'HP : 0812-3456-7001'];

  it('WhatsApp iOS: the date in an attachment’s file name is not the letter’s date', () => {
    const r = parseLetter(
      [
        '[03/11/26 10.02.11] Budi Kominfo Wajo: Selamat siang pak',
        '[03/11/26 10.03.40] Budi Kominfo Wajo: \u200e<lampiran: 00000012-PHOTO-2026-11-03-10-03-40.jpg>',
        '[03/11/26 10.04.02] Budi Kominfo Wajo: Data PP kami pak:',
        ...record,
      ].join('\n'),
    );
    expect(r.letter.date).toBeNull();
    expect(r.people.map((p) => p.name)).toEqual(['Rudi Hartono, S.Kom']);
  });

  it('WhatsApp Android: a date said in a message ("rapat tanggal …") is not the letter’s date either', () => {
    const r = parseLetter(['03/11/26 10.04 - Budi Kominfo: SK nya ditetapkan tanggal 2 November 2026 pak', '03/11/26 10.05 - Budi Kominfo: Datanya:', ...record].join('\n'));
    expect(r.letter.date).toBeNull();
    expect(r.people[0]?.nip).toBe('199003122015031004');
  });

  it('Telegram ("Nama, [03.11.2026 10:04]" over each message): the header lines are no date and no person', () => {
    const r = parseLetter(['Budi Kominfo, [03.11.2026 10:04]', 'Selamat siang pak, data PP kami:', '', 'Budi Kominfo, [03.11.2026 10:05]', ...record].join('\n'));
    expect(r.letter.date).toBeNull();
    expect(r.people.map((p) => p.name)).toEqual(['Rudi Hartono, S.Kom']);
  });

  it('a letter pasted into a chat keeps its own date line', () => {
    const r = parseLetter(['[03/11/26 10.04.02] Budi Kominfo Wajo: Sengkang, 2 November 2026', 'Nomor : 027/55/Kominfo/2026', 'Hal : Usulan akun PP', ...record].join('\n'));
    expect(r.letter.date).toBe('2026-11-02');
  });

  it('outside a chat, a date found only in a file name is no date', () => {
    const r = parseLetter(['DINAS SOSIAL', 'Hal : Usulan akun PP', 'Lampiran : scan_SK_2026-10-12.pdf', '', ...record].join('\n'));
    expect(r.letter.date).toBeNull();
  });
});

describe('a prose letter pasted from a PDF: the next sentence is not the last person’s', () => {
  it('"… Kepala Seksi Drainase, surel …" then "Sebagai bahan pertimbangan, …" on the next line: the jabatan after the NIP stays', () => {
    const r = parseLetter(
      [
        'DINAS PEKERJAAN UMUM',
        'Perihal : Usulan akun PPK',
        'Dengan hormat, kami mohon dibuatkan akun SPSE bagi PPK atas nama Saudara Rudi Hartono, S.T., NIP',
        '19800101 200501 1 003, Kepala Seksi Drainase, surel rudi.drainase@pu.go.id, nomor HP 0812-1234-',
        '5678, dan Saudari Lina Marlina, S.T., NIP 19900202 201503 2 006, Kepala Seksi Jalan Lingkungan,',
        'surel lina.marlina@pu.go.id, nomor HP 0813-2222-3333.',
        'Sebagai bahan pertimbangan, bersama ini kami lampirkan salinan SK.',
        'Demikian kami sampaikan.',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.position)).toEqual(['Kepala Seksi Drainase', 'Kepala Seksi Jalan Lingkungan']);
  });

  it('"sebagai" in the person’s own sentence still says the jabatan', () => {
    const r = parseLetter(['Perihal : Usulan akun', 'Mohon dibuatkan akun bagi Sdr. Budi Santoso, NIP 19800101 200501 1 003, sebagai Kepala Seksi Drainase, email budi@pu.go.id.'].join('\n'));
    expect(r.people[0].position).toBe('Kepala Seksi Drainase');
  });
});

describe('a unit under its Dinas in the kop writes the letter', () => {
  const kop = (unit: string) => ['PEMERINTAH KOTA CONTOH', 'DINAS KESEHATAN', unit, 'Jalan Merdeka No. 1, Telepon (0411) 123456', '', 'Nomor : 440/12/PKM/2026', 'Hal : Reset akun PP'].join('\n');

  for (const unit of ['UPT PUSKESMAS BARA-BARAYA', 'UPTD PUSKESMAS MAMAJANG', 'PUSKESMAS TAMALANREA', 'UPT LABORATORIUM KESEHATAN DAERAH'])
    it(`"${unit}" under "DINAS KESEHATAN": the unit alone, the Dinas named in a flag`, () => {
      const r = parseLetter(kop(unit));
      expect(r.letter.sender).toBe(unit);
      expect(flagged(r, 'letter.sender')).toBe(true);
    });

  it('a Dinas with no unit line is the sender', () => {
    expect(parseLetter(kop('')).letter.sender).toBe('DINAS KESEHATAN');
  });
});

describe('a date line a PDF wrapped in the right-hand column', () => {
  it('"Nomor : … <tab> Palu, 21" over "November 2026": the date, flagged', () => {
    const r = parseLetter(['DINAS LINGKUNGAN HIDUP', '', 'Nomor\t: 660/41/DLH/2026\tPalu, 21', '\t\t\tNovember 2026', 'Hal\t: Usulan akun PPK', '', 'Yth. Kepala UKPBJ', '', 'Dilantik 1 Oktober 2026.'].join('\n'));
    expect(r.letter.date).toBe('2026-11-21');
    expect(flagged(r, 'letter.date')).toBe(true);
  });

  it('"Palu," over "21 November 2026"', () => {
    const r = parseLetter(['DINAS LINGKUNGAN HIDUP', '', 'Nomor\t: 660/41/DLH/2026\tPalu,', '\t\t\t21 November 2026', 'Hal\t: Usulan akun PPK', '', 'Dilantik 1 Oktober 2026.'].join('\n'));
    expect(r.letter.date).toBe('2026-11-21');
  });
});

describe('records written as "Nama / NIP / Jabatan / Email / No. HP" lines', () => {
  const letter = (intro: string, rows: string[]) =>
    ['BADAN PENDAPATAN DAERAH', 'Nomor : 973/88/Bapenda/2026', 'Hal : Usulan Akun Verifikator SPSE', '', intro, '', ...rows, '', 'Demikian usulan ini.', '', 'Kepala Badan,'].join('\n');
  const rows = [
    '1) Yohanes Bria, S.E., M.Ak. / 19860203 201001 1 009 / Kepala Subbidang Pembukuan / yohanes.bria@gmail.com / 0812-3801-4400',
    '2) Dra. Maria Goreti / 19700707 199503 2 003 / Penelaah Teknis Kebijakan / - / 0813-3901-2211',
    '3) Kornelis Tefa, A.Md. / 19970101 202203 1 005 / Pengelola Barang/Jasa / kornelis.tefa@yahoo.com / -',
  ];

  it('the labels named in the sentence above ("dengan data (Nama / NIP / …)") read each value; titles stay with the name, "-" is empty', () => {
    const r = parseLetter(letter('Mohon dibuatkan akun bagi pegawai berikut, dengan data (Nama / NIP / Jabatan / Email / No. HP):', rows));
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Yohanes Bria, S.E., M.Ak.', '198602032010011009', 'Kepala Subbidang Pembukuan', 'yohanes.bria@gmail.com', '+6281238014400'],
      ['Dra. Maria Goreti', '197007071995032003', 'Penelaah Teknis Kebijakan', null, '+6281339012211'],
      ['Kornelis Tefa, A.Md.', '199701012022031005', 'Pengelola Barang/Jasa', 'kornelis.tefa@yahoo.com', null],
    ]);
  });

  it('the labels as a line of their own over bulleted records', () => {
    const r = parseLetter(letter('Nama / NIP / Jabatan / Email / No. HP', rows.map((x) => x.replace(/^\d\) /, '- '))));
    expect(r.people.map((p) => p.position)).toEqual(['Kepala Subbidang Pembukuan', 'Penelaah Teknis Kebijakan', 'Pengelola Barang/Jasa']);
    expect(r.people[0].name).toBe('Yohanes Bria, S.E., M.Ak.');
  });

  it('no labels: each value goes by its shape (NIP, e-mail, phone; the name first, the jabatan the text left), flagged', () => {
    const r = parseLetter(letter('Mohon dibuatkan akun bagi pegawai berikut:', rows));
    expect(r.people.map((p) => [p.name, p.position, p.email])).toEqual([
      ['Yohanes Bria, S.E., M.Ak.', 'Kepala Subbidang Pembukuan', 'yohanes.bria@gmail.com'],
      ['Dra. Maria Goreti', 'Penelaah Teknis Kebijakan', null],
      ['Kornelis Tefa, A.Md.', 'Pengelola Barang/Jasa', 'kornelis.tefa@yahoo.com'],
    ]);
    expect(flagged(r, 'people[0].position') && flagged(r, 'people[0].name')).toBe(true);
  });

  it('a record with more parts than labels (a jabatan written "Barang / Jasa") is read by shape and flagged', () => {
    const r = parseLetter(letter('dengan data (Nama / NIP / Jabatan / Email / No. HP):', ['1) Kornelis Tefa / 19970101 202203 1 005 / Pengelola Barang / Jasa / kornelis.tefa@yahoo.com / 0813-3901-2211']));
    expect(r.people[0].position).toBe('Pengelola Barang / Jasa');
    expect(r.people[0].email).toBe('kornelis.tefa@yahoo.com');
    expect(flagged(r, 'people[0].position')).toBe(true);
  });
});

describe('a radiogram: numbers in words, KMA and TTK for comma and full stop', () => {
  const radiogram = [
    '                 RADIOGRAM',
    '        PEMERINTAH KABUPATEN CONTOH',
    '          BADAN KEPEGAWAIAN DAERAH',
    '',
    'DARI     : KEPALA BKD KABUPATEN CONTOH',
    'KEPADA   : KEPALA UKPBJ KABUPATEN CONTOH',
    'NOMOR    : 800/ 41 /BKD/2026',
    'TGL      : 03 NOV 2026',
    'PERIHAL  : PEMBUATAN USER ID PPK SPSE',
    '',
    'DIMINTA BANTUAN BUATKAN USER ID PPK SPSE ATAS NAMA -',
    'SATU. AHMAD FAUZI, S.T. NIP 19850505 201001 1 007 JABATAN KEPALA SUBBIDANG',
    'MUTASI KMA EMAIL AHMADFAUZI85@GMAIL.COM TTK',
    'DUA. NURHAYATI, S.E. NIP 19900101 201503 2 004 JABATAN ANALIS SDM APARATUR KMA',
    'EMAIL NURHAYATI.BKD@GMAIL.COM TTK',
    'TIGA. RAHMAN HAKIM NIP 19920303 201903 1 006 JABATAN PENGELOLA DATA KMA HP',
    '0812 4455 6677 TTK',
    'TTK DMK TTK',
    '',
    '                       KEPALA BKD KABUPATEN CONTOH',
    '                                TTD',
    '                       Drs. ISKANDAR',
    '                       NIP 19700101 199003 1 002',
  ].join('\n');

  it('three people, names without the number word, positions ended at KMA and joined over their line break, flagged', () => {
    const r = parseLetter(radiogram);
    expect(r.people.map((p) => [p.name, p.nip, p.position])).toEqual([
      ['AHMAD FAUZI, S.T.', '198505052010011007', 'KEPALA SUBBIDANG MUTASI'],
      ['NURHAYATI, S.E.', '199001012015032004', 'ANALIS SDM APARATUR'],
      ['RAHMAN HAKIM', '199203032019031006', 'PENGELOLA DATA'],
    ]);
    expect(r.people.map((p) => p.email)).toEqual(['ahmadfauzi85@gmail.com', 'nurhayati.bkd@gmail.com', null]);
    expect(r.people[2].phone).toBe('+6281244556677');
    expect(flagged(r, 'people[0].position')).toBe(true);
    expect(r.letter.sender).toBe('KEPALA BKD KABUPATEN CONTOH');
    expect(r.letter.date).toBe('2026-11-03');
  });

  it('numbers in words past ten ("SEBELAS.", "DUA BELAS.") are item numbers too', () => {
    const more = radiogram.replace('SATU.', 'SEBELAS.').replace('DUA.', 'DUA BELAS.').replace('TIGA.', 'TIGA BELAS.');
    expect(parseLetter(more).people.map((p) => p.name)).toEqual(['AHMAD FAUZI, S.T.', 'NURHAYATI, S.E.', 'RAHMAN HAKIM']);
  });

  it('the evidence shows the line as written (SATU., KMA)', () => {
    const r = parseLetter(radiogram);
    expect(r.fields['people[0].name']?.source).toContain('SATU. AHMAD FAUZI');
  });

  it('a letter that is no radiogram keeps "KMA" as written (an acronym in a name)', () => {
    const r = parseLetter(['DINAS KOPERASI', 'Hal : Usulan akun PPK', '', '1. Nama : Budi KMA Santoso', '   NIP : 19850505 201001 1 007', '   Jabatan : Kepala Seksi', '   Email : budi@x.go.id'].join('\n'));
    expect(r.people[0].name).toBe('Budi KMA Santoso');
  });
});

describe('e-mails given after a list, each after a person’s name', () => {
  const letter = (emails: string) =>
    [
      'From: Bagian PBJ <pbj@contohkab.go.id>',
      'Date: Rab, 4 Nov 2026 pukul 09.10',
      'Subject: Reset akun Pokja',
      'To: LPSE <lpse@contohkab.go.id>',
      '',
      'Mohon reset password akun SPSE berikut:',
      '',
      '- Andi Saputra, S.Kom. — NIP 19890101 201403 1 002 — Anggota Pokja III — HP 0812 1111 2222',
      '- Dewi Lestari — NIP 19910202 201503 2 004 — Sekretaris Pokja III — HP 0813 3333 4444',
      '',
      emails,
      '',
      'Salam,',
      'Rahmi',
    ].join('\n');

  for (const said of [
    'Email terdaftar masih yang lama (Pak Andi: andi.saputra@gmail.com, Bu Dewi: dewilestari91@yahoo.com).',
    'Email pemulihan: Pak Andi andi.saputra@gmail.com dan Bu Dewi dewilestari91@yahoo.com.',
    'Email: Andi - andi.saputra@gmail.com & Dewi - dewilestari91@yahoo.com',
    'Alamat email (Saputra: andi.saputra@gmail.com; Lestari: dewilestari91@yahoo.com)',
  ])
    it(`"${said.slice(0, 48)}…": each address goes to the person named before it, flagged`, () => {
      const r = parseLetter(letter(said));
      expect(r.people.map((p) => p.email)).toEqual(['andi.saputra@gmail.com', 'dewilestari91@yahoo.com']);
      expect(flagged(r, 'people[0].email') && flagged(r, 'people[1].email')).toBe(true);
    });

  it('an address after a name that is no one’s in the list, or that two people share, is given to no one', () => {
    const r = parseLetter(letter('Tembusan email ke Pak Joko: joko.s@gmail.com; Ibu Dewi Andi: bersama@gmail.com'));
    expect(r.people.slice(0, 2).map((p) => p.email)).toEqual([null, null]);
  });

  it('a person who has an e-mail keeps it', () => {
    const r = parseLetter(letter('Pak Andi: andi.saputra@gmail.com').replace('HP 0812 1111 2222', 'email andi@contohkab.go.id'));
    expect(r.people[0].email).toBe('andi@contohkab.go.id');
  });
});

describe('an e-mail glued to the word before it ("email baru" + address, the space lost at a line end)', () => {
  const table = (cell: string, name = 'Rina Wulandari, S.T.') =>
    ['DINAS PERHUBUNGAN', 'Hal : Perubahan Data Akun SPSE PPK', '', 'No\tNama\tNIP\tJabatan\tKeterangan', `1\t${name}\t19880808 201101 2 009\tKepala Seksi Angkutan\t${cell}`, '', 'Kepala Dinas,'].join('\n');

  it('"email barurina.wulandari@…" for Rina Wulandari: the address without "baru", flagged', () => {
    const r = parseLetter(table('Jabatan baru; email barurina.wulandari@dishub.go.id'));
    expect(r.people[0].email).toBe('rina.wulandari@dishub.go.id');
    expect(flagged(r, 'people[0].email')).toBe(true);
  });

  it('an address that is the name itself ("baruna.putra@…" for Baruna Putra) is kept', () => {
    const r = parseLetter(table('email baruna.putra@dishub.go.id', 'Baruna Putra, S.T.'));
    expect(r.people[0].email).toBe('baruna.putra@dishub.go.id');
  });
});

describe('a replacement told in prose: each person’s own sentence says the side', () => {
  it('"…, tidak lagi menjabat …, sehingga akunnya mohon dinonaktifkan." / "Sebagai penggantinya … mohon dibuatkan akun": deactivate, create (flagged)', () => {
    const r = parseLetter(
      [
        'DINAS PERTANIAN',
        'Nomor : 800/12/Distan/2026',
        'Perihal : Penggantian Pejabat Pengadaan',
        '',
        'Dengan hormat, bersama ini kami sampaikan bahwa Saudara Hendra Wijaya, S.P., NIP 19790303',
        '200501 1 004, Kepala Seksi Perbenihan, tidak lagi menjabat sebagai Pejabat Pengadaan karena diangkat',
        'menjadi Camat Sukamaju, sehingga akun SPSE yang bersangkutan mohon dinonaktifkan.',
        'Sebagai gantinya telah ditetapkan Saudari Nur Aisyah, S.E., NIP 19910404 201503 2 002, Analis',
        'Keuangan, surel nuraisyah@gmail.com, yang mohon dibuatkan akun SPSE.',
        'Demikian kami sampaikan.',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['Hendra Wijaya, S.P.', 'deactivate'],
      ['Nur Aisyah, S.E.', 'create'],
    ]);
    expect(flagged(r, 'people[0].action')).toBe(true);
  });

  it('two sentences on one line: the words before the second name are only its own sentence’s', () => {
    const r = parseLetter(
      'Perihal : Penggantian PP\n\nBahwa Saudara Hendra Wijaya, NIP 19790303 200501 1 004, tidak lagi menjabat sehingga akunnya mohon dinonaktifkan. Sebagai gantinya Saudari Nur Aisyah, NIP 19910404 201503 2 002, surel nur@x.id, mohon dibuatkan akun.',
    );
    expect(r.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
  });
});

describe('close to these letters: a wrapped slash record, a Tembusan naming a person', () => {
  it('a numbered slash record wrapped onto a line of its own is one record, the broken value flagged', () => {
    const r = parseLetter(
      [
        'DINAS PERINDUSTRIAN',
        'Hal : Usulan akun PP',
        '',
        'dengan data (Nama / NIP / Jabatan / Email / No. HP):',
        '1) Budi Santoso, S.T. / 19800101 200501 1 003 / Kepala Seksi Perencanaan dan',
        'Pengendalian / budi@x.go.id / 0812-1111-2222',
        '2) Ani Rahayu, S.E. / 19900101 201501 2 003 / Staf Umum / ani@x.go.id / -',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.position, p.email])).toEqual([
      ['Budi Santoso, S.T.', 'Kepala Seksi Perencanaan dan Pengendalian', 'budi@x.go.id'],
      ['Ani Rahayu, S.E.', 'Staf Umum', 'ani@x.go.id'],
    ]);
    expect(flagged(r, 'people[0].position')).toBe(true);
  });

  it('a person named in the Tembusan list after the signature (with NIP and e-mail) gets no account', () => {
    const r = parseLetter(
      [
        'DINAS SOSIAL',
        'Nomor : 400/12/Dinsos/2026',
        'Hal : Usulan akun PP',
        '',
        'Nama : Budi Santoso',
        'NIP : 19800101 200501 1 003',
        'Email : budi@x.go.id',
        '',
        'Demikian kami sampaikan.',
        '',
        'Kepala Dinas,',
        '',
        'Drs. ANDI MALLA',
        'NIP 19700101 199003 1 002',
        '',
        'Tembusan :',
        '1. Bupati Contoh (sebagai laporan);',
        '2. Sdr. Rahmat Hidayat, NIP 19850101 201001 1 001, Kasubbag Umum (rahmat@x.go.id);',
        '3. Arsip.',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Budi Santoso']);
  });
});

describe('a budget change is no replacement', () => {
  for (const said of ['untuk Pejabat Pengadaan APBD Perubahan 2026', 'untuk PPK pada Anggaran Perubahan Tahun 2026', 'untuk PPK kegiatan Perubahan APBD 2026'])
    it(`"${said}" in a chat without a subject: create, not "unclear side of a replacement"`, () => {
      const r = parseLetter([`[12/10/26 09.14.58] Rina Dinsos: Mohon dibuatkan akun SPSE ${said}:`, 'Nama : Rudi Hartono', 'NIP : 19900312 201503 1 004', 'Email : rudi@gmail.com'].join('\n'));
      expect(r.people.map((p) => p.action)).toEqual(['create']);
      expect(r.problems.some((p) => /penggantian/i.test(p.message))).toBe(false);
    });

  it('"Penggantian PPK" still is', () => {
    const r = parseLetter(['Hal : Penggantian PPK', '', 'PPK lama:', 'Nama : A Rahman', 'NIP : 19750202 200003 1 005', '', 'PPK baru:', 'Nama : B Sari', 'NIP : 19880808 201101 2 006'].join('\n'));
    expect(r.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
  });
});

describe('a radiogram with labelled records ("NAMA TTK DUA …")', () => {
  it('TTK DUA is the colon of a label, KMA the comma before the titles', () => {
    const r = parseLetter(
      [
        'RADIOGRAM',
        'DARI     : KEPALA DINAS PERTANIAN KABUPATEN CONTOH',
        'NOMOR    : 521/ 77 /DISTAN/2026',
        'TGL      : 05 NOV 2026',
        'PERIHAL  : PEMBUATAN USER ID PP SPSE',
        '',
        'MOHON BUATKAN USER ID PP SPSE ATAS NAMA TTK DUA',
        'NAMA TTK DUA BUDI SANTOSO KMA S.T.',
        'NIP TTK DUA 19800101 200501 1 003',
        'JABATAN TTK DUA KEPALA SEKSI PERBENIHAN',
        'EMAIL TTK DUA BUDI.SANTOSO@GMAIL.COM',
        'TTK DMK TTK',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email])).toEqual([['BUDI SANTOSO, S.T.', '198001012005011003', 'KEPALA SEKSI PERBENIHAN', 'budi.santoso@gmail.com']]);
    expect(r.letter.date).toBe('2026-11-05');
    // Read from a rewritten line: flagged, never silent.
    expect(flagged(r, 'people[0].name')).toBe(true);
  });
});

describe('a letter that only names a radiogram is no radiogram', () => {
  it('"RADIOGRAM KEPALA BKN NOMOR …" as a line of the body: its numbered records keep their own lines', () => {
    const r = parseLetter(
      [
        'BADAN KEPEGAWAIAN DAERAH',
        'Hal : Usulan akun PP',
        '',
        'Menindaklanjuti',
        'RADIOGRAM KEPALA BKN NOMOR 12/RAD/2026, mohon dibuatkan akun bagi:',
        '1. Nama : Budi Santoso',
        'NIP : 19800101 200501 1 003',
        'Email : budi@x.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.email])).toEqual([['Budi Santoso', '198001012005011003', 'budi@x.go.id']]);
    expect([r.fields['people[0].nip']?.note, r.fields['people[0].email']?.note]).toEqual([undefined, undefined]);
  });
});

describe('slash records numbered in a column of their own', () => {
  it('"(No / Nama / NIP / Jabatan / Email)" over "1 / Budi … / …": the number is no part of the jabatan', () => {
    const r = parseLetter(
      [
        'DINAS PERPUSTAKAAN',
        'Hal : Usulan akun PP',
        '',
        'dengan data (No / Nama / NIP / Jabatan / Email):',
        '1 / Budi Santoso / 19800101 200501 1 003 / Kepala Seksi Layanan / budi@x.go.id',
        '2 / Ani Rahayu / 19900101 201501 2 003 / Pustakawan Ahli Pertama / ani@x.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.position])).toEqual([
      ['Budi Santoso', 'Kepala Seksi Layanan'],
      ['Ani Rahayu', 'Pustakawan Ahli Pertama'],
    ]);
  });
});
