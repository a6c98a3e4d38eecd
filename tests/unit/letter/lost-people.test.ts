import { describe, expect, it } from 'vitest';
import { honorificItems, lostPeople, numberedRows, otherRowEmails, saidCount, staffNumbers } from '../../../lib/letter/lost-people';
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
const lostFlags = (text: string) => parseLetter(text).problems.filter((p) => p.field === 'people' || /^people\[\d+\]$/.test(p.field));
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

  it('counts a numbered table row with an e-mail or mobile number as a person: one no person was read from is flagged', () => {
    const rows = ['No\tNama\tJabatan\tHP\tEmail', '1\tSiti Rahmah\tKaur Logistik\t0812 7100 1122\tsiti@gmail.com', '2\tYoga Prasetyo\tStaf\t0853 6601 3344\tyoga@gmail.com', '3\tDedi Kurniawan\tStaf\t0813 2200 5566\tdedi@gmail.com'];
    const table = toLines(rows.join('\n'));
    expect(numberedRows(table).map((r) => [r.value, r.line.n])).toEqual([['no. 1', 2], ['no. 2', 3], ['no. 3', 4]]);
    // Read: rows 1 and 3 (row 2 lost), so the person read from row 3 sits one place too high.
    const problems = lostPeople(table, twoRows, { 'people[0].name': ev(2), 'people[1].name': ev(4) }, null);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['people', 3], ['people[1]', 4]]);
    expect(problems[0].message).toMatch(/baris tabel no\. 2 di baris 3 tidak masuk ke pegawai mana pun/);
  });

  it('flags a count the letter says in figures and words above the people read, and only then', () => {
    const said = toLines('Bersama ini kami usulkan 3 (tiga) orang pegawai sebagai Pokja Pemilihan:');
    expect(saidCount(said)).toMatchObject({ count: 3 });
    expect(lostPeople(said, twoRows, rowFields, null)).toEqual([
      expect.objectContaining({ field: 'people', line: 1, message: 'Jumlah orang yang disebut surat (3) tidak sama dengan yang terbaca (2) — periksa apakah ada pegawai yang terlewat' }),
    ]);
    expect(lostPeople(toLines('kami usulkan 2 (dua) orang pegawai berikut:'), twoRows, rowFields, null)).toEqual([]);
    // Figure and word disagreeing ("3 (dua)") say no count.
    expect(saidCount(toLines('sebanyak 3 (dua) orang'))).toBeNull();
  });

  it('flags an e-mail holding another person’s name and none of its own person’s', () => {
    const shifted = [person('Siti Rahmah, S.E.', 'yogaprasetyo@gmail.com'), person('Yoga Prasetyo', 'ppk.logistik@gmail.com')];
    expect(otherRowEmails(shifted, rowFields)).toEqual([
      expect.objectContaining({ field: 'people[0].email', line: 4, message: expect.stringMatching(/^Email memuat nama pegawai lain \(Yoga Prasetyo\)/) }),
    ]);
    // Own name in the address (also beside a shared surname), or nobody's: nothing.
    expect(otherRowEmails(twoRows, rowFields)).toEqual([]);
    expect(otherRowEmails([person('Andi Siregar', 'asiregar@gmail.com'), person('Budi Siregar', 'budi.s@gmail.com')], {})).toEqual([]);
  });

  it('leaves a countersignature’s and a second signer’s NIP alone (two signers stacked under the letter)', () => {
    const letter = [
      'BAGIAN PENGADAAN BARANG DAN JASA SETDA KABUPATEN PINRANG',
      'Nomor : 027/88/PBJ/2026',
      'Hal : Permohonan Akun Pokja Pemilihan',
      'Pinrang, 3 Juni 2026',
      '',
      'Mohon dibuatkan akun SPSE Pokja Pemilihan untuk:',
      'Nama : Rahmat Hidayat, S.T.',
      'NIP : 19900211 201503 1 002',
      'Jabatan : Pengelola Pengadaan Barang/Jasa Ahli Pertama',
      'Email : rahmat.pbj@pinrangkab.go.id',
      'Demikian permohonan ini kami sampaikan.',
      '',
      'Mengetahui,',
      'Asisten Perekonomian dan Pembangunan,',
      'Ir. H. ANDI MAPPASESSU, M.Si.',
      'NIP 19680101 199503 1 004',
      'Pemohon,',
      'Kepala Bagian Pengadaan Barang dan Jasa',
      'NURDIN LATIF, S.Sos.',
      'NIP 19750202 199803 1 010',
    ].join('\n');
    expect(parseLetter(letter).people.map((p) => p.name)).toEqual(['Rahmat Hidayat, S.T.']);
    expect(lostFlags(letter)).toEqual([]);
  });

  it('counts a list item opening with a form of address as a person: one no person was read from is flagged', () => {
    const list = toLines(['mohon dibuatkan akun SPSE bagi:', '1. Sdri. Siti Rahmah, S.E., Kaur Logistik;', '2. Bapak Yoga Prasetyo, Staf;', '3. Sdr. Dedi Kurniawan, Staf.'].join('\n'));
    expect(honorificItems(list).map((r) => r.line.n)).toEqual([2, 3, 4]);
    // "Kepada Yth. Bapak Kepala …" and a sentence are no list item.
    expect(honorificItems(toLines('Kepada Yth. Bapak Kepala Dinas\nSdr. Budi Santoso telah pindah.'))).toEqual([]);
    const problems = lostPeople(list, twoRows, { 'people[0].name': ev(2), 'people[1].name': ev(3) }, null);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['people', 4]]);
  });
});
