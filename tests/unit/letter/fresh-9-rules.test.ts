import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-9 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */

describe('a table with a separate HP column and WA column', () => {
  const letter = (head: string, row: string) =>
    [
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      head,
      row,
      '',
      'Demikian kami sampaikan.',
    ].join('\n');

  it('the HP column is the phone, whichever comes first', () => {
    const hpFirst = parseLetter(letter('No | Nama | NIP | HP | WA | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 081255501234 | 085399907777 | dewi.ang@gmail.com'));
    expect(hpFirst.people[0].phone).toBe('+6281255501234');
    const waFirst = parseLetter(letter('No | Nama | NIP | WhatsApp | No. HP | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 085399907777 | 081255501234 | dewi.ang@gmail.com'));
    expect(waFirst.people[0].phone).toBe('+6281255501234');
  });

  it('a WA column alone is still the phone', () => {
    const parsed = parseLetter(letter('No | Nama | NIP | WA | Email', '1 | Dewi Anggraini, S.E. | 199001012015032004 | 085399907777 | dewi.ang@gmail.com'));
    expect(parsed.people[0].phone).toBe('+6285399907777');
  });
});

describe('a "Nama / Jabatan" cell holding the name, then the jabatan', () => {
  const letter = (cell: string) =>
    [
      'Hal : Permohonan Reset Password Akun SPSE',
      '',
      'No\tNama / Jabatan\tNIP\tEmail',
      `1\t${cell}\t19860914 201101 1 005\tyusuf.habibi@gmail.com`,
      '',
      'Demikian kami sampaikan.',
    ].join('\n');

  it('the jabatan after the name\'s last degree is the position', () => {
    const parsed = parseLetter(letter('Yusuf Habibi, S.T., M.T. Kepala Seksi Jaringan Komunikasi'));
    expect(parsed.people[0].name).toBe('Yusuf Habibi, S.T., M.T.');
    expect(parsed.people[0].position).toBe('Kepala Seksi Jaringan Komunikasi');
  });

  it('a name with degrees and no jabatan stays whole', () => {
    const parsed = parseLetter(letter('Yusuf Habibi, S.T., M.T.'));
    expect(parsed.people[0].name).toBe('Yusuf Habibi, S.T., M.T.');
  });
});

describe('a table with a request column ("Permohonan", "Jenis Layanan") giving each row its action', () => {
  const letter = (subject: string, head: string, rows: string[]) =>
    [`Perihal : ${subject}`, '', 'Dengan hormat, mohon bantuan layanan akun SPSE berikut:', head, ...rows, '', 'Demikian kami sampaikan.'].join('\n');

  it('each person gets the action their own row asks', () => {
    const parsed = parseLetter(
      letter('Layanan Akun SPSE Pejabat Pengadaan', 'No\tNama\tNIP\tEmail\tJenis Permohonan', [
        '1\tAndi Firmansyah, S.T.\t198203152006041002\tandi.firman@gmail.com\tNonaktifkan akun (pensiun)',
        '2\tMaya Sari Lubis, S.E.\t199004112015032001\tmayasari.lbs@gmail.com\tReset kata sandi',
        '3\tFajar Nugroho, S.Kom.\t199512302020121004\tfajar.nug@gmail.com\tPendaftaran akun baru',
        '4\tRini Hartati, A.Md.\t199107072019032006\trini.hartati@gmail.com\tPerubahan alamat email',
      ]),
    );
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'reset', 'create', 'change']);
  });

  it('a reset letter whose table asks a data change for one row', () => {
    const parsed = parseLetter(
      letter('Reset Password Akun SPSE Anggota Pokja', 'No\tNama\tNIP\tEmail\tPermohonan', [
        '1\tAndi Firmansyah, S.T.\t198203152006041002\tandi.firman@gmail.com\tReset password',
        '2\tMaya Sari Lubis, S.E.\t199004112015032001\tmayasari.lbs@gmail.com\tPembaruan jabatan (sebelumnya Analis)',
      ]),
    );
    expect(parsed.people.map((p) => p.action)).toEqual(['reset', 'change']);
  });
});

