import { readFileSync } from 'node:fs';
import { deflateRawSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTRACT_LIMITS, extractText, type FileLike } from '../../../lib/documents';

const files = new URL('../../fixtures/letters/files/', import.meta.url);
const asFile = (name: string, bytes: Uint8Array): FileLike => ({ name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
const fixture = (name: string) => asFile(name, readFileSync(new URL(name, files)));

/** A zip with the given entries (deflated data as given), written by hand: local headers, central directory, end record. */
function zip(entries: Array<{ name: string; data: Uint8Array; declaredSize: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** `mb` MB of zeros as raw deflate, built from one flushed 1 MB block repeated (~1 KB each). */
function deflatedZeros(mb: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => block), Buffer.from([3, 0])]);
}

/** A PDF of `n` empty pages, written by hand with a correct cross-reference table. */
function pdfOfPages(n: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`);
  for (let i = 0; i < n; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('file extraction limits (issue 11 item 4)', () => {
  it('refuses a .docx zip bomb from its declared sizes, before inflating it', async () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), declaredSize: 8 },
      { name: 'word/document.xml', data: deflatedZeros(300), declaredSize: 300 << 20 },
    ]);
    expect(bomb.length).toBeLessThan(400_000);
    const t0 = performance.now();
    const r = await extractText(asFile('bom.docx', bomb));
    expect(r).toEqual({ error: expect.stringMatching(/^Berkas bom\.docx terlalu besar setelah dibuka \(314,6 MB\); paling banyak 30 MB/) });
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses a zip bomb whose headers lie, stopping its inflation at the limit', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: deflatedZeros(300), declaredSize: 1000 }]);
    const before = process.memoryUsage().arrayBuffers;
    const t0 = performance.now();
    const r = await extractText(asFile('bohong.docx', bomb));
    expect(r).toEqual({ error: expect.stringMatching(/^Berkas bohong\.docx terlalu besar setelah dibuka; paling banyak 30 MB/) });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(200_000_000);
  });

  it('refuses a PDF with more pages than a letter has', async () => {
    const r = await extractText(asFile('tebal.pdf', pdfOfPages(EXTRACT_LIMITS.pdfPages + 10)));
    expect(r).toEqual({ error: expect.stringMatching(/^PDF tebal\.pdf punya 60 halaman; Pandu membaca surat sampai 50 halaman/) });
  });

  it('refuses text over the letter cap, and files over the size limit', async () => {
    const long = await extractText(asFile('panjang.txt', Buffer.from('a'.repeat(EXTRACT_LIMITS.chars + 1))));
    expect(long).toEqual({ error: expect.stringMatching(/^Teks dalam berkas panjang\.txt terlalu panjang \(paling banyak 200\.000 karakter\)/) });
    const big = await extractText(asFile('besar.txt', Buffer.alloc(2_000, 97)), { fileBytes: 1_000 });
    expect(big).toEqual({ error: expect.stringMatching(/^Berkas besar\.txt terlalu besar/) });
  });

  it('stops at the wall-time limit with an Indonesian message', async () => {
    const r = await extractText(fixture('letter.pdf'), { ms: 0 });
    expect(r).toEqual({ error: expect.stringMatching(/melewati batas waktu 0 detik dan dihentikan/) });
  });

  it('still reads ordinary .docx and .pdf letters', async () => {
    for (const name of ['letter.docx', 'letter.pdf']) {
      const r = await extractText(fixture(name));
      expect('text' in r && r.text.length > 100, name).toBe(true);
    }
  });
});
