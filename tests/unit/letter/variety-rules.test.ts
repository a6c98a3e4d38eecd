import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-variety (layouts the earlier sets left out): each
 * letter here is a small one written for the rule (other agencies, other wording), not the fixture.
 * Every value not read verbatim from a clean labelled line must carry a problem.
 */
const flagged = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.some((p) => p.field === field);

describe('a letter quoted in a plain-text mail ("> " before every line)', () => {
  const mail = [
    'Subject: Fwd: Usulan akun',
    'From: Admin Dinas <admin@contohkab.go.id>',
    'Date: 02/03/2026 09:00',
    'To: lpse@contohkab.go.id',
    '',
    'Mohon diproses, surat di bawah.',
    '',
    '-------- Forwarded Message --------',
    'Subject: Usulan akun',
    'Date: Fri, 27 Feb 2026 10:12:00 +0700',
    'From: Kepala Dinas <kadis@contohkab.go.id>',
    'To: Admin Dinas <admin@contohkab.go.id>',
    '',
    '> PEMERINTAH KABUPATEN CONTOH',
    '> DINAS PERIKANAN',
    '>',
    '> Contoh, 27 Februari 2026',
    '>',
    '> Nomor : 523/ 88 /DKP/II/2026',
    '> Hal   : Permohonan Akun SPSE',
    '>         Pejabat Pengadaan',
    '>',
    '> Mohon dibuatkan akun SPSE bagi:',
    '> Nama    : Rudi Hartawan, S.Pi.',
    '> NIP     : 19850505 201001 1 007',
    '> Jabatan : Analis Perikanan',
    '> Email   : rudi.hartawan@contohkab.go.id',
  ].join('\n');

  it('reads the quoted letter: kop, number, date, the Hal over two lines, the person', () => {
    const r = parseLetter(mail);
    expect(r.letter).toMatchObject({ number: '523/88/DKP/II/2026', date: '2026-02-27', sender: 'DINAS PERIKANAN', subject: 'Permohonan Akun SPSE Pejabat Pengadaan' });
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Rudi Hartawan, S.Pi.', nip: '198505052010011007', position: 'Analis Perikanan', email: 'rudi.hartawan@contohkab.go.id' });
  });
});

describe('the kop names the writing unit below its parents', () => {
  const kop = (...names: string[]) => parseLetter([...names, 'Jalan Merdeka No. 1', '', 'Nomor : 100/1/2026', 'Hal : Akun SPSE'].join('\n'));

  it('a kelurahan under its kecamatan, a UPTD under its dinas, a balai under a ministry and directorate: the unit alone, flagged', () => {
    for (const [lines, unit] of [
      [['PEMERINTAH KOTA CONTOH', 'KECAMATAN SUKAMAJU', 'KELURAHAN SUKARAJA'], 'KELURAHAN SUKARAJA'],
      [['PEMERINTAH KABUPATEN CONTOH', 'DINAS KESEHATAN', 'UPTD PUSKESMAS SUKAMAJU'], 'UPTD PUSKESMAS SUKAMAJU'],
      [['KEMENTERIAN PERTANIAN', 'DIREKTORAT JENDERAL PRASARANA DAN SARANA PERTANIAN', 'BALAI BESAR PELATIHAN PERTANIAN CONTOH'], 'BALAI BESAR PELATIHAN PERTANIAN CONTOH'],
      [['KOMANDO DAERAH MILITER I/BUKIT BARISAN', 'KOMANDO RESOR MILITER 023/KAWAL SAMUDERA', 'KOMANDO DISTRIK MILITER 0212/TAPANULI SELATAN'], 'KOMANDO DISTRIK MILITER 0212/TAPANULI SELATAN'],
    ] as [string[], string][]) {
      const r = kop(...lines);
      expect(r.letter.sender).toBe(unit);
      expect(flagged(r, 'letter.sender')).toBe(true);
    }
  });

  it('a line that is no name on its own ("PERWAKILAN PROVINSI …", "RESOR …") is still joined to the line above', () => {
    expect(kop('BADAN PENGAWASAN KEUANGAN DAN PEMBANGUNAN', 'PERWAKILAN PROVINSI CONTOH').letter.sender).toBe('BADAN PENGAWASAN KEUANGAN DAN PEMBANGUNAN PERWAKILAN PROVINSI CONTOH');
    expect(kop('KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH CONTOH', 'RESOR CONTOH').letter.sender).toBe('KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH CONTOH RESOR CONTOH');
  });
});

