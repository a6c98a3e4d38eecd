import { describe, expect, it } from 'vitest';
import { messageIn } from '../../../lib/i18n-messages';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-7 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
/** One labelled person, for letters whose point is elsewhere. */
const ONE_PERSON = ['Nama : Yanti Lestari', 'NIP : 19870101 201001 2 002'];
const hasProblem = (parsed: ReturnType<typeof parseLetter>, field: string) => parsed.problems.some((p) => p.field === field);
/** The problem on `field`, said in English too (a message the English interface translates). */
const inEnglish = (parsed: ReturnType<typeof parseLetter>, field: string) => {
  const message = parsed.problems.find((p) => p.field === field)?.message ?? '';
  return messageIn('en', message) !== message;
};

describe("a police or military rank before a seconded officer's name", () => {
  const letter = (name: string) =>
    ['Hal : Usulan Akun SPSE Pejabat Pengadaan', '', `Nama : ${name}`, 'NIP : 19850505 201001 1 003', 'Jabatan : Kepala Seksi Logistik', 'Email : petugas.log@gmail.com', ''].join('\n');

  it('the rank (and a corps after it) is no part of the name', () => {
    for (const [written, name] of [
      ['KOMPOL Dedi Kurniawan, S.H.', 'Dedi Kurniawan, S.H.'],
      ['Iptu Rina Marlina, S.Tr.K.', 'Rina Marlina, S.Tr.K.'],
      ['BRIGPOL Agus Salim', 'Agus Salim'],
      ['Kapten Inf. Rahmat Hidayat', 'Rahmat Hidayat'],
      ['Mayor Czi Andri Saputra, S.T.', 'Andri Saputra, S.T.'],
      ['Serka Joko Susilo', 'Joko Susilo'],
      ['Letda Laut (P) Bayu Pratama', 'Bayu Pratama'],
    ]) {
      expect(parseLetter(letter(written)).people[0].name).toBe(name);
    }
  });

  it('a name that only starts like a rank stays whole', () => {
    expect(parseLetter(letter('Mayora Sitompul, S.E.')).people[0].name).toBe('Mayora Sitompul, S.E.');
  });
});

describe('an NRP written in a "NIP / NRP" field', () => {
  it('is no NIP: the NIP stays empty and is asked for', () => {
    const text = ['Hal : Usulan Akun SPSE PPK', '', 'Nama : Bambang Wicaksono', 'NIP/NRP : NRP 83010455', 'Jabatan : Kepala Bagian Umum', 'Email : bambang.w@gmail.com', ''].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people[0].nip).toBeNull();
    expect(hasProblem(parsed, 'people[0].nip')).toBe(true);
  });

  it('a NIP in the same field is read', () => {
    const text = ['Hal : Usulan Akun SPSE PPK', '', 'Nama : Sari Dewi', 'NIP / NRP : NIP 19880808 201101 2 004', 'Jabatan : Kepala Bagian Umum', ''].join('\n');
    expect(parseLetter(text).people[0].nip).toBe('198808082011012004');
  });
});

describe('label rows without colons whose value wraps onto an indented line', () => {
  it('the rows after the wrapped value are still read', () => {
    const text = [
      'Hal : Usulan Akun SPSE Pejabat Pengadaan',
      '',
      'Nama\tRatna Sari Dewi, S.E.',
      'NIP\t19900303 201502 2 001',
      'Jabatan\tKepala Subbagian Perencanaan dan Pelaporan Keuangan',
      '        Daerah',
      'Nomor HP\t0812-4455-6677',
      'Surel\tratnasaridewi@gmail.com',
      '',
    ].join('\n');
    const p = parseLetter(text).people[0];
    expect([p.position, p.phone, p.email]).toEqual(['Kepala Subbagian Perencanaan dan Pelaporan Keuangan Daerah', '+6281244556677', 'ratnasaridewi@gmail.com']);
  });
});

