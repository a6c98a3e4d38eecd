import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ocrImages, type OcrImage, type OcrPaths, type RgbaImage } from '../../lib/documents/ocr';

/**
 * tesseract.js in Node (CLI, tests, benches): the Indonesian trained data from the installed
 * @tesseract.js-data/ind package (LSTM, integer model), the worker and core from node_modules.
 */
export function nodeOcrPaths(): OcrPaths {
  const require = createRequire(import.meta.url);
  return { langPath: join(dirname(require.resolve('@tesseract.js-data/ind/package.json')), '4.0.0_best_int') };
}

/** A page image (JPEG/PNG bytes) as RGBA pixels, for the clean-up before OCR. */
export async function nodeDecodePixels(image: OcrImage): Promise<RgbaImage | null> {
  if (!(image instanceof Uint8Array)) return null;
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const img = await loadImage(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
  return { data, width, height };
}

/** OCR in Node: the shipped data and the clean-up before recognition. */
export function nodeOcr(): { paths: OcrPaths; recognise: typeof ocrImages; decodePixels: typeof nodeDecodePixels } {
  return { paths: nodeOcrPaths(), recognise: ocrImages, decodePixels: nodeDecodePixels };
}
