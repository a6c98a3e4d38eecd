import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-5 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
describe('a form page per person with numbered labels ("1. Nama Lengkap : …")', () => {
  const form = (name: string, nip: string, jabatan: string, email: string, hp: string) => [
    'FORMULIR PENDAFTARAN PENGGUNA SPSE',
    '1. Nama Lengkap\t:\t' + name,
    '2. NIP/NRP\t:\t' + nip,
    '3. Pangkat/Gol.\t:\tPenata / III.c',
    '4. Jabatan\t:\t' + jabatan,
    '5. Email\t:\t' + email,
    '6. No. HP\t:\t' + hp,
    '',
    'Yang mengajukan,',
    '',
    name,
    '',
  ];
  const letter = [
    'PEMERINTAH KABUPATEN CONTOH',
    'BADAN KEUANGAN DAERAH',
    '',
    'Nomor : 900/12/BKD/2026',
    'Hal   : Permohonan Akun SPSE',
    '',
    'Bersama ini kami mohon dibuatkan akun SPSE bagi pegawai kami sebagaimana formulir terlampir.',
    '',
    'Atas perhatian Saudara, kami sampaikan terima kasih.',
    '',
    'Kepala Badan,',
    '',
    'Ir. Contoh Kepala',
    'Pembina Tk. I',
    'NIP 19700101 199503 1 001',
    '',
    ...form('Budi Hartono, S.E.', '19860412 201001 1 003', 'Analis Keuangan', 'budi.hartono@contohkab.go.id', '0812 3456 7890'),
    ...form('Rina Marlina, S.Ak.', '19920215 201903 2 004', 'Pengelola Keuangan', 'rina.marlina@contohkab.go.id', '0813 2222 3333'),
  ].join('\n');

  it('each form is one person, every value read from its own labelled line', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Budi Hartono, S.E.', '198604122010011003', 'Analis Keuangan', 'budi.hartono@contohkab.go.id', '+6281234567890'],
      ['Rina Marlina, S.Ak.', '199202152019032004', 'Pengelola Keuangan', 'rina.marlina@contohkab.go.id', '+6281322223333'],
    ]);
  });

  it('a numbered list of people (not labels) keeps its numbers', () => {
    const r = parseLetter(['Nomor : 1/2026', 'Hal : Permohonan Akun SPSE', '', '1. Budi Hartono, S.E., NIP 19860412 201001 1 003', '2. Rina Marlina, S.Ak., NIP 19920215 201903 2 004'].join('\n'));
    expect(r.people.map((p) => p.name)).toEqual(['Budi Hartono, S.E.', 'Rina Marlina, S.Ak.']);
  });
});

describe('one person in two label columns ("Nama : …<TAB>NIP : …" / "Jabatan : …<TAB>Telp/HP : …")', () => {
  const letter = [
    'PEMERINTAH KABUPATEN CONTOH',
    'DINAS SOSIAL',
    '',
    'Nomor\t: 400/55/DINSOS',
    'Perihal\t: Permohonan Akun SPSE Pejabat Pengadaan',
    '',
    'Kami mohon dibuatkan akun SPSE bagi Pejabat Pengadaan berikut:',
    '',
    '1.',
    'Nama\t: Hasan Basri, S.Sos.\tNIP\t: 19850505 201001 1',
    '\t\t\t012',
    'Jabatan\t: Kepala Seksi Bantuan Sosial\tTelp/HP\t: 0813 1111 2222',
    'Alamat',
    '\t: hasan.basri@gmail.com',
    'Surel',
    '2.',
    'Nama\t: Wahyuni Lestari, A.Md.\tNIP\t: 19950303 202203 2 001',
    'Jabatan\t: Pengadministrasi Umum\tTelp/HP\t: 0821 3333 4444',
    'Alamat Surel\t: wahyuni.lestari@gmail.com',
    '',
    'Atas perhatian Saudara, kami sampaikan terima kasih.',
    '',
    'Kepala Dinas,',
    '',
    'Drs. Contoh Kepala',
    'NIP 19700101 199503 1 001',
  ].join('\n');

  it('each line is one person\'s two fields; a NIP wrapped in its cell is joined and flagged; a label wrapped around its value is read', () => {
    const r = parseLetter(letter);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Hasan Basri, S.Sos.', '198505052010011012', 'Kepala Seksi Bantuan Sosial', 'hasan.basri@gmail.com', '+6281311112222'],
      ['Wahyuni Lestari, A.Md.', '199503032022032001', 'Pengadministrasi Umum', 'wahyuni.lestari@gmail.com', '+6282133334444'],
    ]);
    expect(r.problems.some((p) => p.field === 'people[0].nip')).toBe(true);
  });
});

describe('a mail that names its official letter\'s number in a sentence', () => {
  const mail = (sentence: string) =>
    [
      'Dari: Kelurahan Contoh <kel.contoh@gmail.com>',
      'Kepada: lpse@contohkab.go.id',
      'Tanggal: Senin, 02-11-2026 09:10',
      'Perihal: Reset akun SPSE',
      '',
      'Yth. Admin LPSE,',
      '',
      'Mohon reset kata sandi akun SPSE berikut:',
      '',
      '| No | Nama | NIP |',
      '|----|------|-----|',
      '| 1 | Sitti Aminah, S.E. | 19800101 200501 2 003 |',
      '',
      sentence,
      '',
      'Terima kasih.',
    ].join('\n');

  it('the number of the attached official letter is the letter number, flagged', () => {
    const r = parseLetter(mail('Surat permohonan resmi Nomor 027/55/KEL/2026 kami lampirkan.'));
    expect(r.letter.number).toBe('027/55/KEL/2026');
    expect(r.problems.some((p) => p.field === 'letter.number')).toBe(true);
  });

  it('a decree (SK) named in the mail is no letter number', () => {
    const r = parseLetter(mail('Sesuai SK Lurah Nomor 800/12/KEL/2026 tentang penunjukan Pejabat Pengadaan.'));
    expect(r.letter.number).toBeNull();
  });
});

