import { describe, expect, it } from 'vitest';
import { lostPeople, staffNumbers } from '../../../lib/letter/lost-people';
import { parseLetter } from '../../../lib/letter/parse';
import { toLines } from '../../../lib/letter/text';
import type { Applicant, FieldEvidence } from '../../../lib/letter/schema';

const BODY = [
  'Dengan hormat, bersama ini kami mohon penonaktifan akun SPSE Sdr. Hendra Gunawan, NPP',
  '2003.0711.045, Kepala Urusan Logistik, serta pembuatan akun bagi:',
  'No\tNama\tNPP\tJabatan\tEmail',
  '1\tSiti Rahmah, S.E.\t2015.0203.019\tKepala Urusan Logistik\tsitirahmah.pdam@gmail.com',
  '2\tYoga Prasetyo\t2019.1104.077\tStaf Urusan Logistik\tyogaprasetyo@gmail.com',
];
const lines = toLines(BODY.join('\n'));
const person = (name: string, email: string): Applicant => ({ name, nip: null, position: null, email, phone: null });
/** What a parser that lost the outgoing person read: the two table rows. */
const twoRows = [person('Siti Rahmah, S.E.', 'sitirahmah.pdam@gmail.com'), person('Yoga Prasetyo', 'yogaprasetyo@gmail.com')];
const ev = (line: number): FieldEvidence => ({ confidence: 0.9, line, source: BODY[line - 1] });
const rowFields: Record<string, FieldEvidence> = {
  'people[0].name': ev(4),
  'people[0].email': ev(4),
  'people[1].name': ev(5),
  'people[1].email': ev(5),
};

describe('a person the letter names but the parser lost', () => {
  it('reads the staff numbers written in the body, a label at a line end with its value below', () => {
    const text = [...BODY, 'Sdr. Joko Santoso NIP. 19800101 200501 1 002 dan NIK: 3571 0101 8001 0002'];
    expect(staffNumbers(toLines(text.join('\n'))).map((n) => [n.label, n.value, n.line.n])).toEqual([
      ['NPP', '2003.0711.045', 1],
      ['NIP', '19800101 200501 1 002', 6],
      ['NIK', '3571 0101 8001 0002', 6],
    ]);
  });

  it('flags `people` with the counts and the number nobody carries, and every person read after it as shifted', () => {
    const problems = lostPeople(lines, twoRows, rowFields, null);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'people', line: 1, message: expect.stringMatching(/^Jumlah pegawai yang terbaca \(2\) kurang dari yang disebut surat \(sedikitnya 3\): NPP 2003\.0711\.045 di baris 1/) }),
    );
    expect(problems.filter((p) => /^people\[\d\]$/.test(p.field)).map((p) => p.field)).toEqual(['people[0]', 'people[1]']);
  });

  it('flags only `people` when the lost number comes after everyone read (nobody shifted)', () => {
    const text = [...BODY.slice(2), 'Tambahan: Sdr. Dedi Kurniawan, NPP 2020.0406.012, Staf Urusan Logistik.'];
    const problems = lostPeople(toLines(text.join('\n')), twoRows, { 'people[0].name': ev(2), 'people[1].name': ev(3) }, null);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['people', 4]]);
  });

  it('says nothing when every number is a person’s (on their lines) or the signatory’s', () => {
    const withOutgoing = [person('Hendra Gunawan', ''), ...twoRows];
    const fields = { 'people[0].name': ev(1), 'people[0].position': ev(2), ...Object.fromEntries(Object.entries(rowFields).map(([k, v]) => [k.replace(/\d/, (d) => String(Number(d) + 1)), v])) };
    expect(lostPeople(lines, withOutgoing, fields, null)).toEqual([]);
    expect(lostPeople(toLines('NIP. 19700412 199403 1 008'), twoRows, rowFields, '197004121994031008')).toEqual([]);
  });

  it('leaves a whole letter whose people are all read unflagged (signer block, signatory)', () => {
    const letter = [
      'DINAS KESEHATAN KABUPATEN OGAN ILIR',
      'Nomor : 800/412/DINKES/2026',
      'Hal : Perubahan Data Akun PPK',
      'Indralaya, 4 Mei 2026',
      '',
      'Yang bertanda tangan di bawah ini:',
      'Nama : dr. Rusli Hamdan, M.Kes.',
      'NIP : 19720309 200012 1 003',
      'Jabatan : Kepala Dinas Kesehatan',
      '',
      'mohon perubahan data akun PPK sebagai berikut:',
      'Nama : Ayu Lestari, S.E.',
      'NIP : 19890414 201503 2 007',
      'Jabatan : Kepala Subbagian Keuangan',
      'Email : ayulestari.dinkes@gmail.com',
      '',
      'Kepala Dinas Kesehatan,',
      '',
      'dr. Rusli Hamdan, M.Kes.',
      'NIP. 19720309 200012 1 003',
    ].join('\n');
    const parsed = parseLetter(letter);
    expect(parsed.people.map((p) => p.name)).toEqual(['Ayu Lestari, S.E.']);
    expect(parsed.problems.filter((p) => p.field === 'people' || /^people\[\d+\]$/.test(p.field))).toEqual([]);
  });
});
