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

describe('a landline and a mobile under one phone label', () => {
  it('the mobile is the person\'s phone (the landline is the office\'s)', () => {
    const letter = ['Perihal : Permohonan Akun SPSE PPK', '', 'Nama : Agustinus Rumaropen, S.T.', 'NIP : 19850101 201001 1 003', 'Jabatan : Kepala Seksi Jalan', 'No. Telp / HP : 0967 533210 / 0813 4455 6677', ''].join('\n');
    expect(parseLetter(letter).people[0].phone).toBe('+6281344556677');
  });

  it('two mobiles: the first, as before', () => {
    const letter = ['Perihal : Permohonan Akun SPSE PPK', '', 'Nama : Agustinus Rumaropen, S.T.', 'NIP : 19850101 201001 1 003', 'HP/WA : 0813 4455 6677 / 0852 1000 2000', ''].join('\n');
    expect(parseLetter(letter).people[0].phone).toBe('+6281344556677');
  });
});

describe('English labels (Name, Position, Mobile) in an English-ish request', () => {
  const letter = [
    'Subject: Request for SPSE accounts',
    '',
    'Dear LPSE team, please create SPSE Helpdesk accounts for:',
    '',
    '1) Name     : Kevin Sondakh, S.Kom.',
    '   Position : Network Administrator',
    '   Email    : kevin.sondakh@example.co.id',
    '   Mobile   : +62 812-4000-1122',
    '',
    '2) Full name : Grace Pangkey',
    '   Job title : IT Support Staff',
    '   E-mail    : grace.pangkey@example.co.id',
    '   Phone     : 0813 4000 3344',
    '',
  ].join('\n');

  it('reads each record\'s fields under their English labels', () => {
    const parsed = parseLetter(letter);
    expect(parsed.people.map((p) => [p.name, p.position, p.email, p.phone])).toEqual([
      ['Kevin Sondakh, S.Kom.', 'Network Administrator', 'kevin.sondakh@example.co.id', '+6281240001122'],
      ['Grace Pangkey', 'IT Support Staff', 'grace.pangkey@example.co.id', '+6281340003344'],
    ]);
  });
});

describe('a date with its month in Roman numerals', () => {
  it('"Tanggal : 24 / XI / 2026" is 24 November 2026', () => {
    const letter = ['NOTA DINAS', 'Kepada : Kepala Bagian PBJ', 'Dari : Kepala Dinas Sosial', 'Tanggal : 24 / XI / 2026', 'Nomor : 400/ 12 /Dinsos/2026', 'Hal : Permohonan Akun SPSE PPK', '', 'Nama : Ruben Wanggai, S.E.', 'NIP : 19850101 201001 1 003', ''].join('\n');
    expect(parseLetter(letter).letter.date).toBe('2026-11-24');
  });

  it('a letter number "800/12/XI/2026" is no date', async () => {
    const { findDates } = await import('../../../lib/letter/validate');
    expect(findDates('Nomor : 800/12/XI/2026 dan 027/ 5 /XII/2026')).toEqual([]);
    expect(findDates('Jayapura, 3-XII-2026').map((d) => d.iso)).toEqual(['2026-12-03']);
  });
});

describe('a replacement told in one sentence: "semula dijabat oleh A, …, telah diganti oleh B, …"', () => {
  it('A deactivate, B create', () => {
    const letter = [
      'Nomor : 027/ 51 /Dishub/XI/2026',
      'Perihal : Penggantian Akun SPSE Pejabat Pengadaan',
      '',
      'Dengan hormat, Pejabat Pengadaan pada Dinas Perhubungan yang semula dijabat oleh Sdr. Yakob Ansaka, S.E., NIP 19790202 200501 1 004, telah diganti oleh Sdri. Debora Mansawan, S.T., NIP 19900303 201503 2 006, jabatan Analis Transportasi, email deboramansawan@gmail.com, HP 0821 4567 8901.',
      '',
    ].join('\n');
    const parsed = parseLetter(letter);
    expect(parsed.people.map((p) => [p.name, p.action])).toEqual([
      ['Yakob Ansaka, S.E.', 'deactivate'],
      ['Debora Mansawan, S.T.', 'create'],
    ]);
  });
});