describe('a mail copied from the Gmail web page (subject line, "Kotak Masuk", sender line, "kepada saya")', () => {
  const mail = (inbox: string, toMe: string) =>
    [
      'Usulan Akun SPSE PPK Perumda Air Minum Contoh',
      inbox,
      '',
      'Bagian Umum PDAM Contoh <umum@pdamcontoh.co.id>',
      'Sel, 3 Nov 2026 10.20',
      toMe,
      '',
      'Dengan hormat, kami mohon dibuatkan akun SPSE PPK bagi pegawai kami:',
      '',
      'Nama : Andi Baso, S.T.',
      'NIK : 7371051204880003',
      'Jabatan : Kepala Bagian Teknik',
      'Email : andi.baso@pdamcontoh.co.id',
      '',
      'Terima kasih.',
    ].join('\n');

  for (const [inbox, toMe] of [['Kotak Masuk', 'kepada saya'], ['Inbox', 'to me']])
    it(`"${inbox}": the subject line is the subject and the sender line the sender, both flagged`, () => {
      const r = parseLetter(mail(inbox, toMe));
      expect(r.letter.subject).toBe('Usulan Akun SPSE PPK Perumda Air Minum Contoh');
      expect(r.letter.sender).toBe('Bagian Umum PDAM Contoh <umum@pdamcontoh.co.id>');
      expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
      expect(r.problems.some((p) => p.field === 'letter.sender')).toBe(true);
    });
});

describe('a forward whose note quotes the earlier mail (its header without addresses) and then the letter', () => {
  const mail = [
    'From: Sekretariat Dinas Contoh <sekretariat.contoh@gmail.com>',
    'Sent: Tuesday, November 3, 2026 9:00 AM',
    'To: LPSE Kota Contoh <lpse@contohkota.go.id>',
    'Subject: FW: permohonan akun PPK',
    '',
    'Kami teruskan kembali, isi surat kami salin di bawah.',
    '',
    '________________________________',
    'From: Sekretariat Dinas Contoh',
    'Sent: Tuesday, November 3, 2026 7:45 AM',
    'To: LPSE Kota Contoh',
    'Subject: permohonan akun PPK',
    '',
    'PEMERINTAH KOTA CONTOH',
    'DINAS PERHUBUNGAN',
    'Jl. Merdeka No. 1 Contoh 90111',
    '',
    'Nomor   : 551/88/DISHUB/2026',
    'Perihal : Permohonan Akun SPSE PPK',
    '',
    'Mohon dibuatkan akun SPSE bagi:',
    'Nama : Rahmat Hidayat, S.T.',
    'NIP : 19850505 201001 1 012',
    '',
    'Kepala Dinas,',
  ].join('\n');

  it('the sender is the kop of the quoted letter, not the forwarding mail\'s From', () => {
    expect(parseLetter(mail).letter.sender).toBe('DINAS PERHUBUNGAN');
  });
});

describe('the jabatan in apposition after the NIP, in prose', () => {
  const letter = (body: string) =>
    ['KANTOR CONTOH', '', 'Nomor : B-12/Kk.01/2026', 'Hal : Permohonan Akun SPSE', '', body, '', 'Kepala Kantor,', '', 'H. Contoh Kepala'].join('\n');

  it('keeps a sub-unit after "pada" and is not replaced by a later lower-case "sebagai <role> cadangan"', () => {
    const r = parseLetter(letter('Kami mohon dibuatkan akun SPSE bagi Sdri. Nur Aisyah, S.Ag., NIP 198001012005012003, Analis Kepegawaian pada Subbagian Umum, alamat email nuraisyah@gmail.com, nomor ponsel 0812 1111 2222, sebagai pejabat pengadaan cadangan.'));
    expect(r.people[0].position).toBe('Analis Kepegawaian pada Subbagian Umum');
  });

  it('keeps its part in brackets ("Perawat Ahli Pertama (Pengelola Barang BLUD)")', () => {
    const r = parseLetter(letter('Mohon dibuatkan akun SPSE bagi:\n\n1. Rudi Hartono, S.Kep., NIP 19900404 201502 1 003, Perawat Ahli Pertama (Pengelola Barang BLUD), alamat surel rudi.h@gmail.com, nomor HP 0853 1111 2222;'));
    expect(r.people[0].position).toBe('Perawat Ahli Pertama (Pengelola Barang BLUD)');
  });
});

describe('a "Nama / NIP" cell whose name wraps before its last title ("Rezky Amalia Putri," / "S.H. NIP …")', () => {
  it('the title on the wrapped line goes back to the name', () => {
    const r = parseLetter(
      [
        'BADAN CONTOH',
        '',
        'Nomor : 027/5/BC/2026',
        'Hal : Permohonan Akun SPSE Pokja',
        '',
        'Mohon dibuatkan akun SPSE bagi anggota Pokja berikut:',
        '',
        'No.\tNama / NIP\tJabatan\tTelp/HP\tAlamat Surel',
        '1.\tSitti Rahma,\tAnalis Pengadaan\t0852 1111 2222\tsitti.rahma@gmail.com',
        '\tS.H. NIP 19950709 202012 2 004\t\t\t',
        '2.\tAbdul Karim, S.Kom. NIP 19830916 201001 1 017\tPranata Komputer\t0822 4700 9163\tabdul.karim@gmail.com',
        '',
        'Kepala Badan,',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Sitti Rahma, S.H.', 'Abdul Karim, S.Kom.']);
  });
});
