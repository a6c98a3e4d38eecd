/**
 * A scan or phone photo cleaned up before OCR, in plain code on pixel arrays (no canvas, so it runs
 * the same in Node, the offscreen document and Firefox's background page — never in the SPSE page):
 *
 * 1. grey levels from RGBA;
 * 2. uneven light and grey paper flattened: the paper's brightness is estimated per cell (a high
 *    percentile, spread over text-only cells by a median filter and smoothed) and every pixel divided by
 *    it, so paper becomes white everywhere and ink keeps its contrast;
 *    the desk around a photographed sheet (darker than paper, grown from the image's border) is
 *    whitened with the sheet's edge, which would otherwise read as letters beside every line;
 * 3. table rulings removed: long thin lines (cell borders, the kop's rule, underlines) are whitened,
 *    so tesseract reads a ruled table's cells as text lines instead of taking the grid for a picture
 *    or a separator and losing its rows;
 * 4. small type enlarged: the text line height is measured from ink bands in narrow vertical strips
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
  const { width, height } = img;
  const { grid, gw, gh } = cellLevels(img);
  const median = spreadGrid(grid, gw, gh, (v) => v.sort((a, b) => a - b)[v.length >> 1]);
  const smooth = spreadGrid(median, gw, gh, (v) => v.reduce((a, b) => a + b, 0) / v.length);
  const out = new Float32Array(width * height);
  resample(smooth, gw, gh, CELL, out, width, height, false);
  return out;
}

/** Per CELL×CELL cell (`gw` × `gh` of them) the 90th percentile grey level: the paper's brightness there. */
function cellLevels(img: GreyImage): { grid: Float32Array; gw: number; gh: number } {
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
  return { grid, gw, gh };
}

/** A `gw` × `gh` grid where each cell takes `pick` of its 3×3 neighbourhood. */
function spreadGrid(src: Float32Array, gw: number, gh: number, pick: (vals: number[]) => number): Float32Array {
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
}

/**
 * Cells darker than this share of the page's paper level may be the desk around a photographed sheet;
 * going from one such cell to its neighbour, the light may rise by at most BACKGROUND_STEP (a shadow's
 * soft edge), while the sheet's edge is a step of about two (paper reflects twice what a desk does).
 */
const BACKGROUND_DARK = 0.7;
const BACKGROUND_STEP = 1.35;

/**
 * The desk around a photographed sheet whitened (`flat`: the photo with its light flattened, where the
 * desk would come out as noise and the sheet's edges as long dark strokes that the recogniser reads as
 * letters beside every line). The desk is grown from the image's border over cells darker than
 * BACKGROUND_DARK of the paper while the light changes smoothly (under a shadow the sheet can be darker
 * than the desk in full light, but never next to it); then one cell more, for the sheet's edge. A scan
 * (paper to the border) is returned as it is.
 */
export function whitenBackground(img: GreyImage, flat: GreyImage): GreyImage {
  const { grid, gw, gh } = cellLevels(img);
  const sorted = Array.from(grid).sort((a, b) => a - b);
  const paper = sorted[Math.floor(sorted.length * 0.75)] ?? 255;
  const desk = new Uint8Array(gw * gh);
  const queue: number[] = [];
  for (let gy = 0; gy < gh; gy++)
    for (let gx = 0; gx < gw; gx++) {
      const k = gy * gw + gx;
      if ((gx === 0 || gy === 0 || gx === gw - 1 || gy === gh - 1) && grid[k] < paper * BACKGROUND_DARK) (desk[k] = 1), queue.push(k);
    }
  if (!queue.length) return flat;
  while (queue.length) {
    const k = queue.pop()!;
    const gx = k % gw;
    const gy = (k - gx) / gw;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const x = gx + dx;
      const y = gy + dy;
      const j = y * gw + x;
      if (x < 0 || y < 0 || x >= gw || y >= gh || desk[j]) continue;
      if (grid[j] < paper * BACKGROUND_DARK && grid[j] <= grid[k] * BACKGROUND_STEP) (desk[j] = 1), queue.push(j);
    }
  }
  const edge = spreadGrid(Float32Array.from(desk), gw, gh, (v) => Math.max(...v));
  const data = new Uint8Array(flat.data);
  for (let y = 0, i = 0; y < flat.height; y++)
    for (let x = 0; x < flat.width; x++, i++) if (edge[Math.floor(y / CELL) * gw + Math.floor(x / CELL)]) data[i] = 255;
  return { width: flat.width, height: flat.height, data };
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

