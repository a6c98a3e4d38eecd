import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { extractText } from '../../../lib/documents';

// pdf.js as it is, its getDocument counted.
const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const pdfjs = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...pdfjs,
    getDocument: (...args: Parameters<typeof pdfjs.getDocument>) => {
      opened.count++;
      return pdfjs.getDocument(...args);
    },
  };
});

describe('an image-only PDF', () => {
  it('is opened by pdf.js once: the text pass and the page images share the document', async () => {
    const bytes = readFileSync(new URL('../../fixtures/letters/files/scanned.pdf', import.meta.url));
    const pages: number[] = [];
    const r = await extractText(
      { name: 'scanned.pdf', arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
      {},
      {
        ocr: {
          paths: { langPath: '/nowhere' },
          recognise: async (images) => {
            pages.push(images.length);
            return { text: 'Nomor : 1/2026 dibaca dari gambar', scan: { lines: [], pages: images.length, confidence: 0.9 } };
          },
        },
      },
    );
    expect(r).toMatchObject({ text: 'Nomor : 1/2026 dibaca dari gambar' });
    expect(pages).toEqual([1]);
    expect(opened.count).toBe(1);
  });
});
