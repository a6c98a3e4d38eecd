import { describe, expect, it } from 'vitest';
import { pdfItemsToText } from '../../../lib/documents';

/** A table cell wrapped before a whole short word (letters-variety 14: "PPK Air Tanah" / "dan Air Baku"). */
const at = (str: string, x: number, y: number, width = str.length * 5.5) => ({ str, transform: [11, 0, 0, 11, x, y], width, height: str.trim() ? 11 : 0, hasEOL: false });

describe('PDF table cells wrapped at a word space', () => {
  it('a line that fills its cell, then one starting with a whole word ("dan", "di", "yang"), keeps the space', () => {
    const text = pdfItemsToText([
      at('No', 72, 555, 12),
      at('Nama', 100, 555, 30),
      at('Jabatan', 240, 555, 40),
      at('Email', 360, 555, 30),
      at('1', 72, 530, 6),
      at('Budi Santoso', 100, 530, 66),
      at('PPK Air Tanah', 240, 530, 72),
      at('budi@contoh.go.id', 360, 530, 90),
      at('dan Air Baku', 240, 517, 66),
      at('2', 72, 500, 6),
      at('Ani Wijaya', 100, 500, 55),
      at('Kasi Tata Usaha', 240, 500, 73),
      at('ani@contoh.go.id', 360, 500, 88),
    ]);
    expect(text.split('\n')).toContain('1\tBudi Santoso\tPPK Air Tanah dan Air Baku\tbudi@contoh.go.id');
  });
});
