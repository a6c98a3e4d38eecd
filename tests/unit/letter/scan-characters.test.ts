import { describe, expect, it } from 'vitest';
import { applyScan, parseExtracted } from '../../../lib/letter/scan-evidence';
import { repairScanText } from '../../../lib/letter/scan-text';
import { parseLetter } from '../../../lib/letter/parse';
import { repairAddressBrackets, repairEmail, repairIfValid, repairLetterNumber, repairNameMarks, repairTitle, titleShape } from '../../../lib/letter/scan-repair';
import { checkPhone } from '../../../lib/letter/validate';
import { DEGREES } from '../../../lib/letter/degrees';

/** What a scan of these lines would give beside their text: every word read at 97 %. */
const scanOf = (lines: string[]) => ({ pages: 1, confidence: 0.97, lines: lines.map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null })) });

/** A letter's text as a scan would give it, its values' scan evidence added (no repair of the text before). */
function scanned(lines: string[]) {
  const text = lines.join('\n');
  return applyScan(parseLetter(text), scanOf(lines), text);
}

const flagOf = (r: ReturnType<typeof scanned>, field: string) => r.problems.find((p) => p.field === field)?.message ?? r.fields[field]?.note;

describe('titles after a name, as a scan misreads them', () => {
  it('a known title read with confusable letters, a comma for its dot or its inner dots lost', () => {
    expect(repairTitle('M.Kes')).toBeNull();
    expect(repairTitle('M.Kcs.')).toBeNull();
    expect(repairTitle('M.Sl.')).toBe('M.Si.');
    expect(repairTitle('S.Pd.l.')).toBe('S.Pd.I.');
    expect(repairTitle('A.Md.Korn')).toBe('A.Md.Kom');
    expect(repairTitle('M.AK.')).toBe('M.Ak.');
    expect(repairTitle('S,Sos.')).toBe('S.Sos.');
    expect(repairTitle('S.Hut:')).toBe('S.Hut.');
    expect(repairTitle('MH.')).toBe('M.H.');
    expect(repairTitle('SIH')).toBe('S.H.');
    expect(repairTitle('Sih')).toBe('S.H.');
    expect(repairTitle('SEH')).toBe('S.H.');
    expect(repairTitle('M:Pd.')).toBe('M.Pd.');
    // "SIP" may be S.IP. written without dots: not read as S.P.
    expect(repairTitle('SIP')).toBeNull();
    expect(repairTitle('S.Kepp.')).toBe('S.Kep.');
    expect(repairTitle('M.PPd.')).toBe('M.Pd.');
    expect(repairTitle('S.Farm...')).toBe('S.Farm.');
    expect(repairTitle('Tanjung...')).toBeNull();
    // As written, or not one title: left alone.
    expect(repairTitle('S.Sos')).toBeNull();
    expect(repairTitle('SH')).toBeNull();
    expect(repairTitle('S. Sos.')).toBeNull();
    expect(repairTitle('Sq.')).toBeNull();
    expect(repairTitle('S.KOM')).toBeNull();
  });

  it('no two titles of the list look alike to a recogniser (a repair has one answer)', () => {
    const shapes = new Map<string, string>();
    for (const d of DEGREES) {
      expect(repairTitle(d)).toBeNull();
      const shape = titleShape(d.replace(/\.$/, ''));
      expect(shapes.get(shape) ?? d).toBe(d);
      shapes.set(shape, d);
    }
  });

  it('a name with a quote mark or lone bracket at its edge, a dot alone between titles, a title split at a comma', () => {
    expect(repairNameMarks('‘Wahyuni Lestari, S.Pd.')).toBe('Wahyuni Lestari, S.Pd.');
    expect(repairNameMarks('Bagas Pratama, S.T.”')).toBe('Bagas Pratama, S.T.');
    expect(repairNameMarks('(Markus Pigai, S.IP.')).toBe('Markus Pigai, S.IP.');
    expect(repairNameMarks('Fransiska Ndoen, S.E., . M.M.')).toBe('Fransiska Ndoen, S.E., M.M.');
    expect(repairNameMarks('Ridwan Kamil Tanjung, S, Kom., M.Kom.')).toBe('Ridwan Kamil Tanjung, S.Kom., M.Kom.');
    expect(repairNameMarks('La Ode Saleh, SE., M.Sl.')).toBe('La Ode Saleh, S.E., M.Si.');
    expect(repairNameMarks('Kristofel Bana, S.T... M.Eng.')).toBe('Kristofel Bana, S.T., M.Eng.');
    expect(repairNameMarks('Kristofel Bana, S.E., Ak.. CA')).toBe('Kristofel Bana, S.E., Ak., CA');
    expect(repairNameMarks('Nurhayati (Bu Nur), S.E.')).toBeNull();
    expect(repairNameMarks('Drs. H. Umar, M.M.')).toBeNull();
    expect(repairNameMarks('Yosef Bere, SH')).toBeNull();
  });

  it('a scanned name is given back with its titles, flagged with what was read', () => {
    const r = scanned(['Hal : Permohonan Akun SPSE PPK', '', 'Nama : Yulius Rumbiak, S,Kom., M.Sl.', 'NIP : 19890512 201402 1 003', 'Email : yulius.rumbiak@papuakab.go.id']);
    expect(r.people[0].name).toBe('Yulius Rumbiak, S.Kom., M.Si.');
    expect(flagOf(r, 'people[0].name')).toMatch(/^Nama diperbaiki dari hasil pindai — periksa \(tertulis "Yulius Rumbiak, S, Kom\., M\.Sl\."\)/);
  });
});

