import { describe, expect, it } from 'vitest';
import { cleanScan, encodePgm, flattenLight, greyOf, lineHeight, paperLevels, removeRulings, resize, SMALL_LINE, whitenBackground, type GreyImage } from '../../../lib/documents/scan-clean';

/**
 * A synthetic phone photo: paper lit from the top-left (230 there, falling to 70 at the far corner),
 * text lines of `lineH` px made of glyph-like ink blocks that reflect 40 % of the light. Returns the
 * image and the ink mask.
 */
function photo(width: number, height: number, lineH: number, falloff = 0.7): { img: GreyImage; ink: Uint8Array } {
  const data = new Uint8Array(width * height);
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const light = 230 * (1 - falloff * (0.6 * (x / width) + 0.4 * (y / height)));
      const row = y % (lineH * 2);
      const inLine = y > 20 && y < height - 20 && row < lineH;
      // Glyphs: 3 px strokes every 9 px, with word gaps.
      const glyph = inLine && x > 20 && x < width - 20 && x % 9 < 3 && x % 60 < 50;
      ink[y * width + x] = glyph ? 1 : 0;
      data[y * width + x] = Math.round(glyph ? light * 0.4 : light);
    }
  return { img: { width, height, data }, ink };
}

/** Pixels where "data < threshold" disagrees with the ink mask. */
const wrongPixels = (img: GreyImage, ink: Uint8Array, threshold: number) => {
  let wrong = 0;
  for (let i = 0; i < img.data.length; i++) if ((img.data[i] < threshold ? 1 : 0) !== ink[i]) wrong++;
  return wrong;
};