describe('an e-office document page (Nomor Naskah, Tanggal Naskah, Asal Naskah)', () => {
  it('number, date and sender from the page\'s labels, not the app name above them', () => {
    const letter = [
      'E-OFFICE',
      'Surat Masuk  >  Detail',
      '',
      'Nomor Naskah\t: 800.1/ 77 /BKPSDM/2026',
      'Tanggal Naskah\t: 20 November 2026',
      'Tanggal Diterima\t: 21/11/2026 08:00',
      'Asal Naskah\t: Badan Kepegawaian dan Pengembangan SDM Kabupaten Biak Numfor',
      'Hal\t: Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Mohon dibuatkan akun SPSE Pejabat Pengadaan bagi:',
      'Nama : Otniel Rumbewas, S.E.',
      'NIP : 19880808 201101 1 002',
      '',
    ].join('\n');
    const { letter: l } = parseLetter(letter);
    expect([l.number, l.date, l.sender]).toEqual(['800.1/77/BKPSDM/2026', '2026-11-20', 'Badan Kepegawaian dan Pengembangan SDM Kabupaten Biak Numfor']);
  });
});

describe('a message without headers naming the official letter that follows', () => {
  it('"Surat resminya nomor …" is the letter\'s number (flagged)', () => {
    const letter = [
      'Kepada Yth. Admin LPSE',
      '',
      'Mohon dibuatkan akun SPSE PPK untuk:',
      'Nama : Elisa Kambuaya, S.T.',
      'NIP : 19860606 201001 1 004',
      '',
      'Surat resminya nomor 027/ 310 /PUPR/XI/2026 menyusul. Terima kasih.',
      '',
    ].join('\n');
    const parsed = parseLetter(letter);
    expect(parsed.letter.number).toBe('027/310/PUPR/XI/2026');
    expect(parsed.problems.some((p) => p.field === 'letter.number')).toBe(true);
  });
});

describe('a mail signature with the writer\'s mobile after the closing', () => {
  it('is not a person (a lampiran after the signature has more than a phone)', () => {
    const letter = [
      'Subject: Request for SPSE accounts',
      '',
      'Dear LPSE team, please create an SPSE Helpdesk account for:',
      'Name     : Kevin Sondakh, S.Kom.',
      'Position : Network Administrator',
      'Email    : kevin.sondakh@example.co.id',
      'Mobile   : +62 812-4000-1122',
      '',
      'Terima kasih atas kerja samanya.',
      '',
      'Best regards,',
      '',
      'Samuel Rorimpandey',
      'Head of IT Division',
      'PT Sulut Digital',
      'Mobile: +62 811-4300-5566',
      '',
    ].join('\n');
    expect(parseLetter(letter).people.map((p) => p.name)).toEqual(['Kevin Sondakh, S.Kom.']);
  });
});

describe('a webmail reply copied with its quoted history', () => {
  const letter = [
    'Re: Permohonan Akun SPSE Pejabat Pengadaan Kecamatan',
    'Kotak Masuk',
    '',
    'Kecamatan Tombatu <kec.tombatu@gmail.com>',
    'Sel, 1 Des 2026 08.30 (1 jam yang lalu)',
    'kepada lpse',
    '',
    'Berikut data yang diminta:',
    'Nama : Herry Rumagit, S.E.',
    'NIP : 19840404 201001 1 007',
    'Email : herryrumagit@gmail.com',
    '',
    'Salam,',
    'Operator Kecamatan',
    '',
    'Pada tanggal Sen, 30 Nov 2026 pukul 10.00 LPSE Minahasa Tenggara <lpse@mitrakab.go.id> menulis:',
    '> Mohon dilengkapi data Pejabat Pengadaan, contoh:',
    '> Nama : Budi Santoso, S.E.',
    '> NIP : 19800101 200501 1 001',
    '> Email : budi@contoh.go.id',
    '',
  ].join('\n');

  it('subject without "Re:", sender the sender line ("kepada <alias>" stands for "kepada saya")', () => {
    const { letter: l } = parseLetter(letter);
    expect([l.subject, l.sender]).toEqual(['Permohonan Akun SPSE Pejabat Pengadaan Kecamatan', 'Kecamatan Tombatu <kec.tombatu@gmail.com>']);
  });

  it('the quoted history under "Pada … menulis:" is not read for people', () => {
    expect(parseLetter(letter).people.map((p) => p.name)).toEqual(['Herry Rumagit, S.E.']);
  });

  it('a forwarded letter quoted under "… menulis:" with nobody above it is still read', () => {
    const forwarded = ['Mohon diproses, surat kami di bawah.', '', 'On Mon, 30 Nov 2026 at 10:00, Dinas PU <pu@mitrakab.go.id> wrote:', '> Perihal : Permohonan Akun SPSE PPK', '> Nama : Herry Rumagit, S.E.', '> NIP : 19840404 201001 1 007', '> Email : herryrumagit@gmail.com', ''].join('\n');
    expect(parseLetter(forwarded).people.map((p) => p.name)).toEqual(['Herry Rumagit, S.E.']);
  });
});