describe('phone numbers as a scan misreads them', () => {
  const valid = (s: string) => checkPhone(s).ok;
  it('the "+" read as 1 before a bracketed area code, a Cyrillic б for 6, a tilde, underscore or comma between groups', () => {
    expect(repairIfValid('162 (852) 3901-7788', valid)).toBe('+62 (852) 3901-7788');
    expect(repairIfValid('+б2 852 3901 7788', valid)).toBe('+62 852 3901 7788');
    expect(repairIfValid('0852~3901~7788', valid)).toBe('0852 3901 7788');
    expect(repairIfValid('0852_3901_7788', valid)).toBe('0852 3901 7788');
    expect(repairIfValid('0852,3901,7788', valid)).toBe('0852 3901 7788');
    // Two numbers in one cell stay as read (no one number validates).
    expect(repairIfValid('0852 3901 7788, 0813 2200 1144', valid)).toBeNull();
    expect(repairIfValid('162 (21) 3901-7788', valid)).toBeNull();
  });

  it('a scanned phone is repaired and flagged with what was read', () => {
    const r = scanned(['Hal : Permohonan Akun SPSE PP', '', 'Nama : Maria Goreti Seran', 'NIP : 19910223 201503 2 004', 'No. HP : 162 (852) 3901-7788']);
    expect(r.people[0].phone).toBe('+6285239017788');
    expect(flagOf(r, 'people[0].phone')).toMatch(/^Nomor HP diperbaiki dari hasil pindai — periksa \(tertulis "162 \(852\) 3901-7788"\)/);
  });
});

describe('e-mail addresses as a scan misreads them', () => {
  it('an "@" read as © or (a), a comma for a dot of the domain, a domain ending misread or cut', () => {
    expect(repairEmail('maria.seran©belukab.go.id')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran(a)belukab.go.id')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@belukab,go.id')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@belukab.go.ld')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@belukab.go.1d')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@belukab.go.i')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@belukab.go')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('maria.seran@smkn1.sch')).toBe('maria.seran@smkn1.sch.id');
    expect(repairEmail('maria.seran@belu.co')).toBeNull();
    expect(repairEmail('maria.seran@belukab.goid')).toBe('maria.seran@belukab.go.id');
    expect(repairEmail('seran91@yahoo.corn')).toBe('seran91@yahoo.com');
    // Real endings, and an address that already has its "@", stay.
    expect(repairEmail('maria.seran@belukab.go.id')).toBeNull();
    expect(repairEmail('seran@startup.io')).toBeNull();
    expect(repairEmail('seran@(a)belu.id')).toBeNull();
  });

  it('a one or zero between letters of an address is flagged as a scan confusion', () => {
    const r = scanned(['Hal : Permohonan Akun SPSE PP', '', 'Nama : Maria Goreti Seran', 'NIP : 19910223 201503 2 004', 'Email : maria.seran@be1ukab.go.id']);
    expect(r.people[0].email).toBe('maria.seran@be1ukab.go.id');
    expect(flagOf(r, 'people[0].email')).toMatch(/huruf\/angka yang mirip/);
  });
});

