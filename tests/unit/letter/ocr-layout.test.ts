import { describe, expect, it } from 'vitest';
import { joinOcrPages, ocrPageLines, unmarkLabel, unstarLabel, type TessLine } from '../../../lib/documents/ocr-layout';
import { applyScan, OCR_SURE, parseExtracted, SCAN_NOTES } from '../../../lib/letter/scan-evidence';
import { parseLetter } from '../../../lib/letter/parse';

/** A recognised line: words [x0, x1, text, confidence] on a baseline at y (deskewed image pixels). */
function line(y: number, words: [number, number, string, number][]): TessLine {
  return {
    words: words.map(([x0, x1, text, confidence]) => ({ text, confidence, bbox: { x0, y0: y - 20, x1, y1: y } })),
    baseline: { x0: words[0][0], y0: y, x1: words[words.length - 1][1], y1: y },
    rowAttributes: { rowHeight: 28 },
  };
}
const page = (...lines: TessLine[]) => [{ paragraphs: [{ lines }] }];

describe('OCR page layout', () => {
  it('keeps a tab stop as a tab and gives each line its lowest word confidence and box', () => {
    const lines = ocrPageLines(page(line(100, [[100, 170, 'Nama', 96], [400, 410, ':', 91], [420, 520, 'Ratna', 95], [530, 620, 'Dewi', 61]])), 1);
    expect(lines.map((l) => l.text)).toEqual(['Nama\t: Ratna Dewi']);
    expect(lines[0].line).toMatchObject({ confidence: 0.61, page: 1, box: { x: 100, y: 80, width: 520, height: 20 } });
    expect(lines[0].line.words.map((w) => w.text)).toEqual(['Nama', ':', 'Ratna', 'Dewi']);
  });

  it('leaves out a letterhead logo read as a word far left of the kop ("x&"), not a row number read unsurely', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 180, 'x&', 74], [300, 420, 'DINAS', 96], [440, 700, 'KOMUNIKASI', 96]]),
        line(140, [[100, 130, '2.', 26], [300, 420, 'Wiwik', 96], [440, 560, 'Sulastri', 95]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['DINAS KOMUNIKASI', '2.\tWiwik Sulastri']);
  });

  it('puts words tesseract split into two blocks on one line when they share a baseline', () => {
    const blocks = [...page(line(100, [[100, 170, 'Nomor', 95], [180, 190, ':', 95]])), ...page(line(101, [[200, 420, '027/4/PBJ/2026', 93]]))];
    expect(ocrPageLines(blocks, 1).map((l) => l.text)).toEqual(['Nomor : 027/4/PBJ/2026']);
  });

  it('leaves out a line the recogniser could not read at all (a table rule read as letters), not a line with one sure word', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 140, '|', 94], [150, 220, 'Nama', 95], [230, 240, '|', 93]]),
        line(140, [[100, 300, 'Peer', 6], [310, 400, 'jemari', 1], [410, 430, '|', 36]]),
        line(180, [[100, 140, '|', 95], [150, 220, 'Budi', 42], [230, 240, '|', 61]]),
        line(220, [[100, 140, '|', 95], [150, 220, 'Ani', 92], [230, 240, '|', 93]]),
        line(260, [[100, 140, '|', 95], [150, 220, 'Eko', 92], [230, 240, '|', 93]]),
      ),
      1,
    );
    // The rule's gap is no paragraph break: the table stays one block.
    expect(lines.map((l) => l.text)).toEqual(['| Nama |', '| Budi |', '| Ani |', '| Eko |']);
  });

  it('puts back the bars of a typed table the recogniser read as "(" or "1" or glued to a word, where bars stand in a column', () => {
    // Columns of bars at x 100 and 200 (each character 20 px wide).
    const bar = (x: number): [number, number, string, number] => [x - 10, x + 10, '|', 95];
    const lines = ocrPageLines(
      page(
        // Above the table, a word whose last letter stands where a bar column is keeps it.
        line(60, [[130, 210, 'Hal', 95], [260, 300, ':', 95], [320, 400, 'Permohonan', 95]]),
        line(100, [bar(100), [130, 170, 'No', 95], bar(200), [230, 310, 'Nama', 95], bar(400)]),
        line(140, [[90, 130, '|1', 90], [190, 310, '(Andi', 60], bar(400)]),
        line(180, [[90, 130, '12', 80], bar(200), [230, 310, 'Nurul', 95], bar(400)]),
        line(220, [bar(100), [130, 150, '3', 95], [190, 310, '(|Fajar', 40], bar(400)]),
      ),
      1,
    );
    expect(lines.map((l) => l.text.replace(/\t/g, ' '))).toEqual(['Hal : Permohonan', '| No | Nama |', '| 1 | Andi |', '| 2 | Nurul |', '| 3 | Fajar |']);
    // No table (bars in fewer than two columns): a "(" or "12" stays as read.
    expect(ocrPageLines(page(line(100, [[90, 130, '12', 95], [190, 310, '(Andi', 95]])), 1)[0].text).toBe('12\t(Andi');
    // Outside a table, a bar before a letter or alone was a capital I.
    expect(ocrPageLines(page(line(100, [[90, 300, '|NSPEKTORAT', 95], [310, 330, '|', 95], [340, 400, 'berikut', 95]])), 1)[0].text).toBe('INSPEKTORAT I berikut');
  });

  it('keeps a typed table together across the empty gap of its header rule', () => {
    const row = (y: number, name: string) => line(y, [[90, 110, '|', 95], [130, 210, name, 95], [290, 310, '|', 95]]);
    const lines = ocrPageLines(page(row(100, 'Nama'), row(180, 'Budi'), row(220, 'Ani'), row(260, 'Eko'), row(300, 'Rina')), 1);
    expect(lines.map((l) => l.text.replace(/\t/g, ' '))).toEqual(['| Nama |', '| Budi |', '| Ani |', '| Eko |', '| Rina |']);
  });

  it('keeps a ruled table together when its rows (rulings removed) stand farther apart than lines of text, wrapped cells joined', () => {
    const prose = [100, 134, 168, 202].map((y) => line(y, [[100, 900, 'Sehubungan dengan pelaksanaan evaluasi kami mohon akses', 95]]));
    const lines = ocrPageLines(
      page(
        ...prose,
        line(260, [[100, 130, 'No', 95], [160, 240, 'Nama', 95], [400, 440, 'NIP', 95], [620, 700, 'Email', 95]]),
        // Cell padding above and below each row: 1.8 text lines from the header, wrapped lines one step apart.
        line(320, [[100, 110, '1', 95], [160, 260, 'Theresia', 95], [272, 360, 'Kristina', 95], [400, 560, '19791123200212', 95], [620, 780, 'theresia@x.go.id', 95]]),
        line(349, [[160, 300, 'Manurung,', 95], [312, 350, 'S.E.', 95], [400, 450, '2002', 95]]),
        line(410, [[100, 110, '2', 95], [160, 240, 'Yusuf', 95], [252, 340, 'Rachman', 95], [400, 590, '199002082014021003', 95], [620, 760, 'yusuf@x.go.id', 95]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text).slice(4)).toEqual([
      '',
      'No\tNama\tNIP\tEmail',
      '1\tTheresia Kristina Manurung, S.E.\t19791123200212 2002\ttheresia@x.go.id',
      '2\tYusuf Rachman\t199002082014021003\tyusuf@x.go.id',
    ]);
  });

  it('keeps a word a word space after the one before it in that cell, even where it reaches the next column (the date printed right of "Nomor")', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 180, 'Nomor', 95], [250, 255, ':', 95], [270, 500, 'PE.03/S-341/2026', 95], [700, 800, 'Pontianak,', 95], [815, 950, '20 April 2026', 95]]),
        line(134, [[100, 170, 'Sifat', 95], [250, 255, ':', 95], [270, 370, 'Segera', 95]]),
        line(168, [[100, 150, 'Hal', 95], [250, 255, ':', 95], [270, 693, 'Permintaan Akses Aplikasi bagi', 95], [705, 750, 'Tim', 95]]),
        line(202, [[270, 520, 'Evaluasi Pengadaan', 95]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['Nomor\t: PE.03/S-341/2026\tPontianak, 20 April 2026', 'Sifat\t: Segera', 'Hal\t: Permintaan Akses Aplikasi bagi Tim Evaluasi Pengadaan']);
    // Lettered records whose values start one column right of the colon (a column the values below set):
    // a value's words go on after the colon however wide the recogniser spaced them.
    const records = ocrPageLines(
      page(
        line(931, [[239, 262, 'a.', 92], [294, 379, 'Nama', 76], [394, 519, 'Lengkap', 76], [571, 574, ':', 84], [590, 786, 'Nopriansyah,', 89], [801, 854, 'S.E.', 95]]),
        line(967, [[295, 341, 'NIP', 95], [571, 740, ':19881122', 91], [755, 866, '201101', 95], [882, 896, '1', 96], [910, 964, '007', 96]]),
        line(1003, [[290, 405, 'Jabatan', 96], [571, 574, ':', 92], [590, 677, 'Analis', 96], [692, 838, 'Keuangan', 95], [853, 934, 'Pusat', 95]]),
        line(1039, [[290, 405, 'Email', 96], [571, 574, ':', 92], [590, 800, 'nopri@x.go.id', 96]]),
      ),
      1,
    );
    // Each value whole after its colon, in one cell (no tab inside it).
    expect(records.map((l) => l.text.slice(l.text.indexOf(':')))).toEqual([': Nopriansyah, S.E.', ':19881122 201101 1 007', ': Analis Keuangan Pusat', ': nopri@x.go.id']);
    // In a table under a header, a cell starts at its column even right after a full cell before it.
    const table = ocrPageLines(
      page(
        line(100, [[100, 140, 'No.', 95], [200, 300, 'Nama', 95], [400, 440, 'NIP', 95], [660, 760, 'Jabatan', 95], [900, 980, 'E-mail', 95]]),
        line(134, [[100, 120, '1.', 95], [200, 300, 'Irwan', 95], [400, 650, '198204172008011004', 90], [660, 710, 'PPK', 95], [900, 1100, 'irwan@x.go.id', 95]]),
      ),
      1,
    );
    expect(table.map((l) => l.text)).toEqual(['No.\tNama\tNIP\tJabatan\tE-mail', '1.\tIrwan\t198204172008011004\tPPK\tirwan@x.go.id']);
  });

  it('leaves out a dash or quote read unsurely from what is left of a table\'s vertical rule, which would join two cells', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 130, 'No', 95], [160, 240, 'Nama', 95], [600, 700, 'Email', 95], [860, 900, 'HP', 95]]),
        line(150, [[100, 110, '3', 80], [130, 141, '—', 0], [160, 300, 'Ayu', 57], [600, 810, 'ayu.pangaribuan', 77], [835, 846, '—', 47], [860, 920, '0852', 92], [932, 990, '4500', 95]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['No\tNama\tEmail\tHP', '3\tAyu\tayu.pangaribuan\t0852 4500']);
    // A bullet read unsurely starts its line: it stays.
    expect(ocrPageLines(page(line(100, [[130, 150, '“-', 38], [170, 230, 'NIP:', 95], [240, 500, '19890126 201402 1 001', 95]])), 1)[0].text).toBe('“- NIP: 19890126 201402 1 001');
    // A dash read surely stays ("Lampiran : -").
    expect(ocrPageLines(page(line(100, [[100, 200, 'Lampiran', 95], [250, 255, ':', 95], [270, 280, '-', 93]])), 1)[0].text).toBe('Lampiran\t: -');
  });

  it('puts back the colon of a label whose colon the recogniser lost or read as a dot or quote, where colons stand in a column', () => {
    const colon = (x: number): [number, number, string, number] => [x, x + 5, ':', 93];
    const lines = ocrPageLines(
      page(
        line(100, [[100, 200, 'Nomor', 95], colon(430), [460, 700, '58/S/XIX/2026', 90]]),
        line(134, [[100, 180, 'Sifat', 95], colon(430), [460, 560, 'Segera', 96]]),
        // A value set in the middle of its label's two lines: the colon read as "." on the first, '"' on the second.
        line(168, [[100, 160, 'Hal', 96], [430, 435, '.', 88], [460, 900, 'Permintaan Akun Auditor pada', 96]]),
        line(202, [[430, 435, '"', 52], [458, 690, 'Aplikasi SPSE', 95]]),
        // The colon not read at all.
        line(236, [[100, 220, 'Jabatan', 96], [460, 800, 'Pranata Komputer', 90]]),
        line(270, [[100, 180, 'Email', 96], colon(430), [460, 800, 'dewi@kota.go.id', 91]]),
        // Prose under it with a word gap where the colons stand keeps its words.
        line(330, [[100, 420, 'Demikian usulan ini', 95], [440, 800, 'kami sampaikan', 95]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text.trim())).toEqual([
      'Nomor\t: 58/S/XIX/2026',
      'Sifat\t: Segera',
      'Hal\t: Permintaan Akun Auditor pada Aplikasi SPSE',
      'Jabatan\t: Pranata Komputer',
      'Email\t: dewi@kota.go.id',
      '',
      'Demikian usulan ini kami sampaikan',
    ]);
    // No colon column (fewer than three colons at one x): a dot stays a dot.
    expect(ocrPageLines(page(line(100, [[100, 160, 'Hal', 96], [430, 435, '.', 88], [460, 900, 'Permintaan', 96]])), 1)[0].text).toBe('Hal\t.\tPermintaan');
  });

  it('puts a label set in the middle of its two-line value beside the value\'s first line with its colon, its dots read as specks left out', () => {
    const colon = (x: number): [number, number, string, number] => [x, x + 5, ':', 93];
    // A word box a few pixels tall (a dot of the colon read as "3" or ":").
    const speck = (l: TessLine, x: number, text: string, confidence: number) => {
      const y = l.baseline!.y0;
      l.words.push({ text, confidence, bbox: { x0: x, x1: x + 5, y0: y - 4, y1: y } });
      l.words.sort((a, b) => a.bbox.x0 - b.bbox.x0);
      return l;
    };
    const lines = ocrPageLines(
      page(
        line(100, [[100, 200, 'Nomor', 95], colon(430), [460, 700, '000.3.2/271/PBJ', 90]]),
        line(134, [[100, 180, 'Sifat', 95], colon(430), [460, 560, 'Segera', 96]]),
        line(168, [[100, 220, 'Lampiran', 96], colon(430), [460, 600, '1 berkas', 96]]),
        speck(speck(line(203, [[460, 900, 'Permohonan Pembuatan Akun', 96]]), 150, ':', 0), 430, '.', 92),
        speck(speck(line(220, [[100, 210, 'Perihal', 96]]), 430, '3', 39), 520, '3', 17),
        line(238, [[460, 640, 'Pemilihan', 96]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text.trim())).toEqual(['Nomor\t: 000.3.2/271/PBJ', 'Sifat\t: Segera', 'Lampiran\t: 1 berkas', 'Perihal\t: Permohonan Pembuatan Akun Pemilihan']);
    // A colon or bar one pixel tall is a speck even read surely; a dash of three pixels read surely is a dash.
    const onePixel = (l: TessLine, x: number, text: string, confidence: number) => {
      const y = l.baseline!.y0;
      l.words.push({ text, confidence, bbox: { x0: x, x1: x + 5, y0: y - 1, y1: y } });
      return l;
    };
    const flat = ocrPageLines(page(onePixel(speck(line(100, [[100, 200, 'Lampiran', 95], [250, 255, ':', 95]]), 270, '-', 80), 600, ':', 50)), 1);
    expect(flat.map((l) => l.text)).toEqual(['Lampiran\t: -']);
    // A colon read surely as one of its dots (a box 4 px tall) is a colon.
    const dot = ocrPageLines(page(speck(line(100, [[100, 200, 'Ruang', 96], [460, 800, 'Penata Muda', 96]]), 430, ':', 93)), 1);
    expect(dot.map((l) => l.text)).toEqual(['Ruang\t: Penata Muda']);
  });

  it('puts no second colon after a label whose own colon stands a little right of the column (a photo at a slant)', () => {
    const colon = (x: number): [number, number, string, number] => [x, x + 5, ':', 93];
    const lines = ocrPageLines(
      page(
        line(100, [[100, 180, 'NIP', 95], colon(430), [460, 700, '19880704.201402.2.001', 90]]),
        line(134, [[100, 220, 'Pangkat/Gol', 95], colon(430), [460, 700, 'Penata Tk.1 / III-d', 96]]),
        line(168, [[100, 200, 'Jabatan', 96], colon(448), [470, 800, 'Dokter Gigi Ahli Muda', 96]]),
        line(202, [[100, 190, 'E-mail', 96], colon(450), [472, 800, 'ayukartika.drg@gmail.com', 90]]),
        line(236, [[100, 190, 'No. WA', 96], colon(430), [460, 700, '0813.3911.4582', 96]]),
      ),
      1,
    );
    // One colon each (the layout may set the slanted colon a tab stop further).
    expect(lines.map((l) => l.text.trim().replace(/\t+/, '\t'))).toEqual([
      'NIP\t: 19880704.201402.2.001',
      'Pangkat/Gol\t: Penata Tk.1 / III-d',
      'Jabatan\t: Dokter Gigi Ahli Muda',
      'E-mail\t: ayukartika.drg@gmail.com',
      'No. WA\t: 0813.3911.4582',
    ]);
  });

  it('reads a form label\'s required-answer star that the recogniser took for "£", "x" or a quoted "£" as "*"', () => {
    expect(unstarLabel('NIP £')).toBe('NIP *');
    expect(unstarLabel('Jenis Permohonan “£')).toBe('Jenis Permohonan *');
    expect(unstarLabel('Alamat Email Aktif x')).toBe('Alamat Email Aktif *');
    expect(unstarLabel('Nomor HP (WhatsApp) €')).toBe('Nomor HP (WhatsApp) *');
    // Values, prose and a capital X stay.
    expect(unstarLabel('Kelas X')).toBe('Kelas X');
    expect(unstarLabel('0812 3456 x')).toBe('0812 3456 x');
    expect(unstarLabel('Dengan hormat, bersama ini kami sampaikan permohonan akun x')).toBe('Dengan hormat, bersama ini kami sampaikan permohonan akun x');
    expect(ocrPageLines(page(line(100, [[100, 180, 'Jabatan', 95], [190, 205, '£', 60]])), 1)[0].text).toBe('Jabatan *');
  });

  it('joins a label wrapped onto two lines ("Pangkat/Gol." / "Ruang : …") in a column of colons', () => {
    const colon = (x: number): [number, number, string, number] => [x, x + 5, ':', 93];
    const lines = ocrPageLines(
      page(
        line(100, [[100, 180, 'Nama', 95], colon(430), [460, 700, 'Dewi Anggraini', 90]]),
        line(134, [[100, 160, 'NIP', 95], colon(430), [460, 700, '19910828 201903 2 014', 96]]),
        line(168, [[100, 300, 'Pangkat/Gol.', 91]]),
        line(202, [[100, 190, 'Ruang', 96], colon(430), [460, 800, 'Penata Muda / III.b', 90]]),
        line(236, [[100, 200, 'Jabatan', 96], colon(430), [460, 800, 'Pranata Komputer', 96]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['Nama\t: Dewi Anggraini', 'NIP\t: 19910828 201903 2 014', 'Pangkat/Gol. Ruang\t: Penata Muda / III.b', 'Jabatan\t: Pranata Komputer']);
    // A heading ending in a colon over a person's labels ("Semula:" / "Nama : …") is no wrapped label.
    const sides = ocrPageLines(
      page(
        line(100, [[100, 220, 'Semula:', 95]]),
        line(134, [[100, 180, 'Nama', 95], colon(430), [460, 700, 'Ir. Syamsul Bahri', 90]]),
        line(168, [[100, 160, 'NIP', 95], colon(430), [460, 700, '19680712 199403 1 005', 96]]),
        line(202, [[100, 200, 'Jabatan', 96], colon(430), [460, 800, 'Kepala Bidang', 96]]),
      ),
      1,
    );
    expect(sides.map((l) => l.text)[0]).toBe('Semula:');
  });

  it('leaves lines of prose and a colon glued to its value as they are near a column of colons', () => {
    const lines = ocrPageLines(
      page(
        line(391, [[131, 218, 'Nomor', 79], [259, 535, ':421/339/Disdik/2026', 79]]),
        line(427, [[131, 251, 'Lampiran', 93], [263, 266, ':', 88], [278, 284, '-', 88]]),
        line(463, [[131, 218, 'Perihal', 86], [258, 262, ':', 71], [274, 431, 'Permohonan', 96], [441, 510, 'Reset', 96]]),
        line(499, [[132, 223, 'Kepada', 96], [233, 281, 'Yth.', 96]]),
        line(535, [[131, 216, 'Kepala', 96], [226, 291, 'LPSE', 96], [302, 438, 'Kabupaten', 95]]),
        // A person's labels below, their colons in the same column: the column spans the lines between.
        line(600, [[131, 200, 'Nama', 96], [259, 263, ':', 90], [274, 400, 'Yusuf Maulana', 96]]),
        line(636, [[131, 200, 'NIP', 96], [259, 263, ':', 90], [274, 500, '19791130 200502 1 001', 96]]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Nomor\t:421/339/Disdik/2026',
      'Lampiran : -',
      'Perihal\t: Permohonan Reset',
      'Kepada Yth.',
      'Kepala LPSE Kabupaten',
      '',
      'Nama\t: Yusuf Maulana',
      'NIP\t: 19791130 200502 1 001',
    ]);
  });

  it('spaces a slash between words on both sides when the recogniser saw a space on one ("Muda/ Ketua"), and joins a word split at an e-mail dot', () => {
    expect(ocrPageLines(page(line(100, [[100, 180, 'email', 95], [190, 260, 'arief.', 95], [262, 480, 'budiman@kemendagri.go.id', 95]])), 1)[0].text).toBe('email arief.budiman@kemendagri.go.id');
    expect(ocrPageLines(page(line(100, [[100, 180, 'Nomor', 95], [190, 300, '421.5/', 95], [312, 350, '118', 95], [360, 400, 'Barang/Jasa', 95]])), 1)[0].text).toBe('Nomor 421.5/ 118 Barang/Jasa');
    expect(ocrPageLines(page(line(100, [[100, 180, 'Auditor', 95], [853, 935, 'Muda', 92], [925, 936, '/', 92], [946, 1013, 'Ketua', 96]])), 1)[0].text).toBe('Auditor\tMuda / Ketua');
    const table = ocrPageLines(
      page(
        line(100, [[100, 130, 'No', 95], [160, 240, 'Nama', 95], [600, 700, 'Jabatan', 95], [900, 960, 'Email', 95]]),
        line(134, [[100, 110, '1', 95], [160, 240, 'Yusuf', 95], [600, 682, 'Muda', 92], [672, 683, '/', 92], [693, 760, 'Ketua', 96], [900, 1100, 'y@x.go.id', 95]]),
      ),
      1,
    );
    expect(table[1].text).toBe('1\tYusuf\tMuda / Ketua\ty@x.go.id');
  });

  it('frees a label of the marks OCR makes of bold or quotes in a chat message, and nothing else', () => {
    const lines = ocrPageLines(page(line(100, [[100, 200, '#Nama“', 38], [210, 220, ':', 84], [230, 300, 'Fauzi', 96]]), line(140, [[100, 200, '“jabatan?', 1], [210, 220, ':', 89], [230, 300, 'PPK', 96]])), 1);
    expect(lines.map((l) => l.text)).toEqual(['Nama : Fauzi', 'jabatan : PPK']);
    expect(unmarkLabel('"Kutipan" tanpa titik dua')).toBe('"Kutipan" tanpa titik dua');
    expect(unmarkLabel('| No | Nama |')).toBe('| No | Nama |');
  });

  it('joins pages with a blank line whose scan entry is empty, one entry per text line', () => {
    const p1 = ocrPageLines(page(line(100, [[100, 200, 'Satu', 90]])), 1);
    const p2 = ocrPageLines(page(line(100, [[100, 200, 'Dua', 80]])), 2);
    const { text, scan } = joinOcrPages([p1, p2]);
    expect(text).toBe('Satu\n\nDua');
    expect(scan.lines.map((l) => [l.page, l.confidence])).toEqual([[1, 0.9], [2, null], [2, 0.8]]);
    expect(scan.confidence).toBeCloseTo(0.85);
  });
});

describe('scan evidence', () => {
  const text = ['DINAS SOSIAL', 'Nomor : 460/12/Dinsos/I/2026', 'Hal : Permohonan User ID PPK', 'Lahat, 2 Maret 2026', '', 'Nama : Ratna Dewi, S.E.', 'NIP : 19880808 201101 2 006', 'Jabatan : PPK', 'Email : ratna.dewi@lahatkab.go.id', 'HP : 0812 7990 1122'].join('\n');
  const sure = (t: string) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null });
  const scanOf = (unsure: Record<string, number>) => ({
    pages: 1,
    confidence: 0.95,
    lines: text.split('\n').map((t) => {
      const l = sure(t);
      l.words = l.words.map((w) => ({ ...w, confidence: unsure[w.text] ?? w.confidence }));
      l.confidence = Math.min(1, ...l.words.map((w) => w.confidence));
      return l;
    }),
  });

  it('flags a value whose words the recogniser was unsure of, with its confidence and source line', () => {
    const r = applyScan(parseLetter(text), scanOf({ 'Dewi,': 0.54 }));
    expect(r.fields['people[0].name']).toMatchObject({ ocr: 0.54, confidence: 0.54 });
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].name', message: 'hasil pindai kurang jelas (keyakinan 54 %) — periksa', line: 6, source: 'Nama : Ratna Dewi, S.E.' }));
    // The position's words are sure: its confidence is recorded, no flag.
    expect(r.fields['people[0].position'].ocr).toBeGreaterThanOrEqual(OCR_SURE);
    expect(r.problems.some((p) => p.field === 'people[0].position')).toBe(false);
  });

  it('keeps the problems the parser found beyond the field checks (an unfinished letter number) on a scan', () => {
    const draft = text.replace('Nomor : 460/12/Dinsos/I/2026', 'Nomor : 460/.../Dinsos/2026');
    const lines = draft.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null }));
    const read = parseLetter(draft);
    const unfinished = expect.objectContaining({ field: 'letter.number', message: 'Nomor surat belum lengkap (ada bagian yang kosong)' });
    expect(read.problems).toContainEqual(unfinished);
    expect(applyScan(read, { pages: 1, confidence: 0.97, lines }, draft).problems).toContainEqual(unfinished);
  });

  it('flags a letter number with a Roman month a recogniser confuses with 1 or l, even when sure', () => {
    const r = parseExtracted({ text, scan: scanOf({}) }, parseLetter);
    expect(r.problems.map((p) => p.field)).toEqual(['letter.number']);
    expect(r.problems[0].message).toMatch(/mirip/);
  });

  it('flags a labelled value followed on its line by more text after a tab stop (the name cut at a wide gap)', () => {
    const spaced = text.replace('Nama : Ratna Dewi, S.E.', 'Nama\t: Ratna\tDewi ,\tS.E.');
    const lines = spaced.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null }));
    const r = applyScan(parseLetter(spaced), { pages: 1, confidence: 0.97, lines }, spaced);
    expect(r.people[0].name).toBe('Ratna');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].name', message: SCAN_NOTES.cutShort }));
    // A value that fills its cell, and a second label after a tab, are not flagged.
    const tabbed = text.replace('HP : 0812 7990 1122', 'HP : 0812 7990 1122\tFaks : 0719 21000');
    const clean = applyScan(parseLetter(tabbed), { pages: 1, confidence: 0.97, lines: tabbed.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null })) }, tabbed);
    expect(clean.problems.filter((p) => p.field.startsWith('people[0]'))).toEqual([]);
  });

  it('takes a phone\'s confidence from its own words, as written (0812…), not from a row number that happens to be in it', () => {
    const row = ['No\tNama\tNIP\tNo. HP', '1\tRatna Dewi\t19880808 201101 2 006\t0812-7990-1:'].join('\n');
    const words = (t: string, conf: Record<string, number>) => t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: conf[w] ?? 0.96 }));
    const lines = row.split('\n').map((t) => ({ confidence: 0.18, words: words(t, { '0812-7990-1:': 0.18 }), page: 1, box: null }));
    const r = applyScan(parseLetter(`DINAS\n\n${row}`), { pages: 1, confidence: 0.9, lines: [lines[0], lines[0], ...lines] }, `DINAS\n\n${row}`);
    expect(r.fields['people[0].phone']).toMatchObject({ ocr: 0.18 });
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].phone', message: SCAN_NOTES.unsure(0.18) }));
  });

  it('drops a colon read into the end of a jabatan, flagged with what was read', () => {
    const withColon = text.replace('Jabatan : PPK', 'Jabatan : PPK Dinas Sosial:');
    const lines = withColon.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null }));
    const r = applyScan(parseLetter(withColon), { pages: 1, confidence: 0.97, lines }, withColon);
    expect(r.people[0].position).toBe('PPK Dinas Sosial');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[0].position', message: 'Jabatan diperbaiki dari hasil pindai — periksa (tertulis "PPK Dinas Sosial:")' }));
  });

  it('leaves a letter that was not scanned as it was', () => {
    expect(parseExtracted({ text }, parseLetter)).toEqual(parseLetter(text));
  });
});
