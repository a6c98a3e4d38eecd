import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { A4_200DPI, jpegSize, renderPdfScan, styleFor } from '../../../scripts/scans/render';
import { freshDir, loadLetterFiles, type FreshLetter } from './corpus';
import { printedPdfOf, scanOfFile } from './scans';

const fresh = loadLetterFiles(freshDir);
const first = (format: FreshLetter['format']) => fresh.find((l) => l.format === format)!;

describe('scans of the fresh set', () => {
  it('scans a Word letter from its LibreOffice print and a PDF letter from its own pages', () => {
    const docx = first('docx');
    expect(printedPdfOf(docx)).toBe(join(freshDir, 'print', `${docx.name}.pdf`));
    expect(readFileSync(printedPdfOf(docx)).subarray(0, 5).toString()).toBe('%PDF-');
    for (const format of ['pdf-libreoffice', 'pdf-other'] as const) expect(printedPdfOf(first(format))).toBe(first(format).file);
    expect(() => printedPdfOf(first('txt'))).toThrow(/text letter/);
    expect(() => printedPdfOf({ ...docx, name: '99-missing' })).toThrow(/no printed page/);
  });

  it('prints a text PDF onto an A4 page at 200 dpi, the same bytes for the same seed', async () => {
    const pdf = readFileSync('tests/fixtures/letters/files/letter.pdf');
    const [a] = await renderPdfScan(pdf, styleFor(3), 3);
    const [b] = await renderPdfScan(pdf, styleFor(3), 3);
    const [c] = await renderPdfScan(pdf, styleFor(4), 4);
    expect(jpegSize(a)).toMatchObject({ width: A4_200DPI.width, height: A4_200DPI.height });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  }, 60_000);

  it('wraps a scanned letter file in an image-only PDF when asked, else one JPEG', async () => {
    const l = first('pdf-other');
    const asPdf = await scanOfFile(l, 7, 'pdf');
    expect(asPdf.name).toBe(`${l.name}.pdf`);
    expect(asPdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(asPdf.bytes.includes('/Subtype /Image')).toBe(true);
    const asJpg = await scanOfFile(first('txt'), 7, 'jpg');
    expect(asJpg).toMatchObject({ name: `${first('txt').name}.jpg`, pages: 1 });
    expect(jpegSize(asJpg.bytes).width).toBe(A4_200DPI.width);
  }, 60_000);
});
