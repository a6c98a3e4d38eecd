/**
 * The OCR reader's types and its cancel error, without the reader: read.ts and the Chrome
 * background import these, and must not pull tesseract.js in (it loads only where OCR runs:
 * the offscreen document in Chrome, Firefox's background page, Node).
 */
import type { ScanInfo } from './ocr-layout';

/** Where tesseract.js finds its files; omitted entries use the package's Node defaults. */
export type OcrPaths = { workerPath?: string; corePath?: string; langPath: string };

export type OcrStage = 'load' | 'render' | 'recognize';
/** `page` of `pages` (1-based); `progress` 0–1 within the stage. */
export type OcrProgress = { stage: OcrStage; page: number; pages: number; progress: number };

/** One page image as tesseract.js takes it (Buffer in Node; Blob, canvas or ImageData in a browser). */
export type OcrImage = unknown;
export type RgbaImage = { width: number; height: number; data: Uint8Array | Uint8ClampedArray };

export type OcrOptions = {
  onProgress?: (p: OcrProgress) => void;
  signal?: AbortSignal;
  /**
   * Decodes a page image to RGBA pixels (a canvas in a browser, @napi-rs/canvas in Node) so it is
   * cleaned up (scan-clean.ts) before recognition; without it, or when it answers null, the image
   * goes to tesseract as it is.
   */
  decodePixels?: (image: OcrImage) => Promise<RgbaImage | null>;
  /** Cut each line out of the deskewed page (a PNG data URL per line) for the review. */
  cropLines?: (pageImage: string, boxes: ({ x: number; y: number; width: number; height: number } | null)[]) => Promise<(string | undefined)[]>;
};

/** The recogniser (ocr.ts `ocrImages`), handed in by the context that runs OCR. */
export type OcrRecogniser = (images: readonly OcrImage[], paths: OcrPaths, opts?: OcrOptions) => Promise<{ text: string; scan: ScanInfo }>;

export const OCR_CANCELLED = 'Pembacaan hasil pindai dibatalkan.';
export class OcrCancelled extends Error {
  constructor() {
    super(OCR_CANCELLED);
  }
}
