/**
 * A scan or phone photo cleaned up before OCR, in plain code on pixel arrays (no canvas, so it runs
 * the same in Node, the offscreen document and Firefox's background page — never in the SPSE page):
 *
 * 1. grey levels from RGBA;
 * 2. uneven light and grey paper flattened: the paper's brightness is estimated per cell (a high
 *    percentile, spread over text-only cells by a median filter and smoothed) and every pixel divided by
 *    it, so paper becomes white everywhere and ink keeps its contrast;
 * 3. small type enlarged: the text line height is measured from ink bands in narrow vertical strips
 *    (robust to a few degrees of skew) and the page upscaled (bilinear, which also averages noise)
 *    when lines are shorter than tesseract reads well.
 *
 * Tesseract binarises the cleaned page itself (its LSTM reads grey lines); a flat white background
 * is what its global threshold needs. The result is encoded as a binary PGM, which tesseract's
 * image reader (Leptonica) takes like a PNG.
 */

export type GreyImage = { width: number; height: number; data: Uint8Array };

/** Luminance (Rec. 601) of RGBA pixels. */
export function greyOf(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
  return { width, height, data };
}

/** Cell size (pixels) of the paper-brightness estimate. */
const CELL = 32;

/**
 * The paper's brightness under every pixel: per CELL×CELL cell the 90th percentile grey level
 * (text covers far less than 10 % of a cell's pixels on a letter, except in bold headings, which
 * the median filter repairs), then the grid's 3×3 median (a cell full of ink takes its neighbours'
 * paper; unlike a maximum it does not brighten a light gradient), a 3×3 mean (no steps between cells), bilinear between cell centres.
 */
export function paperLevels(img: GreyImage): Float32Array {
  const { width, height, data } = img;
  const gw = Math.ceil(width / CELL);
  const gh = Math.ceil(height / CELL);
  const grid = new Float32Array(gw * gh);
  const hist = new Uint32Array(256);
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      hist.fill(0);
      const x1 = Math.min(width, (gx + 1) * CELL);
      const y1 = Math.min(height, (gy + 1) * CELL);
      let n = 0;
      for (let y = gy * CELL; y < y1; y++)
        for (let x = gx * CELL, i = y * width + x; x < x1; x++, i++) {
          hist[data[i]]++;
          n++;
        }
      let want = Math.ceil(n * 0.1);
      let v = 255;
      while (v > 0 && (want -= hist[v]) > 0) v--;
      grid[gy * gw + gx] = v;
    }
  const spread = (src: Float32Array, pick: (vals: number[]) => number) => {
    const out = new Float32Array(src.length);
    for (let gy = 0; gy < gh; gy++)
      for (let gx = 0; gx < gw; gx++) {
        const vals: number[] = [];
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const x = gx + dx;
            const y = gy + dy;
            if (x >= 0 && y >= 0 && x < gw && y < gh) vals.push(src[y * gw + x]);
          }
        out[gy * gw + gx] = pick(vals);
      }
    return out;
  };
  const smooth = spread(
    spread(grid, (v) => v.sort((a, b) => a - b)[v.length >> 1]),
    (v) => v.reduce((a, b) => a + b, 0) / v.length,
  );
  const out = new Float32Array(width * height);
  resample(smooth, gw, gh, CELL, out, width, height, false);
  return out;
}

/** Every pixel divided by the paper's brightness under it: paper white, ink dark, light even. */
export function flattenLight(img: GreyImage): GreyImage {
  const paper = paperLevels(img);
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) {
    const p = Math.max(paper[i], 24);
    data[i] = Math.min(255, Math.round((img.data[i] * 255) / p));
  }
  return { width: img.width, height: img.height, data };
}

/** Strip width (pixels) of the line-height measure: at 3° a line drifts 5 px across 100 px. */
const STRIP = 100;

/**
 * The median height (pixels) of text lines on a flattened page, from bands of rows holding ink in
 * vertical strips; null when the page shows no text lines.
 */
export function lineHeight(img: GreyImage, ink = 128): number | null {
  const { width, height, data } = img;
  const bands: number[] = [];
  for (let x0 = 0; x0 + STRIP <= width; x0 += STRIP) {
    let run = 0;
    for (let y = 0; y <= height; y++) {
      let dark = 0;
      if (y < height) for (let x = x0, i = y * width + x0; x < x0 + STRIP; x++, i++) if (data[i] < ink) dark++;
      // A row belongs to a band when at least 2 pixels of the strip are ink (noise gives single ones).
      if (dark >= 2) run++;
      else {
        if (run >= 6 && run <= 200) bands.push(run);
        run = 0;
      }
    }
  }
  if (bands.length < 5) return null;
  bands.sort((a, b) => a - b);
  return bands[bands.length >> 1];
}

/**
 * Bilinear sampling of a `sw` × `sh` grid enlarged by `scale` into `out` (`width` × `height`, pixel
 * centres aligned), rounded for byte images.
 */
function resample(src: ArrayLike<number>, sw: number, sh: number, scale: number, out: Float32Array | Uint8Array, width: number, height: number, round: boolean): void {
  for (let y = 0; y < height; y++) {
    const fy = Math.min(sh - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(sw - 1, Math.max(0, (x + 0.5) / scale - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const tx = fx - x0;
      const top = src[y0 * sw + x0] * (1 - tx) + src[y0 * sw + x1] * tx;
      const bottom = src[y1 * sw + x0] * (1 - tx) + src[y1 * sw + x1] * tx;
      const v = top * (1 - ty) + bottom * ty;
      out[y * width + x] = round ? Math.round(v) : v;
    }
  }
}

/** Bilinear resize by `scale` (> 1 enlarges). */
export function resize(img: GreyImage, scale: number): GreyImage {
  const width = Math.round(img.width * scale);
  const height = Math.round(img.height * scale);
  const data = new Uint8Array(width * height);
  resample(img.data, img.width, img.height, scale, data, width, height, true);
  return { width, height, data };
}

/**
 * Line height (pixels, as lineHeight measures it: about the capital height) below which a page is
 * enlarged, and the most it is enlarged. 10.5 pt at 200 dpi measures 20 and is read as it is
 * (enlarging it gained nothing on the scan bench and cost a second); 7 pt type is enlarged 1.4×.
 */
export const SMALL_LINE = 20;
const MAX_SCALE = 2;

/** The cleaned page and how much it was enlarged (boxes in OCR results are in its pixels). */
export function cleanScan(img: GreyImage): { image: GreyImage; scale: number } {
  const flat = flattenLight(img);
  const h = lineHeight(flat);
  const scale = h && h < SMALL_LINE ? Math.min(MAX_SCALE, SMALL_LINE / h) : 1;
  return { image: scale > 1.05 ? resize(flat, scale) : flat, scale: scale > 1.05 ? scale : 1 };
}

/** A grey image as a binary PGM file (P5), which Leptonica reads. */
export function encodePgm(img: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header);
  out.set(img.data, header.length);
  return out;
}
