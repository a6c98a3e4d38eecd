import { describe, expect, it } from 'vitest';
import { joinOcrPages, ocrPageLines, type TessLine } from '../../../lib/documents/ocr-layout';
import { line, page } from './ocr-words';

/**
 * Tables on scans and photos, rebuilt from recognised word boxes made up for each case (no fixture's
 * words): the structure facts of a scanned table — headings wrapped over two lines, ruled bars read
 * as letters, cells of two lines — each on its own.
 */

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

describe('ruled lines read as marks', () => {
  it('leaves out a vertical rule\'s stub read as a dash between two cells (a mark twice as tall as the line\'s words), so the columns stay apart', () => {
    const stub = line(230, [[200, 290, 'Nugroho,'], [440, 520, '201101'], [530, 545, '1'], [640, 690, 'Ahli'], [700, 760, 'Muda'], [772, 786, '—', 55], [800, 860, '4410']], 30);
    stub.words[5].bbox.y0 = 230 - 40;
    const out = texts(
      line(150, [[110, 140, 'NO'], [230, 300, 'NAMA'], [450, 500, 'NIP'], [650, 750, 'JABATAN'], [805, 850, 'NO.'], [930, 1030, 'SUREL']], 30),
      line(176, [[205, 310, 'LENGKAP'], [806, 845, 'HP']], 30),
      line(204, [[112, 122, '1'], [200, 260, 'Bayu'], [440, 550, '19880304'], [640, 760, 'Analis'], [800, 860, '0812'], [930, 1150, 'bayu.n@contoh.go.id']], 30),
      stub,
      line(256, [[440, 480, '005'], [800, 850, '771']], 30),
      line(290, [[112, 122, '2'], [200, 260, 'Dewi'], [272, 330, 'Lestari'], [440, 550, '19900812'], [640, 760, 'Pengelola'], [800, 860, '0852'], [930, 1150, 'dewi.l@contoh.go.id']], 30),
      line(316, [[440, 520, '201503'], [530, 545, '2'], [640, 690, 'PBJ'], [800, 860, '6610']], 30),
      line(342, [[440, 480, '001'], [800, 850, '992']], 30),
    );
    expect(out).toEqual([
      'NO\tNAMA LENGKAP\tNIP\tJABATAN\tNO. HP\tSUREL',
      '1\tBayu Nugroho,\t19880304 201101 1 005\tAnalis Ahli Muda\t0812 4410 771\tbayu.n@contoh.go.id',
      '2\tDewi Lestari\t19900812 201503 2 001\tPengelola PBJ\t0852 6610 992\tdewi.l@contoh.go.id',
    ]);
  });
});

describe('rows of labels beside a date', () => {
  it('keeps each label on its own line when the first row is a label, its colon and value with the date right of it, and the colons below were misread', () => {
    const out = texts(
      line(350, [[240, 330, 'Nomor'], [420, 425, ':'], [450, 700, '045/ 118 /Setwan/2026'], [1130, 1240, 'Mamuju,'], [1255, 1270, '9'], [1285, 1400, 'Juli 2026']], 27),
      line(384, [[240, 365, 'Lampiran'], [420, 450, 'ia', 8]], 27),
      line(418, [[240, 330, 'Perihal'], [421, 424, '.', 92], [452, 620, 'Permohonan'], [633, 700, 'Akun'], [713, 800, 'Pejabat']], 27),
      line(452, [[421, 424, '"', 62], [451, 600, 'Pengadaan']], 27),
    );
    expect(out[0]).toMatch(/^Nomor\t: 045\/ 118 \/Setwan\/2026\tMamuju, 9 Juli 2026$/);
    expect(out.slice(1).map((t) => t.split('\t')[0].trim())).toEqual(expect.arrayContaining(['Lampiran', 'Perihal']));
    expect(out.find((t) => t.startsWith('Perihal'))).toMatch(/Permohonan Akun Pejabat/);
  });
});

