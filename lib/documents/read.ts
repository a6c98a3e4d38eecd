/**
 * Text out of a dropped or picked document (a request letter, an SOP): .txt (UTF-8, UTF-16 with BOM,
 * Windows-1252 fallback), .docx (word.ts: body, page headers and footers, layout tables) and text PDFs
 * (pdf.js, laid out by pdf-layout.ts). Runs in the browser and in Node (CLI, tests).
 * Libraries are loaded on demand, so pasting text never pays for them.
 *
 * Every file is bounded (EXTRACT_LIMITS): its size, a .docx's inflated size (checked from the
 * zip's declared sizes and a counting inflate before mammoth runs), a PDF's pages, the text's
 * characters and the wall time; each limit has its own Indonesian message.
 */
import { pdfItemsToText } from './pdf-layout';
import { joinRowsAcrossPages } from './pdf-page-rows';
import { pdfJpegImages } from './pdf-images';
import { docxText } from './word';
import { LimitError, mb, type ExtractLimits } from './limits';
import type { ScanInfo } from './ocr-layout';
import { OcrCancelled, type OcrImage, type OcrOptions, type OcrPaths, type OcrRecogniser } from './ocr-types';

export type FileLike = { name: string; type?: string; arrayBuffer(): Promise<ArrayBuffer> };
/** The text of a document; `scan` when it was read by OCR (each line's confidence and place). */
export type Extracted = { text: string; scan?: ScanInfo } | { error: string };
/**
 * OCR for images and image-only PDFs: the recogniser (ocr.ts, handed in by the context that runs
 * OCR, so this module never loads tesseract.js), where its files are, progress, cancel, line crops.
 */
export type OcrSetup = OcrOptions & { paths: OcrPaths; recognise: OcrRecogniser };

export { EXTRACT_LIMITS, type ExtractLimits } from './limits';
import { EXTRACT_LIMITS } from './limits';

const num = (n: number) => n.toLocaleString('id-ID');

export const SCANNED_PDF_MESSAGE =
  'PDF ini hasil pindaian (gambar) tanpa teks. Salin teks surat secara manual atau gunakan PDF dengan teks.';
/** A photo or scan where no OCR is set up (the SOP drafter): the text must come another way. */
export const IMAGE_MESSAGE = (name: string) =>
  `Berkas ${name} berupa gambar (foto atau pindaian). Bagian ini belum dapat membaca teks dari gambar: tempel teksnya, atau gunakan .docx atau PDF berteks.`;
export const ACCEPTED_EXTENSIONS = ['.txt', '.docx', '.pdf', '.jpg', '.jpeg', '.png'] as const;
/** Scans are drawn at 200 dpi for OCR (PDF user space is 72 dpi). */
const SCAN_SCALE = 200 / 72;

type Kind = 'txt' | 'docx' | 'pdf' | 'doc' | 'image' | null;

function kindOf(file: FileLike): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc') return 'doc';
  if (ext === 'jpg' || ext === 'jpeg' || ext === 'png') return 'image';
  const type = file.type ?? '';
  if (type.startsWith('text/')) return 'txt';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return null;
}

// Windows-1252 bytes 0x80–0x9F (some decoders give C1 controls for them instead).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** UTF-8 when the bytes are valid UTF-8, UTF-16 when a BOM says so, else Windows-1252. */
export function decodeText(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
}

/** How one PDF page's text items become text (the SOP drafter keeps table columns apart). */
export type PdfPageReader = (items: readonly unknown[]) => string;

