import { extractText, type Extracted } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter/parse';
import { parseExtracted } from '../../../lib/letter/scan-evidence';
import type { ParsedLetter } from '../../../lib/letter/schema';
import { imagePdf, renderScan, styleFor } from '../../../scripts/scans/render';
import { nodeOcr } from '../../../scripts/cli/ocr-node';
import type { CorpusLetter } from './corpus';

/**
 * A corpus letter as it arrives scanned: typeset, rotated 1–3°, noisy, JPEG (every third one a phone
 * photo); `pdf` wraps the pages in an image-only PDF. Deterministic per seed.
 */
export function scanOf(c: CorpusLetter, seed: number, as: 'jpg' | 'pdf'): { name: string; bytes: Buffer } {
  const pages = renderScan(c.text, styleFor(seed), seed);
  if (as === 'jpg') return { name: `${c.name}.jpg`, bytes: pages[0] };
  return { name: `${c.name}.pdf`, bytes: imagePdf(pages) };
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
