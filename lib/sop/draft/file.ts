import { extractText, SCANNED_PDF_MESSAGE, type FileLike } from '../../documents';
import { pdfPageToGridText } from './pdf-layout';

/**
 * An SOP document file → text for the drafter, through the letter readers and their limits
 * (size, pages, characters, time): .txt and .docx as they read them, text PDFs with the step
 * table's columns kept apart (pdf-layout). A scan has no text: OCR is not available yet.
 */

export const SCANNED_SOP_MESSAGE =
  'PDF ini hasil pindaian (gambar) tanpa teks. OCR belum tersedia di Pandu: tempel teks SOP-nya, atau gunakan berkas .docx atau PDF berteks.';

export type SopDocumentText = { text: string; wrapped: boolean } | { error: string };

export async function readSopDocument(file: FileLike): Promise<SopDocumentText> {
  const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
  const r = await extractText(file, {}, { pdfPage: pdfPageToGridText });
  if ('error' in r) {
    if (r.error === SCANNED_PDF_MESSAGE) return { error: SCANNED_SOP_MESSAGE };
    // The letter readers' messages speak of a letter ("surat"); here it is an SOP.
    return { error: r.error.replace(/teks suratnya/g, 'teks SOP-nya').replace(/teks surat\b/g, 'teks SOP').replace(/halaman surat permohonannya/g, 'halaman SOP-nya').replace(/bagian surat permohonannya/g, 'bagian SOP-nya') };
  }
  return { text: r.text, wrapped: isPdf };
}
