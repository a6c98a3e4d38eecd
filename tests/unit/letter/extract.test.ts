import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxHtmlToText, extractText, pdfItemsToText, SCANNED_PDF_MESSAGE, type FileLike } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter';

const files = new URL('../../fixtures/letters/files/', import.meta.url);

function fixture(name: string, type?: string): FileLike {
  const b = readFileSync(new URL(name, files));
  return { name, type, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
}

function textFile(name: string, bytes: Uint8Array, type?: string): FileLike {
  return { name, type, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

async function textOf(f: FileLike): Promise<string> {
  const r = await extractText(f);
  if ('error' in r) throw new Error(r.error);
  return r.text;
}

describe('extractText', () => {
  it('reads UTF-8 text, dropping a BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFFNama : Siti Aminah, S.Ak.\nNIP : 19850315 201001 2 003');
    expect(await textOf(textFile('surat.txt', bytes))).toBe('Nama : Siti Aminah, S.Ak.\nNIP : 19850315 201001 2 003');
  });

  it('falls back to Windows-1252 for text that is not UTF-8', async () => {
    const text = await textOf(fixture('cp1252.txt'));
    expect(text).toContain('André Wijaya, S.Kep.');
    expect(text).toContain('PPK – Puskesmas');
    const r = parseLetter(text);
    expect(r.people[0]).toMatchObject({ name: 'André Wijaya, S.Kep.', nip: '198707072011011005', phone: '+6281270001111' });
  });

  it('reads UTF-16 with a BOM', async () => {
    const s = 'Hal : Reset password';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect(await textOf(textFile('surat.txt', bytes))).toBe(s);
  });

  it('reads a .docx, keeping paragraphs as lines and tables as tab-separated rows', async () => {
    const text = await textOf(fixture('letter.docx'));
    expect(text).toContain('Nomor\t: 556/021/Disparbud/2026');
    expect(text).toContain('1\tRahmat Hidayat, S.Kom.\t19870707 201101 1 005\tPPK');
    const r = parseLetter(text);
    expect(r.letter).toMatchObject({ number: '556/021/Disparbud/2026', date: '2026-02-09', sender: 'DINAS PARIWISATA DAN KEBUDAYAAN', role: 'pokja' });
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.phone])).toEqual([
      ['Rahmat Hidayat, S.Kom.', '198707072011011005', 'PPK', '+6281276543210'],
      ['Dewi Lestari, S.E.', '199205182019022004', 'Anggota Pokja', '+6281365432109'],
    ]);
    expect(r.signatory).toEqual({ name: 'Drs. Ahmad Yani, M.M.', nip: '196905051994031007' });
  });

  it('reads a text PDF', async () => {
    const text = await textOf(fixture('letter.pdf'));
    expect(text.split('\n')).toContain('NIP : 19800101 200501 1 001');
    const r = parseLetter(text);
    expect(r.letter).toMatchObject({ number: '700/061/INSP/2026', date: '2026-03-03', role: 'auditor' });
    expect(r.people).toEqual([
      { name: 'Dr. Budi Santoso, S.E., M.Si.', nip: '198001012005011001', position: 'Ketua Tim', email: 'budi.santoso@belitungkab.go.id', phone: '+6281277881234', action: 'create' },
    ]);
    expect(r.signatory?.nip).toBe('196905051994031007');
  });

  it('reads a PDF table placed cell by cell as tab-separated rows', async () => {
    const text = await textOf(fixture('table.pdf'));
    expect(text).toContain('No\tNama\tNIP\tJabatan\tNo. HP\n1\tRina Kartika, S.E.\t199002142015032001\tKetua Tim\t0813 6677 8899');
    const r = parseLetter(text);
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.phone])).toEqual([
      ['Rina Kartika, S.E.', '199002142015032001', 'Ketua Tim', '+6281366778899'],
      ['Yoga Pratama', '199205182019021004', 'Anggota Tim', '+6285267112233'],
    ]);
  });

  it('says clearly that a scanned PDF has no text', async () => {
    expect(await extractText(fixture('scanned.pdf'))).toEqual({ error: SCANNED_PDF_MESSAGE });
  });

  it('refuses unsupported, old .doc, empty and broken files with an Indonesian message', async () => {
    const r1 = await extractText(textFile('foto.jpg', new Uint8Array([1, 2, 3]), 'image/jpeg'));
    expect('error' in r1 && r1.error).toMatch(/berupa gambar .*belum dapat membaca teks dari gambar/);
    const r0 = await extractText(textFile('surat.odt', new Uint8Array([1, 2, 3])));
    expect('error' in r0 && r0.error).toMatch(/tidak didukung/);
    const r2 = await extractText(textFile('surat.doc', new Uint8Array([1, 2, 3])));
    expect('error' in r2 && r2.error).toMatch(/\.docx/);
    const r3 = await extractText(textFile('kosong.txt', new Uint8Array()));
    expect('error' in r3 && r3.error).toMatch(/kosong/);
    const r4 = await extractText(textFile('rusak.pdf', new TextEncoder().encode('bukan pdf')));
    expect('error' in r4 && r4.error).toMatch(/tidak dapat dibaca/);
    const r5 = await extractText(textFile('rusak.docx', new TextEncoder().encode('bukan zip')));
    expect('error' in r5 && r5.error).toMatch(/tidak dapat dibaca/);
  });

  it('uses the MIME type when the name has no extension', async () => {
    expect(await extractText(textFile('surat', new TextEncoder().encode('Hal : Tes'), 'text/plain'))).toEqual({ text: 'Hal : Tes' });
  });
});

describe('helpers', () => {
  it('docxHtmlToText numbers ordered lists and decodes entities', () => {
    expect(docxHtmlToText('<p>A &amp; B</p><ol><li>Satu</li><li>Dua</li></ol><p></p><p>x&#233;</p>')).toBe('A & B\n1. Satu\n2. Dua\n\nxé');
  });
  it('pdfItemsToText breaks lines on a new baseline', () => {
    const item = (str: string, y: number, hasEOL = false) => ({ str, transform: [1, 0, 0, 1, 0, y], hasEOL });
    expect(pdfItemsToText([item('Nama :', 700), item(' Budi', 700), item('NIP', 686), { type: 'beginMarkedContent' }])).toBe('Nama : Budi\nNIP');
  });
  it('pdfItemsToText turns wide gaps into tabs and narrow ones into spaces', () => {
    const at = (str: string, x: number, width: number, height = 10) => ({ str, transform: [height, 0, 0, height, x, 700], width, height });
    expect(pdfItemsToText([at('Nama', 50, 20), at(' ', 70, 40, 0), at('NIP', 110, 15), at(' ', 125, 3, 0), at('Budi', 128, 18), at('Santoso', 150, 30)])).toBe(
      'Nama\tNIP Budi Santoso',
    );
  });
  it('pdfItemsToText indents the lines under a list item\'s text (a scan loses the spaces)', () => {
    // "1. Rahmat Hidayat" then "NIP. …", "Jabatan …" starting under "Rahmat", then "2. Dewi" at the margin.
    const at = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 });
    const lines = pdfItemsToText([
      at('1.', 50, 700), at('Rahmat', 65, 700), at('Hidayat', 100, 700),
      at('NIP.', 65, 686), at('19870707', 87, 686),
      at('Jabatan:', 65, 672), at('Ketua', 108, 672),
      at('2.', 50, 658), at('Dewi', 65, 658),
    ]).split('\n');
    expect(lines).toEqual(['1. Rahmat Hidayat', '        NIP. 19870707', '        Jabatan: Ketua', '2. Dewi']);
  });
});
