import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found with tests/fixtures/letters-variety-4 (a fourth tuning set of layouts the
 * earlier sets left out). Each example is new text in the same layout, not the set's letters; each
 * test failed before its rule.
 */

const body = [
  '',
  'Nomor    : 027/ 1184 -12/2026',
  'Hal      : Permohonan Akun SPSE Pejabat Pengadaan',
  'Padang, 18 November 2026',
  '',
  'Mohon dibuatkan akun SPSE Pejabat Pengadaan atas nama:',
  'Nama    : Rahmat Hidayat, S.T.',
  'NIP     : 19850312 201001 1 004',
  'Jabatan : Penata Laksana Barang',
  '',
];

describe('a unit whose place wrapped onto a kop line of its own, under its parents', () => {
  for (const [kop, sender] of [
    [['KEMENTERIAN PEKERJAAN UMUM', 'DIREKTORAT JENDERAL SUMBER DAYA AIR', 'BALAI WILAYAH SUNGAI SUMATERA V', 'PADANG'], 'BALAI WILAYAH SUNGAI SUMATERA V PADANG'],
    [['KEMENTERIAN KEUANGAN/', 'DIREKTORAT JENDERAL PAJAK', 'KANTOR WILAYAH DJP SUMATERA BARAT DAN JAMBI', 'PROVINSI SUMATERA BARAT'], 'KANTOR WILAYAH DJP SUMATERA BARAT DAN JAMBI PROVINSI SUMATERA BARAT'],
  ] as const) {
    it(`"${kop[kop.length - 1]}" goes with the unit line above it`, () => {
      expect(parseLetter([...kop, 'Jalan Khatib Sulaiman Nomor 5, Padang', ...body].join('\n')).letter.sender).toBe(sender);
    });
  }

  it('a kop whose last line is no place alone is still read whole', () => {
    const kop = ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH SUMATERA BARAT', 'RESOR KOTA PADANG'];
    expect(parseLetter([...kop, ...body].join('\n')).letter.sender).toBe('KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH SUMATERA BARAT RESOR KOTA PADANG');
  });
});

describe('spaces typed around the agenda number inside a letter number', () => {
  it('"027/ 1184 -12/2026" is 027/1184-12/2026', () => {
    expect(parseLetter(['DINAS PERHUBUNGAN', ...body].join('\n')).letter.number).toBe('027/1184-12/2026');
  });
});

describe('a labelled jabatan ending in a bracketed note in lower case ("(dirotasi ke …)")', () => {
  it('the note is no part of the position, flagged', () => {
    const text = ['DINAS PERHUBUNGAN', ...body].join('\n').replace('Penata Laksana Barang', 'Kepala Seksi Angkutan (dimutasi ke Dinas Kominfo per 1 Desember)');
    const parsed = parseLetter(text);
    expect(parsed.people[0].position).toBe('Kepala Seksi Angkutan');
    expect(parsed.problems.some((x) => x.field === 'people[0].position')).toBe(true);
  });

  it('a capitalised bracket stays part of it', () => {
    const text = ['DINAS PERHUBUNGAN', ...body].join('\n').replace('Penata Laksana Barang', 'Perawat Ahli Pertama (Pengelola Barang BLUD)');
    expect(parseLetter(text).people[0].position).toBe('Perawat Ahli Pertama (Pengelola Barang BLUD)');
  });
});

describe('a person block: "(1) name", then "NIP … — jabatan", then "e-mail: … · HP … (WA)"', () => {
  const text = [
    'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
    '',
    'Kami mohon dibuatkan akun SPSE Pejabat Pengadaan bagi:',
    '(1) Dewi Anggraini Putri, S.Kom.',
    'NIP 19890214 201403 2 005 — Pranata Komputer Ahli Pertama',
    'e-mail: dewi.anggraini@kemenkeu.go.id · HP 0857-2210-4431 (WA)',
    '(2) Yosef Bria Seran, S.E.',
    'NIP 19910101 201502 1 003 — Analis Keuangan',
    'e-mail: yosef.seran@kemenkeu.go.id · WA 0813-9001-7720',
    '',
  ].join('\n');

  it('each part is its own field, the parts after the first flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Dewi Anggraini Putri, S.Kom.', '198902142014032005', 'Pranata Komputer Ahli Pertama', 'dewi.anggraini@kemenkeu.go.id', '+6285722104431'],
      ['Yosef Bria Seran, S.E.', '199101012015021003', 'Analis Keuangan', 'yosef.seran@kemenkeu.go.id', '+6281390017720'],
    ]);
    for (const f of ['people[0].position', 'people[0].phone', 'people[1].position']) expect(parsed.problems.some((x) => x.field === f)).toBe(true);
  });
});

