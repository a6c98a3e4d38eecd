import type { TessLine } from '../../../lib/documents/ocr-layout';

/** A recognised line for the scan-layout tests: words [x0, x1, text, confidence] on a baseline at y. */
export function line(y: number, words: [number, number, string, number?][], rowHeight = 28): TessLine {
  return {
    words: words.map(([x0, x1, text, confidence = 95]) => ({ text, confidence, bbox: { x0, y0: y - 20, x1, y1: y } })),
    baseline: { x0: words[0][0], y0: y, x1: words[words.length - 1][1], y1: y },
    rowAttributes: { rowHeight },
  };
}

/** One recognised page of one paragraph holding `lines`. */
export const page = (...lines: TessLine[]) => [{ paragraphs: [{ lines }] }];
