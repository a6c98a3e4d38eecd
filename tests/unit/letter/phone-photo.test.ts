import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { A4_200DPI, jpegSize, phonePhoto } from '../../../scripts/scans/render';

/** A white A4 page with a black bar across its middle, as PNG bytes. */
function page(): Buffer {
  const c = createCanvas(A4_200DPI.width, A4_200DPI.height);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, A4_200DPI.width, A4_200DPI.height);
  g.fillStyle = '#000';
  g.fillRect(200, 1100, A4_200DPI.width - 400, 140);
  return c.toBuffer('image/png');
}

/** The photo decoded: the mean grey level of a square around (x, y). */
async function greyOf(jpeg: Buffer): Promise<(x: number, y: number, r?: number) => number> {
  const img = await loadImage(jpeg);
  const c = createCanvas(img.width, img.height);
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  return (x, y, r = 12) => {
    const d = g.getImageData(x - r, y - r, 2 * r, 2 * r).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
    return sum / (d.length / 4);
  };
}

describe('phonePhoto (a page photographed at a slant)', () => {
  it('shows the desk around the sheet, keeps the page and its ink, the same bytes for the same seed', async () => {
    const a = await phonePhoto(page(), 5);
    expect(jpegSize(a)).toMatchObject({ width: A4_200DPI.width, height: A4_200DPI.height });
    expect(a.equals(await phonePhoto(page(), 5))).toBe(true);
    expect(a.equals(await phonePhoto(page(), 6))).toBe(false);
    // The top corners are desk (the far edge of the sheet is narrower), the lower page is paper, and the
    // bar is still there, dark, somewhere about the middle (the slant moves it).
    const grey = await greyOf(a);
    expect(grey(30, 30)).toBeLessThan(140);
    expect(grey(A4_200DPI.width - 30, 30)).toBeLessThan(140);
    expect(grey(A4_200DPI.width / 2, 1700)).toBeGreaterThan(170);
    const column = Array.from({ length: 40 }, (_, k) => grey(A4_200DPI.width / 2, 800 + k * 20, 6));
    expect(Math.min(...column)).toBeLessThan(90);
  }, 60_000);
});
