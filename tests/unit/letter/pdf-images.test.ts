import { describe, expect, it } from 'vitest';
import { pdfJpegImages } from '../../../lib/documents/pdf-images';
import { imagePdf } from '../../../scripts/scans/render';

/** A tiny JPEG-shaped stream: SOI, SOF0 (width `w` × 4, 1 component), EOI. */
const jpeg = (w: number) => Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x04, 0x00, w, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);

describe('page images of a scanner PDF', () => {
  it('takes each page’s JPEG out as it is, in page order', () => {
    const got = pdfJpegImages(new Uint8Array(imagePdf([jpeg(8), jpeg(9)])));
    expect(got.map((b) => Buffer.from(b).toString('hex'))).toEqual([jpeg(8).toString('hex'), jpeg(9).toString('hex')]);
  });

  it('finds nothing in a PDF without JPEG images', () => {
    expect(pdfJpegImages(new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n'))).toEqual([]);
  });
});
