import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractText, type Extracted } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter/parse';
import { parseExtracted } from '../../../lib/letter/scan-evidence';
import type { ParsedLetter } from '../../../lib/letter/schema';
import { imagePdf, renderPdfScan, renderScan, styleFor } from '../../../scripts/scans/render';
import { nodeOcr } from '../../../scripts/cli/ocr-node';
import type { CorpusLetter, FreshLetter } from './corpus';

/**
 * A corpus letter as it arrives scanned: typeset, rotated 1–3°, noisy, JPEG (every third one a phone
 * photo); `pdf` wraps the pages in an image-only PDF. Deterministic per seed.
 */
export function scanOf(c: CorpusLetter, seed: number, as: 'jpg' | 'pdf'): { name: string; bytes: Buffer } {
  const pages = renderScan(c.text, styleFor(seed), seed);
  if (as === 'jpg') return { name: `${c.name}.jpg`, bytes: pages[0] };
  return { name: `${c.name}.pdf`, bytes: imagePdf(pages) };
}

/**
 * The printed page a fresh letter is scanned from: a PDF letter's own file; a Word letter's PDF as
 * LibreOffice prints it (print/NN-name.pdf beside it, made by the fresh set's make-files.ts).
 */
export function printedPdfOf(l: FreshLetter): string {
  if (l.format === 'docx') {
    const printed = join(dirname(l.file), 'print', `${l.name}.pdf`);
    if (!existsSync(printed)) throw new Error(`no printed page for ${l.name}: run tests/fixtures/letters-fresh/make-files.ts`);
    return printed;
  }
  if (l.format === 'txt') throw new Error(`${l.name} is a text letter: scan its text with renderScan`);
  return l.file;
}

/**
 * A fresh letter of any format as it arrives scanned (see scanOf): a text letter typeset, a Word or
 * PDF letter printed from its PDF; one JPEG page, or an image-only PDF when `as` is pdf or the
 * letter runs over one page.
 */
export async function scanOfFile(l: FreshLetter, seed: number, as: 'jpg' | 'pdf'): Promise<{ name: string; bytes: Buffer; pages: number }> {
  const style = styleFor(seed);
  const pages = l.format === 'txt' ? renderScan(l.text, style, seed) : await renderPdfScan(readFileSync(printedPdfOf(l)), style, seed);
  if (as === 'jpg' && pages.length === 1) return { name: `${l.name}.jpg`, bytes: pages[0], pages: 1 };
  return { name: `${l.name}.pdf`, bytes: imagePdf(pages), pages: pages.length };
}

/** OCR then parse, as the CLI does. */
export async function readScan(file: { name: string; bytes: Buffer }): Promise<{ extracted: Extracted; parsed: ParsedLetter | null; seconds: number }> {
  const t = performance.now();
  const extracted = await extractText(
    { name: file.name, arrayBuffer: async () => file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer },
    {},
    { ocr: nodeOcr() },
  );
  const seconds = (performance.now() - t) / 1000;
  return { extracted, parsed: 'error' in extracted ? null : parseExtracted(extracted, parseLetter), seconds };
}
