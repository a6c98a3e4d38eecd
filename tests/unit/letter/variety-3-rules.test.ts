import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found with tests/fixtures/letters-variety-3 (a third tuning set of layouts the
 * earlier sets left out). Each example is new text in the same layout, not the set's letters; each
 * test failed before its rule.
 */

describe('a name label combined with a rank ("Nama/Pangkat : name / rank")', () => {
  const letter = (prefix: string, label: string) =>
    [
      'Perihal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Dimohon dibuatkan akun SPSE Pejabat Pengadaan atas nama:',
      `${prefix}${label} : Dominikus Bere Mau / Inspektur Polisi Satu`,
      `${' '.repeat(prefix.length)}NRP          : 85121044`,
      `${' '.repeat(prefix.length)}Jabatan      : Paurmin Bag Log`,
      `${' '.repeat(prefix.length)}Email        : dominikus.beremau@gmail.com`,
      `${' '.repeat(prefix.length)}No. HP       : 0813 3700 4512`,
      '',
    ].join('\n');

  for (const [prefix, label] of [['', 'Nama/Pangkat'], ['   a. ', 'Nama/Pangkat'], ['1. ', 'Nama / Pangkat']]) {
    it(`"${prefix}${label}": the name without the rank, flagged`, () => {
      const parsed = parseLetter(letter(prefix, label));
      expect(parsed.people.map((p) => [p.name, p.nip, p.position])).toEqual([['Dominikus Bere Mau', null, 'Paurmin Bag Log']]);
      expect(parsed.problems.some((x) => x.field === 'people[0].name')).toBe(true);
    });
  }

  it('"Nama/Pangkat/NRP : name / rank / NRP": the name alone, no NIP', () => {
    const parsed = parseLetter(letter('', 'Nama/Pangkat/NRP').replace('Inspektur Polisi Satu', 'Inspektur Polisi Satu / 85121044').replace(/^ *NRP.*\n/m, ''));
    expect(parsed.people.map((p) => [p.name, p.nip])).toEqual([['Dominikus Bere Mau', null]]);
    expect(parsed.problems.some((x) => x.field === 'people[0].name')).toBe(true);
  });
});

describe('a military base under its service\'s line ("TENTARA NASIONAL INDONESIA ANGKATAN …" / "PANGKALAN …")', () => {
  it('the base is the sender', () => {
    const text = [
      'TENTARA NASIONAL INDONESIA ANGKATAN UDARA',
      'PANGKALAN TNI AU EL TARI',
      '',
      'Nomor    : B/ 822 /XI/2026',
      'Perihal  : Permohonan Akun SPSE Pejabat Pengadaan',
      '                                   Kupang, 20 November 2026',
      '',
      'Mohon dibuatkan akun SPSE Pejabat Pengadaan atas nama:',
      'Nama    : Gregorius Laka, S.E.',
      'NIP     : 19880606 201101 1 012',
      'Jabatan : Bamin Keuangan',
      '',
    ].join('\n');
    expect(parseLetter(text).letter.sender).toBe('PANGKALAN TNI AU EL TARI');
  });
});

describe('a numbered record of inline labels set apart by ";", wrapped over lines', () => {
  it('a label at a line\'s end takes its value from the next line', () => {
    const text = [
      'Perihal : Usulan Akun SPSE Pejabat Pengadaan',
      '',
      'Bersama ini kami usulkan pegawai berikut untuk dibuatkan akun SPSE Pejabat Pengadaan:',
      '1. Nama: Muh. Arsyad Bakri, S.E.; NIP: 19870412 201101 1 008;',
      '        Jabatan: Kepala Subbagian Keuangan; Email:',
      '        arsyadbakri87@gmail.com; HP: 0853 9400 1287',
      '2. Nama: Nurhaedah, S.AP.; NIP: 19910219 201503 2 010; Jabatan:',
      '        Analis Kepegawaian Ahli Pertama; Email: nurhaedah.ap@gmail.com; HP:',
      '        0821 4410 7752',
      '',
      'Demikian usulan ini disampaikan.',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Muh. Arsyad Bakri, S.E.', '198704122011011008', 'Kepala Subbagian Keuangan', 'arsyadbakri87@gmail.com', '+6285394001287'],
      ['Nurhaedah, S.AP.', '199102192015032010', 'Analis Kepegawaian Ahli Pertama', 'nurhaedah.ap@gmail.com', '+6282144107752'],
    ]);
  });
});