/** A PDF opened by pdf.js on this thread. */
async function openPdf(buf: ArrayBuffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Run pdf.js on this thread ("fake worker") with its worker code bundled locally: no worker URL,
  // no CDN. pdf.js picks the handler up from globalThis.pdfjsWorker.
  const g = globalThis as { pdfjsWorker?: unknown };
  if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(buf.slice(0)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
}

type PdfDoc = Awaited<ReturnType<typeof openPdf>>;

async function pdfText(doc: PdfDoc, name: string, limits: ExtractLimits, deadline: number, pageText: PdfPageReader = pdfItemsToText): Promise<string> {
  if (doc.numPages > limits.pdfPages)
    throw new LimitError(`PDF ${name} punya ${num(doc.numPages)} halaman; Pandu membaca surat sampai ${num(limits.pdfPages)} halaman. Pisahkan halaman surat permohonannya, atau tempel teksnya.`);
  const pages: string[] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    if (Date.now() >= deadline) throw timeUp(name, limits);
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const text = pageText(content.items);
    chars += text.length + 2;
    if (chars > limits.chars) throw tooManyChars(name, limits);
    pages.push(text);
  }
  return joinRowsAcrossPages(pages).join('\n\n');
}

/** The pages of an image-only PDF drawn as images (Node: PNG bytes; a browser: canvases). */
async function pdfPageImages(doc: PdfDoc, buf: ArrayBuffer, name: string, limits: ExtractLimits): Promise<OcrImage[]> {
  if (doc.numPages > limits.ocrPages)
    throw new LimitError(`PDF hasil pindaian ${name} punya ${num(doc.numPages)} halaman; Pandu membaca pindaian sampai ${num(limits.ocrPages)} halaman. Pisahkan halaman surat permohonannya.`);
  // A scanner's PDF: one JPEG a page, taken as it is.
  const jpegs = pdfJpegImages(new Uint8Array(buf));
  if (jpegs.length === doc.numPages) return jpegs.map((j) => imageInput(j.buffer as ArrayBuffer, { name: 'page.jpg', type: 'image/jpeg' }));
  const images: OcrImage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: SCAN_SCALE });
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: unknown } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // intent 'print': pdf.js then draws without requestAnimationFrame, which never fires in Chrome's
    // (hidden) offscreen document.
    await page.render({ canvasContext: context as CanvasRenderingContext2D, canvas: canvas as HTMLCanvasElement, viewport, background: '#ffffff', intent: 'print' }).promise;
    const c = canvas as { toBuffer?: (mime: string) => unknown };
    images.push(typeof c.toBuffer === 'function' ? c.toBuffer('image/png') : canvas);
  }
  return images;
}

/** Scanned pages read by OCR, or an Indonesian error. */
async function scanned(images: () => Promise<OcrImage[]>, ocr: OcrSetup, deadline: number, name: string, lim: ExtractLimits): Promise<Extracted> {
  const { paths, recognise, ...opts } = ocr;
  opts.onProgress?.({ stage: 'render', page: 1, pages: 1, progress: 0 });
  const r = await withDeadline(
    images().then((pages) => recognise(pages, paths, opts)),
    deadline,
    name,
    lim,
  );
  if (r.text.replace(/\s/g, '').length < 10) return { error: `Tidak ada teks yang terbaca dari ${name}. Periksa bahwa pindaian/foto suratnya tajam dan tegak, atau tempel teks suratnya.` };
  return r;
}

function timeUp(name: string, limits: ExtractLimits): LimitError {
  return new LimitError(`Membaca berkas ${name} melewati batas waktu ${num(Math.round(limits.ms / 1000))} detik dan dihentikan. Tempel teks suratnya saja.`);
}

function tooManyChars(name: string, limits: ExtractLimits): LimitError {
  return new LimitError(`Teks dalam berkas ${name} terlalu panjang (paling banyak ${num(limits.chars)} karakter). Pisahkan bagian surat permohonannya, atau tempel teksnya.`);
}

/** An image file as tesseract.js takes it: bytes in Node, a Blob in a browser. */
function imageInput(buf: ArrayBuffer, file: { name: string; type?: string }): OcrImage {
  const g = globalThis as { Buffer?: { from(b: ArrayBuffer): unknown } };
  if (typeof Blob === 'undefined' || (g.Buffer && typeof window === 'undefined')) return g.Buffer!.from(buf);
  return new Blob([buf], { type: file.type || (/\.png$/i.test(file.name) ? 'image/png' : 'image/jpeg') });
}