describe('a university under its ministry\'s line in the kop', () => {
  it('the university alone is the sender (the ministry is its parent)', () => {
    const letter = ['KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI', 'POLITEKNIK NEGERI KUPANG', 'Jalan Adisucipto, Penfui, Kupang 85011', '', 'Nomor : 1201/PL11/PL/2026', 'Hal : Permohonan Akun SPSE PPK', '', 'Nama : Yusuf Bessie, S.T.', 'NIP : 19800101 200501 1 001', ''].join('\n');
    expect(parseLetter(letter).letter.sender).toBe('POLITEKNIK NEGERI KUPANG');
  });
});

describe('a Hal wrapped by a PDF, the date line right under its last word', () => {
  it('the lone last word is joined (as it is above a blank line)', () => {
    const letter = ['BADAN PUSAT STATISTIK', 'PROVINSI PAPUA BARAT', '', 'Nomor\t: B-221/91000/PL.100/11/2026', 'Hal\t: Permohonan Akun SPSE Pejabat Pengadaan untuk Kegiatan', 'Sensus', 'Manokwari, 24 November 2026', '', 'Nama : Rudolf Mandacan, S.ST.', 'NIP : 19850101 200801 1 001', ''].join('\n');
    expect(parseLetter(letter).letter.subject).toBe('Permohonan Akun SPSE Pejabat Pengadaan untuk Kegiatan Sensus');
  });
});

describe('a browser\'s or app\'s print header above the kop', () => {
  it('"27/11/2026 10:22 WITA<TAB>SIPD-RI | Naskah Dinas - Cetak" is skipped: the kop under it names the sender', () => {
    const letter = ['28/11/2026 09:05 WIB\tE-Office | Cetak Naskah', '', 'PEMERINTAH KABUPATEN BANTAENG', 'DINAS PERHUBUNGAN', 'Jalan Raya Lanto No. 5, Bantaeng', '', 'Nomor\t: 550/ 91 /Dishub', 'Hal\t: Permohonan Akun SPSE PPK', '', 'Nama : Andi Baso Mappaturung, S.T.', 'NIP : 19840404 201001 1 007', ''].join('\n');
    expect(parseLetter(letter).letter.sender).toBe('DINAS PERHUBUNGAN');
  });
});

