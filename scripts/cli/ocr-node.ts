import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OcrPaths } from '../../lib/documents/ocr';

/**
 * tesseract.js in Node (CLI, tests, benches): the Indonesian trained data from the installed
 * @tesseract.js-data/ind package (LSTM, integer model), the worker and core from node_modules.
 */
export function nodeOcrPaths(): OcrPaths {
  const require = createRequire(import.meta.url);
  return { langPath: join(dirname(require.resolve('@tesseract.js-data/ind/package.json')), '4.0.0_best_int') };
}
