import { describe, expect, it } from 'vitest';
import { applyScan } from '../../../lib/letter/scan-evidence';
import { moreCellsThanHeader, phoneCutShort, SHAPE_NOTES } from '../../../lib/letter/scan-shape';
import { parseLetter } from '../../../lib/letter/parse';
import type { ScanInfo } from '../../../lib/documents/ocr-layout';

/** A scan of `text` whose every word was read surely. */
const scanOf = (text: string): ScanInfo => ({
  pages: 1,
  confidence: 0.97,
  lines: text.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null })),
});

const HEAD = ['DINAS PERHUBUNGAN', 'Nomor : 551/88/Dishub/2026', 'Hal : Reset Password Akun PPK', 'Palembang, 3 Maret 2026', '', 'Mohon reset password akun berikut:', ''];

describe('scan shapes read surely but wrong', () => {
  it('a table row with more cells than its header: its values are flagged (a cell split at a wide gap shifts the rest)', () => {
    const rows = [
      'Nama\tNIP\tJabatan\tEmail',
      'Syahrial, S.T.\t19790117 200501 1 008\tPPK Bidang Lalu Lintas Jalan\tsyahrial.dishub@gmail.com',
      'Hendri Gunawan,\tS.E.\t19860930 201101 1 004\tPPK Sekretariat\thendri.gunawan@sumselprov.go.id',
    ];
    expect(moreCellsThanHeader(rows, 1)).toBe(false);
    expect(moreCellsThanHeader(rows, 2)).toBe(true);
    expect(moreCellsThanHeader(['| No | Nama | NIP |', '| 1. | Rina | | 19900214 201503 2 001'], 1)).toBe(true);
    expect(moreCellsThanHeader(['| No | Nama | NIP |', '| 1. | Rina | 19900214 201503 2 001 |'], 1)).toBe(false);
    const text = [...HEAD, ...rows, '', 'Kepala Dinas,'].join('\n');
    const r = applyScan(parseLetter(text), scanOf(text), text);
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[1].name', message: SHAPE_NOTES.moreCells }));
    expect(r.problems.some((p) => p.field.startsWith('people[0].') && p.message === SHAPE_NOTES.moreCells)).toBe(false);
  });

  it('a mobile number whose last group is cut short is flagged', () => {
    expect(phoneCutShort('2\tAyu Lestari\tayu@gmail.com\t0857-6767-3', '+6285767673')).toBe(true);
    expect(phoneCutShort('HP : 0857-6767-3434', '+6285767673434')).toBe(false);
    expect(phoneCutShort('HP : 0812 7990 112', '+628127990112')).toBe(false);
    const text = [...HEAD, 'Nama : Ayu Lestari, A.Md.Kom.', 'NIP : 19980706 202203 2 010', 'Email : ayu.lestari98@gmail.com', 'HP : 0857-6767-3', '', 'Kepala Dinas,'].join('\n');
    const r = applyScan(parseLetter(text), scanOf(text), text);
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].phone', message: SHAPE_NOTES.phoneCut }));
  });

  it('a person whose name was not read is flagged as a whole', () => {
    const text = [...HEAD, 'NIP : 19980706 202203 2 010', 'Jabatan : Pranata Komputer Terampil', 'Email : ayu.lestari98@gmail.com', '', 'Kepala Dinas,'].join('\n');
    const read = parseLetter(text);
    expect(read.people[0]?.name ?? null).toBeNull();
    const r = applyScan(read, scanOf(text), text);
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0]', message: SHAPE_NOTES.incomplete }));
  });
});