describe("a mail naming the official letter by its writer's office", () => {
  it('"surat Sekretaris Dinas Nomor … (terlampir)": the letter number, flagged', () => {
    const text = [
      'Subject: Reset akun SPSE',
      'From: Umum Dinas Perikanan <umum.dkp@contoh.go.id>',
      'Date: Mon, 9 Nov 2026 10:00:00 +0700',
      '',
      'Yth. Admin LPSE,',
      '',
      'Bersama ini kami kirimkan surat Sekretaris Dinas Perikanan Nomor 800/221/DKP/2026 tanggal 6 November 2026',
      'sebagaimana terlampir, mohon reset password akun berikut:',
      '',
      ...ONE_PERSON,
      'Email : yanti.lestari@gmail.com',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.letter.number).toBe('800/221/DKP/2026');
    expect(hasProblem(parsed, 'letter.number')).toBe(true);
  });

  const shortMail = (sentence: string) => ['Subject: Akun SPSE', 'From: a@b.go.id', '', sentence, '', ...ONE_PERSON, ''].join('\n');

  it.each([
    ['Terlampir surat Camat Lubuk Dalam Nomor 005/31/KEC/2026, mohon dibuatkan akun:', '005/31/KEC/2026'],
    ['Permohonan ini sesuai surat Kepala Dinas Pangan Nomor 500/88/DP/2026 yang aslinya kami kirim lewat pos.', '500/88/DP/2026'],
    // A decree named the same way is not the letter.
    ['Berdasarkan surat keputusan Bupati Nomor 188/45/KPTS/2026 (terlampir), mohon dibuatkan akun:', null],
  ])('"%s": %s', (sentence, number) => {
    expect(parseLetter(shortMail(sentence)).letter.number).toBe(number);
  });
});

describe('a Perihal label centred in its layout cell (its value starting on the lines above it)', () => {
  it('the lines above, under the Lampiran line, begin the subject, flagged', () => {
    const text = [
      'Nomor\t: 027/512/BAPPEDA/2026',
      'Lampiran\t: 1 (satu) berkas',
      '\t\tUsulan Akun SPSE Pejabat Pengadaan',
      'Perihal\t: pada Badan Perencanaan Pembangunan',
      '\t\tDaerah Tahun 2027',
      '',
      ...ONE_PERSON,
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.letter.subject).toBe('Usulan Akun SPSE Pejabat Pengadaan pada Badan Perencanaan Pembangunan Daerah Tahun 2027');
    expect(inEnglish(parsed, 'letter.subject')).toBe(true);
  });

  it("a date's piece wrapped above the Hal line (no subject line going on below) is not the subject", () => {
    const text = ['Nomor\t: 027/512/BAPPEDA/2026\tSofifi, 3', '\t\tNovember 2026', 'Hal\t: Usulan Akun SPSE Pejabat Pengadaan', '', ...ONE_PERSON, ''].join('\n');
    expect(parseLetter(text).letter.subject).toBe('Usulan Akun SPSE Pejabat Pengadaan');
  });
});

describe('a table aligned by wide gaps, its cells wrapped onto the rows below', () => {
  it('each wrapped piece goes to the column it stands under', () => {
    const text = [
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      '  No   Nama / NIP                     Jabatan                        No. HP            Email',
      '  1    Rahmat Hidayat, S.T.,          Kepala Seksi Pemeliharaan      0812 3344 5566    rahmat.hidayat@',
      '       M.T.                           Jalan dan Jembatan                               dpu.contohkab',
      '       NIP 19810505 200604 1 011                                                       .go.id',
      '',
    ].join('\n');
    const p = parseLetter(text).people[0];
    expect([p.name, p.nip, p.position, p.email]).toEqual(['Rahmat Hidayat, S.T., M.T.', '198105052006041011', 'Kepala Seksi Pemeliharaan Jalan dan Jembatan', 'rahmat.hidayat@dpu.contohkab.go.id']);
  });
});