describe('a table pasted from a PDF as run-on lines (cells set apart by single spaces)', () => {
  const letter = [
    'Hal : Permohonan Akun SPSE Auditor',
    '',
    'Mohon dibuatkan akun SPSE dengan peran Auditor bagi pegawai berikut:',
    '',
    'No Nama / NIP Jabatan No. HP Email',
    '1 Andi Baso Tenri, S.E., M.Ak., Auditor Ahli Muda 0812-4411-2233 anditenri@gmail.com',
    'CA, CFrA',
    'NIP 19800203 200501 1 004',
    '2 Nurfadillah Said, S.H. Auditor Ahli Pertama 0853-4000-1122 nurfadillah.said@pinrang',
    'NIP 19920510 201903 2 008 kab.go.id',
    '3 Syamsul Alam, S.Kom. Pengawas Penyelenggaraan 0821-9000-3344 syamsulalam@',
    'NIP 19870707 201001 1 012 Urusan Pemerintahan Daerah yahoo.co.id',
    'Ahli Pertama',
    '',
    'Atas perhatiannya kami ucapkan terima kasih.',
    '',
  ].join('\n');

  it('each row rebuilt: name (titles on the next line joined), NIP under it, jabatan, phone and e-mail wrapped in their cells', () => {
    const parsed = parseLetter(letter);
    expect(parsed.people.map((p) => [p.name, p.nip, p.position, p.phone, p.email])).toEqual([
      ['Andi Baso Tenri, S.E., M.Ak., CA, CFrA', '198002032005011004', 'Auditor Ahli Muda', '+6281244112233', 'anditenri@gmail.com'],
      ['Nurfadillah Said, S.H.', '199205102019032008', 'Auditor Ahli Pertama', '+6285340001122', 'nurfadillah.said@pinrangkab.go.id'],
      ['Syamsul Alam, S.Kom.', '198707072010011012', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama', '+6282190003344', 'syamsulalam@yahoo.co.id'],
    ]);
  });

  it('every value read from such a row is flagged', () => {
    const parsed = parseLetter(letter);
    for (const f of ['name', 'nip', 'position', 'phone', 'email']) expect(parsed.problems.some((p) => p.field === `people[1].${f}`), f).toBe(true);
  });
});

describe('a PDF table row broken by a page break (the header repeated on the next page)', () => {
  it('the row\'s rest under the repeated header (first cell empty) is joined to the last row of the page before', async () => {
    const { joinRowsAcrossPages } = await import('../../../lib/documents/pdf-page-rows');
    const page1 = ['Mohon dibuatkan akun bagi:', 'No\tNama\tNIP\tJabatan\tEmail\tNo. HP', '1\tYosef Ndun\t19800101 200501 1 001\tKepala Seksi\tyosefndun@gmail.com\t0812 1111 2222', '2\tMaria Goreti\t19850505\tKepala\tmariagoreti@g\t0813 5386', '3'].join('\n');
    const page2 = ['No\tNama\tNIP\tJabatan\tEmail\tNo. HP', '\tLedoh, S.E.\t201001 2 003\tSubbagian Umum\tmail.com\t7732', '3\tPaulus Kewa\t19900303 201503 1 007\tStaf\tpaulus@gmail.com\t0821 3333 4444'].join('\n');
    const [a, b] = joinRowsAcrossPages([page1, page2]);
    expect(a.split('\n').slice(-2)).toEqual(['2\tMaria Goreti Ledoh, S.E.\t19850505 201001 2 003\tKepala Subbagian Umum\tmariagoreti@gmail.com\t0813 5386 7732', '3']);
    expect(b.split('\n')).toEqual([page2.split('\n')[0], page2.split('\n')[2]]);
  });

  it('a page that does not start with the page before\'s header is left as it is', async () => {
    const { joinRowsAcrossPages } = await import('../../../lib/documents/pdf-page-rows');
    const pages = ['No\tNama\tNIP\n1\tA\t19800101 200501 1 001', 'Lampiran\n\tB\t1'];
    expect(joinRowsAcrossPages(pages)).toEqual(pages);
  });
});

describe('group caption rows inside a table ("Pokja Paket Konstruksi" over its rows)', () => {
  it('the table goes on past a caption line of words between its rows; the caption is nobody', () => {
    const text = [
      'Hal : Permohonan Akun SPSE Kelompok Kerja Pemilihan',
      '',
      'No\tNama\tNIP\tJabatan\tNo. HP\tEmail',
      'Pokja Paket Konsultansi',
      '1\tSiti Hadija Lahay, S.T.\t19860606 201101 2 009\tAnalis Pengadaan Ahli Muda\t0852 1000 2000\tsitilahay@gmail.com',
      'Pokja Paket Pekerjaan Jalan',
      '2\tYusuf Tuli, S.T.\t19890909 201503 1 002\tPengelola Pengadaan Ahli Pertama\t0813 3000 4000\tyusuftuli@gmail.com',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => [p.name, p.position])).toEqual([
      ['Siti Hadija Lahay, S.T.', 'Analis Pengadaan Ahli Muda'],
      ['Yusuf Tuli, S.T.', 'Pengelola Pengadaan Ahli Pertama'],
    ]);
  });
});

describe('a "Jabatan/Eselon" cell', () => {
  const letter = (jabatan: string) => ['Hal : Penonaktifan Akun SPSE Pejabat Pengadaan', '', 'No\tNama\tNIP\tJabatan/Eselon', `1\tYanti Mamonto, S.E.\t19850505 201001 2 004\t${jabatan}`, ''].join('\n');

  it('the echelon grade after the jabatan is cut off, flagged', () => {
    const parsed = parseLetter(letter('Kepala Subbagian Umum / IV.a'));
    expect(parsed.people[0].position).toBe('Kepala Subbagian Umum');
    expect(parsed.problems.some((p) => p.field === 'people[0].position' && /eselon/i.test(p.message))).toBe(true);
    expect(parseLetter(letter('Sekretaris Dinas (Eselon III.a)')).people[0].position).toBe('Sekretaris Dinas');
  });

  it('a number without a grade letter is part of the jabatan', () => {
    expect(parseLetter(letter('Kepala Seksi Wilayah / II')).people[0].position).toBe('Kepala Seksi Wilayah / II');
  });
});

describe('labels set apart by "=" ("Nama = …")', () => {
  it('are read as labelled lines', () => {
    const text = ['Subject: Usulan akun Verifikator', '', 'Nama = Stenly Pangemanan, S.E.', 'NIP = 198707072011011003', 'Jabatan = Analis Keuangan', 'Email = stenlyp@gmail.com', 'HP = 0852-1111-3333', ''].join('\n');
    const [p] = parseLetter(text).people;
    expect([p.name, p.nip, p.position, p.email, p.phone]).toEqual(['Stenly Pangemanan, S.E.', '198707072011011003', 'Analis Keuangan', 'stenlyp@gmail.com', '+6285211113333']);
  });
});
