/**
 * Text out of scans and photos, offline: tesseract.js (LSTM engine) with the Indonesian trained data
 * shipped with Pandu — `paths` point at the worker, the WASM core and `ind.traineddata.gz` inside the
 * extension (or node_modules in Node); nothing is fetched from a CDN and nothing is cached elsewhere.
 *
 * Each page is deskewed by tesseract itself (`rotateAuto`: the skew measured from its text lines) and
 * laid out from its words' positions (ocr-layout.ts). Progress is reported per page; an AbortSignal
 * stops the worker at once. Runs only where workers may start: an extension page, the offscreen
 * document, Firefox's background page, Node — never in the SPSE page.
 */
import { joinOcrPages, ocrPageLines, type ScanInfo, type TessBlock } from './ocr-layout';
import { cleanScan, encodePgm, greyOf } from './scan-clean';
import { OcrCancelled, type OcrImage, type OcrOptions, type OcrPaths, type OcrStage } from './ocr-types';

export { OCR_CANCELLED, OcrCancelled, type OcrImage, type OcrOptions, type OcrPaths, type OcrProgress, type OcrStage, type RgbaImage } from './ocr-types';

type TessResult = { data: { blocks: TessBlock[] | null; imageGrey?: string; rotateRadians?: number } };
type TessWorker = { recognize(img: unknown, opts: object, output: object): Promise<TessResult>; terminate(): Promise<unknown> };

/** The page cleaned up for OCR (flat light, small type enlarged) as PGM bytes, or the image as it is. */
async function prepare(image: OcrImage, decode: OcrOptions['decodePixels']): Promise<unknown> {
  const rgba = decode ? await decode(image).catch(() => null) : null;
  if (!rgba) return image;
  return encodePgm(cleanScan(greyOf(rgba.data, rgba.width, rgba.height)).image);
}

/** The text of scanned pages, with each line's confidence and position (see ScanInfo). */
export async function ocrImages(images: readonly OcrImage[], paths: OcrPaths, opts: OcrOptions = {}): Promise<{ text: string; scan: ScanInfo }> {
  const { onProgress, signal } = opts;
  if (signal?.aborted) throw new OcrCancelled();
  const pages = images.length;
  let page = 0;
  const report = (stage: OcrStage, progress: number) => onProgress?.({ stage, page: Math.max(1, page), pages, progress });
  report('load', 0);
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = (await createWorker('ind', OEM.LSTM_ONLY, {
    ...paths,
    gzip: true,
    cacheMethod: 'none',
    workerBlobURL: false,
    logger: (m: { status: string; progress: number }) => {
      if (m.status === 'recognizing text') report('recognize', m.progress);
    },
  })) as unknown as TessWorker;
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const laid = [];
    for (const image of images) {
      page++;
      report('recognize', 0);
      const input = await prepare(image, opts.decodePixels);
      if (signal?.aborted) throw new OcrCancelled();
      const r = await worker.recognize(input, { rotateAuto: true }, { blocks: true, text: false, imageGrey: !!opts.cropLines });
      if (signal?.aborted) throw new OcrCancelled();
      const lines = ocrPageLines(r.data.blocks ?? [], page);
      if (opts.cropLines && r.data.imageGrey) {
        const crops = await opts.cropLines(r.data.imageGrey, lines.map((l) => l.line.box));
        crops.forEach((c, k) => c && (lines[k].line.crop = c));
      }
      laid.push(lines);
      report('recognize', 1);
    }
    return joinOcrPages(laid);
  } catch (err) {
    if (signal?.aborted) throw new OcrCancelled();
    throw err;
  } finally {
    signal?.removeEventListener('abort', stop);
    if (!signal?.aborted) await worker.terminate().catch(() => undefined);
  }
}