describe('an Outlook reply in Indonesian ("Dari / Terkirim / Kepada / Subjek")', () => {
  it('"Terkirim" is the mail\'s date, flagged', () => {
    const text = [
      'Dari: Bagian Umum Dinas Pangan <umum.pangan@contoh.go.id>',
      'Terkirim: Selasa, 10 November 2026 09.15',
      'Kepada: LPSE <lpse@contoh.go.id>',
      'Subjek: RE: Akun SPSE PP',
      '',
      'Mohon dibuatkan akun PP untuk:',
      ...ONE_PERSON,
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.letter.date).toBe('2026-11-10');
    expect(hasProblem(parsed, 'letter.date')).toBe(true);
  });
});

describe('a chat asking one data change in a sentence and one new account', () => {
  const chat = [
    '[03/11/26 09.10.11] Rudi Dishub: Pagi admin, ada dua permintaan:',
    '[03/11/26 09.11.02] Rudi Dishub: 1) Perubahan data akun PP an. Drs. Joko Susanto, NIP 19700202 199503 1 002. Jabatannya sekarang Kepala Seksi Angkutan (dulu Kasi Terminal). Email baru jokosusanto70@gmail.com',
    '[03/11/26 09.12.40] Rudi Dishub: 2) AKUN BARU PP',
    'Nama : Desi Anggraini, S.T.',
    'NIP : 19910909 201503 2 004',
    'Jabatan : Kepala Seksi Terminal',
    'Email : desianggraini91@gmail.com',
    '',
  ].join('\n');

  it('"an." before the name is no part of it; "Jabatannya sekarang …" is the position', () => {
    const p = parseLetter(chat).people[0];
    expect([p.name, p.position, p.email]).toEqual(['Drs. Joko Susanto', 'Kepala Seksi Angkutan', 'jokosusanto70@gmail.com']);
  });

  it("each person's own heading says change or create, flagged", () => {
    const parsed = parseLetter(chat);
    expect(parsed.people.map((p) => p.action)).toEqual(['change', 'create']);
    expect(hasProblem(parsed, 'people[1].action')).toBe(true);
  });
});

describe('the present jabatan said in a sentence after the old one', () => {
  it('"yang dulu menjabat … dan kini menjabat …": the present one is the position', () => {
    const text = [
      'Hal : Perubahan Data Akun SPSE Pejabat Pengadaan',
      '',
      '1.\tPerubahan data akun atas nama Sdri. Maria Ulfa, S.E., NIP 19870707 201001 2 007, yang dulu menjabat Kepala Seksi Anggaran dan kini menjabat Kepala Bidang Perbendaharaan, dengan email baru mariaulfa87@gmail.com.',
      '',
    ].join('\n');
    expect(parseLetter(text).people[0].position).toBe('Kepala Bidang Perbendaharaan');
  });
});

describe('an acting jabatan ("Plt.", "Plh.") said in a sentence', () => {
  it('the abbreviation\'s full stop does not end the position', () => {
    const text = [
      'Hal : Permohonan Akun SPSE PPK',
      '',
      'Mohon dibuatkan akun PPK atas nama Bapak Lukas Rumaropen, S.T., NIP 19800404 200604 1 008, jabatan Plt. Kepala Bidang Cipta Karya, email lukasrumaropen@gmail.com, HP 0812 4700 8899.',
      '',
    ].join('\n');
    expect(parseLetter(text).people[0].position).toBe('Plt. Kepala Bidang Cipta Karya');
  });
});

describe('a replacement told in numbered sentences', () => {
  const text = [
    'Nomor : 800/77/Dishub/2026',
    'Perihal : Penggantian Operator SPSE',
    '',
    '1.\tSehubungan dengan pensiunnya Sdr. Agus Prayitno, NIP 19660606 198903 1 004, Analis Kepegawaian Ahli Muda, yang selama ini bertugas sebagai Pejabat Pengadaan pada Dinas Perhubungan, kami mohon akun atas nama yang bersangkutan dinonaktifkan.',
    '2.\tSebagai penggantinya, kami mohon dibuatkan akun atas nama Sdri. Wulan Sari, S.Kom., NIP 19950505 202012 2 003, jabatan Pranata Komputer Ahli Pertama, alamat surel wulansari95@gmail.com.',
    '',
  ].join('\n');

  it('the jabatan after the NIP is the position, not the role "sebagai …"', () => {
    expect(parseLetter(text).people.map((p) => p.position)).toEqual(['Analis Kepegawaian Ahli Muda', 'Pranata Komputer Ahli Pertama']);
  });

  it("the outgoing person's own sentence asks to close the account: deactivate, flagged", () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
    expect(hasProblem(parsed, 'people[0].action')).toBe(true);
  });
});

