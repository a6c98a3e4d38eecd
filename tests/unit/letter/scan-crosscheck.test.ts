import { describe, expect, it } from 'vitest';
import { applyScan, OCR_SURE_NAME } from '../../../lib/letter/scan-evidence';
import { nameEmailMismatch, oneLetterApart, splitRunTogether } from '../../../lib/letter/scan-crosscheck';
import { parseLetter } from '../../../lib/letter/parse';
import type { ScanInfo } from '../../../lib/documents/ocr-layout';

/** A scan of `text`, each word read with `confidence` (one word may be given another). */
const scanOf = (text: string, confidence = 0.97, word?: { text: string; confidence: number }): ScanInfo => ({
  pages: 1,
  confidence,
  lines: text.split('\n').map((t) => ({ confidence, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: w === word?.text ? word.confidence : confidence })), page: 1, box: null })),
});

const letter = (sender: string, name: string, email: string) =>
  [sender, 'Jl. Jend. Sudirman No.1 Muara Enim', 'Nomor : 170/66/Setwan/2026', 'Hal : Permohonan Akun Admin Agency', 'Muara Enim, 2 Maret 2026', '', 'Mohon dibuatkan akun untuk Sekretariat DPRD Kabupaten Muara Enim:', `Nama : ${name}`, 'NIP : 19920830 201902 1 003', 'Jabatan : Pranata Komputer', `Email : ${email}`, '', 'SEKRETARIS DPRD,'].join('\n');

describe('scan cross-checks', () => {
  it('one letter apart, and a name word its e-mail writes one letter differently', () => {
    expect(oneLetterApart('igbal', 'iqbal')).toBe(true);
    expect(oneLetterApart('rina', 'rinaa')).toBe(true);
    expect(oneLetterApart('rina', 'rina')).toBe(false);
    expect(oneLetterApart('rina', 'dina1')).toBe(false);
    expect(nameEmailMismatch('Muhammad Igbal, S.H.', 'iqbal.insp@gmail.com')).toEqual({ name: 'igbal', email: 'iqbal' });
    expect(nameEmailMismatch('Muhammad Iqbal, S.H.', 'iqbal.insp@gmail.com')).toBeNull();
    expect(nameEmailMismatch('Rina Kartika', 'rina.kartini@gmail.com')).toBeNull();
  });

  it('a name whose words its e-mail writes run together with one letter different', () => {
    expect(nameEmailMismatch('BAIO ROHMANIA ULFA, S.IP., M.AP', 'baigrohmaniaulfa@gmail.com')).toEqual({ name: 'baiorohmaniaulfa', email: 'baigrohmaniaulfa' });
    expect(nameEmailMismatch('BAIQ ROHMANIA ULFA, S.IP., M.AP', 'baiqrohmaniaulfa@gmail.com')).toBeNull();
    expect(nameEmailMismatch('Novita Sari Malibela, S.E.', 'novitamalibela88@yahoo.com')).toBeNull();
    expect(nameEmailMismatch('Novita Sari Malibela, S.E.', 'novitamalibelo88@yahoo.com')).toEqual({ name: 'novitamalibela', email: 'novitamalibelo' });
    expect(nameEmailMismatch('Sartika Dewi Mokodompit', 'sartikamokodompit@gmail.com')).toBeNull();
  });

  it('splits a word that is two of the letter’s words run together, and flags it repaired', () => {
    const text = letter('SEKRETARIATDPRD', 'Muhammad Iqbal, S.H.', 'iqbal.insp@gmail.com');
    expect(splitRunTogether('SEKRETARIATDPRD', text)).toBe('SEKRETARIAT DPRD');
    expect(splitRunTogether('SEKRETARIAT DPRD', text)).toBeNull();
    const r = applyScan(parseLetter(text), scanOf(text), text);
    expect(r.letter.sender).toBe('SEKRETARIAT DPRD');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'letter.sender', message: expect.stringMatching(/diperbaiki dari hasil pindai — periksa \(tertulis "SEKRETARIATDPRD"\)/) }));
  });

  it('flags a name and e-mail one letter apart, and a name read below the higher bar names need', () => {
    const text = letter('SEKRETARIAT DPRD', 'Muhammad Igbal, S.H.', 'iqbal.insp@gmail.com');
    const r = applyScan(parseLetter(text), scanOf(text), text);
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].name', message: expect.stringMatching(/berbeda satu huruf \("igbal" \/ "iqbal"\)/) }));
    const same = letter('SEKRETARIAT DPRD', 'Muhammad Igbal, S.H.', 'igbal.insp@gmail.com');
    const sure = applyScan(parseLetter(same), scanOf(same), same);
    expect(sure.problems.filter((p) => p.field === 'people[0].name')).toEqual([]);
    const unsure = applyScan(parseLetter(same), scanOf(same, 0.97, { text: 'Igbal,', confidence: OCR_SURE_NAME - 0.01 }), same);
    expect(unsure.problems).toContainEqual(expect.objectContaining({ field: 'people[0].name', message: expect.stringMatching(/kurang jelas \(keyakinan 92 %\)/) }));
  });
});
