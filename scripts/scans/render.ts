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
import { createCanvas, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

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

/** The widest a typeset line may run, in characters: at the smallest type (20 px) it fits the margins. */
const WRAP_AT = 110;

/**
 * Lines running past `WRAP_AT` wrapped at spaces, as a printer wraps a long paragraph line: the rest goes
 * on under the last piece's start. A line of table pieces whose last piece starts far right is left as is.
 */
function wrapLong(lines: Segment[][]): Segment[][] {
  return lines.flatMap((segs) => {
    const last = segs[segs.length - 1];
    if (!last || last.col + last.text.length <= WRAP_AT || last.col > WRAP_AT / 2) return [segs];
    const room = WRAP_AT - last.col;
    const out: Segment[][] = [];
    let rest = last.text;
    let head = segs.slice(0, -1);
    while (rest.length > room) {
      const cut = rest.lastIndexOf(' ', room);
      if (cut <= 0) break;
      out.push([...head, { col: last.col, text: rest.slice(0, cut) }]);
      rest = rest.slice(cut + 1);
      head = [];
    }
    out.push([...head, { col: last.col, text: rest }]);
    return out;
  });
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
 * one page at 10.5 pt continues on the next; a line too long for the page wraps at a space.
 */
export function renderScan(text: string, style: ScanStyle, seed = 1): Buffer[] {
  const lines = wrapLong(layoutTabBlocks(text.replace(/\r\n/g, '\n').split('\n')));
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

type Point = { x: number; y: number };

/** The projective map of the unit square onto the quadrilateral q (corners clockwise from top-left). */
function squareToQuad(q: readonly [Point, Point, Point, Point]): (u: number, v: number) => Point {
  const [p0, p1, p2, p3] = q;
  const dx1 = p1.x - p2.x, dx2 = p3.x - p2.x, dx3 = p0.x - p1.x + p2.x - p3.x;
  const dy1 = p1.y - p2.y, dy2 = p3.y - p2.y, dy3 = p0.y - p1.y + p2.y - p3.y;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / den;
  const h = (dx1 * dy3 - dx3 * dy1) / den;
  const a = p1.x - p0.x + g * p1.x, b = p3.x - p0.x + h * p3.x;
  const d = p1.y - p0.y + g * p1.y, e = p3.y - p0.y + h * p3.y;
  return (u, v) => {
    const w = g * u + h * v + 1;
    return { x: (a * u + b * v + p0.x) / w, y: (d * u + e * v + p0.y) / w };
  };
}

/** Draws the source triangle s of `img` onto the destination triangle t (an affine piece of a warp). */
function drawTriangle(ctx: SKRSContext2D, img: Parameters<SKRSContext2D['drawImage']>[0], s: Point[], t: Point[]): void {
  const [s0, s1, s2] = s;
  const [t0, t1, t2] = t;
  const sx1 = s1.x - s0.x, sy1 = s1.y - s0.y, sx2 = s2.x - s0.x, sy2 = s2.y - s0.y;
  const tx1 = t1.x - t0.x, ty1 = t1.y - t0.y, tx2 = t2.x - t0.x, ty2 = t2.y - t0.y;
  const det = sx1 * sy2 - sx2 * sy1;
  const a = (tx1 * sy2 - tx2 * sy1) / det, c = (tx2 * sx1 - tx1 * sx2) / det;
  const b = (ty1 * sy2 - ty2 * sy1) / det, d = (ty2 * sx1 - ty1 * sx2) / det;
  // The clip grows the triangle by a pixel about its centre, so that neighbours overlap and leave no seam.
  const cx = (t0.x + t1.x + t2.x) / 3, cy = (t0.y + t1.y + t2.y) / 3;
  const grow = (p: Point) => {
    const len = Math.hypot(p.x - cx, p.y - cy) || 1;
    return { x: p.x + (p.x - cx) / len, y: p.y + (p.y - cy) / len };
  };
  ctx.save();
  ctx.beginPath();
  [t0, t1, t2].map(grow).forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.closePath();
  ctx.clip();
  ctx.setTransform(a, b, c, d, t0.x - a * s0.x - c * s0.y, t0.y - b * s0.x - d * s0.y);
  const x0 = Math.max(0, Math.floor(Math.min(s0.x, s1.x, s2.x)) - 2), y0 = Math.max(0, Math.floor(Math.min(s0.y, s1.y, s2.y)) - 2);
  const x1 = Math.ceil(Math.max(s0.x, s1.x, s2.x)) + 2, y1 = Math.ceil(Math.max(s0.y, s1.y, s2.y)) + 2;
  ctx.drawImage(img, x0, y0, x1 - x0, y1 - y0, x0, y0, x1 - x0, y1 - y0);
  ctx.restore();
}

/**
 * A phone photo of a printed page (`page`: PNG or JPEG bytes, e.g. a renderScan or renderPdfScan page
 * with no noise): the sheet lies on a desk and is photographed at a slant (a perspective warp, the
 * far edge narrower and one side nearer), the shadow of the phone and hand falls over one corner, the
 * light is uneven; then sensor noise and JPEG. Deterministic per seed.
 */
export async function phonePhoto(page: Buffer, seed: number, o: { noise?: number; quality?: number } = {}): Promise<Buffer> {
  const img = await loadImage(page);
  const { width, height } = A4_200DPI;
  const rand = prng(seed * 104729 + 7);
  const j = (n: number) => (rand() - 0.5) * 2 * n;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const desk = ctx.createLinearGradient(0, 0, width, height);
  desk.addColorStop(0, '#7a6550');
  desk.addColorStop(1, '#4e3f31');
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, width, height);
  const lean = rand() < 0.5 ? -1 : 1;
  const quad: [Point, Point, Point, Point] = [
    { x: width * (0.075 + (lean > 0 ? 0.03 : 0)) + j(12), y: height * 0.045 + j(10) },
    { x: width * (0.925 - (lean < 0 ? 0.03 : 0)) + j(12), y: height * (0.035 + 0.012 * lean) + j(10) },
    { x: width * 0.985 + j(8), y: height * 0.975 + j(8) },
    { x: width * 0.018 + j(8), y: height * 0.982 + j(8) },
  ];
  const map = squareToQuad(quad);
  const n = 24;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const s = [c, c + 1].flatMap((u) => [r, r + 1].map((v) => ({ u: u / n, v: v / n })));
      const src = s.map(({ u, v }) => ({ x: u * img.width, y: v * img.height }));
      const dst = s.map(({ u, v }) => map(u, v));
      // s: (c,r) (c,r+1) (c+1,r) (c+1,r+1)
      drawTriangle(ctx, img, [src[0], src[2], src[3]], [dst[0], dst[2], dst[3]]);
      drawTriangle(ctx, img, [src[0], src[3], src[1]], [dst[0], dst[3], dst[1]]);
    }
  // The phone's shadow: a soft dark patch over one top corner.
  const sx = lean > 0 ? width * 0.82 : width * 0.18;
  const shadow = ctx.createRadialGradient(sx, height * 0.1, 40, sx, height * 0.1, width * 0.42);
  shadow.addColorStop(0, 'rgba(20,15,10,0.42)');
  shadow.addColorStop(0.6, 'rgba(20,15,10,0.22)');
  shadow.addColorStop(1, 'rgba(20,15,10,0)');
  ctx.fillStyle = shadow;
  ctx.fillRect(0, 0, width, height);
  degrade(ctx, { rotate: 0, noise: o.noise ?? 8, photo: true, font: 'serif', format: o.quality ?? 70 }, prng(seed));
  return canvas.toBuffer('image/jpeg', o.quality ?? 70);
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