describe('check boxes of a printed form', () => {
  const form = (peran: string, jenis: string) => [
    'FORMULIR PERMOHONAN AKUN SPSE',
    '',
    'No. Surat      : 027/55/Distan/2026',
    'Tanggal        : 3 Juni 2026',
    `Peran Diminta  : ${peran}`,
    `Jenis          : ${jenis}`,
    '',
    'Nama Lengkap   : Theodorus Lewar, S.P.',
    'NIP            : 19880915 201403 1 002',
    'Email          : theo.lewar@florestimurkab.go.id',
  ];
  it('round boxes ("(x)", "( )", "()") say the role as square ones do', () => {
    const r = parseLetter(form('( ) Pokja Pemilihan   (x) Pejabat Pengadaan (PP)   ( ) Auditor', '(x) Akun Baru   ( ) Reset Kata Sandi').join('\n'));
    expect(r.letter.role).toBe('pp');
    expect(r.people[0].action).toBe('create');
    const s = parseLetter(form('() Pokja Pemilihan   () Pejabat Pengadaan (PP)   (✓) Auditor', '(x) Akun Baru   () Reset Kata Sandi').join('\n'));
    expect(s.letter.role).toBe('auditor');
  });
});

describe('a scan\'s label words, dates and check boxes, repaired before the letter is read', () => {
  const letter = (o: { hal?: string; nomor?: string; date?: string } = {}) => [
    'PEMERINTAH KABUPATEN ALOR',
    'DINAS PERTANIAN',
    '',
    `${o.nomor ?? 'Nomor'}\t: 520/114/Distan/2026`,
    'Lampiran\t: -',
    `${o.hal ?? 'Perihal'}\t: Permohonan Akun SPSE Pejabat Pengadaan`,
    '',
    `Kalabahi, ${o.date ?? '14 September 2026'}`,
    '',
    'Nama\t: Yeremias Malaikosa, S.P.',
    'NIP\t: 19890304 201503 1 002',
    'Email\t: yeremias.malaikosa@alorkab.go.id',
  ];
  const read = (lines: string[]) => parseExtracted({ text: lines.join('\n'), scan: scanOf(lines) }, parseLetter);

  it('a label word misread ("PERlHAL", "HaI", "Nornor", "N0mor") is still its label; nothing to flag', () => {
    for (const o of [{ hal: 'PERlHAL' }, { hal: 'HaI' }, { hal: 'Perihai' }, { nomor: 'Nornor' }, { nomor: 'N0MOR' }]) {
      const r = read(letter(o));
      expect(r.letter.number).toBe('520/114/Distan/2026');
      expect(r.letter.subject).toBe('Permohonan Akun SPSE Pejabat Pengadaan');
      expect(r.problems.filter((p) => p.field.startsWith('letter.'))).toEqual([]);
    }
  });

  it('a date\'s digits and month name misread are given back, flagged with what was read', () => {
    for (const date of ['l4 September 2O26', '14 Septernber 2026', 'I4 SEPTERNBER 2026']) {
      const r = read(letter({ date }));
      expect(r.letter.date).toBe('2026-09-14');
      expect(flagOf(r, 'letter.date')).toBe(`Tanggal surat diperbaiki dari hasil pindai — periksa (tertulis "Kalabahi, ${date}")`);
    }
    expect(flagOf(read(letter()), 'letter.date')).toBeUndefined();
    expect(read(letter({ date: '4 Me1 2026' })).letter.date).toBe('2026-05-04');
    expect(read(letter({ date: '4 Jull 2026' })).letter.date).toBe('2026-07-04');
    expect(read(letter({ date: '4 Junl 2026' })).letter.date).toBe('2026-06-04');
  });

  it('a row of check boxes as a recogniser reads them: the box with an x, else the one unlike the empty ones, is ticked; role and request flagged', () => {
    const form = (peran: string, jenis: string) => [
      'FORMULIR PERMOHONAN AKUN SPSE',
      'No. Surat\t: 027/55/Distan/2026',
      `Peran Diminta\t: ${peran}`,
      `Jenis\t: ${jenis}`,
      'Nama Lengkap\t: Theodorus Lewar, S.P.',
      'NIP\t: 19880915 201403 1 002',
    ];
    const rows: [string, string, string, string][] = [
      ['(1 J Pokja Pemilihan\t(xl Auditor\t(| 1 Verifikator', 'IxJ Akun Baru\t( I Reset Kata Sandi', 'auditor', 'create'],
      ['CI Pokja Pemilihan\tMH Auditor\tCO Verifikator', 'DC Akun Baru\tM Reset Kata Sandi', 'password-reset', 'reset'],
      ['() Pokja Pemilihan\t(DI) Auditor\t(1 Verifikator', 'Akun Baru\t(1 Reset Kata Sandi\t( Nonaktif', 'auditor', 'create'],
      ['C1 Pokja Pemilihan\tVerifikator\tCD Auditor', '(XI Akun Baru\t\t(|\tReset Kata Sandi', 'verifikator', 'create'],
      ['C1 Pokja Pemilihan\tMH Auditor\tDO Verifikator', 'Hm Akun Baru\t(1 Reset Kata Sandi', 'auditor', 'create'],
    ];
    for (const [peran, jenis, role, action] of rows) {
      const r = read(form(peran, jenis));
      expect([r.letter.role, r.people[0].action]).toEqual([role, action]);
      expect(flagOf(r, 'letter.role')).toMatch(/^Peran SPSE dibaca dari kotak centang pada pindaian; diperbaiki dari hasil pindai — periksa/);
      expect(flagOf(r, 'people[0].action')).toMatch(/^Jenis permintaan dibaca dari kotak centang/);
    }
  });

  it('a row where which box is ticked is not clear, a NIP or a rank with a Roman numeral, are left as read', () => {
    expect(repairScanText('Peran\t: CI Pokja\tDO Auditor\tOD Verifikator').text).toBe('Peran\t: CI Pokja\tDO Auditor\tOD Verifikator');
    expect(repairScanText('NIP\t: 19880915 201403 1 002').text).toBe('NIP\t: 19880915 201403 1 002');
    expect(repairScanText('Pangkat\t: Penata Muda Tk. I (III/b)').text).toBe('Pangkat\t: Penata Muda Tk. I (III/b)');
    expect(repairScanText('Nomor\t: 027/III/2026').text).toBe('Nomor\t: 027/III/2026');
  });
});