describe('a bilingual letter (Indonesian / English)', () => {
  const text = [
    'UNIVERSITAS UDAYANA',
    '',
    'Nomor / Ref.\t: B/1042/UN14/PL.01/2026',
    'Hal / Subject\t: Permohonan Akun SPSE Pokja / Request for SPSE Selection Team Accounts',
    'Denpasar, 12 November 2026',
    '',
    'No\tNama Name\tNIP Employee ID\tJabatan Position\tSurel E-mail',
    '1\tKadek Ari Wibawa, S.T.\t19860304 201012 1 002\tAnalis Pengadaan / Procurement Analyst\tari.wibawa@unud.ac.id',
    '2\tLuh Gede Sari, S.E.\t19900817 201503 2 004\tPengelola Keuangan\tgedesari@unud.ac.id',
    '',
  ].join('\n');

  it('labels "Nomor / Ref." and "Hal / Subject" read by their Indonesian half; the subject whole', () => {
    const parsed = parseLetter(text);
    expect(parsed.letter.number).toBe('B/1042/UN14/PL.01/2026');
    expect(parsed.letter.subject).toBe('Permohonan Akun SPSE Pokja / Request for SPSE Selection Team Accounts');
  });

  it('under a "Jabatan Position" header a jabatan in both languages keeps its Indonesian half, flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.position)).toEqual(['Analis Pengadaan', 'Pengelola Keuangan']);
    expect(parsed.problems.some((x) => x.field === 'people[0].position')).toBe(true);
  });

  it('under an Indonesian header a jabatan with " / " stays whole', () => {
    const parsed = parseLetter(text.replace('Jabatan Position', 'Jabatan'));
    expect(parsed.people[0].position).toBe('Analis Pengadaan / Procurement Analyst');
  });
});

describe('a letter without a Hal asking to change one field of an existing account', () => {
  it('a chat asking "ganti nomor HP" is a change, flagged', () => {
    const text = [
      '20/11/26 09.10 - Wulan Dispar: Selamat pagi, mohon bantu ganti nomor HP akun SPSE PPK kami, HP lama hilang',
      '20/11/26 09.11 - Wulan Dispar: Nama : Bagus Prasetyo, S.E.',
      'NIP : 19830412 200901 1 006',
      'No HP baru : 0813-2555-7781',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['change']);
    expect(parsed.problems.some((x) => x.field === 'people[0].action')).toBe(true);
  });

  it('a form whose ticked box asks "Perubahan data" (the role answered beside it) is a change', () => {
    const text = [
      'PERUSAHAAN UMUM DAERAH PASAR KOTA MALANG',
      '',
      'FORMULIR LAYANAN AKUN SPSE',
      'Nomor: 511/ 208 /PD-Pasar/XI/2026',
      '',
      '[ ] Pembuatan akun baru    [ ] Reset password',
      '[ ] Penonaktifan akun      [x] Perubahan data: nomor HP',
      '',
      'Peran akun: Pejabat Pengadaan',
      '',
      'Nama lengkap : Hendra Wijaya, S.E.',
      'Jabatan      : Kepala Bagian Umum',
      'No. HP baru  : 0812-3301-4455',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => p.action)).toEqual(['change']);
  });
});

