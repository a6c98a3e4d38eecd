import { describe, expect, it } from 'vitest';
import { repairEmail, repairIfValid, repairLetterNumber } from '../../../lib/letter/scan-repair';
import { checkNip, checkPhone } from '../../../lib/letter/validate';
import { applyScan } from '../../../lib/letter/scan-evidence';
import { parseLetter } from '../../../lib/letter/parse';

describe('scan repairs that cannot be wrong', () => {
  it('a Roman month read with ones (V1, X1, 1V) in a letter number', () => {
    expect(repairLetterNumber('027/311/PBJ/V1/2026')).toBe('027/311/PBJ/VI/2026');
    expect(repairLetterNumber('027/311/PBJ/X1/2026')).toBe('027/311/PBJ/XI/2026');
    expect(repairLetterNumber('027/311/PBJ/1V/2026')).toBe('027/311/PBJ/IV/2026');
    // A stray ")" was a J in one letter ("BPB)") and a slash in another ("PBJ)/"): left as read.
    expect(repairLetterNumber('027/0231/BPB)/2026')).toBeNull();
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
});
