/** Bounds on every document read, and the error a reader throws when one is reached. */

/** Longest text Pandu reads from one document (characters; ~200 KB — a letter is a few pages). */
export const MAX_TEXT_CHARS = 200_000;

export const EXTRACT_LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 20_000_000,
  /** Bytes a .docx inflates to, all entries together. */
  docxInflatedBytes: 30_000_000,
  /** Pages of a PDF (a request letter has a few; its attachments belong elsewhere). */
  pdfPages: 50,
  /** Characters of the extracted text (the letter cap). */
  chars: MAX_TEXT_CHARS,
  /** Wall time of one extraction, in milliseconds. */
  ms: 15_000,
  /** Pages of a scan read by OCR (a scanned letter has a few; each takes seconds). */
  ocrPages: 5,
  /** Wall time of one extraction that needs OCR (a loaded 2-core machine may take 10 s a page). */
  ocrMs: 120_000,
};
export type ExtractLimits = typeof EXTRACT_LIMITS;

/** A limit was reached: the message is Indonesian and returned as it is. */
export class LimitError extends Error {}

export const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