/** Grey level below which a pixel counts as ink of a ruling (light, blurred lines included). */
const RULING_INK = 170;
/** Rows (columns) either side looked at while following a line askew, and gaps (px) a line may show. */
const RULING_DRIFT = 2;
const RULING_GAP = 3;

/**
 * Pixels of long straight runs in `ink` (a `width` × `height` mask, 1 = ink) along x: per row y, runs
 * of columns holding ink in rows y ± RULING_DRIFT (a line 3° askew stays 100 px in such a band),
 * bridging gaps of RULING_GAP px, at least `minLength` long, filled and thin nearly all along. Marks in `hit` (same shape) the ink
 * pixels of row y inside such a run whose ink across the run (rows) is at most `maxThick`: a glyph's
 * stroke crossing a line is thicker and kept.
 */
function markRuns(ink: Uint8Array, width: number, height: number, minLength: number, maxThick: number, hit: Uint8Array): void {
  const band = new Uint8Array(width);
  const thin = (x: number, y: number) => {
    let n = 1;
    for (let d = 1; n <= maxThick && y - d >= 0 && ink[(y - d) * width + x]; d++) n++;
    for (let d = 1; n <= maxThick && y + d < height && ink[(y + d) * width + x]; d++) n++;
    return n <= maxThick;
  };
  for (let y = 0; y < height; y++) {
    band.fill(0);
    let any = false;
    for (let dy = -RULING_DRIFT; dy <= RULING_DRIFT; dy++) {
      const yy = y + dy;
      if (yy < 0 || yy >= height) continue;
      for (let x = 0, i = yy * width; x < width; x++, i++) if (ink[i]) (band[x] = 1), (any = true);
    }
    if (!any) continue;
    let start = -1;
    let last = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && band[x]) {
        if (start < 0 || x - last > RULING_GAP + 1) {
          if (start >= 0 && last - start + 1 >= minLength) markRow(start, last);
          start = x;
        }
        last = x;
      }
    }
    if (start >= 0 && last - start + 1 >= minLength) markRow(start, last);
    function markRow(a: number, b: number) {
      if (!straight(a, b)) return;
      for (let x = a, i = y * width + a; x <= b; x++, i++) if (ink[i] && thin(x, y)) hit[i] = 1;
    }
    /**
     * A ruling, not a word: its ink fills nearly every column of the run and is thin in nearly every
     * one (a word's letters touch in the band only here and there, and their stems are tall).
     */
    function straight(a: number, b: number): boolean {
      let filled = 0;
      let thick = 0;
      for (let x = a; x <= b; x++) {
        if (!band[x]) continue;
        filled++;
        let top = Math.max(0, y - RULING_DRIFT);
        while (!ink[top * width + x]) top++;
        if (!thin(x, top)) thick++;
      }
      const n = b - a + 1;
      return filled >= n * 0.9 && thick <= n * 0.1;
    }
  }
  // A line's end askew is a step whose band run is cut short: thin ink next to a marked pixel (same
  // row or one either side) belongs to the line too, followed both ways.
  const nextTo = (x: number, y: number) =>
    x >= 0 && x < width && (hit[y * width + x] || (y > 0 && hit[(y - 1) * width + x]) || (y + 1 < height && hit[(y + 1) * width + x]));
  for (let pass = 0; pass < 2; pass++)
    for (let y = 0; y < height; y++) {
      for (let x = 1, i = y * width + 1; x < width; x++, i++) if (!hit[i] && ink[i] && nextTo(x - 1, y) && thin(x, y)) hit[i] = 1;
      for (let x = width - 2, i = y * width + x; x >= 0; x--, i--) if (!hit[i] && ink[i] && nextTo(x + 1, y) && thin(x, y)) hit[i] = 1;
    }
}

