import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/documents';

/**
 * PDFs printed by Chromium from HTML (tests/fixtures/pdf-layout, made by its make-pdfs.ts): tables
 * with little cell padding whose cells wrap, borderless label tables, justified paragraphs and labels
 * centred beside their wrapped values come back as rows and cells.
 */
async function lines(name: string): Promise<string[]> {
  const bytes = readFileSync(new URL(`../../fixtures/pdf-layout/${name}.chromium.pdf`, import.meta.url));
  const r = await extractText({ name: `${name}.pdf`, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  if (!('text' in r)) throw new Error(r.error);
  return r.text.split('\n');
}

describe('PDF layout of Chromium prints', () => {
  it('rebuilds a ruled table: a narrow column beside the next is its own column, each row wrapped in its cells is one line', async () => {
    const text = await lines('01-ruled-wrapped-table');
    expect(text).toContain('No\tNama / NIP\tJabatan\tEmail\tHP');
    expect(text).toContain('1\tAndi Saputra Wijayakusuma, S.T. 19880908 201101 1 006\tPengelola Pengadaan Barang/Jasa Ahli Muda\tandi.saputra@contohkab.go.id\t0813 5500 2761');
    expect(text).toContain('2\tRina Marlina, S.E. 19910213 201503 2 004\tPranata Komputer\trina.marlina@gmail.com\t0852 9933 1408');
  });

  it('keeps each label row of a lettered table on its own line (an empty first column is no wrapped line when the text fitted)', async () => {
    const text = (await lines('02-lettered-label-table')).map((l) => l.trim());
    expect(text).toContain('a.\tNama\t: Frans Wenas, S.T.');
    expect(text).toContain('NIP\t: 19820114 200902 1 003');
    expect(text).toContain('Jabatan baru\t: Kepala Bidang Kawasan Permukiman');
    expect(text).toContain('Email\t: frans.wenas@contohkota.go.id');
  });

  it('puts a label centred beside its wrapped value on the value’s first line, and reads a justified line with spaces', async () => {
    const text = await lines('03-justified-and-centred-label');
    expect(text).toContain('Nomor\t: 000.3/118/PBJ/IV/2026');
    const perihal = text.indexOf('Perihal\t: Pembuatan Akun SPSE bagi Anggota');
    expect(perihal).toBeGreaterThanOrEqual(0);
    expect(text[perihal + 1]).toMatch(/^\s+Kelompok Kerja Pemilihan Tahun 2026$/);
    expect(text).toContain('Dengan hormat, menyusul pelantikan pejabat administrator di');
  });
});
