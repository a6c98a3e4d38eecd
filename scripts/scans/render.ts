/**
 * Scanned and photographed letters for the OCR corpus, made from the text letters: the letter is
 * typeset on an A4 page at 200 dpi (a proportional serif or sans font; runs of two or more spaces and
 * tabs are tab stops, so key–value colons and table columns line up as in a Word letter), then the
 * page is rotated 1–3°, given sensor noise, optionally a photo's uneven light, and JPEG-compressed.
 * Deterministic: the same letter and seed give the same bytes.
 *
 * Used by scripts/make-scans.ts (writes files), the OCR accuracy bench and the OCR tests.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export const A4_200DPI = { width: 1654, height: 2339 } as const;

export type ScanStyle = {
  /** Degrees, positive = clockwise. */
  rotate: number;
  /** Standard deviation of the grey-level noise (0–255 scale). */
  noise: number;
  /** A phone photo: light falls off towards one corner, paper is greyish. */
  photo: boolean;
  font: 'serif' | 'sans';
  /** JPEG quality 0–100, or 'png'. */
  format: number | 'png';
};

/** A small seeded PRNG (mulberry32): the same seed gives the same scan. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The scan style of letter number `seed`: rotation ±1–3°, noise, every third a photo, fonts alternating. */
export function styleFor(seed: number): ScanStyle {
  const r = prng(seed * 7919 + 13);
  const sign = r() < 0.5 ? -1 : 1;
  return {
    rotate: sign * (1 + r() * 2),
    noise: 6 + r() * 10,
    photo: seed % 3 === 2,
    font: seed % 2 ? 'sans' : 'serif',
    format: 55 + Math.floor(r() * 25),
  };
}

type Segment = { col: number; text: string };

/** A line's pieces at their character columns: two or more spaces or a tab start a new piece. */
function segments(line: string): Segment[] {
  const out: Segment[] = [];
  const expanded = line.replace(/\r/g, '');
  const re = /[^\t ]+(?: [^\t ]+)*/g;
  let m: RegExpExecArray | null;
  let tabCols = 0;
  let lastEnd = 0;
  while ((m = re.exec(expanded))) {
    const before = expanded.slice(lastEnd, m.index);
    tabCols += (before.match(/\t/g)?.length ?? 0) * 7;
    out.push({ col: m.index + tabCols, text: m[0] });
    lastEnd = m.index + m[0].length;
  }
  return out;
}

/**
 * Lines of a block of tab-separated rows laid out as a table: each column starts after the widest
 * cell of the column before it (a Word table), in character columns.
 */
function layoutTabBlocks(lines: string[]): Segment[][] {
  const out: Segment[][] = lines.map(segments);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].includes('\t')) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].includes('\t')) j++;
    const rows = lines.slice(i, j).map((l) => l.split('\t').map((c) => c.trim()));
    const widths: number[] = [];
    for (const r of rows) r.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, c.length)));
    const lead = lines[i].length - lines[i].trimStart().length;
    for (let k = i; k < j; k++) {
      let col = lead;
      out[k] = [];
      rows[k - i].forEach((c, n) => {
        if (c) out[k].push({ col, text: c });
        col += widths[n] + 3;
      });
    }
    i = j;
  }
  return out;
}

/** Paper of the style's colour, and the drawing turned by its rotation about the page centre (restore after). */
function tiltedPaper(ctx: SKRSContext2D, style: ScanStyle): void {
  const { width, height } = A4_200DPI;
  ctx.fillStyle = style.photo ? '#e4e0d6' : '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((style.rotate * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
}

function drawPage(ctx: SKRSContext2D, lines: Segment[][], style: ScanStyle, px: number, lineStep: number): void {
  tiltedPaper(ctx, style);
  ctx.fillStyle = '#151515';
  ctx.font = `${px}px "DejaVu ${style.font === 'serif' ? 'Serif' : 'Sans'}"`;
  ctx.textBaseline = 'alphabetic';
  const colWidth = px * 0.56;
  const left = 130;
  let y = 150 + px;
  for (const segs of lines) {
    for (const s of segs) ctx.fillText(s.text, left + s.col * colWidth, y);
    y += lineStep;
  }
  ctx.restore();
}