describe('a colon column', () => {
  it('reads the marks in the colon column of a run of labels (a dot, a quote) as that label\'s colon when only the first colon was read right', () => {
    const out = texts(
      line(350, [[240, 330, 'Nomor'], [420, 425, ':'], [450, 700, '045/ 118 /Setwan/2026'], [1130, 1240, 'Mamuju,'], [1255, 1270, '9'], [1285, 1400, 'Juli 2026']], 27),
      line(384, [[240, 330, 'Sifat'], [421, 424, "'", 70], [452, 540, 'Biasa']], 27),
      line(418, [[240, 330, 'Perihal'], [421, 424, '.', 92], [452, 620, 'Permohonan'], [633, 700, 'Akun'], [713, 780, 'Baru'], [792, 860, 'bagi'], [872, 1000, 'Pejabat']], 27),
      line(452, [[421, 424, '"', 62], [451, 600, 'Pengadaan'], [612, 780, 'Barang/Jasa']], 27),
    );
    expect(out).toEqual(['Nomor\t: 045/ 118 /Setwan/2026\tMamuju, 9 Juli 2026', 'Sifat\t: Biasa', 'Perihal\t: Permohonan Akun Baru bagi Pejabat Pengadaan Barang/Jasa']);
  });
});

describe('a rule\'s corner read as a letter', () => {
  it('leaves out a capital or bar half as tall as the line\'s words (the bottom corner of a ruled table read as "L", a stub as "|"), so the wrapped line stays in its row', () => {
    const corner = line(330, [[100, 106, 'L', 56], [170, 300, 'A.Md.Kom.'], [520, 521, '|', 78], [640, 700, '2047']], 24);
    corner.words[0].bbox.y0 = 320;
    corner.words[2].bbox.y0 = 324;
    const out = texts(
      line(200, [[100, 140, 'No'], [170, 240, 'Nama'], [400, 440, 'NIK'], [540, 610, 'Status'], [640, 740, 'Telp/HP']], 24),
      line(240, [[110, 120, '1'], [170, 260, 'Rudi'], [270, 350, 'Hartono,'], [380, 500, '7306011203950002'], [540, 600, 'Non-'], [640, 700, '0812'], [712, 770, '5511']], 24),
      line(270, [[170, 240, 'S.Kom.'], [540, 590, 'ASN'], [640, 700, '3301']], 24),
      line(305, [[110, 120, '2'], [170, 250, 'Sinta'], [262, 330, 'Dewi,'], [380, 500, '7306024408970001'], [540, 600, 'Non-'], [640, 700, '0821'], [712, 770, '9966']], 24),
      corner,
    );
    expect(out).toEqual(['No\tNama\tNIK\tStatus\tTelp/HP', '1\tRudi Hartono, S.Kom.\t7306011203950002\tNon- ASN\t0812 5511 3301', '2\tSinta Dewi, A.Md.Kom.\t7306024408970001\tNon-\t0821 9966 2047']);
  });
});

describe('columns of a small-type table measured from its rows', () => {
  it('measures the columns from the rows, not from a heading\'s second line that reaches past its column, and leaves out a rule\'s stub read as a tall dot', () => {
    const dot = line(300, [[352, 362, '2'], [380, 388, '.', 19], [404, 445, 'Fitri'], [455, 520, 'Syam'], [551, 645, '19890711'], [674, 740, 'Penata'], [860, 954, 'Pengelola'], [982, 1029, '0852'], [1060, 1370, 'fitri.syam@contoh.go.id']], 21);
    dot.words[1].bbox.y0 = 300 - 36;
    const out = texts(
      line(200, [[359, 390, 'NO'], [439, 500, 'NAMA'], [587, 620, 'NIP'], [677, 800, 'PANGKAT'], [860, 950, 'JABATAN'], [992, 1030, 'NO.'], [1145, 1290, 'ALAMAT SUREL']], 27),
      line(224, [[419, 529, 'LENGKAP'], [993, 1029, 'WA']], 27),
      line(256, [[358, 365, '1'], [408, 434, 'Dr.'], [443, 523, 'Hasanuddin'], [554, 649, '19730509'], [676, 759, 'Pembina'], [861, 954, 'Pengelola'], [982, 1026, '0811'], [1059, 1380, 'hasan.ad@contoh.go.id']], 20),
      line(280, [[407, 461, 'Ambo'], [552, 640, '2000031'], [676, 729, '(IV/b)'], [861, 939, 'Madya'], [981, 1028, '4222']], 20),
      dot,
      line(324, [[403, 508, 'Handayani'], [549, 640, '201402 2'], [860, 939, 'Pertama'], [982, 1029, '4144']], 20),
    );
    expect(out).toEqual([
      'NO\tNAMA LENGKAP\tNIP\tPANGKAT\tJABATAN\tNO. WA\tALAMAT SUREL',
      '1\tDr. Hasanuddin Ambo\t19730509 2000031\tPembina (IV/b)\tPengelola Madya\t0811 4222\thasan.ad@contoh.go.id',
      '2\tFitri Syam Handayani\t19890711 201402 2\tPenata\tPengelola Pertama\t0852 4144\tfitri.syam@contoh.go.id',
    ]);
  });
});

