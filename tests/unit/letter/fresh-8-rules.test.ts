import { describe, expect, it } from 'vitest';
import { pdfItemsToText } from '../../../lib/documents';
import { messageIn } from '../../../lib/i18n-messages';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-8 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
const problemOn = (parsed: ReturnType<typeof parseLetter>, field: string) => parsed.problems.find((p) => p.field === field);

describe('a space typed after the hyphen of a lettered agenda number', () => {
  it('is no part of the number', () => {
    const text = ['Nomor : 800.1/SE- 57 /Diskominfo/X/2026', 'Hal : Usulan Akun SPSE PPK', '', 'Nama : Lina Marlina', 'NIP : 19870101 201001 2 002', ''].join('\n');
    expect(parseLetter(text).letter.number).toBe('800.1/SE-57/Diskominfo/X/2026');
  });
});

describe('an SPSE role written after the jabatan behind " / " (a "Jabatan / Peran" column)', () => {
  const text = [
    'Hal : Permohonan Reset Password SPSE',
    '',
    'No\tNama\tNIP\tJabatan / Peran\tEmail\tNo. HP',
    '1\tSiti Aminah, S.E.\t19880312 201101 2 003\tKepala Seksi Anggaran / PPK\tsiti.aminah@kemenkeu.go.id\t0813 4455 6677',
    '2\tJoko Purnomo\t19910707 201503 1 002\tPenata Laporan Keuangan / Pejabat Pengadaan\tjoko.purnomo@kemenkeu.go.id\t0852 1122 3344',
    '',
  ].join('\n');

  it('is taken off the position, flagged (in English too)', () => {
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.position)).toEqual(['Kepala Seksi Anggaran', 'Penata Laporan Keuangan']);
    const problem = problemOn(parsed, 'people[0].position');
    expect(problem).toBeDefined();
    expect(messageIn('en', problem!.message)).not.toBe(problem!.message);
  });

  it('a jabatan with a slash of its own keeps it', () => {
    const own = text.replace('Kepala Seksi Anggaran / PPK', 'Pengelola Pengadaan Barang/Jasa Ahli Muda');
    expect(parseLetter(own).people[0].position).toBe('Pengelola Pengadaan Barang/Jasa Ahli Muda');
  });
});

describe('a PDF table cell wrapped before a connecting word ("selaku", "sebagai", "merangkap")', () => {
  const at = (str: string, x: number, y: number, width = str.length * 5.5) => ({ str, transform: [11, 0, 0, 11, x, y], width, height: 11, hasEOL: false });

  it('keeps the space: the line under a full line starting with the word is no broken word', () => {
    for (const word of ['selaku', 'sebagai', 'merangkap']) {
      const text = pdfItemsToText([
        at('No', 72, 555, 14),
        at('Nama', 100, 555, 28),
        at('Jabatan', 220, 555, 40),
        at('1', 72, 530, 6),
        at('Rudi Hartono', 100, 530, 66),
        at('Kepala Seksi Jalan', 220, 530, 100),
        at(`${word} PPK Paket Jembatan`, 220, 517, 100),
      ]);
      expect(text.split('\n')[1]).toBe(`1\tRudi Hartono\tKepala Seksi Jalan ${word} PPK Paket Jembatan`);
    }
  });
});

describe('a new-account letter whose table row or body also asks a password reset', () => {
  const head = ['Nomor : 027/311/Dinsos/2026', 'Perihal : Permohonan Akun SPSE Pejabat Pengadaan', ''];
  const rows = [
    'No\tNama\tNIP\tJabatan\tEmail\tKeterangan',
    '1\tAgnes Tukan\t19900101 201501 2 001\tAnalis Keuangan\tagnes.tukan@gmail.com\tAkun Baru',
    '2\tMartinus Lewar\t19820303 200801 1 004\tKepala Subbagian Program\tmartinlewar@yahoo.com\tReset Kata Sandi',
    '',
  ];

  it("a row's own request cell saying reset makes that person a reset, flagged", () => {
    const parsed = parseLetter([...head, 'Mohon dibuatkan akun bagi pegawai berikut:', ...rows].join('\n'));
    expect(parsed.people.map((p) => p.action)).toEqual(['create', 'reset']);
    const problem = problemOn(parsed, 'people[1].action');
    expect(problem).toBeDefined();
    expect(messageIn('en', problem!.message)).not.toBe(problem!.message);
  });

  it('a body asking a reset too, no row saying whose: each created account is flagged', () => {
    const plain = rows.map((r) => r.replace(/\t(?:Keterangan|Akun Baru|Reset Kata Sandi)$/, ''));
    const parsed = parseLetter([...head, 'Mohon dibuatkan akun bagi nomor 1 serta reset kata sandi akun nomor 2 yang terkunci:', ...plain].join('\n'));
    for (const k of [0, 1]) {
      const problem = problemOn(parsed, `people[${k}].action`);
      expect(problem).toBeDefined();
      expect(messageIn('en', problem!.message)).not.toBe(problem!.message);
    }
  });
});