describe('a table in CSV with semicolons (copied from a spreadsheet)', () => {
  it('reads each row, quoted names with commas whole; a Pangkat/Gol column is no position', () => {
    const r = parseLetter(
      [
        'Hal : Akun Pokja',
        '',
        'Berikut datanya:',
        'No;Nama;NIP;Pangkat/Gol;Jabatan;Email;HP',
        '1;"Dewi Lestari, S.T.";198701012010012003;Penata (III/c);Pranata Komputer Ahli Muda;dewi.lestari@contohkab.go.id;0812-1111-2222',
        '2;"Agus Salim, S.E., M.M.";198802022011011004;Penata Tk.I (III/d);Analis Keuangan;agussalim@gmail.com;0813-3333-4444',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Dewi Lestari, S.T.', '198701012010012003', 'Pranata Komputer Ahli Muda', 'dewi.lestari@contohkab.go.id', '+6281211112222'],
      ['Agus Salim, S.E., M.M.', '198802022011011004', 'Analis Keuangan', 'agussalim@gmail.com', '+6281333334444'],
    ]);
  });
});

describe('a table copied from a PDF viewer, one cell per line', () => {
  const letter = [
    'Hal : Permohonan Akun Helpdesk',
    '',
    'Mohon dibuatkan akun bagi:',
    'No',
    'Nama',
    'NIP',
    'Jabatan',
    'Email',
    'No. HP',
    '1',
    'Siti Aminah, S.Kom.',
    '199001012015032001',
    'Pranata Komputer Ahli Pertama',
    'siti.aminah@contohkab.go.id',
    '0812-5555-6666',
    '2',
    'Bayu Pratama',
    '199202022019031002',
    'Pengelola Layanan',
    'bayu.pratama@gmail.com',
    '0813-7777-8888',
    'Demikian permohonan kami.',
  ].join('\n');

  it('rebuilds the rows from the header count, every value flagged', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Siti Aminah, S.Kom.', '199001012015032001', 'Pranata Komputer Ahli Pertama', 'siti.aminah@contohkab.go.id', '+6281255556666'],
      ['Bayu Pratama', '199202022019031002', 'Pengelola Layanan', 'bayu.pratama@gmail.com', '+6281377778888'],
    ]);
    expect(flagged(r, 'people[0].name')).toBe(true);
    expect(flagged(r, 'people[1].position')).toBe(true);
  });

  it('cells that do not fill whole rows are left alone', () => {
    const r = parseLetter(letter.replace('0813-7777-8888\n', ''));
    expect(r.people.every((p) => p.position !== 'Email')).toBe(true);
  });
});

