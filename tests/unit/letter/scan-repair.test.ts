import { describe, expect, it } from 'vitest';
import { repairEmail, repairIfValid, repairLetterNumber, repairNameSpacing } from '../../../lib/letter/scan-repair';
import { checkNip, checkPhone } from '../../../lib/letter/validate';
import { applyScan } from '../../../lib/letter/scan-evidence';
import { parseLetter } from '../../../lib/letter/parse';

describe('scan repairs that cannot be wrong', () => {
  it('a Roman month read with ones (V1, X1, 1V) in a letter number', () => {
    expect(repairLetterNumber('027/311/PBJ/V1/2026')).toBe('027/311/PBJ/VI/2026');
    expect(repairLetterNumber('027/311/PBJ/X1/2026')).toBe('027/311/PBJ/XI/2026');
    expect(repairLetterNumber('027/311/PBJ/1V/2026')).toBe('027/311/PBJ/IV/2026');
    // A stray ")" after capitals was a J in one letter ("BPB)"); after a J, a slash's speck ("PBJ)/").
    expect(repairLetterNumber('027/0231/BPB)/2026')).toBe('027/0231/BPBJ/2026');
    expect(repairLetterNumber('027/0231/PBJ)/2026')).toBe('027/0231/PBJ/2026');
    // Could be right as read: a month in digits, a bracket that opens, a number that is no month.
    expect(repairLetterNumber('027/311/PBJ/11/2026')).toBeNull();
    expect(repairLetterNumber('027/311/PBJ/1/2026')).toBeNull();
    expect(repairLetterNumber('027/(PBJ)/2026')).toBeNull();
    expect(repairLetterNumber('027/V111X/2026')).toBeNull();
  });

  it('a phone\'s "+" before 62 8… read as 1, 4 or #', () => {
    const valid = (s: string) => checkPhone(s).ok;
    expect(repairIfValid('162 819 2233 4455', valid)).toBe('+62 819 2233 4455');
    expect(repairIfValid('462 811-7170-220', valid)).toBe('+62 811-7170-220');
    expect(repairIfValid('#62 811-7170-220', valid)).toBe('+62 811-7170-220');
    expect(repairIfValid('0819 2233 4455', valid)).toBeNull();
  });

  it('a quote mark read into a NIP or phone between digit groups (a table rule\'s speck)', () => {
    const nip = (s: string) => checkNip(s.replace(/\s+/g, '')).ok;
    expect(repairIfValid('19900208201402” 1003', nip)).toBe('19900208201402 1003');
    expect(repairIfValid('19870625201012”2003', nip)).toBe('198706252010122003');
    expect(repairIfValid("0812' 5601 3344", (s) => checkPhone(s).ok)).toBe('0812 5601 3344');
    // Not when the value would still not validate.
    expect(repairIfValid('1990020820140”1003', nip)).toBeNull();
  });

  it('a hyphen or underscore read before a dot of the domain of an e-mail address', () => {
    expect(repairEmail('kevin.wijaya@bpkp-.go.id')).toBe('kevin.wijaya@bpkp.go.id');
    expect(repairEmail('kevin.wijaya@bpkp.go_.id')).toBe('kevin.wijaya@bpkp.go.id');
    // In the local part a hyphen stays (it may be written so).
    expect(repairEmail('kevin-.wijaya@bpkp.go.id')).toBeNull();
  });

  it('a zero read for an "o" in a word of letters of the domain of an e-mail address, not a digit among digits or in the local part', () => {
    expect(repairEmail('syamsul@yaho0.co.id')).toBe('syamsul@yahoo.co.id');
    expect(repairEmail('rina@dinas.g0.id')).toBe('rina@dinas.go.id');
    expect(repairEmail('rina90@gmail.com')).toBeNull();
    expect(repairEmail('rina@dinas2020.go.id')).toBeNull();
  });

  it('a well-known mail provider domain misread by a letter or two (amail.com, gmiil.ccom), never another real domain', () => {
    expect(repairEmail('yosefndun.kodim@amail.com')).toBe('yosefndun.kodim@gmail.com');
    expect(repairEmail('marialedoh86@gmiil.ccom')).toBe('marialedoh86@gmail.com');
    expect(repairEmail('marialedoh86@gmiil.cCOm')).toBe('marialedoh86@gmail.com');
    expect(repairEmail('sri.w@yaho.co.id')).toBe('sri.w@yahoo.co.id');
    expect(repairEmail('andi@hotmaii.com')).toBe('andi@hotmail.com');
    // Real domains a letter away from a provider stay, and so do office domains.
    expect(repairEmail('andi@ymail.com')).toBeNull();
    expect(repairEmail('andi@mail.com')).toBeNull();
    expect(repairEmail('andi@email.com')).toBeNull();
    expect(repairEmail('andi@gmail.com')).toBeNull();
    expect(repairEmail('ppk.atab@pu.go.id')).toBeNull();
    expect(repairEmail('rina@gmail.co.id')).toBeNull();
  });

  it('a space the recogniser lost inside a name (before its first comma): camel joints, an initial, a dotted short form', () => {
    expect(repairNameSpacing('Moh.Ikbal Lahay, S.T.')).toBe('Moh. Ikbal Lahay, S.T.');
    expect(repairNameSpacing('IKetut Suardana, S.Kom.')).toBe('I Ketut Suardana, S.Kom.');
    expect(repairNameSpacing('NiMade Ayu Sukmawati, S.E.')).toBe('Ni Made Ayu Sukmawati, S.E.');
    expect(repairNameSpacing('AyuLestari Pangaribuan, S.Tr.Akt.')).toBe('Ayu Lestari Pangaribuan, S.Tr.Akt.');
    // Titles after the comma, capitals, initials and names written right are left as they are.
    expect(repairNameSpacing('Theresia Kristina Manurung, S.E., M.Ak., CFrA')).toBeNull();
    expect(repairNameSpacing('SUGENG RIYADI, S.Sos.')).toBeNull();
    expect(repairNameSpacing('A.Rahman Hakim')).toBeNull();
    expect(repairNameSpacing('Drs. H. Mursalin, M.Pd.')).toBeNull();
  });

  it('an e-mail address with spaces around "@" or "."', () => {
    expect(repairEmail('septian.ardiansyah @beltimkab.go.id')).toBe('septian.ardiansyah@beltimkab.go.id');
    expect(repairEmail('budi @ dinas. go.id')).toBe('budi@dinas.go.id');
    expect(repairEmail('budi@dinas.go.id')).toBeNull();
    expect(repairEmail('budi santoso@dinas.go.id')).toBeNull();
  });

  it('a scanned letter gets the repaired values, each flagged "diperbaiki dari hasil pindai" with what was read', () => {
    const text = ['DINAS SOSIAL', 'Nomor : 460/12/Dinsos/V1/2026', 'Hal : Permohonan User ID PPK', 'Lahat, 2 Maret 2026', '', 'Nama : Ratna Dewi, S.E.', 'NIP : 19880808 201101 2 006', 'Email : ratna.dewi @lahatkab.go.id', 'HP : 0812 7990 1122'].join('\n');
    const lines = text.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null }));
    const r = applyScan(parseLetter(text), { pages: 1, confidence: 0.97, lines }, text);
    expect(r.letter.number).toBe('460/12/Dinsos/VI/2026');
    expect(r.people[0].email).toBe('ratna.dewi@lahatkab.go.id');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'letter.number', message: 'Nomor surat diperbaiki dari hasil pindai — periksa (tertulis "460/12/Dinsos/V1/2026")' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].email', message: expect.stringMatching(/^Email diperbaiki dari hasil pindai — periksa/) }));
  });

  it('a scanned name with a lost space gets it back, flagged with what was read', () => {
    const text = ['Hal : Permohonan User ID Pokja', '', 'Nama : NiMade Ayu Sukmawati, S.E.', 'NIP : 19950819 201902 2 004', 'Email : made.sukmawati@bpk.go.id'].join('\n');
    const lines = text.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null }));
    const r = applyScan(parseLetter(text), { pages: 1, confidence: 0.97, lines }, text);
    expect(r.people[0].name).toBe('Ni Made Ayu Sukmawati, S.E.');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].name', message: 'Nama diperbaiki dari hasil pindai — periksa (tertulis "NiMade Ayu Sukmawati, S.E.")' }));
  });

  it('a table header whose "Nama dan" the recogniser ran together ("Namadan NIP") still names the name column', () => {
    const text = [
      'Hal : Permohonan Akun Verifikator',
      '',
      'No\tNamadan NIP\tJabatan\tKontak',
      '1.\tSitti Rahmawati, S.E. NIP 19890304 201402 2 003\tAnalis Keuangan Ahli Pertama\twaode.rahmawati@kendarikota.go.id 0852 4160 7723',
      '2.\tLa Ode Muh. Fajrin, A.Md. NIP 19970508 202203 1 002\tPengelola Data Keuangan\tfajrinlaode97@gmail.com 0822 9104 3861',
    ].join('\n');
    const r = parseLetter(text);
    expect(r.people.map((p) => [p.name, p.nip])).toEqual([
      ['Sitti Rahmawati, S.E.', '198903042014022003'],
      ['La Ode Muh. Fajrin, A.Md.', '199705082022031002'],
    ]);
  });
});