describe('a chat asking "ubah data" for one person and a new account for another', () => {
  it('the person after "ubah data a.n." is a change, the new one a create', () => {
    const text = [
      '[02/12/26 10.11.05] Bu Wati Dinas Pangan: Selamat siang, ada 2 permintaan utk akun SPSE PPK kami',
      '[02/12/26 10.12.40] Bu Wati Dinas Pangan: Satu, tolong ubah data a.n. RAHMAT JAYADI, S.P. NIP 198204152009011003 karena email beliau sekarang rahmat.jayadi@pangan.go.id',
      '[02/12/26 10.14.02] Bu Wati Dinas Pangan: Dua, dibuatkan akun baru PPK:',
      'Nama: Lestari Wulandari, S.E.',
      'NIP: 19930707 201903 2 005',
      'Email: lestariwulan93@gmail.com',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['change', 'create']);
  });
});

describe("a new person's heading above their name, a value of theirs read from the sentence before", () => {
  it('the heading above the name says the action', () => {
    const text = [
      '[02/12/26 10.11.05] Bu Wati Dinas Pangan: Ada 2 permintaan utk akun SPSE PPK kami',
      '[02/12/26 10.12.40] Bu Wati Dinas Pangan: Satu, ubah data a.n. RAHMAT JAYADI, S.P. NIP 198204152009011003 krn sekarang jabatan beliau Kepala Bidang Distribusi (dulu Analis Pangan), email baru rahmat.jayadi@pangan.go.id dan no HP baru 0812 3344 5566',
      '[02/12/26 10.14.02] Bu Wati Dinas Pangan: Dua, buat akun baru PPK:',
      'Nama: Lestari Wulandari, S.E.',
      'NIP: 19930707 201903 2 005',
      'Email: lestariwulan93@gmail.com',
      '',
    ].join('\n');
    expect(parseLetter(text).people[1].action).toBe('create');
  });
});

describe("a help-desk ticket's requester lines above the people it asks for", () => {
  const text = [
    'HELPDESK LPSE KABUPATEN CONTOH',
    'Tiket #HD-2026-0042',
    'Pemohon         : Yosef Bria (Operator Dinas Pertanian)',
    'Email Pemohon   : distan.contoh@gmail.com',
    'Telepon Pemohon : 0389-21455',
    'Judul           : reset password PPK Dinas Pertanian',
    '',
    'Mohon reset password akun PPK berikut:',
    '    Nama     : Ir. Klara Seran',
    '    NIP      : 19800512 200501 2 006',
    '    Jabatan  : Kepala Bidang Hortikultura',
    '    Email    : klaraseran@yahoo.com',
    '    HP       : 0812 3700 4411',
    '',
  ].join('\n');

  it("are no applicant's values: the one person keeps her own", () => {
    const parsed = parseLetter(text);
    expect(parsed.people).toHaveLength(1);
    expect(parsed.people[0]).toMatchObject({ name: 'Ir. Klara Seran', email: 'klaraseran@yahoo.com', phone: '+6281237004411', position: 'Kepala Bidang Hortikultura' });
  });

  it('the requester is the sender, the ticket\'s title its subject', () => {
    const parsed = parseLetter(text);
    expect(parsed.letter.sender).toBe('Yosef Bria (Operator Dinas Pertanian)');
    expect(parsed.letter.subject).toBe('reset password PPK Dinas Pertanian');
    const problem = problemOn(parsed, 'letter.sender');
    expect(problem).toBeDefined();
    expect(messageIn('en', problem!.message)).not.toBe(problem!.message);
  });
});

describe('a reset request that also asks a data change ("reset password + ganti email")', () => {
  it("each person's own heading above the name says which (main's rule of round 10, checked on new text)", () => {
    const text = [
      'Perihal : reset password PPK dan ganti email PPK Dinas Perikanan',
      '',
      'a. Reset password, akun terkunci',
      '   Nama  : Agustinus Tefa',
      '   NIP   : 19830404 200901 1 002',
      '   Email : agustefa@gmail.com',
      '',
      'b. Perubahan alamat email',
      '   Nama  : Veronika Lake, S.Pi.',
      '   NIP   : 19870909 201101 2 003',
      '   Email baru : veronikalake87@gmail.com',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['reset', 'change']);
  });
});