describe('a printed form: each label on its own line, the answer below it', () => {
  const response = (name: string, nip: string) => [
    'Nama Lengkap (beserta gelar) *',
    name,
    '',
    'NIP *',
    nip,
    '',
    'Jabatan *',
    'Kepala Seksi Angkutan',
    '',
    'Alamat Email Aktif *',
    `${name.split(' ')[0].toLowerCase()}@contohkab.go.id`,
    '',
    'Nomor HP (WhatsApp) *',
    '0812 9999 0000',
  ];
  const form = [
    'Formulir Permohonan Akun SPSE',
    'Isi formulir ini untuk permohonan akun baru, reset password, atau penonaktifan akun.',
    '',
    'Jenis Permohonan *',
    'Pembuatan akun baru',
    '',
    'Peran / Hak Akses *',
    'PPK (Pejabat Pembuat Komitmen)',
    '',
    'Nama Instansi / OPD *',
    'Dinas Pariwisata Kabupaten Contoh',
    '',
    ...response('Hendra Wijaya, S.T.', '198503032010011005'),
  ].join('\n');

  it('reads the answers under their labels (flagged), the office from "Nama Instansi / OPD"', () => {
    const r = parseLetter(form);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Hendra Wijaya, S.T.', nip: '198503032010011005', position: 'Kepala Seksi Angkutan', email: 'hendra@contohkab.go.id', phone: '+6281299990000' });
    expect(r.letter.sender).toBe('Dinas Pariwisata Kabupaten Contoh');
    expect(flagged(r, 'people[0].name')).toBe(true);
  });

  it('the role asked in "Peran / Hak Akses" and the request in "Jenis Permohonan" beat the form\'s instructions', () => {
    const r = parseLetter(form);
    expect(r.letter.role).toBe('ppk');
    expect(r.people[0].action).toBe('create');
  });
});

describe('two label columns side by side (outgoing | incoming)', () => {
  const letter = [
    'Hal : Penggantian Pejabat Pengadaan',
    '',
    'Mohon akun pejabat lama dinonaktifkan dan dibuatkan akun pejabat baru:',
    '\tPejabat Lama\tPejabat Baru',
    'Nama\t: Slamet Riyadi\tNama\t: Dian Puspita, S.E.',
    'NIP\t: 19680101 199003 1 004\tNIP\t: 19910303 201503 2 006',
    'Jabatan\t: Kasi Umum\tJabatan\t: Kasi Umum',
    'Alasan\t: Pensiun\tEmail\t: dian.puspita@contohkab.go.id',
    '\t\tHP\t: 0812 3456 7890',
  ].join('\n');

  it('each column is a person, the outgoing one deactivated, every value flagged', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone, p.action])).toEqual([
      ['Slamet Riyadi', '196801011990031004', 'Kasi Umum', null, null, 'deactivate'],
      ['Dian Puspita, S.E.', '199103032015032006', 'Kasi Umum', 'dian.puspita@contohkab.go.id', '+6281234567890', 'create'],
    ]);
    expect(flagged(r, 'people[0].name')).toBe(true);
    expect(flagged(r, 'people[1].name')).toBe(true);
  });
});

describe('a two-column table of labels without colons, one per person, under action headings', () => {
  it('reads "Nama<TAB>…" rows as labelled lines; the heading above says the action', () => {
    const r = parseLetter(
      [
        'Hal : Penonaktifan dan Pembuatan Akun PPK',
        '',
        'Kami sampaikan permohonan sebagai berikut:',
        'A.\tAkun yang mohon dinonaktifkan',
        'Nama\tBambang Irawan',
        'NIP\t19700707 199503 1 003',
        'Jabatan\tKabid Bina Marga',
        '',
        'B.\tAkun yang mohon dibuatkan',
        'Nama\tLinda Kusuma, S.T.',
        'NIP\t19880808 201101 2 009',
        'Jabatan\tKabid Bina Marga',
        'Email\tlinda.kusuma@contohkab.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.action])).toEqual([
      ['Bambang Irawan', '197007071995031003', 'Kabid Bina Marga', 'deactivate'],
      ['Linda Kusuma, S.T.', '198808082011012009', 'Kabid Bina Marga', 'create'],
    ]);
  });
});