describe('a round letter is no rule\'s corner', () => {
  it('keeps the "o" of a wrapped "No" read as "0" at x-height beside a tall heading word (only straight-stroke glyphs are a rule\'s corner)', () => {
    const second = line(190, [[100, 115, '0', 69], [300, 390, 'Korps']], 29);
    second.words[0].bbox.y0 = 190 - 16;
    second.words[1].bbox.y0 = 190 - 29;
    const out = texts(
      line(160, [[100, 118, 'N'], [170, 240, 'Nama'], [300, 400, 'Pangkat /'], [450, 560, 'NRP/NIP'], [620, 720, 'Jabatan']], 27),
      second,
      line(222, [[100, 110, '1'], [170, 260, 'Fransiskus'], [300, 380, 'Kapten'], [450, 640, '11100023456789'], [680, 800, 'Pasi Ops']], 24),
      line(252, [[100, 110, '2'], [170, 240, 'Yuliana'], [300, 380, 'Penata'], [450, 600, '19870101 201001 2 001'], [680, 800, 'Paur Keu']], 24),
    );
    expect(out[0]).toBe('No\tNama\tPangkat / Korps\tNRP/NIP\tJabatan');
  });
});

describe('a letterhead\'s logo beside the kop', () => {
  it('leaves out a mark with no letter or digit (a piece of the logo read as "-") far left of a kop line', () => {
    const out = texts(
      line(243, [[568, 806, 'PEMERINTAH'], [819, 1032, 'KABUPATEN'], [1045, 1213, 'MUSI RAWAS']], 31),
      line(316, [[357, 365, '-', 87], [651, 779, 'DINAS'], [794, 1051, 'PERTANIAN']], 31),
      line(350, [[654, 1234, 'Jalan Lintas Sumatera Km. 12 Muara Beliti']], 22),
    );
    expect(out[1]).toBe('DINAS PERTANIAN');
  });
});

describe('a table drawn with bars (box-drawing or typed "|")', () => {
  /** A line of a bar table: words [x0, x1, text, confidence]; "|" bars 4 px wide. */
  const bar = (x: number, confidence = 92): [number, number, string, number] => [x, x + 4, '|', confidence];
  const cellsOf = (text: string) => text.split('|').map((c) => c.replace(/\s+/g, ' ').trim());

  it('reads each line as its cells between bars: an empty cell read as a word from bar to bar is empty, a bar read as thin letters is a bar, two cells read as one word across their bar are two, rule lines go', () => {
    const out = texts(
      line(80, [[100, 900, 'Kami mohon diberikan hak akses bagi pegawai berikut:']], 28),
      line(140, [bar(100), [120, 150, 'No'], bar(170), [190, 260, 'Nama'], bar(480), [500, 540, 'NIP'], bar(760), [780, 880, 'Jabatan'], bar(1100)], 30),
      // The rule under the heading: its junctions read as strokes, and its first cell as a word from bar to bar.
      line(170, [[101, 174, 'lea', 44], [480, 484, 'l', 77], [760, 764, '1', 78], [1100, 1104, '|', 95]], 26),
      // Two cells read as one word across their bar ("S.E.|19800101"); a bar glued to a cell's end ("0|").
      line(205, [bar(100), [120, 130, '1'], bar(170), [190, 300, 'Yohanes'], [312, 400, 'Bria,'], [412, 615, 'S.E.|19800101'], [632, 720, '200501'], [732, 742, '1'], [750, 768, '0|'], [780, 880, 'Auditor'], [892, 990, 'Muda'], bar(1100)], 30),
      // The row's wrapped line: its empty number and name cells read unsurely as one word from bar to bar.
      line(240, [[101, 480, 'kesal', 14], [500, 530, '12'], bar(760), [780, 900, 'Pertama'], bar(1100)], 30),
      line(280, [[97, 127, '12', 77], bar(170), [190, 280, 'Maria'], [292, 360, 'Ulu'], bar(480), [500, 620, '19900202'], [632, 720, '201503'], [732, 742, '2'], [750, 768, '0|'], [780, 880, 'Auditor'], bar(1100)], 30),
      // A bar read unsurely as letters as narrow as itself ("TI").
      line(315, [bar(100), [171, 173, 'TI', 0], [190, 250, 'M.Ak.'], bar(480), [500, 530, '05'], bar(760), bar(1100)], 30),
      // The bottom rule's junctions, surely read.
      line(345, [[100, 104, 'l', 70], [170, 174, 'l', 70], [480, 484, '1', 67], [760, 764, '1', 58], [1100, 1104, '|', 86]], 26),
      line(420, [[100, 900, 'Atas perhatian Saudara diucapkan terima kasih.']], 28),
    );
    expect(out[0]).toBe('Kami mohon diberikan hak akses bagi pegawai berikut:');
    expect(out.slice(1, -1).map(cellsOf)).toEqual([
      ['', 'No', 'Nama', 'NIP', 'Jabatan', ''],
      ['', '1', 'Yohanes Bria, S.E.', '19800101 200501 1 0', 'Auditor Muda', ''],
      ['', '', '', '12', 'Pertama', ''],
      ['', '2', 'Maria Ulu', '19900202 201503 2 0', 'Auditor', ''],
      ['', '', 'M.Ak.', '05', '', ''],
    ]);
    expect(out[out.length - 1]).toBe('Atas perhatian Saudara diucapkan terima kasih.');
  });
});