describe('a form response copied as text (question line, answer line)', () => {
  const text = [
    'Permohonan Reset Akun SPSE - LPSE Kabupaten Tabanan',
    '',
    'Stempel waktu',
    '18/11/2026 08:41:17',
    '',
    'Alamat email',
    'tu.dispertan.tabanan@gmail.com',
    '',
    'Nama Instansi *',
    'Dinas Pertanian Kabupaten Tabanan',
    '',
    'Nomor Surat Permohonan',
    '500/1187/Distan/2026',
    '',
    'Nama lengkap dan gelar *',
    'Ir. I Made Sukarta, M.Si.',
    '',
    'NIP *',
    '19720514 199803 1 006',
    '',
    'Email akun SPSE *',
    'madesukarta72@gmail.com',
    '',
  ].join('\n');

  it('the letter number from "Nomor Surat Permohonan"; the respondent\'s address asked first is nobody\'s', () => {
    const parsed = parseLetter(text);
    expect(parsed.letter.number).toBe('500/1187/Distan/2026');
    expect(parsed.people.map((p) => [p.name, p.nip, p.email])).toEqual([['Ir. I Made Sukarta, M.Si.', '197205141998031006', 'madesukarta72@gmail.com']]);
  });

  it('a form asking one e-mail keeps it as the person\'s', () => {
    const parsed = parseLetter(text.replace('Email akun SPSE *\nmadesukarta72@gmail.com\n', ''));
    expect(parsed.people.map((p) => p.email)).toEqual(['tu.dispertan.tabanan@gmail.com']);
  });
});

describe('an e-office notification: two people in one sentence, their contacts "masing-masing … dan …"', () => {
  const text = [
    'Notifikasi Naskah Masuk',
    '',
    'Nomor Naskah   : B-771/Kk.12.3/PL.01/11/2026',
    'Tanggal Naskah : 19 November 2026',
    'Hal            : Permohonan Akun SPSE Pejabat Pengadaan',
    'Asal Naskah    : Kepala Subbagian Umum, Kantor Kementerian Agama Kabupaten Sleman',
    '',
    'Isi Ringkas    :',
    'Mohon dibuatkan akun SPSE bagi Sdr. Bayu Aji Nugroho, S.T. (NIP 199003112015031002) dan Sdri. Rina Kusumastuti, S.Kom. (NIP 199208042019032007), keduanya Pranata Komputer Ahli Pertama pada Subbagian Umum. Email masing-masing bayuaji.kemenag@gmail.com dan rinakusuma92@gmail.com, HP 0857-4001-2233 dan 0813-2900-4455.',
    '',
  ].join('\n');

  it('e-mails and phones given in order, the shared jabatan to both, flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.position, p.email, p.phone])).toEqual([
      ['Bayu Aji Nugroho, S.T.', 'Pranata Komputer Ahli Pertama', 'bayuaji.kemenag@gmail.com', '+6285740012233'],
      ['Rina Kusumastuti, S.Kom.', 'Pranata Komputer Ahli Pertama', 'rinakusuma92@gmail.com', '+6281329004455'],
    ]);
    for (const f of ['people[0].email', 'people[0].phone', 'people[1].position']) expect(parsed.problems.some((x) => x.field === f)).toBe(true);
  });

  it('"Asal Naskah": the office without the signer\'s title before the comma, flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.letter.sender).toBe('Kantor Kementerian Agama Kabupaten Sleman');
    expect(parsed.problems.some((x) => x.field === 'letter.sender')).toBe(true);
  });
});

describe('a chat asking to close one officer\'s account and to make one for the replacement', () => {
  const text = [
    'Brigpol Made Suta, [19.11.26 10:02]',
    'Mohon izin penonaktifan akun Pejabat Pengadaan Polres Tabanan an. IPTU Komang Sudiarta (NRP 79050812), Kaurmintu Bag Ops Polres Tabanan, krn pensiun per 1 Desember 2026',
    '',
    'Brigpol Made Suta, [19.11.26 10:05]',
    'Penggantinya mohon dibuatkan akun baru:',
    'Nama: Putu Eka Jayanti, S.H.',
    'NIP: 199002142015032003',
    'Jabatan: Kasubbagrenmin Bag Ops Polres Tabanan',
    'Email: ekajayanti.polri@gmail.com',
    '',
  ].join('\n');

  it('the officer in the sentence is deactivated, the one under the heading created, both flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.action])).toEqual([
      ['Komang Sudiarta', 'deactivate'],
      ['Putu Eka Jayanti, S.H.', 'create'],
    ]);
    expect(parsed.problems.some((x) => x.field === 'people[1].action')).toBe(true);
  });

  it('the officer\'s jabatan set after the bracketed NRP ("(NRP …), Kaurmintu …") is read, flagged', () => {
    const parsed = parseLetter(text);
    expect(parsed.people[0].position).toBe('Kaurmintu Bag Ops Polres Tabanan');
    expect(parsed.problems.some((x) => x.field === 'people[0].position')).toBe(true);
  });
});

