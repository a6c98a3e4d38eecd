/**
 * Letter files that need OCR (photos, scans, image-only PDFs), read in the extension: by the
 * offscreen document in Chrome (an MV3 service worker cannot start the recogniser's Worker) and by
 * the background page in Firefox. Never in the SPSE page: the panel sends the bytes and polls the
 * job's progress; "Batal" aborts it.
 *
 * tesseract.js, its WASM core and the Indonesian trained data are files of the extension (copied
 * from node_modules at build time, see wxt.config.ts): nothing is fetched at run time.
 */
import { extractText, type Extracted, type FileLike } from '../documents';
import { ocrImages, type OcrImage, type OcrPaths, type OcrProgress, type RgbaImage } from '../documents/ocr';
import { base64ToBytes, bytesToBase64 } from './bytes';

/** Where the build puts the OCR files inside the extension. */
export const OCR_DIR = 'ocr';
export const OCR_FILES = {
  worker: 'worker.min.js',
  /** The SIMD build of the LSTM-only core (every browser Pandu supports has WASM SIMD). */
  core: 'tesseract-core-simd-lstm.wasm.js',
  lang: 'ind.traineddata.gz',
} as const;

export function extensionOcrPaths(getURL: (path: string) => string): OcrPaths {
  return {
    workerPath: getURL(`/${OCR_DIR}/${OCR_FILES.worker}`),
    corePath: getURL(`/${OCR_DIR}/${OCR_FILES.core}`),
    langPath: getURL(`/${OCR_DIR}`).replace(/\/$/, ''),
  };
}

const jobs = new Map<string, AbortController>();

/** Stops a running job; its extract answers with the cancelled message. */
export function cancelJob(job: string): boolean {
  const controller = jobs.get(job);
  if (!controller) return false;
  controller.abort();
  return true;
}

/**
 * Cuts each line out of a page image (a data URL or base64 PNG) as a small JPEG data URL, at half
 * size. createImageBitmap + OffscreenCanvas: an <img>'s decode() never settles in Chrome's hidden
 * offscreen document.
 */
export async function cropLinesOffscreen(pageImage: string, boxes: ({ x: number; y: number; width: number; height: number } | null)[]): Promise<(string | undefined)[]> {
  const b64 = pageImage.replace(/^data:[^,]*,/, '');
  const png = base64ToBytes(b64);
  const bitmap = await createImageBitmap(new Blob([png as BlobPart], { type: 'image/png' }));
  const crops = await Promise.all(
    boxes.map(async (b) => {
      if (!b || b.width < 4 || b.height < 4) return undefined;
      const pad = 6;
      const [x, y, w, h] = [Math.max(0, b.x - pad), Math.max(0, b.y - pad), b.width + 2 * pad, b.height + 2 * pad];
      const canvas = new OffscreenCanvas(Math.ceil(w / 2), Math.ceil(h / 2));
      const ctx = canvas.getContext('2d');
      if (!ctx) return undefined;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, x, y, w, h, 0, 0, canvas.width, canvas.height);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
      return `data:image/jpeg;base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
    }),
  );
  bitmap.close();
  return crops;
}

/**
 * A page image (a Blob of JPEG/PNG bytes, or a canvas pdf.js drew) as RGBA pixels for the clean-up
 * before OCR; null when this context cannot draw (the page then goes to tesseract as it is).
 */
export async function decodePixelsOffscreen(image: OcrImage): Promise<RgbaImage | null> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return null;
  const drawn = image as { getContext?: (t: '2d') => CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null; width: number; height: number };
  if (typeof drawn.getContext === 'function') {
    const data = drawn.getContext('2d')?.getImageData(0, 0, drawn.width, drawn.height);
    return data ? { width: data.width, height: data.height, data: data.data } : null;
  }
  if (!(image instanceof Blob)) return null;
  const bitmap = await createImageBitmap(image);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: data.width, height: data.height, data: data.data };
  } finally {
    bitmap.close();
  }
}

/** Crops, or none when cutting them fails or takes more than 30 s (the line's text is shown anyway). */
async function cropLinesSafely(pageImage: string, boxes: Parameters<typeof cropLinesOffscreen>[1]): Promise<(string | undefined)[]> {
  const none = boxes.map(() => undefined);
  const late = new Promise<(string | undefined)[]>((resolve) => setTimeout(() => resolve(none), 30_000));
  return Promise.race([cropLinesOffscreen(pageImage, boxes).catch(() => none), late]);
}

/**
 * Reads `file` with OCR available; `onProgress` sees every report. The job can be stopped with
 * cancelJob while it runs.
 */
export async function runExtractJob(job: string, file: FileLike, paths: OcrPaths, onProgress?: (p: OcrProgress) => void): Promise<Extracted> {
  const controller = new AbortController();
  jobs.set(job, controller);
  try {
    return await extractText(file, {}, {
      ocr: {
        paths,
        recognise: ocrImages,
        signal: controller.signal,
        decodePixels: decodePixelsOffscreen,
        onProgress,
        cropLines: typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap !== 'undefined' ? cropLinesSafely : undefined,
      },
    });
  } finally {
    jobs.delete(job);
  }
}

/**
 * A letter file handed over as bytes (the background page in Firefox, the offscreen document in
 * Chrome), read with the extension's own OCR files.
 */
export function runExtractBytes(
  job: string,
  file: { name: string; mime?: string; bytes: () => Uint8Array },
  getURL: (path: string) => string,
  onProgress?: (p: OcrProgress) => void,
): Promise<Extracted> {
  const like: FileLike = { name: file.name, type: file.mime, arrayBuffer: async () => file.bytes().buffer as ArrayBuffer };
  return runExtractJob(job, like, extensionOcrPaths(getURL), onProgress);
}