describe('the end of a table', () => {
  it('ends a table\'s body at a line of prose even when a wide gap splits it in two (its first part wider than half the table): the columns come from the rows above it', () => {
    const out = texts(
      line(188, [[248, 273, 'N'], [389, 487, 'Nama'], [666, 729, 'NIP'], [866, 999, 'Jabatan'], [1146, 1242, 'Email'], [1371, 1490, 'No. HP']], 30),
      line(261, [[239, 254, '5'], [309, 468, 'Lanur, S.T.'], [593, 734, '19880402'], [829, 936, 'Kepala'], [1065, 1304, 'lanur@contoh.go.id'], [1350, 1422, '0813']], 30),
      line(296, [[593, 734, '2011012'], [829, 936, 'Bidang'], [1350, 1422, '7732']], 30),
      line(369, [[239, 254, '6'], [310, 562, 'Stefanus Ndoen,'], [595, 744, '19900912'], [829, 1033, 'Kepala UPTD'], [1065, 1307, 'stefanus@contoh.go.id'], [1349, 1511, '0852 3914']], 30),
      line(404, [[310, 363, 'S.T.'], [593, 733, '201503 1'], [829, 975, 'Peralatan'], [1349, 1423, '6608']], 30),
      line(515, [[238, 1017, 'Demikian permohonan ini kami sampaikan,'], [1045, 1494, 'atas perhatian dan kerja']], 33),
      line(554, [[238, 800, 'samanya diucapkan terima kasih.']], 33),
    );
    expect(out.slice(0, 3)).toEqual([
      'N\tNama\tNIP\tJabatan\tEmail\tNo. HP',
      '5\tLanur, S.T.\t19880402 2011012\tKepala Bidang\tlanur@contoh.go.id\t0813 7732',
      '6\tStefanus Ndoen, S.T.\t19900912 201503 1\tKepala UPTD Peralatan\tstefanus@contoh.go.id\t0852 3914 6608',
    ]);
  });
});

describe('a table going on after a page break', () => {
  it('takes the first line under a repeated heading with an empty number cell for the end of a row from the page before, and still joins the next rows\' wrapped lines', () => {
    const out = texts(
      line(188, [[248, 273, 'N'], [389, 487, 'Nama'], [666, 729, 'NIP'], [866, 999, 'Jabatan'], [1146, 1242, 'Email'], [1371, 1490, 'No. HP']], 30),
      line(261, [[309, 468, 'Lanur, S.T.'], [593, 734, '2011012'], [829, 936, 'Bidang'], [1065, 1204, 'mail.com'], [1350, 1422, '7732']], 30),
      line(296, [[593, 647, '006'], [829, 970, 'Penataan']], 30),
      line(369, [[239, 254, '6'], [310, 562, 'Stefanus Ndoen,'], [595, 744, '19900912'], [829, 1033, 'Kepala UPTD'], [1065, 1307, 'stefanus@contoh.go.id'], [1349, 1511, '0852 3914']], 30),
      line(404, [[310, 363, 'S.T.'], [593, 733, '201503 1'], [829, 975, 'Peralatan'], [1349, 1423, '6608']], 30),
      line(440, [[593, 647, '005']], 30),
      line(515, [[238, 1017, 'Demikian permohonan ini kami sampaikan,'], [1045, 1494, 'atas perhatian dan kerja']], 33),
    );
    expect(out.slice(1, 3)).toEqual(['\tLanur, S.T.\t2011012 006\tBidang Penataan\tmail.com\t7732', '6\tStefanus Ndoen, S.T.\t19900912 201503 1 005\tKepala UPTD Peralatan\tstefanus@contoh.go.id\t0852 3914 6608']);
  });
});