/** Grey-level noise, and for a photo an uneven light falling off from the top-left corner. */
function degrade(ctx: SKRSContext2D, style: ScanStyle, rand: () => number): void {
  const { width, height } = A4_200DPI;
  const img = ctx.getImageData(0, 0, width, height);
  const d = img.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // Box–Muller would be nicer; the sum of three uniforms is close enough to a bell.
      const n = (rand() + rand() + rand() - 1.5) * 2 * style.noise;
      const light = style.photo ? 1 - 0.25 * ((x / width) * 0.6 + (y / height) * 0.4) : 1;
      for (let c = 0; c < 3; c++) d[i + c] = Math.max(0, Math.min(255, d[i + c] * light + n));
    }
  }
  ctx.putImageData(img, 0, 0);
}

/**
 * The pages of `text` scanned in `style`, one image each (JPEG or PNG bytes). A letter too long for
 * one page at 10.5 pt continues on the next.
 */
export function renderScan(text: string, style: ScanStyle, seed = 1): Buffer[] {
  const lines = layoutTabBlocks(text.replace(/\r\n/g, '\n').split('\n'));
  const widest = Math.max(40, ...lines.map((segs) => segs.reduce((m, s) => Math.max(m, s.col + s.text.length), 0)));
  // 10.5 pt at 200 dpi is 29 px; smaller when the widest line would not fit between the margins.
  const px = Math.max(20, Math.min(29, Math.floor((A4_200DPI.width - 260) / (widest * 0.56))));
  const lineStep = Math.round(px * 1.45);
  const perPage = Math.floor((A4_200DPI.height - 300) / lineStep);
  const rand = prng(seed);
  const pages: Buffer[] = [];
  for (let start = 0; start < lines.length || start === 0; start += perPage) {
    const canvas = createCanvas(A4_200DPI.width, A4_200DPI.height);
    const ctx = canvas.getContext('2d');
    drawPage(ctx, lines.slice(start, start + perPage), style, px, lineStep);
    degrade(ctx, style, rand);
    pages.push(style.format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', style.format));
    if (start + perPage >= lines.length) break;
  }
  return pages;
}

/** The page on paper in `style`: rotated about its centre; on a photo's grey paper the ink stays dark. */
function photographPage(page: Canvas, style: ScanStyle, rand: () => number): Buffer {
  const { width, height } = A4_200DPI;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  tiltedPaper(ctx, style);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(page, 0, 0, width, height);
  ctx.restore();
  degrade(ctx, style, rand);
  return style.format === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', style.format);
}

/**
 * The pages of a text PDF (a Word or HTML letter saved as PDF) printed and scanned in `style`: each
 * page drawn by pdf.js at 200 dpi, then rotated, noised and compressed as renderScan does.
 */
export async function renderPdfScan(pdf: Uint8Array, style: ScanStyle, seed = 1): Promise<Buffer[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: fonts, isEvalSupported: false }).promise;
  const rand = prng(seed);
  const pages: Buffer[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const viewport = page.getViewport({ scale: Math.min(A4_200DPI.width / (x1 - x0), A4_200DPI.height / (y1 - y0)) });
    const canvas = createCanvas(A4_200DPI.width, A4_200DPI.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, A4_200DPI.width, A4_200DPI.height);
    // pdf.js draws on any canvas with the 2D API; @napi-rs/canvas is the one it uses in Node.
    await page.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    pages.push(photographPage(canvas, style, rand));
  }
  await doc.destroy();
  return pages;
}

/** JPEG width, height and colour components from its SOF marker. */
export function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  let i = 2;
  while (i < jpeg.length) {
    const marker = jpeg[i + 1];
    const len = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7), components: jpeg[i + 9] };
    i += 2 + len;
  }
  throw new Error('JPEG tanpa penanda SOF');
}

/**
 * An image-only PDF (what a scanner writes): one A4 page per JPEG, the image filling the page, no
 * text layer.
 */
export function imagePdf(jpegs: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n: number, body: (Buffer | string)[]) => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    body.forEach(push);
    push('\nendobj\n');
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const n = jpegs.length;
  // 1 catalog, 2 pages, then per page: page, content, image.
  const kids = jpegs.map((_, k) => `${3 + k * 3} 0 R`).join(' ');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, [`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`]);
  jpegs.forEach((jpeg, k) => {
    const [page, content, image] = [3 + k * 3, 4 + k * 3, 5 + k * 3];
    const { width, height, components } = jpegSize(jpeg);
    const draw = `q 595.28 0 0 841.89 0 0 cm /Im0 Do Q`;
    obj(page, [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`]);
    obj(content, [`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`]);
    obj(image, [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${components === 1 ? '/DeviceGray' : '/DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, jpeg, '\nendstream']);
  });
  const xref = length;
  const count = 3 + n * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let k = 1; k < count; k++) push(`${String(offsets[k]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