describe('marks a recogniser reads around a value', () => {
  it('a sender\'s address in guillemets, a colon before an address, a colon after a jabatan', () => {
    expect(repairAddressBrackets('Sekretariat Dinas Sosial «sekretariat.dinsos@alorkab.go.id»')).toBe('Sekretariat Dinas Sosial <sekretariat.dinsos@alorkab.go.id>');
    expect(repairAddressBrackets('Sekretariat Dinas Sosial <sekretariat.dinsos@alorkab.go.id>')).toBeNull();
    expect(repairAddressBrackets('Kantor «Lama»')).toBeNull();
    expect(repairEmail(': agnes.lelan@alorkab.go.id')).toBe('agnes.lelan@alorkab.go.id');
    expect(repairEmail('agnes.lelan@alorkab.go.id”')).toBe('agnes.lelan@alorkab.go.id');
    const r = scanned(['Hal : Permohonan Akun SPSE PP', '', 'Nama : Agnes Lelan', 'NIP : 19910223 201503 2 004', 'Jabatan : Analis Kebijakan Ahli Muda:', 'Email : : agnes.lelan@alorkab.go.id']);
    expect([r.people[0].position, r.people[0].email]).toEqual(['Analis Kebijakan Ahli Muda', 'agnes.lelan@alorkab.go.id']);
    expect(flagOf(r, 'people[0].position')).toMatch(/^Jabatan diperbaiki dari hasil pindai — periksa/);
    expect(flagOf(r, 'people[0].email')).toMatch(/^Email diperbaiki dari hasil pindai — periksa/);
  });
});

describe('a letter number as a scan misreads it', () => {
  it('a J read as ")" or "j" after capitals, a Roman month read with ones', () => {
    expect(repairLetterNumber('050/212/UKPB)/2026')).toBe('050/212/UKPBJ/2026');
    expect(repairLetterNumber('050/212/UKPB)J/2026')).toBe('050/212/UKPBJ/2026');
    expect(repairLetterNumber('050/212/UKPBJ)/2026')).toBe('050/212/UKPBJ/2026');
    expect(repairLetterNumber('050/212/UKPBj/2026')).toBe('050/212/UKPBJ/2026');
    expect(repairLetterNumber('050/212/Setda/II1/2026')).toBe('050/212/Setda/III/2026');
    expect(repairLetterNumber('050/212/Setda/111/2026')).toBe('050/212/Setda/III/2026');
    expect(repairLetterNumber('050/212/Setda/!11/2026')).toBe('050/212/Setda/III/2026');
    expect(repairLetterNumber('050/ND/212/UKPB/)/2026')).toBe('050/ND/212/UKPBJ/2026');
    expect(repairLetterNumber('O50/2l2/Setda/2O26')).toBe('050/212/Setda/2026');
    // A number 111 that is not the month, a month in digits, a bracket that opens: as read.
    expect(repairLetterNumber('050/212/Setda/1O/2026')).toBeNull();
    expect(repairLetterNumber('050/111/Setda/2026')).toBeNull();
    expect(repairLetterNumber('050/212/Setda/11/2026')).toBeNull();
    expect(repairLetterNumber('050/(UKPBJ)/2026')).toBeNull();
    expect(repairLetterNumber('050/212/Kec.Mbj/2026')).toBeNull();
  });
});