describe('a scanned table row broken by a page break', () => {
  it('joins the piece under the heading repeated on the next page to the last row of the page before, cell by cell, with its words for the review', () => {
    const heading = (y: number) => line(y, [[248, 273, 'No'], [389, 487, 'Nama'], [666, 729, 'NIP'], [866, 999, 'Jabatan'], [1146, 1242, 'Email']], 30);
    const one = ocrPageLines(
      page(
        heading(1900),
        line(1960, [[239, 254, '4'], [309, 520, 'Hironimus Darut'], [593, 744, '19850726 201001 1 019'], [829, 1000, 'Kepala Bidang'], [1065, 1300, 'hiro@contoh.go.id']], 30),
        line(2000, [[239, 254, '5'], [309, 480, 'Maria Yasinta'], [593, 734, '19880402'], [829, 936, 'Kepala'], [1065, 1300, 'yasinta.lanur@conto']], 30),
      ),
      1,
    );
    const two = ocrPageLines(
      page(
        heading(188),
        line(261, [[309, 468, 'Lanur, S.T.'], [593, 734, '201101 2 006'], [829, 936, 'Bidang'], [1065, 1204, 'h.go.id']], 30),
        line(369, [[239, 254, '6'], [310, 562, 'Stefanus Ndoen'], [595, 744, '19900912 201503 1 005'], [829, 1033, 'Kepala UPTD'], [1065, 1307, 'stefanus@contoh.go.id']], 30),
      ),
      2,
    );
    const { text, scan } = joinOcrPages([one, two]);
    const lines = text.split('\n');
    expect(lines).toContain('5\tMaria Yasinta Lanur, S.T.\t19880402 201101 2 006\tKepala Bidang\tyasinta.lanur@contoh.go.id');
    expect(lines.filter((l) => l.startsWith('\tLanur'))).toEqual([]);
    expect(lines).toContain('6\tStefanus Ndoen\t19900912 201503 1 005\tKepala UPTD\tstefanus@contoh.go.id');
    // One scan line per text line; the joined row carries the words of both pieces.
    expect(scan.lines).toHaveLength(lines.length);
    const joined = scan.lines[lines.findIndex((l) => l.startsWith('5\t'))];
    expect(joined.words.map((w) => w.text)).toEqual(expect.arrayContaining(['Maria Yasinta', 'Lanur, S.T.', 'h.go.id']));
  });
});

describe('a ruled table\'s bars outside a bar table', () => {
  it('takes lone bars on a line that starts with one (a ruled table\'s left border and a cell\'s border) for rules, not capital I, so the line stays a wrapped line of its row', () => {
    const out = texts(
      line(215, [[344, 380, 'NO'], [420, 520, 'NAMA'], [646, 700, 'NIP'], [860, 960, 'JABATAN'], [980, 1030, 'HP']], 22),
      line(240, [[344, 355, '4'], [396, 488, 'AndiNur'], [500, 600, 'Fadhilah,'], [646, 743, '19930130'], [859, 955, 'Pengelola'], [983, 1029, '0821']], 22),
      line(265, [[646, 743, '2019032'], [859, 892, 'PBJ'], [900, 938, 'Ahli'], [983, 1031, '9544']], 22),
      line(290, [[331, 333, '|', 84], [384, 385, '|', 77], [395, 432, 'SE.'], [646, 679, '009'], [859, 941, 'Pertama'], [984, 1031, '1873']], 22),
      line(360, [[330, 900, 'Demikian permohonan ini, atas perhatiannya diucapkan terima kasih.']], 29),
      line(400, [[330, 420, 'Pokja'], [430, 432, '|', 90], [442, 520, 'berikut']], 29),
    );
    expect(out[1]).toBe('4\tAndiNur Fadhilah, SE.\t19930130 2019032 009\tPengelola PBJ Ahli Pertama\t0821 9544 1873');
    expect(out[out.length - 1]).toBe('Pokja I berikut');
  });
});