describe('a part read by its shape after a NIP does not replace a labelled jabatan', () => {
  it('"Jabatan :" above "NIP … — Penata Muda (III/a)" keeps the jabatan', () => {
    const text = [
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Nama    : Sri Wahyuni, S.E.',
      'Jabatan : Analis Pengadaan Barang/Jasa',
      'NIP 19900505 201503 2 004 — Penata Muda (III/a)',
      'Email   : sriwahyuni@gmail.com',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => p.position)).toEqual(['Analis Pengadaan Barang/Jasa']);
  });
});

describe('"masing-masing sebagai <role>" after two people names the SPSE role, not a shared jabatan', () => {
  it('each keeps the jabatan set after their NIP', () => {
    const text = [
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Mohon dibuatkan akun SPSE bagi Sdr. Andi Saputra, S.T., NIP 198801012014031002, Analis Pengadaan, dan Sdri. Maya Lestari, S.E., NIP 199002022015032003, Kepala Subbagian Umum, masing-masing sebagai Pejabat Pengadaan.',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => p.position)).toEqual(['Analis Pengadaan', 'Kepala Subbagian Umum']);
  });
});

describe('a form whose request boxes the reader lost ("CD Pembuatan akun baru⇥DC Reset password")', () => {
  const text = [
    'PERUSAHAAN UMUM DAERAH PASAR KOTA MALANG',
    '',
    'FORMULIR LAYANAN AKUN SPSE',
    'Nomor: 511/208/PD-Pasar/XI/2026',
    '',
    'Jenis permohonan:',
    'CD Pembuatan akun baru\tDC Reset password',
    'CD Penonaktifan akun\tPerubahan data: nomor HP',
    '',
    'Peran akun: Pejabat Pengadaan',
    '',
    'Nama lengkap\t: Hendra Wijaya, S.E.',
    'Jabatan\t: Kepala Bagian Umum',
    'No. HP\t: 0812-3301-4455',
    '',
  ].join('\n');

  it('the action is flagged as a guess', () => {
    const parsed = parseLetter(text);
    expect(parsed.people).toHaveLength(1);
    expect(parsed.problems.some((x) => x.field === 'people[0].action')).toBe(true);
  });

  it('with the tick read ("[x] Perubahan data") the form says it: a change', () => {
    const parsed = parseLetter(text.replace('CD Pembuatan akun baru\tDC Reset', '[ ] Pembuatan akun baru\t[ ] Reset').replace('CD Penonaktifan akun\tPerubahan', '[ ] Penonaktifan akun\t[x] Perubahan'));
    expect(parsed.people.map((p) => p.action)).toEqual(['change']);
  });
});

describe('a subject wrapped before a unit\'s code and name ("… Kodim" / "0412/Lampung Utara")', () => {
  it('the code line alone under the subject goes on with it', () => {
    const text = [
      'KOMANDO DISTRIK MILITER 0412/LAMPUNG UTARA',
      '',
      'Nomor\t: B/702/XI/2026',
      'Perihal\t: Permohonan Akun SPSE Pejabat Pengadaan Kodim',
      '0412/Lampung Utara',
      '',
      'Kepada Yth. Kepala LPSE Kabupaten Lampung Utara',
      '',
      'Nama\t: Rudi Hartono, S.E.',
      'NIP\t: 198703152010121002',
      '',
    ].join('\n');
    expect(parseLetter(text).letter.subject).toBe('Permohonan Akun SPSE Pejabat Pengadaan Kodim 0412/Lampung Utara');
  });
});