describe('a replacement table (lama / baru) and a reset asked in prose, in one letter', () => {
  const text = [
    'Perihal : Pergantian Pejabat Pembuat Komitmen dan Reset Password Akun SPSE',
    '',
    'Dengan hormat,',
    '1. Berkenaan dengan pergantian PPK pada Dinas Perikanan, kami mohon akun PPK lama dinonaktifkan dan dibuatkan akun bagi PPK baru:',
    'Uraian\tPPK Lama\tPPK Baru',
    'Nama\tBambang Sutrisno, S.Pi.\tLestari Handayani, S.Pi., M.Si.',
    'NIP\t19780312 200501 1 004\t19880721 201101 2 007',
    'E-mail\t-\tlestari.hnd@gmail.com',
    '2. Di samping itu, mohon dilakukan reset password akun SPSE PPK atas nama Sdr. Yohanes Kristian, S.T., NIP',
    '19850930 201001 1 009, karena akun terkunci. Kata sandi baru mohon dikirim ke yohanes.kr@gmail.com.',
    '',
    'Demikian kami sampaikan.',
  ].join('\n');

  it('the role is the account\'s, the table people are replaced and the prose person reset', () => {
    const parsed = parseLetter(text);
    expect(parsed.letter.role).toBe('ppk');
    expect(parsed.people.map((p) => [p.name, p.action])).toEqual([
      ['Bambang Sutrisno, S.Pi.', 'deactivate'],
      ['Lestari Handayani, S.Pi., M.Si.', 'create'],
      ['Yohanes Kristian, S.T.', 'reset'],
    ]);
  });
});

describe('a helpdesk ticket: a banner first line, then labelled fields', () => {
  const ticket = [
    '*** TIKET BANTUAN #HD-2026-0917 ***',
    'Tanggal     : 12/11/2026 09:40 WIB',
    'Pelapor     : Dinas Perhubungan Kota Sorong (dishub.sorong@gmail.com)',
    'Judul       : Reset kata sandi akun PPK Dishub',
    '',
    'Isi laporan:',
    'Mohon reset kata sandi akun SPSE PPK a.n. Yakobus Wanma, S.T., NIP 198701222010011003, email yakobus.wanma@gmail.com.',
    '',
  ].join('\n');

  it('the banner is no sender: the reporter is, without their address; the title is the subject', () => {
    const parsed = parseLetter(ticket);
    expect(parsed.letter.sender).toBe('Dinas Perhubungan Kota Sorong');
    expect(parsed.letter.subject).toBe('Reset kata sandi akun PPK Dishub');
  });

  it("the letter's own Perihal quoted in the ticket still wins over the ticket's title", () => {
    const parsed = parseLetter(ticket.replace('Isi laporan:', 'Isi laporan:\nPerihal : Permohonan Reset Password Akun SPSE PPK\n'));
    expect(parsed.letter.subject).toBe('Permohonan Reset Password Akun SPSE PPK');
  });
});

describe('a lettered record of "Label: value;" pairs whose jabatan wraps onto the next line', () => {
  const text = [
    'Hal : Usulan Akun SPSE Verifikator',
    '',
    'Kami usulkan pegawai berikut:',
    '',
    'a.   Nama: Rudi Hartono Siregar, S.Kom.; NIP: 19900214 201503 1 006; Jabatan: Pranata',
    '        Komputer Ahli Pertama; HP: 0812-7788-1020; E-mail:',
    '        rudihartono.srg@gmail.com;',
    'b. Nama: Wulan Sari, S.E.; NIP: 19920811 201903 2 004; Jabatan:',
    '        Analis Keuangan; HP: 0813-2211-4455; E-mail:',
    '        wulansari92@gmail.com.',
    '',
    'Demikian kami sampaikan.',
  ].join('\n');

  it('the jabatan ends at the next label; the HP and e-mail after it are read', () => {
    const [first] = parseLetter(text).people;
    expect(first.position).toBe('Pranata Komputer Ahli Pertama');
    expect(first.phone).toBe('+6281277881020');
    expect(first.email).toBe('rudihartono.srg@gmail.com');
  });
});

describe('a forwarded mail quoting a letter whose kop has a rule under it', () => {
  const text = [
    'From: Sekretariat Dinas Pertanian <sekretariat.distan@gmail.com>',
    'Sent: Tuesday, November 10, 2026 8:15 AM',
    'To: LPSE Kabupaten Karo <lpse@karokab.go.id>',
    'Subject: FW: Permohonan akun PPK',
    '',
    'Kami teruskan surat berikut.',
    '',
    '-----Original Message-----',
    'From: Subbag Keuangan <keu.distan@gmail.com>',
    'Sent: Monday, November 9, 2026 3:02 PM',
    'To: sekretariat.distan@gmail.com',
    'Subject: surat ppk',
    '',
    '        PEMERINTAH KABUPATEN KARO',
    '           DINAS PERTANIAN',
    'Jalan Veteran No. 12 Kabanjahe Telp. (0628) 20111',
    '==================================================',
    '',
    'Nomor    : 500/ 812 /Distan/XI/2026',
    'Perihal  : Permohonan Akun SPSE PPK',
    '',
    'Nama : Lamhot Ginting, S.P.',
    'NIP : 19820505 200801 1 003',
    'Email : lamhot.gtg@gmail.com',
    '',
  ].join('\n');

  it('the sender is the letterhead above the rule, not who forwarded the mail', () => {
    expect(parseLetter(text).letter.sender).toBe('DINAS PERTANIAN');
  });
});