/** Rejects with the time-up error when `work` does not finish before the deadline. */
function withDeadline<T>(work: Promise<T>, deadline: number, name: string, limits: ExtractLimits): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeUp(name, limits)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The text read from a file, or the error for too much or none. */
function checkedText(text: string, name: string, lim: ExtractLimits): Extracted {
  if (text.length > lim.chars) return { error: tooManyChars(name, lim).message };
  if (!text.trim()) return { error: `Berkas ${name} tidak berisi teks.` };
  return { text };
}

/**
 * A PDF's text; a PDF with no text (a scan) read by OCR from its page images. pdf.js opens the
 * document once for both.
 */
async function readPdf(buf: ArrayBuffer, name: string, lim: ExtractLimits, time: { deadline: number; ocrDeadline: number }, opts: { pdfPage?: PdfPageReader; ocr?: OcrSetup }): Promise<Extracted> {
  const doc = await withDeadline(openPdf(buf), time.deadline, name, lim);
  try {
    const text = await withDeadline(pdfText(doc, name, lim, time.deadline, opts.pdfPage), time.deadline, name, lim);
    if (text.replace(/\s/g, '').length >= 10) return checkedText(text, name, lim);
    return opts.ocr ? await scanned(() => pdfPageImages(doc, buf, name, lim), opts.ocr, time.ocrDeadline, name, lim) : { error: SCANNED_PDF_MESSAGE };
  } finally {
    await doc.destroy();
  }
}

/**
 * The text of a letter file, or an Indonesian error. `limits` overrides EXTRACT_LIMITS (tests);
 * `pdfPage` reads each PDF page's text items (default: lines, with tabs for wide gaps).
 */
export async function extractText(file: FileLike, limits: Partial<ExtractLimits> = {}, opts: { pdfPage?: PdfPageReader; ocr?: OcrSetup } = {}): Promise<Extracted> {
  const lim: ExtractLimits = { ...EXTRACT_LIMITS, ...limits };
  const start = Date.now();
  const deadline = start + lim.ms;
  const kind = kindOf(file);
  if (kind === 'image' && !opts.ocr) return { error: IMAGE_MESSAGE(file.name) };
  if (kind === 'doc') return { error: `Berkas ${file.name} berformat .doc lama. Simpan ulang sebagai .docx atau .pdf, atau tempel teks suratnya.` };
  if (!kind) return { error: `Jenis berkas ${file.name} tidak didukung. Gunakan .txt, .docx, .pdf, .jpg atau .png, atau tempel teks suratnya.` };
  try {
    const buf = await file.arrayBuffer();
    if (buf.byteLength === 0) return { error: `Berkas ${file.name} kosong.` };
    if (buf.byteLength > lim.fileBytes) return { error: `Berkas ${file.name} terlalu besar (${mb(buf.byteLength)}; paling banyak ${mb(lim.fileBytes)}). Tempel teks suratnya saja.` };
    const ocrDeadline = start + lim.ocrMs;
    if (kind === 'image' && opts.ocr) return await scanned(async () => [imageInput(buf, file)], opts.ocr, ocrDeadline, file.name, lim);
    if (kind === 'pdf') return await readPdf(buf, file.name, lim, { deadline, ocrDeadline }, opts);
    const work = kind === 'txt' ? Promise.resolve(decodeText(buf)) : docxText(buf, file.name, lim);
    return checkedText(await withDeadline(work, deadline, file.name, lim), file.name, lim);
  } catch (err) {
    if (err instanceof LimitError || err instanceof OcrCancelled) return { error: err.message };
    const why = err instanceof Error ? err.message : String(err);
    return { error: `Berkas ${file.name} tidak dapat dibaca (${why}). Periksa berkasnya atau tempel teks suratnya.` };
  }
}