describe('a numbered list item of unlabelled stacked lines (name, NIP, jabatan, "email / phone")', () => {
  it('the name keeps its degrees; the jabatan is its own line', () => {
    const text = [
      'Perihal  : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Bersama ini kami sampaikan nama pegawai untuk dibuatkan akun SPSE Pejabat Pengadaan:',
      '',
      '1. Yohanes Bosco Jehalut, S.T.',
      '   NIP. 19850606 201001 1 031',
      '   Kepala Seksi Perencanaan',
      '   yohanesjehalut@gmail.com / 0812 3700 4415',
      '',
      '2. Maria Imakulata Dalung, S.Sos.',
      '   NIP. 19900310 201503 2 012',
      '   Analis Perencanaan Ahli Pertama',
      '   imakulata.dalung@gmail.com / 0853 3800 9132',
      '',
      'Demikian permohonan ini.',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Yohanes Bosco Jehalut, S.T.', '198506062010011031', 'Kepala Seksi Perencanaan', 'yohanesjehalut@gmail.com', '+6281237004415'],
      ['Maria Imakulata Dalung, S.Sos.', '199003102015032012', 'Analis Perencanaan Ahli Pertama', 'imakulata.dalung@gmail.com', '+6285338009132'],
    ]);
  });
});

describe('a writer naming herself ("Saya Name, NIP …")', () => {
  it('"Saya" is not part of the name', () => {
    const text = [
      'From: Rahmawati Olii <rahma.olii@gmail.com>',
      'Date: Sat, 28 Nov 2026 09:10:00 +0800',
      'Subject: Reset kata sandi akun SPSE',
      '',
      'Selamat pagi,',
      '',
      'Saya Rahmawati Olii, S.E., NIP 19880214 201101 2 015, Bendahara pada Dinas Sosial, pemilik akun PPK. Saya lupa kata sandi, mohon direset. Kontak saya 0852 4001 3390.',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => [p.name, p.nip])).toEqual([['Rahmawati Olii, S.E.', '198802142011012015']]);
  });
});

describe('"Ny." (Nyonya), "Tn." (Tuan) before a name', () => {
  it('a form of address, not part of the name', () => {
    const text = [
      'Perihal : Permohonan Akun SPSE Auditor',
      '',
      'Mohon diberikan akun SPSE Auditor kepada:',
      'No\tNama\tNIP\tJabatan\tEmail\tNo. HP',
      '1\tNy. Yuliana Pattiasina, S.E.\t19860304 201001 2 007\tAuditor Ahli Muda\tyuliana.pattiasina@gmail.com\t0812 4711 2290',
      '2\tTn. Markus Sapulete, S.H.\t19880808 201101 1 019\tAuditor Ahli Pertama\tmarkus.sapulete@gmail.com\t0813 4400 5512',
      '',
    ].join('\n');
    expect(parseLetter(text).people.map((p) => p.name)).toEqual(['Yuliana Pattiasina, S.E.', 'Markus Sapulete, S.H.']);
  });
});

describe('a row\'s status cell asking to close the account, in a letter that does not say replacement', () => {
  it('that person is deactivated (flagged); the others created', () => {
    const text = [
      'Hal : Pemutakhiran Akun SPSE Pejabat Pengadaan',
      '',
      'Sehubungan dengan mutasi pegawai, mohon pemutakhiran akun SPSE Pejabat Pengadaan sebagai berikut:',
      'No\tNama\tNIP\tJabatan\tEmail\tNo. HP\tKeterangan',
      '1\tArifin Mokoagow, S.E.\t19790101 200501 1 020\tKepala Subbagian Umum\t-\t-\tNonaktifkan (pensiun)',
      '2\tSri Rahayu Paputungan, S.E.\t19880505 201101 2 014\tKepala Subbagian Umum\tsrirahayu.p@gmail.com\t0812 4300 1188\tAkun baru',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
    expect(parsed.problems.some((x) => x.field === 'people[0].action')).toBe(true);
  });
});