describe('a digit read as a letter beside a number that is valid without it', () => {
  it('the repair holding more digits is taken, flagged; a word after the number stays out', () => {
    const r = scanned(['Hal : Permohonan Akun SPSE PP', '', 'Nama : Maria Goreti Seran', 'NIP : 19910223 201503 2 004', 'No. HP : 0852 3901 778€']);
    expect(r.people[0].phone).toBe('+6285239017786');
    expect(flagOf(r, 'people[0].phone')).toMatch(/^Nomor HP diperbaiki dari hasil pindai — periksa \(tertulis "0852 3901 778€"\)/);
    const s = scanned(['Hal : Permohonan Akun SPSE PP', '', 'Nama : Maria Goreti Seran', 'NIP : 19910223 201503 2 004', 'No. HP : 0852 3901 7788 (WA)']);
    expect(s.people[0].phone).toBe('+6285239017788');
    expect(flagOf(s, 'people[0].phone')).toBeUndefined();
  });
});

describe('a name word read unsure, written again in the e-mail', () => {
  it('flags the e-mail too (it may carry the same misreading)', () => {
    const lines = ['Hal : Permohonan Akun SPSE PP', '', 'Nama : Rahmat Tawfiq, S.H.', 'NIP : 19910223 201503 1 004', 'Email : tawfiq.hukum@gmail.com'];
    const scan = scanOf(lines);
    scan.lines[2].words[3].confidence = 0.8;
    const r = applyScan(parseLetter(lines.join('\n')), scan, lines.join('\n'));
    expect(flagOf(r, 'people[0].email')).toBe('hasil pindai: email memuat kata nama yang kurang jelas terbaca ("Tawfiq") — periksa keduanya');
    // Read sure, the address is not flagged.
    expect(flagOf(scanned(lines), 'people[0].email')).toBeUndefined();
  });
});

describe('a pangkat after the jabatan, as a scan misreads its roman numerals', () => {
  it('is cut off the jabatan, flagged, when "Tk. I" was read "Tk. 1" or the golongan\'s I\'s as ones and l\'s', () => {
    for (const [cell, jabatan] of [
      ['Auditor Ahli Madya Pembina Tk. 1 (IV/b)', 'Auditor Ahli Madya'],
      ['Auditor Ahli Pertama Penata Muda Tk. I (1I1/b)', 'Auditor Ahli Pertama'],
      ['Kepala Seksi Irigasi Penata Tk.1(lll/d)', 'Kepala Seksi Irigasi'],
    ]) {
      const r = scanned(['Hal : Permohonan Akun SPSE Auditor', '', 'No\tNama\tNIP\tJabatan / Pangkat', `1\tRudi Hamzah, S.T.\t19810303 200604 1 002\t${cell}`, '']);
      expect(r.people[0].position).toBe(jabatan);
      expect(flagOf(r, 'people[0].position')).toMatch(/pangkat/i);
    }
  });
});

