import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAssignment } from '../../../lib/letter/assignment';
import { parseLetter } from '../../../lib/letter/parse';
import { parsedLetterSchema, letterSummarySchema } from '../../../lib/letter/schema';

const letter = (name: string) => readFileSync(`tests/fixtures/letters/${name}.txt`, 'utf8');

describe('surat tugas in auditor letters (issue 15 item 5)', () => {
  it('reads the number and date of the surat tugas the letter refers to', () => {
    expect(findAssignment(letter('01-inspektorat-kv'))).toEqual({ number: '700/031/ST/INSP/2026', date: '2026-02-02' });
    expect(findAssignment(letter('02-bpk-pipe'))).toEqual({ number: '12/ST/XVIII.PKP/01/2026', date: null });
    expect(findAssignment(letter('28-bpkp-prose-multi'))).toEqual({ number: 'ST-311/PW29/5/2026', date: null });
  });

  it('a surat tugas mentioned without its number gives nothing; a letter without one neither', () => {
    expect(findAssignment(letter('05-prose-auditor'))).toBeNull();
    expect(findAssignment(letter('03-dpupr-ppk-tab'))).toBeNull();
  });

  it('reads numbers and dates in the other ways letters write them', () => {
    expect(findAssignment('berdasarkan Surat Tugas No. 094/15/ST/2026 tgl. 03-03-2026 kami mohon')).toEqual({ number: '094/15/ST/2026', date: '2026-03-03' });
    expect(findAssignment('Surat Tugas Inspektur Daerah\nNomor : 700/12/ITDA/2026\nTanggal : 5 Maret 2026\n')).toEqual({ number: '700/12/ITDA/2026', date: '2026-03-05' });
    expect(findAssignment('sesuai surat tugas nomor: ST-01/IR/2026 tanggal 10 Januari 2026.')).toEqual({ number: 'ST-01/IR/2026', date: '2026-01-10' });
  });

  it('a letter that IS the surat tugas: its own number and date', () => {
    const text = 'INSPEKTORAT DAERAH\n\nSURAT TUGAS\nNomor : 094/77/ST/ITDA/2026\n\nMenugaskan kepada:\n1. Nama : Budi\n\nDitetapkan di Tanjungpandan\npada tanggal 4 Maret 2026\n';
    expect(findAssignment(text, { number: '094/77/ST/ITDA/2026', date: '2026-03-04' })).toEqual({ number: '094/77/ST/ITDA/2026', date: '2026-03-04' });
  });

  it('the parser adds it beside the unchanged output shape', () => {
    const parsed = parseLetter(letter('01-inspektorat-kv'));
    expect(parsed.assignment).toEqual({ number: '700/031/ST/INSP/2026', date: '2026-02-02' });
    expect(parsedLetterSchema.safeParse(parsed).success).toBe(true);
    // The CLI summary keeps its shape (no new keys).
    expect(Object.keys(letterSummarySchema.shape)).toEqual(['letter', 'people']);
    expect(Object.keys(parsed.letter).sort()).toEqual(['date', 'number', 'place', 'role', 'sender', 'subject']);
  });
});