describe('a replacement told in one sentence, the successor listed below it', () => {
  const text = [
    'Perihal : Penggantian Pejabat Pengadaan',
    '',
    'Dengan hormat, karena Sdr. Yohanes Kaize, NIP 19780303 200501 1 006, Penata Laporan Keuangan, yang selama ini menjadi Pejabat Pengadaan pada Bagian Umum dan Keuangan, telah pensiun, kami mohon akun atas nama yang bersangkutan dinonaktifkan dan dibuatkan akun bagi penggantinya, yaitu:',
    '    Nama : Sarah Wanma, S.E.',
    '    NIP : 19930909 201903 2 006',
    '    Jabatan : Analis Keuangan',
    '    No. HP : 0813 4400 1122',
    '    Email : sarahwanma@gmail.com',
    '',
  ].join('\n');

  it("the outgoing person's request is the part before the successor's (\"dan dibuatkan … bagi penggantinya\")", () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
  });

  it('a jabatan read from the sentence ends before "No. HP"', () => {
    expect(parseLetter(text).people[1].position).toBe('Analis Keuangan');
  });
});

describe('a mail asking to close, create and reset accounts under headings', () => {
  const text = [
    'Subject: Penonaktifan, akun baru dan reset password PP Dinas Sosial',
    'From: Umum Dinsos <umum.dinsos@contoh.go.id>',
    '',
    'Yth. Admin LPSE,',
    '',
    '1. PENONAKTIFAN',
    'PP lama a.n. Markus Sapulete (NIP 19650101 198903 1 010), Kasubbid Rehabilitasi, sudah pensiun, mohon akunnya dinonaktifkan.',
    '',
    '2. AKUN BARU',
    'Nama : Ester Pattinama, S.Sos.',
    'NIP : 19900202 201402 2 004',
    'Jabatan : Kepala Seksi Rehabilitasi',
    'Email : esterpattinama@gmail.com',
    '',
    '3. RESET PASSWORD',
    'Nama : Abdul Gani Tuasikal',
    'NIP : 19820303 200801 1 005',
    'Jabatan : Analis Perlindungan Sosial',
    'Email : abdulgani.t@gmail.com',
    '',
  ].join('\n');

  it("each person's heading says which of the three, flagged", () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'create', 'reset']);
    expect(inEnglish(parsed, 'people[0].action')).toBe(true);
  });

  it('the jabatan after a NIP in brackets is the position ("Kasubbid …")', () => {
    expect(parseLetter(text).people[0].position).toBe('Kasubbid Rehabilitasi');
  });
});

describe('a change table with "Semula" and "Menjadi" columns in each row', () => {
  it('the changed e-mail or phone is the "Menjadi" one, flagged', () => {
    const text = [
      'Hal : Perubahan Data Akun SPSE PPK',
      '',
      'No\tNama\tNIP\tJabatan\tYang Diubah\tSemula\tMenjadi',
      '1\tHerman Syah, S.T.\t19800101 200501 1 003\tKepala Bidang Jalan\tEmail\therman.lama@yahoo.com\therman.syah@pu.contoh.go.id',
      '2\tNina Karlina\t19850505 201001 2 005\tKepala Seksi Jembatan\tNo. HP\t0812 1111 2222\t0813 3333 4444',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.email, p.phone])).toEqual([
      ['herman.syah@pu.contoh.go.id', null],
      [null, '+6281333334444'],
    ]);
    expect(hasProblem(parsed, 'people[0].email')).toBe(true);
    expect(hasProblem(parsed, 'people[1].phone')).toBe(true);
  });
});
