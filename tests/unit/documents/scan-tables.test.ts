import { describe, expect, it } from 'vitest';
import { ocrPageLines, type TessLine } from '../../../lib/documents/ocr-layout';

/**
 * Tables on scans and photos, rebuilt from recognised word boxes made up for each case (no fixture's
 * words): the structure facts of a scanned table — headings wrapped over two lines, ruled bars read
 * as letters, cells of two lines — each on its own.
 */

/** A recognised line: words [x0, x1, text, confidence] on a baseline at y. */
function line(y: number, words: [number, number, string, number?][], rowHeight = 28): TessLine {
  return {
    words: words.map(([x0, x1, text, confidence = 95]) => ({ text, confidence, bbox: { x0, y0: y - 20, x1, y1: y } })),
    baseline: { x0: words[0][0], y0: y, x1: words[words.length - 1][1], y1: y },
    rowAttributes: { rowHeight },
  };
}
const page = (...lines: TessLine[]) => [{ paragraphs: [{ lines }] }];
const texts = (...lines: TessLine[]) => ocrPageLines(page(...lines), 1).map((l) => l.text);

describe('a heading row wrapped onto a second line', () => {
  it('keeps the second heading line in the heading when a narrow "No" wrapped as "N" / "0" and the other headings are centred in their cells', () => {
    const out = texts(
      line(100, [[120, 900, 'Kami mohon dibuatkan akun bagi pejabat berikut:']], 26),
      line(150, [[121, 134, 'N'], [170, 232, 'Nama'], [242, 330, 'Lengkap'], [420, 455, 'NIP'], [585, 670, 'Jabatan'], [760, 820, 'Surel'], [1010, 1090, 'Telepon']], 22),
      line(176, [[122, 134, '0', 60], [196, 226, 'dan'], [236, 290, 'Gelar'], [1012, 1086, 'Seluler']], 22),
      line(204, [[118, 128, '1'], [160, 210, 'Yohana'], [220, 300, 'Mbete,'], [312, 350, 'S.T.'], [400, 560, '19800211 200604 2 013'], [575, 620, 'PPK'], [630, 700, 'Jalan'], [750, 990, 'yohana.mbete@contoh.go.id'], [1005, 1140, '0812-3300-4411']], 22),
      line(230, [[575, 640, 'Kota']], 22),
      line(258, [[118, 128, '2'], [160, 230, 'Markus'], [240, 300, 'Lede'], [400, 560, '19850617 201001 1 006'], [575, 620, 'PPK'], [630, 720, 'Gedung'], [750, 990, 'markus.lede@contoh.go.id'], [1005, 1140, '0813-4400-5522']], 22),
    );
    expect(out.slice(2)).toEqual([
      'No\tNama Lengkap dan Gelar\tNIP\tJabatan\tSurel\tTelepon Seluler',
      '1\tYohana Mbete, S.T.\t19800211 200604 2 013\tPPK Jalan Kota\tyohana.mbete@contoh.go.id\t0812-3300-4411',
      '2\tMarkus Lede\t19850617 201001 1 006\tPPK Gedung\tmarkus.lede@contoh.go.id\t0813-4400-5522',
    ]);
  });
});