/** A `width` × `height` mask turned on its side (x ↔ y). */
function transpose(m: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(m.length);
  for (let y = 0; y < height; y++) for (let x = 0, i = y * width; x < width; x++, i++) out[x * height + y] = m[i];
  return out;
}

/**
 * A flattened page with its ruling lines whitened: horizontal and vertical runs of thin ink at least
 * `minLength` px long (four text lines' height: no word of a letter is one unbroken stroke that long),
 * the crossings where a horizontal meets a vertical one, and the lines' grey fringe. Type is left as it is, even where it
 * touches a line.
 */
export function removeRulings(img: GreyImage, minLength: number, maxThick: number): GreyImage {
  const { width, height, data } = img;
  const ink = new Uint8Array(data.length);
  let inked = false;
  for (let i = 0; i < data.length; i++) if (data[i] < RULING_INK) (ink[i] = 1), (inked = true);
  if (!inked) return img;
  const alongX = new Uint8Array(data.length);
  markRuns(ink, width, height, minLength, maxThick, alongX);
  const alongYT = new Uint8Array(data.length);
  markRuns(transpose(ink, width, height), height, width, minLength, maxThick, alongYT);
  const alongY = transpose(alongYT, height, width);
  // A crossing is thick both ways: it goes when a horizontal line's pixel lies in its row and a
  // vertical line's pixel in its column, each within a line's thickness.
  const crossing = (x: number, y: number) => {
    let h = false;
    for (let d = -maxThick; d <= maxThick && !h; d++) h = x + d >= 0 && x + d < width && !!alongX[y * width + x + d];
    if (!h) return false;
    for (let d = -maxThick; d <= maxThick; d++) if (y + d >= 0 && y + d < height && alongY[(y + d) * width + x]) return true;
    return false;
  };
  const out = new Uint8Array(data);
  let removed = 0;
  for (let y = 0, i = 0; y < height; y++)
    for (let x = 0; x < width; x++, i++) {
      if (!ink[i]) continue;
      if (alongX[i] || alongY[i] || crossing(x, y)) (out[i] = 255), removed++;
    }
  if (!removed) return img;
  // The line's grey fringe (blur, JPEG) goes with it: left behind it reads as a dotted line ('|', '.').
  for (let y = 0, i = 0; y < height; y++)
    for (let x = 0; x < width; x++, i++) {
      if (!ink[i] || out[i] !== 255) continue;
      for (let yy = Math.max(0, y - FRINGE); yy <= Math.min(height - 1, y + FRINGE); yy++)
        for (let xx = Math.max(0, x - FRINGE), j = yy * width + xx; xx <= Math.min(width - 1, x + FRINGE); xx++, j++) if (!ink[j]) out[j] = 255;
    }
  return { width, height, data: out };
}

/** Pixels around a removed line whitened with it (when lighter than ink). */
const FRINGE = 2;

/** Ruling lines shorter than this many text line heights are kept (a long bold word is not a line). */
const RULING_LINES = 4;

/** The cleaned page and how much it was enlarged (boxes in OCR results are in its pixels). */
export function cleanScan(img: GreyImage): { image: GreyImage; scale: number } {
  const flattened = whitenBackground(img, flattenLight(img));
  const h = lineHeight(flattened);
  const flat = removeRulings(flattened, Math.max(60, RULING_LINES * (h ?? SMALL_LINE)), Math.max(5, Math.round((h ?? SMALL_LINE) * 0.3)));
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
