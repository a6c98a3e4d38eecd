export { extractText, decodeText, ACCEPTED_EXTENSIONS, SCANNED_PDF_MESSAGE, type Extracted, type FileLike, type PdfPageReader } from './read';
export { EXTRACT_LIMITS, MAX_TEXT_CHARS, type ExtractLimits } from './limits';
export { pdfItemsToText } from './pdf-layout';
export { docxHtmlToText, wordPartToText } from './word';