describe('a numbered name over its labelled lines, one label the parser does not read', () => {
  it('"Pangkat/Gol : …" under the name is not part of the name; the titles after its comma stay', () => {
    const r = parseLetter(
      [
        'Hal : Usulan Pejabat Pengadaan',
        '',
        'Kami usulkan:',
        '1. Kadek Ayu Lestari, A.Md.Keb.',
        '   NIP.        19930909.201801.2.004',
        '   Pangkat/Gol : Pengatur Tk.I / II-d',
        '   Jabatan     : Bidan Terampil',
        '   E-mail      : kadekayu@gmail.com',
        '',
        '2. dr. Yosua Hallatu',
        '   NIP.        19880101.201403.1.002',
        '   Pangkat/Gol : Penata / III-c',
        '   Jabatan     : Dokter Ahli Pertama',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position])).toEqual([
      ['Kadek Ayu Lestari, A.Md.Keb.', '199309092018012004', 'Bidan Terampil'],
      ['dr. Yosua Hallatu', '198801012014031002', 'Dokter Ahli Pertama'],
    ]);
  });
});

describe('one record in a sentence, the first labels with colons and the later ones without', () => {
  it('"Nama: …, NIP: …, jabatan …, email …, WA …" reads every field', () => {
    const r = parseLetter(
      ['Hal : Akun PP', '', '1. Nama: Fransiskus Laka, S.T., NIP: 19890707 201503 1 004, jabatan Kasubbag Umum, email frans.laka@gmail.com, WA 0812 4455 6677'].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Fransiskus Laka, S.T.', nip: '198907072015031004', position: 'Kasubbag Umum', email: 'frans.laka@gmail.com', phone: '+6281244556677' });
    // The values after a label without its colon are read by their shape: flagged.
    for (const f of ['position', 'email', 'phone']) expect(flagged(r, `people[0].${f}`)).toBe(true);
  });
});

describe('a name starting with "Wa" or "La" (Buton, Muna) in a combined cell', () => {
  it('"Wa Ode …" in a "Nama dan NIP" cell keeps its first word (not a WhatsApp label)', () => {
    const r = parseLetter(
      [
        'Hal : Akun Verifikator',
        '',
        'No\tNama dan NIP\tJabatan\tKontak',
        '1.\tWa Ode Nurhayati, S.E. NIP 19900303 201503 2 004\tAnalis Keuangan\twaode.nur@gmail.com 0852 1111 2222',
        '2.\tLa Ode Hamid NIP 19910404 201903 1 005\tPranata Komputer\tlaode.hamid@gmail.com 0813 3333 4444',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Wa Ode Nurhayati, S.E.', 'La Ode Hamid']);
  });
});

describe('a table column "NRP/NIP" (TNI and Polri units: officers have an NRP, civil servants a NIP)', () => {
  it('an NRP is no NIP: null; the civil servant\'s NIP is read', () => {
    const r = parseLetter(
      [
        'Perihal : Permohonan akun SPSE PPK',
        '',
        'No\tNama\tPangkat/Korps\tNRP/NIP\tJabatan\tEmail',
        '1\tAndi Saputra\tMayor Inf\t11080012340986\tPasi Log\tandi.saputra@gmail.com',
        '2\tRina Marlina, S.E.\tPenata/III-c\t19870303 201001 2 004\tPaur Keu\trina.marlina@gmail.com',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip])).toEqual([
      ['Andi Saputra', null],
      ['Rina Marlina, S.E.', '198703032010012004'],
    ]);
  });
});

describe('a message without a letter date', () => {
  it('a date saying when something takes effect ("per 1 Nov 2026", "sejak 15/11/2026") is not the letter date', () => {
    const r = parseLetter('Pak admin, mohon nonaktifkan akun PP a.n. Hendro Susilo NIP 196911021992031004 krn sdh pensiun per 1 Nov 2026. Akun Bu Rina jg, mutasi sejak 15/11/2026.');
    expect(r.letter.date).toBeNull();
  });
});

describe('variants of the rewritten layouts', () => {
  it('a CSV table with commas (English-locale spreadsheet), a quoted name holding a comma', () => {
    const r = parseLetter(
      ['Hal : Akun Pokja', '', 'No,Nama,NIP,Jabatan,Email,No HP', '1,"Dewi Lestari, S.T.",198701012010012003,Pranata Komputer,dewi@x.go.id,0812-1111-2222', '2,Agus Salim,198802022011011004,Analis Keuangan,agus@gmail.com,0813-3333-4444'].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.phone])).toEqual([
      ['Dewi Lestari, S.T.', '+6281211112222'],
      ['Agus Salim', '+6281333334444'],
    ]);
  });

  it('a sentence listing labels with commas is no CSV header', () => {
    const r = parseLetter(['Hal : Akun PPK', '', 'Mohon dilengkapi Nama, NIP, Jabatan, Email dan No HP.', 'Nama : Budi Hartono', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.people.map((p) => p.name)).toEqual(['Budi Hartono']);
  });

  it('two label columns typed side by side with spaces under "Semula" / "Menjadi"', () => {
    const r = parseLetter(
      [
        'Hal : Penggantian PPK',
        '',
        'Semula                                   Menjadi',
        'Nama    : Slamet Riyadi                   Nama    : Dian Puspita, S.E.',
        'NIP     : 19680101 199003 1 004          NIP     : 19910303 201503 2 006',
        'Jabatan : Kasi Umum                       Jabatan : Kasi Umum',
        '                                         Email   : dian@x.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.email, p.action])).toEqual([
      ['Slamet Riyadi', '196801011990031004', null, 'deactivate'],
      ['Dian Puspita, S.E.', '199103032015032006', 'dian@x.go.id', 'create'],
    ]);
  });
});

describe('a page printed from a browser', () => {
  it('its print header ("30/11/26 10.14<TAB>Gmail - Fwd: …") is no chat message: the table below is read', () => {
    const r = parseLetter(
      [
        '30/11/26 10.14\tGmail - Fwd: Permohonan Akun SPSE',
        '',
        'Hal : Permohonan Akun SPSE',
        '',
        'Nama\tNIP\tJabatan\tEmail\tHP',
        'Agnes Dua\t19870809\tKepala\tagnes@gmail.com\t0813',
        'Pehan, S.E.\t201001 2 021\tSubbagian Keuangan\t\t3903 5512',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.phone])).toEqual([['Agnes Dua Pehan, S.E.', '198708092010012021', 'Kepala Subbagian Keuangan', '+6281339035512']]);
  });
});