describe('a label centred beside the middle line of its wrapped value', () => {
  const header = (lampiran: [number, number, string, number?][]) =>
    texts(
      line(529, [[239, 378, 'Lampiran'], [429, 433, ':'], ...lampiran], 29),
      line(565, [[460, 647, 'Permohonan'], [661, 830, 'Pembuatan'], [842, 916, 'Akun'], [930, 1002, 'SPSE']], 30),
      line(600, [[460, 570, 'Pejabat'], [583, 715, 'Pembuat'], [728, 878, 'Komitmen'], [893, 968, '(PPK)'], [983, 1054, 'pada']], 27),
      line(636, [[240, 338, 'Perihal'], [429, 433, ':'], [460, 541, 'Dinas'], [555, 700, 'Pekerjaan'], [714, 810, 'Umum'], [824, 877, 'dan'], [892, 1030, 'Penataan']], 30),
      line(671, [[460, 551, 'Ruang'], [566, 679, 'Provinsi'], [695, 798, 'Maluku'], [810, 899, 'Tahun'], [911, 1056, 'Anggaran']], 30),
      line(707, [[459, 532, '2027']], 28),
    );

  it('puts the label (on a value line with as many of the value\'s lines above it as below) on the value\'s first line', () => {
    const out = header([[458, 467, '-']]);
    expect(out[0]).toBe('Lampiran\t: -');
    expect(out[1]).toMatch(/^Perihal\t: Permohonan Pembuatan Akun SPSE\b/);
    expect(out.slice(1).join(' ').replace(/\s+/g, ' ')).toBe(
      'Perihal : Permohonan Pembuatan Akun SPSE Pejabat Pembuat Komitmen (PPK) pada Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Maluku Tahun Anggaran 2027',
    );
  });

  it('leaves the label where it is when the lines above are the label above\'s value wrapped (its line runs to the column\'s edge)', () => {
    const out = header([[458, 560, 'Dokumen'], [572, 700, 'Pendukung'], [712, 820, 'Usulan'], [832, 1040, 'Pengangkatan']]);
    expect(out[0]).toMatch(/^Lampiran\t: Dokumen Pendukung Usulan Pengangkatan\b/);
    expect(out.find((t) => t.startsWith('Perihal'))).toMatch(/^Perihal\t: Dinas Pekerjaan/);
  });
});

describe('a row number read as a bar', () => {
  it('keeps a row whose number was read unsurely as "|" in the number column apart from the row above (no left border: the other rows\' numbers stand there)', () => {
    const out = texts(
      line(1200, [[238, 270, 'No'], [294, 360, 'Nama'], [499, 540, 'NIP'], [837, 940, 'Jabatan'], [1160, 1250, 'No. HP']], 22),
      line(1240, [[238, 249, '1'], [294, 380, 'Abraham'], [392, 470, 'Pattiwael'], [499, 608, '19700225'], [837, 908, 'Kepala'], [918, 990, 'Bidang'], [1160, 1213, '0811'], [1223, 1277, '4701']], 22),
      line(1266, [[498, 580, '199803'], [591, 600, '1'], [611, 650, '004'], [837, 920, 'Bina'], [930, 1000, 'Marga'], [1160, 1213, '228']], 22),
      line(1296, [[238, 250, '2'], [293, 374, 'Charles'], [382, 454, 'Tahitu,'], [499, 608, '19820430'], [837, 908, 'Kepala'], [918, 973, 'Seksi'], [1160, 1213, '0852'], [1223, 1277, '4399']], 22),
      line(1322, [[293, 340, 'S.T.'], [498, 580, '200904'], [591, 600, '1'], [611, 650, '003'], [837, 946, 'Bangunan'], [1161, 1214, '1620']], 22),
      line(1351, [[238, 249, '|', 47], [294, 399, 'Nurhayati'], [499, 608, '19870626'], [835, 901, 'Teknik'], [912, 964, 'Jalan'], [1160, 1213, '0821'], [1223, 1277, '4466']], 22),
      line(1377, [[292, 395, 'Tuasamu,'], [406, 448, 'S.T.,'], [498, 579, '201001'], [590, 600, '2'], [611, 650, '025'], [836, 875, 'dan'], [883, 988, 'Jembatan'], [1160, 1213, '1793']], 22),
    );
    expect(out).toHaveLength(4);
    expect(out[2]).toBe('2\tCharles Tahitu, S.T.\t19820430 200904 1 003\tKepala Seksi Bangunan\t0852 4399 1620');
    expect(out[3]).toMatch(/^\|\tNurhayati Tuasamu, S\.T\.,\t19870626 201001 2 025\t/);
  });

  it('still leaves out a left border read as "|" that stands left of the row numbers', () => {
    const out = texts(
      line(1200, [[229, 232, '|', 87], [238, 270, 'No'], [294, 360, 'Nama'], [499, 540, 'NIP']], 22),
      line(1240, [[238, 252, '1.'], [294, 380, 'Abraham'], [499, 700, '19700225199803100']], 22),
      line(1270, [[238, 252, '2.'], [293, 374, 'Charles'], [499, 700, '19820430200904100']], 22),
    );
    expect(out[0]).toBe('No\tNama\tNIP');
  });
});