describe('a NIP whose spaces a scan read as colons', () => {
  const read = (lines: string[]) => parseExtracted({ text: lines.join('\n'), scan: scanOf(lines) }, parseLetter);

  it('is given back without them, flagged with what was read', () => {
    const r = read(['Hal : Permohonan Akun SPSE PPK', '', 'Nama : Andi Irwan Mattalatta, S.T.', 'NIP : 19910303:201503:.1:005', 'Email : irwan.m@luwuutarakab.go.id']);
    expect(r.people[0].nip).toBe('199103032015031005');
    expect(flagOf(r, 'people[0].nip')).toMatch(/diperbaiki dari hasil pindai — periksa/);
    expect(repairIfValid('0852;3901;7788', (s) => checkPhone(s).ok)).toBe('0852 3901 7788');
  });

  it('in a table cell under the name, the NIP is read apart from the name', () => {
    const r = read(['Hal : Permohonan Akun SPSE Pokja', '', 'No\tNama / NIP\tJabatan', '1.\tHj. Marlina Syarifuddin, S.E. 19880521 201101:2 013\tPengelola PBJ Ahli Muda']);
    expect(r.people[0].name).toBe('Hj. Marlina Syarifuddin, S.E.');
    expect(r.people[0].nip).toBe('198805212011012013');
    expect(flagOf(r, 'people[0].nip')).toMatch(/diperbaiki dari hasil pindai — periksa/);
  });
});

describe('a jabatan whose space after an abbreviation a scan lost', () => {
  it('is spaced again ("PBJAhli" → "PBJ Ahli"), flagged with what was read; an abbreviation ending in a short word ("PPKom") stays', () => {
    const r = scanned(['Hal : Permohonan Akun SPSE Pokja', '', 'Nama : Muh. Rasyid, S.Kom.', 'NIP : 19900101 201503 1 005', 'Jabatan : Pengelola PBJAhli Muda']);
    expect(r.people[0].position).toBe('Pengelola PBJ Ahli Muda');
    expect(flagOf(r, 'people[0].position')).toMatch(/^Jabatan diperbaiki dari hasil pindai — periksa \(tertulis "Pengelola PBJAhli Muda"\)/);
    const kept = scanned(['Hal : Permohonan Akun SPSE PPK', '', 'Nama : Muh. Rasyid, S.Kom.', 'NIP : 19900101 201503 1 005', 'Jabatan : PPKom Dinas Kesehatan']);
    expect(kept.people[0].position).toBe('PPKom Dinas Kesehatan');
  });
});

describe('an agency domain misread in some rows of a table', () => {
  const rows = (domains: string[]) => [
    'Hal : Permohonan Akun SPSE Pokja',
    '',
    'No\tNama\tNIP\tEmail',
    ...domains.map((d, k) => `${k + 1}\tPegawai Nomor${'ABCDE'[k]}\t1990010${k + 1} 201503 1 00${k + 1}\tpegawai${k + 1}@${d}`),
  ];

  it('is the domain the other rows share when it is a letter or two from it, flagged with what was read', () => {
    const r = scanned(rows(['belitu.ngkab.go.id', 'belitunakab.go.id', 'belitungkab.go.id', 'belitungkab.go.id', 'belitungakab.go.id']));
    expect(r.people.map((p) => p.email)).toEqual([1, 2, 3, 4, 5].map((k) => `pegawai${k}@belitungkab.go.id`));
    expect(flagOf(r, 'people[1].email')).toMatch(/^Email diperbaiki dari hasil pindai — periksa \(tertulis "pegawai2@belitunakab\.go\.id"\)/);
    expect(flagOf(r, 'people[2].email')).toBeUndefined();
  });

  it('leaves a domain alone when no other is shared by two rows, or it is far from the shared one', () => {
    const r = scanned(rows(['pu.go.id', 'pupr.go.id', 'pupr.go.id', 'gmail.com', 'bappeda.go.id']));
    expect(r.people.map((p) => p.email?.split('@')[1])).toEqual(['pu.go.id', 'pupr.go.id', 'pupr.go.id', 'gmail.com', 'bappeda.go.id']);
  });
});

describe('a Balinese name\'s "I" read as a one', () => {
  it('is an I before the name\'s next word ("1 Gede" → "I Gede"), flagged; a row number apart from the name stays', () => {
    expect(repairNameMarks('1 Gede Made Suarjana, S.T.')).toBe('I Gede Made Suarjana, S.T.');
    expect(repairNameMarks('l Wayan Sudarma')).toBe('I Wayan Sudarma');
    expect(repairNameMarks('Gede Made 1 Suarjana')).toBeNull();
    const r = scanned(['Hal : Permohonan Akun SPSE PPK', '', 'Nama : 1 Gede Made Suarjana, S.T.', 'NIP : 19800101 200501 1 003']);
    expect(r.people[0].name).toBe('I Gede Made Suarjana, S.T.');
    expect(flagOf(r, 'people[0].name')).toMatch(/^Nama diperbaiki dari hasil pindai — periksa/);
  });
});
