import { describe, expect, it } from 'vitest';
import { pdfItemsToText } from '../../../lib/documents';

/**
 * PDF layout cases met in LibreOffice exports of Word letters (tests/fixtures/letters-office):
 * items as pdf.js gives them (11 pt text, each run placed, empty end-of-line items between lines).
 */
const at = (str: string, x: number, y: number, width = str.length * 5.5) => ({ str, transform: [11, 0, 0, 11, x, y], width, height: str.trim() ? 11 : 0, hasEOL: false });
const eol = (x: number, y: number) => ({ str: '', transform: [11, 0, 0, 11, x, y], width: 0, height: 0, hasEOL: true });

describe('PDF layout of exported Word letters', () => {
  it('takes a blank run wider than half an em (a tab) as a column gap, even when the tab stop was near', () => {
    const text = pdfItemsToText([at('Nomor', 72, 645, 37), at(' ', 109, 645, 34), at(': 41/S/XVIII.PKP/02/2026', 143, 645, 133.7), at(' ', 276.7, 645, 8.1), at('Pangkalpinang, 16 Feb 2026', 284.8, 645, 155.8)]);
    expect(text).toBe('Nomor\t: 41/S/XVIII.PKP/02/2026\tPangkalpinang, 16 Feb 2026');
  });

  it('joins a table header cell wrapped onto a second line into the header', () => {
    const text = pdfItemsToText([
      at('No', 72, 453),
      at('Nama', 147, 453),
      at('NIP', 222, 453),
      at('Peran', 297, 453),
      eol(297, 440),
      at('dalam Tim', 297, 440),
      at('Email', 372, 453),
      eol(72, 427),
      at('1', 72, 427),
      at('Rina Kartika, S.E.', 147, 427, 60),
      at('199002142015032001', 222, 427, 70),
      at('Ketua Tim', 297, 427),
      at('rina@bpk.go.id', 372, 427),
    ]);
    expect(text.split('\n')).toEqual(['No\tNama\tNIP\tPeran dalam Tim\tEmail', '1\tRina Kartika, S.E.\t199002142015032001\tKetua Tim\trina@bpk.go.id']);
  });

  it('rejoins an e-mail address broken inside a narrow cell without spaces', () => {
    const text = pdfItemsToText([
      at('No', 72, 453),
      at('Nama', 147, 453),
      at('Email', 372, 453),
      at('1', 72, 440),
      at('Hendra', 147, 440),
      at('hendra.wij', 372, 440),
      eol(147, 427),
      at('Wijaya, S.E.', 147, 427),
      at('aya@bpk.g', 372, 427),
      eol(372, 414),
      at('o.id', 372, 414),
      at('2', 72, 401),
      at('Rina', 147, 401),
      at('rina.kartika', 372, 401),
      at('@bpk.go.id', 372, 388),
    ]);
    expect(text.split('\n')).toEqual(['No\tNama\tEmail', '1\tHendra Wijaya, S.E.\thendra.wijaya@bpk.go.id', '2\tRina\trina.kartika@bpk.go.id']);
  });

  it('joins a word broken where a narrow cell ran out of room, and keeps the space of an ordinary wrap', () => {
    const text = pdfItemsToText([
      at('No.', 72, 555, 18),
      at('Nama', 136, 555, 32),
      at('Keduduk', 265, 555, 47.6),
      at('an dalam', 265, 542, 51.4),
      at('Pokja', 265, 529, 29.1),
      at('Jabatan', 329, 555, 41.6),
      at('1.', 72, 516, 10.5),
      at('Teguh', 136, 516, 32.5),
      at('Sekretari', 265, 516, 49.7),
      at('Pengelola', 329, 516, 53.3),
      at('s', 265, 503, 5.7),
      at('PBJ Ahli', 329, 503, 41.5),
    ]);
    expect(text.split('\n')).toEqual(['No.\tNama\tKedudukan dalam Pokja\tJabatan', '1.\tTeguh\tSekretaris\tPengelola PBJ Ahli']);
  });

  it('indents the lines under a list item whose marker and text are one run ("1. Rahmat …" / "NIP. …")', () => {
    const text = pdfItemsToText([at('1. Rahmat Hidayat, S.Kom.', 72, 600), at('NIP. 19870707 201101 1 005', 90, 587), at('Jabatan dalam Pokja: Ketua', 90, 574), at('2. Dewi Lestari, S.E.', 72, 561), at('NIP. 19920518 201902 2 004', 90, 548)]);
    expect(text.split('\n')).toEqual([
      '1. Rahmat Hidayat, S.Kom.',
      '        NIP. 19870707 201101 1 005',
      '        Jabatan dalam Pokja: Ketua',
      '2. Dewi Lestari, S.E.',
      '        NIP. 19920518 201902 2 004',
    ]);
  });

  it('indents a line under the value of a labelled line two rows up (the row between wrapped to the margin), and a numbered line set in', () => {
    const text = pdfItemsToText([at('Anggota', 72, 600, 40), at(': 1. Doni Saputra, S.Ak., NIP 19900214 201503 1 001,', 180, 600, 250), at('doni@contoh.go.id, 0812 7444 0003', 72, 587), at('2. Evi Susanti, S.E., NIP 19920518 201902 2 004,', 191, 574, 240), at('evi@contoh.go.id, 0812 7444 0004', 191, 561)]);
    const setIn = pdfItemsToText([at('Anggota', 72, 600, 40), at(': 1. Doni Saputra,', 143, 600, 100), at('doni@contoh.go.id', 72, 587), at('2. Evi Susanti,', 192, 574, 80)]);
    expect(setIn.split('\n')[2]).toBe('        2. Evi Susanti,');
    expect(text.split('\n')).toEqual([
      'Anggota\t: 1. Doni Saputra, S.Ak., NIP 19900214 201503 1 001,',
      'doni@contoh.go.id, 0812 7444 0003',
      '        2. Evi Susanti, S.E., NIP 19920518 201902 2 004,',
      '        evi@contoh.go.id, 0812 7444 0004',
    ]);
  });

  it('joins a narrow number column heading wrapped letter by letter ("N" / "o") into the header', () => {
    const text = pdfItemsToText([
      at('N', 72, 453, 8),
      at('Nama', 90, 453),
      at('NIP', 222, 453),
      at('Jabatan', 330, 453),
      at('No. HP', 440, 453),
      at('o', 72, 440, 5.5),
      at('1', 72, 427, 5.5),
      at('Rina Kartika, S.E.', 90, 427, 100),
      at('19900214 201503 2 001', 222, 427, 100),
      at('Ketua Pokja', 330, 427),
      at('0812 7400 1001', 440, 427, 70),
      at('2', 72, 414, 5.5),
      at('Budi Santoso', 90, 414),
    ]);
    expect(text.split('\n')).toEqual(['No\tNama\tNIP\tJabatan\tNo. HP', '1\tRina Kartika, S.E.\t19900214 201503 2 001\tKetua Pokja\t0812 7400 1001', '2\tBudi Santoso']);
  });
  it('starts no column at a word one word space after the one before, even where a word below happens to start', () => {
    // Scanned words (one item each): "dalam" of "Peran dalam Tim" starts where "Teknis" does below.
    const text = pdfItemsToText([
      at('No', 72, 453, 12),
      at('Nama', 100, 453, 25),
      at('Peran', 300, 453, 28),
      at('dalam', 331, 453, 28),
      at('Tim', 362, 453, 15),
      at('Email', 420, 453, 25),
      at('1', 72, 440, 5),
      at('Hari', 100, 440, 20),
      at('Pengendali', 300, 440, 28),
      at('Teknis', 331, 440, 30),
      at('hari@bpk.go.id', 420, 440, 70),
      at('2', 72, 427, 5),
      at('Lia', 100, 427, 15),
      at('Ketua', 300, 427, 28),
      at('Tim', 331, 427, 15),
      at('lia@bpk.go.id', 420, 427, 70),
    ]);
    expect(text.split('\n')).toEqual(['No\tNama\tPeran dalam Tim\tEmail', '1\tHari\tPengendali Teknis\thari@bpk.go.id', '2\tLia\tKetua Tim\tlia@bpk.go.id']);
  });
});