describe('a centred heading word over a word inside the cells below', () => {
  it('takes no column start from a heading word that lines up with words going on inside the rows\' cells (a word space after the word before), and keeps a contact cell of two lines whole', () => {
    const out = texts(
      line(985, [[243, 278, 'No'], [432, 509, 'Nama'], [520, 529, '/'], [540, 585, 'NIP'], [771, 875, 'Jabatan'], [886, 894, '/'], [906, 1018, 'Pangkat'], [1229, 1326, 'Kontak']], 23),
      line(1019, [[240, 260, '1.'], [308, 443, 'Agustinus'], [453, 547, 'Youwe,'], [560, 617, 'S.E.'], [733, 834, 'Auditor'], [843, 892, 'Ahli'], [906, 993, 'Madya'], [1082, 1123, 'HP:'], [1137, 1203, '0811'], [1216, 1284, '4820'], [1296, 1362, '5512']], 27),
      line(1051, [[310, 352, 'NIP'], [365, 500, '19740811'], [515, 616, '199903'], [629, 703, '1005'], [735, 850, 'Pembina'], [861, 900, 'Tk.'], [914, 918, '1'], [931, 1002, '(IV/b)'], [1082, 1173, 'E-mail:']], 27),
      line(1084, [[1081, 1449, 'agustinusyouwe@gmail.com']], 27),
      line(1149, [[239, 260, '2.'], [310, 403, 'Natalia'], [416, 506, 'Sawor,'], [519, 594, 'S.Ak.'], [733, 834, 'Auditor'], [843, 892, 'Ahli'], [906, 977, 'Muda'], [1082, 1123, 'HP:'], [1137, 1203, '0812'], [1216, 1283, '4899'], [1296, 1362, '0361']], 27),
      line(1182, [[310, 352, 'NIP'], [365, 501, '19860214'], [514, 615, '201001'], [628, 641, '2'], [655, 704, '009'], [735, 826, 'Penata'], [837, 876, 'Tk.'], [890, 893, '|', 60], [907, 975, '(III/d)'], [1082, 1173, 'E-mail:']], 27),
      line(1214, [[1082, 1446, 'nataliasawor@papua.go.id']], 29),
    );
    expect(out).toEqual([
      'No\tNama / NIP\tJabatan / Pangkat\tKontak',
      '1.\tAgustinus Youwe, S.E. NIP 19740811 199903 1005\tAuditor Ahli Madya Pembina Tk. 1 (IV/b)\tHP: 0811 4820 5512 E-mail: agustinusyouwe@gmail.com',
      '2.\tNatalia Sawor, S.Ak. NIP 19860214 201001 2 009\tAuditor Ahli Muda Penata Tk. I (III/d)\tHP: 0812 4899 0361 E-mail: nataliasawor@papua.go.id',
    ]);
  });
});