describe('a form line of check boxes whose tick was lost (a scan)', () => {
  const form = (choice: string) =>
    [
      'FORMULIR PERMOHONAN LAYANAN LPSE',
      '',
      'No. Surat      : 050/33/Bapenda/2026',
      'Instansi       : Badan Pendapatan Daerah',
      `Jenis Layanan  : ${choice}`,
      '',
      'Nama Lengkap   : Arman Maulana, S.E.',
      'NIP            : 19830820 200902 1 003',
    ].join('\n');

  it('a ticked box says the role; a list of boxes none of which reads as ticked is no answer: the role is flagged, never the first option silently', () => {
    expect(parseLetter(form('[ ] Reset Password   [x] Pembuatan User ID PPK   [ ] Pembuatan User ID Auditor')).letter.role).toBe('ppk');
    const lostTicks = [
      '[ ] Reset Password   [ Pembuatan User ID PPK   [ ] Pembuatan User ID Auditor',
      '☐ Reset Password   ☐ Pembuatan User ID PPK   ☐ Pembuatan User ID Auditor',
      // as a scan's OCR read the boxes: no bracket left to see
      '(| I Reset Password\t(xl Pembuatan User ID PPK\t(1 I Pembuatan User ID Auditor',
    ];
    for (const lost of lostTicks) {
      const r = parseLetter(form(lost));
      expect(r.letter.role === 'password-reset' && !flagged(r, 'letter.role')).toBe(false);
      if (r.letter.role !== null) expect(flagged(r, 'letter.role')).toBe(true);
    }
  });
});