describe('scan clean-up before OCR', () => {
  it('flattens uneven light: one threshold then recovers every ink pixel, where none could before', () => {
    const { img, ink } = photo(400, 300, 16);
    // Before: ink on the bright side (≈ 92) is lighter than paper in the dark corner (≈ 69): no
    // global threshold (tesseract's Otsu) separates text from paper on the raw photo.
    const best = Math.min(...Array.from({ length: 256 }, (_, t) => wrongPixels(img, ink, t)));
    expect(best).toBeGreaterThan(1000);
    const flat = flattenLight(img);
    expect(wrongPixels(flat, ink, 128)).toBe(0);
    // Paper is near white everywhere (a 70 % fall-off is far steeper than a phone photo), ink stays dark.
    for (let i = 0; i < flat.data.length; i++) if (!ink[i]) expect(flat.data[i]).toBeGreaterThanOrEqual(200);
  });

  it('takes the paper level from neighbouring cells where a cell is all ink (a bold heading)', () => {
    const width = 256;
    const data = new Uint8Array(width * width).fill(200);
    for (let y = 96; y < 160; y++) for (let x = 96; x < 160; x++) data[y * width + x] = 20;
    const paper = paperLevels({ width, height: width, data });
    expect(paper[128 * width + 128]).toBeGreaterThan(190);
  });

  it('measures the text line height on a page askew, and enlarges small type only', () => {
    const small = photo(600, 600, 14, 0);
    expect(lineHeight(small.img)).toBe(14);
    const { image, scale } = cleanScan(small.img);
    expect(scale).toBeCloseTo(Math.min(2, SMALL_LINE / 14), 5);
    expect(image.width).toBe(Math.round(600 * scale));
    const big = photo(600, 600, 40, 0);
    expect(cleanScan(big.img).scale).toBe(1);
    // 3° askew: bands in 100 px strips are still about one line high.
    const skewed = photo(600, 600, 20, 0).img;
    const rot = { ...skewed, data: new Uint8Array(skewed.data.length).fill(230) };
    const t = Math.tan((3 * Math.PI) / 180);
    for (let y = 0; y < 600; y++)
      for (let x = 0; x < 600; x++) {
        const sy = Math.round(y - x * t);
        if (sy >= 0 && sy < 600) rot.data[y * 600 + x] = skewed.data[sy * 600 + x];
      }
    const h = lineHeight(rot)!;
    expect(h).toBeGreaterThanOrEqual(20);
    expect(h).toBeLessThanOrEqual(26);
  });

  /**
   * A scanned ruled table 2° askew: three horizontal rulings (2 px) and three vertical ones, cells
   * holding glyph-like text (3 px strokes, 20 px high), and text lines above the table.
   */
  function ruledTable(): { img: GreyImage; rule: Uint8Array; glyph: Uint8Array; fringe: Uint8Array } {
    const width = 800;
    const height = 520;
    const data = new Uint8Array(width * height).fill(232);
    const rule = new Uint8Array(width * height);
    const glyph = new Uint8Array(width * height);
    const fringe = new Uint8Array(width * height);
    const t = Math.tan((2 * Math.PI) / 180);
    const set = (m: Uint8Array, x: number, y: number, v: number) => {
      const yy = Math.round(y + x * t);
      if (x < 0 || x >= width || yy < 0 || yy >= height) return;
      m[yy * width + x] = 1;
      data[yy * width + x] = v;
    };
    // Text above the table: 6 lines of words, so the page's line height is measured as 20.
    for (let line = 0; line < 6; line++)
      for (let y = 20 + line * 36; y < 40 + line * 36; y++) for (let x = 30; x < 760; x++) if (x % 9 < 3 && x % 60 < 50) set(glyph, x, y, 40);
    const rows = [260, 320, 380, 440];
    const cols = [40, 300, 560, 760];
    // Each line with a grey fringe either side (blur, JPEG), drawn first so lines cover it at crossings.
    for (const y0 of rows) for (let x = cols[0]; x <= cols[3]; x++) for (const d of [-1, 2]) set(fringe, x, y0 + d, 185);
    for (const x0 of cols) for (let y = rows[0]; y <= rows[3]; y++) for (const d of [-1, 2]) set(fringe, x0 + d, y, 185);
    for (const y0 of rows) for (let x = cols[0]; x <= cols[3]; x++) for (let d = 0; d < 2; d++) set(rule, x, y0 + d, 60);
    for (const x0 of cols)
      for (let y = rows[0]; y <= rows[3]; y++) for (let d = 0; d < 2; d++) set(rule, x0 + d, y, 60);
    // A word in every cell, 10 px clear of the rulings.
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++)
        for (let y = rows[r] + 20; y < rows[r] + 40; y++) for (let x = cols[c] + 12; x < cols[c] + 120; x++) if (x % 9 < 3) set(glyph, x, y, 40);
    return { img: { width, height, data }, rule, glyph, fringe };
  }

  it("whitens a ruled table's lines 2° askew and keeps every glyph in its cells (tesseract then reads the cells as lines)", () => {
    const { img, rule, glyph, fringe } = ruledTable();
    const { image, scale } = cleanScan(img);
    expect(scale).toBe(1);
    let ruleLeft = 0;
    let ruleAll = 0;
    let glyphLost = 0;
    let fringeLeft = 0;
    for (let i = 0; i < image.data.length; i++) {
      if (fringe[i] && !rule[i] && !glyph[i] && image.data[i] < 250) fringeLeft++;
      if (rule[i] && !glyph[i]) (ruleAll++, image.data[i] < 200 && ruleLeft++);
      if (glyph[i] && image.data[i] >= 128) glyphLost++;
    }
    expect(ruleAll).toBeGreaterThan(5000);
    // Nothing stays, not the crossings' cores nor the grey fringe: left, they read as '|', 'I' or '.'
    // and start a false table row.
    expect(ruleLeft).toBe(0);
    expect(fringeLeft).toBe(0);
    expect(glyphLost).toBe(0);
  });

  it("keeps a bold word whose letters touch, a long word of thin touching strokes, a dash, and a page without rulings as they are", () => {
    const width = 300;
    const data = new Uint8Array(width * 100).fill(255);
    // 50 px of touching strokes 16 px high: shorter than four text lines, and thick.
    for (let y = 40; y < 56; y++) for (let x = 100; x < 150; x++) data[y * width + x] = 0;
    // A thin line 90 px long is a ruling; the same line 40 px long is a dash and stays.
    for (let x = 100; x < 190; x++) data[80 * width + x] = 0;
    for (let x = 10; x < 50; x++) data[20 * width + x] = 0;
    const out = removeRulings({ width, height: 100, data }, 60, 5);
    expect(out.data[48 * width + 120]).toBe(0);
    expect(out.data[80 * width + 150]).toBe(255);
    expect(out.data[20 * width + 30]).toBe(0);
    // A long word of 's'-like letters: thin strokes that touch within a few rows, stems between —
    // one run along the band, but not a line (its strokes were eaten: 'Sekretariat' → 'Sel ietariat').
    const word = new Uint8Array(width * 100).fill(255);
    for (let x = 20; x < 280; x++) {
      const k = x % 12;
      if (k < 10) for (const y of [30, 31, 40, 41, 50, 51]) word[(y + (k >> 2)) * width + x] = 0;
      if (k === 10 || k === 11) for (let y = 30; y < 54; y++) word[y * width + x] = 0;
    }
    expect(Array.from(removeRulings({ width, height: 100, data: word }, 60, 5).data)).toEqual(Array.from(word));
    const blank = { width: 10, height: 10, data: new Uint8Array(100).fill(255) };
    expect(removeRulings(blank, 60, 5)).toBe(blank);
  });

  it('whitens the desk around a photographed sheet (dark, under a shadow too) and its edge, and keeps the text on the sheet', () => {
    // A sheet (paper 220, text blocks 80) on a dark desk (95), a shadow darkening the top-left
    // corner to 55 % (paper there 121, desk 52): the desk in light is darker than paper in shadow.
    const width = 640;
    const height = 640;
    const data = new Uint8Array(width * height);
    const onSheet = (x: number, y: number) => x >= 80 + y * 0.05 && x < 580 && y >= 60 && y < 600;
    const textAt = (x: number, y: number) => x >= 160 && x < 500 && y >= 120 && y < 540 && y % 40 < 16 && x % 9 < 4;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const shade = 1 - 0.45 * Math.max(0, 1 - Math.hypot(x, y) / 500);
        const v = onSheet(x, y) ? (textAt(x, y) ? 80 : 220) : 95;
        data[y * width + x] = Math.round(v * shade);
      }
    const img = { width, height, data };
    const flat = flattenLight(img);
    const dark = (g: GreyImage, x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (g.data[y * width + x] < 128) n++;
      return n;
    };
    // Before: the sheet's edges come out of the flattening as dark strokes beside the text.
    expect(dark(flat, 0, 150, 0, height) + dark(flat, 0, width, 0, 100)).toBeGreaterThan(500);
    const clean = whitenBackground(img, flat);
    expect(dark(clean, 0, 150, 0, height) + dark(clean, 0, width, 0, 100) + dark(clean, 520, width, 0, height)).toBe(0);
    // Every text pixel on the sheet is still ink.
    expect(dark(clean, 160, 500, 120, 540)).toBe(dark(flat, 160, 500, 120, 540));
    // A scan (white to the border) is left as it is.
    const scan = { width, height, data: new Uint8Array(width * height).map((_, i) => (textAt(i % width, Math.floor(i / width)) ? 60 : 235)) };
    const flatScan = flattenLight(scan);
    expect(whitenBackground(scan, flatScan)).toBe(flatScan);
  });

  it('a blank page has no line height and is not enlarged', () => {
    const blank = { width: 300, height: 300, data: new Uint8Array(300 * 300).fill(220) };
    expect(lineHeight(blank)).toBeNull();
    expect(cleanScan(blank).scale).toBe(1);
  });

  it('resizes bilinearly and converts RGBA to grey', () => {
    const r = resize({ width: 2, height: 1, data: Uint8Array.of(0, 200) }, 2);
    expect(r).toMatchObject({ width: 4, height: 2 });
    expect(Array.from(r.data.slice(0, 4))).toEqual([0, 50, 150, 200]);
    expect(Array.from(greyOf(Uint8Array.of(255, 255, 255, 255, 255, 0, 0, 255), 2, 1).data)).toEqual([255, 76]);
  });

  it('encodes a binary PGM that tesseract (Leptonica) reads', () => {
    const pgm = encodePgm({ width: 3, height: 2, data: Uint8Array.of(1, 2, 3, 4, 5, 6) });
    expect(new TextDecoder().decode(pgm.slice(0, 11))).toBe('P5\n3 2\n255\n');
    expect(Array.from(pgm.slice(11))).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