describe('a colon column of two colons read right and one misread', () => {
  it('reads a dot at the colons\' x as a colon and drops the quote left of the value\'s wrapped line (two colons and the marks at their x make the column)', () => {
    const out = texts(
      line(517, [[239, 315, 'Sifat'], [421, 425, ':'], [451, 540, 'Biasa']], 33),
      line(575, [[238, 377, 'Lampiran'], [421, 425, ':'], [453, 466, '1'], [483, 576, '(satu)'], [590, 708, 'lembar']], 33),
      line(633, [[238, 295, 'Hal'], [421, 425, '.', 86], [451, 567, 'Usulan'], [580, 767, 'Pembuatan'], [779, 865, 'Akun'], [879, 966, 'SPSE']], 35),
      line(672, [[421, 425, '"', 55], [451, 574, 'Pejabat'], [587, 770, 'Pengadaan']], 33),
    );
    expect(out.slice(2)).toEqual(['Hal\t: Usulan Pembuatan Akun SPSE Pejabat Pengadaan']);
  });
});

describe('a sliver read as a word', () => {
  it('leaves out a word of several letters read unsurely from a box a few pixels wide (a photo\'s smudge in the number column), so the wrapped line stays in its row', () => {
    const out = texts(
      line(1100, [[322, 350, 'No'], [378, 520, 'Nama / NIP'], [671, 800, 'Jabatan']], 22),
      line(1147, [[322, 339, '3.'], [378, 437, 'Ferdy'], [447, 610, 'Lekatompessy,'], [671, 752, 'Auditor'], [759, 798, 'Ahli']], 22),
      line(1175, [[377, 415, 'S.E.'], [672, 761, 'Pertama']], 23),
      line(1202, [[376, 411, 'NIP'], [421, 531, '19940620'], [540, 622, '201903'], [633, 643, '1']], 22),
      line(1230, [[304, 306, 'jins', 10], [374, 414, '008']], 32),
    );
    expect(out).toEqual(['No\tNama / NIP\tJabatan', '3.\tFerdy Lekatompessy, S.E. NIP 19940620 201903 1 008\tAuditor Ahli Pertama']);
  });
});

describe('a lettered list item over a person\'s labels', () => {
  it('writes the item\'s letter and its sentence with spaces, not a cell\'s tab, so the labels under it are the person\'s', async () => {
    const { parseLetter } = await import('../../../lib/letter/parse');
    const out = texts(
      line(400, [[200, 260, 'Hal'], [330, 334, ':'], [350, 500, 'Penggantian'], [512, 560, 'PPK']], 26),
      line(470, [[200, 222, 'a.'], [280, 460, 'Menonaktifkan'], [472, 520, 'user'], [532, 560, 'ID'], [572, 620, 'PPK'], [632, 680, 'atas'], [692, 750, 'nama'], [760, 764, ':']], 26),
      line(505, [[280, 350, 'Nama'], [420, 424, ':'], [440, 560, 'Yulianti,'], [572, 640, 'S.Sos']], 26),
      line(540, [[280, 330, 'NIP'], [420, 424, ':'], [440, 560, '19750612'], [572, 650, '199903'], [662, 672, '2'], [684, 730, '004']], 26),
      line(575, [[280, 380, 'Jabatan'], [420, 424, ':'], [440, 540, 'Kepala'], [552, 680, 'Subbagian'], [692, 760, 'Umum']], 26),
    );
    expect(out.find((t) => t.startsWith('a.'))).toBe('a.   Menonaktifkan user ID PPK atas nama :');
    const person = parseLetter(out.join('\n')).people[0];
    expect([person.name, person.nip, person.position]).toEqual(['Yulianti, S.Sos', '197506121999032004', 'Kepala Subbagian Umum']);
  });
});

describe('one value line between two labels of a column', () => {
  it('stays the wrapped end of the label above\'s value (a NIP broken between its groups), not the first line of the label below', () => {
    const out = texts(
      line(500, [[100, 160, 'NIP'], [300, 304, ':'], [320, 440, '19920518'], [452, 510, '2019']], 26),
      line(535, [[320, 346, '02'], [358, 368, '1'], [380, 420, '004']], 26),
      line(570, [[100, 200, 'Jabatan'], [300, 304, ':'], [320, 420, 'Pranata'], [432, 560, 'Komputer'], [572, 620, 'Ahli']], 26),
      line(605, [[320, 430, 'Pertama']], 26),
    );
    expect(out[0]).toMatch(/^NIP\t: 19920518 2019\b/);
    expect(out.find((t) => t.startsWith('Jabatan'))).toMatch(/^Jabatan\t: Pranata Komputer Ahli\b/);
  });
});
