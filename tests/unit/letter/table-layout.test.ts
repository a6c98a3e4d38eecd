import { describe, expect, it } from 'vitest';
import { pdfItemsToText } from '../../../lib/documents';
import { ocrPageLines } from '../../../lib/documents/ocr-layout';
import { line, page } from '../documents/ocr-words';

/**
 * Tables as printed and scanned, built from small synthetic items: column x-ranges from the rows'
 * cells (not only the header's), headers of two rows with merged cells, wrapped cells kept in their
 * column, a next row never glued into the one above.
 */
const at = (str: string, x: number, y: number, width = str.length * 5) => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false });


describe('table headers of two rows', () => {
  it('maps a merged group heading row and the column headings under it to the columns the rows use (headings centred in their cells)', () => {
    // "No" spans both heading rows; "Data Pegawai" is centred over Nama / NIP / Jabatan, "Hubungi" over Surel / HP.
    const text = pdfItemsToText([
      at('No', 60, 500, 12),
      at('Data Pegawai', 170, 500, 60),
      at('Hubungi', 360, 500, 40),
      at('Nama', 95, 486, 25),
      at('NIP', 180, 486, 15),
      at('Jabatan', 235, 486, 35),
      at('Surel', 345, 486, 25),
      at('HP', 440, 486, 12),
      at('1', 60, 472, 5),
      at('Yohanes', 80, 472, 40),
      at('19880412', 150, 472, 40),
      at('Analis', 210, 472, 30),
      at('yohanes.k@contoh.go.id', 290, 472, 110),
      at('0813-', 420, 472, 25),
      at('Kurniawan, S.H.', 80, 461, 55),
      at('201402 1 003', 150, 461, 50),
      at('Kebijakan Ahli', 210, 461, 65),
      at('7711-', 420, 461, 25),
      at('Muda', 210, 450, 25),
      at('2040', 420, 450, 20),
      at('2', 60, 436, 5),
      at('Wulan Sari, S.E.', 80, 436, 58),
      at('19950807', 150, 436, 40),
      at('Bendahara', 210, 436, 45),
      at('wulan.sari@contoh.go.id', 290, 436, 110),
      at('0852-', 420, 436, 25),
      at('201903 2 006', 150, 425, 50),
      at('Pengeluaran', 210, 425, 55),
      at('6603-', 420, 425, 25),
      at('1180', 420, 414, 20),
      at('Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.', 55, 390, 330),
    ]);
    expect(text.split('\n')).toEqual([
      'No\tNama\tNIP\tJabatan\tSurel\tHP',
      '1\tYohanes Kurniawan, S.H.\t19880412 201402 1 003\tAnalis Kebijakan Ahli Muda\tyohanes.k@contoh.go.id\t0813-7711-2040',
      '2\tWulan Sari, S.E.\t19950807 201903 2 006\tBendahara Pengeluaran\twulan.sari@contoh.go.id\t0852-6603-1180',
      '',
      'Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.',
    ]);
  });

  it('keeps the heading row under a merged "Kontak" cell in the table across the taller first heading row (scan)', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 900, 'Bersama ini kami mohon dibuatkan akun bagi pejabat berikut:']]),
        line(160, [[100, 130, 'No'], [170, 240, 'Nama'], [450, 490, 'NIP'], [640, 740, 'Jabatan'], [960, 1060, 'Kontak']]),
        // The heading cells left of "Kontak" span both heading rows: the second row stands lower than a text line.
        line(215, [[830, 910, 'Email'], [1080, 1120, 'No.'], [1130, 1170, 'HP']]),
        line(265, [[100, 112, '1'], [170, 250, 'Marthen'], [262, 330, 'Wowor,'], [342, 390, 'S.T.'], [450, 590, '19850214'], [640, 720, 'Kepala'], [732, 800, 'Seksi'], [830, 1040, 'marthen@contoh.go.id'], [1080, 1240, '0813-5540-2211']]),
        line(295, [[450, 600, '201001 1 012'], [640, 720, 'Jalan']]),
        line(345, [[100, 112, '2'], [170, 250, 'Lidya'], [262, 340, 'Rompas'], [450, 610, '19900317 201503 2 004'], [640, 720, 'Bendahara'], [830, 1040, 'lidya@contoh.go.id'], [1080, 1240, '0852-4410-7781']]),
      ),
      1,
    );
    expect(lines.map((l) => l.text).slice(1)).toEqual([
      'No\tNama\tNIP\tJabatan\tEmail\tNo. HP',
      '1\tMarthen Wowor, S.T.\t19850214 201001 1 012\tKepala Seksi Jalan\tmarthen@contoh.go.id\t0813-5540-2211',
      '2\tLidya Rompas\t19900317 201503 2 004\tBendahara\tlidya@contoh.go.id\t0852-4410-7781',
    ]);
  });

  it('joins a number column heading wrapped letter by letter whose "o" was read as a zero ("N" / "0"), and a heading wrapped beside it', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 115, 'N'], [160, 230, 'Nama'], [450, 490, 'NIP'], [640, 740, 'Jabatan'], [860, 940, 'E-mail'], [1100, 1130, 'HP']], 22),
        line(126, [[100, 114, '0', 60], [640, 720, 'dalam'], [730, 780, 'Tim']], 16),
        line(152, [[100, 110, '1'], [160, 240, 'Andi'], [250, 330, 'Pawelloi'], [450, 610, '19740402 200003 1 006'], [640, 720, 'Kepala'], [730, 790, 'Bidang'], [860, 1050, 'andi@contoh.go.id'], [1100, 1250, '0811-4212-3301']], 22),
        line(178, [[100, 110, '2'], [160, 240, 'Hadijah'], [450, 610, '19820312 200801 2 004'], [640, 720, 'Ketua'], [730, 770, 'Tim'], [860, 1050, 'hadijah@contoh.go.id'], [1100, 1250, '0813-5543-2017']], 22),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'No\tNama\tNIP\tJabatan dalam Tim\tE-mail\tHP',
      '1\tAndi Pawelloi\t19740402 200003 1 006\tKepala Bidang\tandi@contoh.go.id\t0811-4212-3301',
      '2\tHadijah\t19820312 200801 2 004\tKetua Tim\thadijah@contoh.go.id\t0813-5543-2017',
    ]);
  });

});

describe('table rows', () => {
  it('keeps a row whose number the recogniser lost on its own line when it has a NIP and an e-mail of its own (not a wrapped line of the row above)', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 130, 'No'], [170, 240, 'Nama'], [450, 490, 'NIP'], [640, 740, 'Jabatan'], [860, 940, 'Email']]),
        line(140, [[100, 112, '1'], [170, 250, 'Teguh'], [262, 380, 'Santoso,'], [450, 610, '19800510 200501 1 002'], [640, 720, 'Ketua'], [860, 1050, 'teguh@contoh.go.id']]),
        line(170, [[170, 250, 'S.T.']]),
        line(210, [[170, 250, 'Wiwik'], [262, 380, 'Sulastri'], [450, 610, '19850315 201001 2 003'], [640, 760, 'Sekretaris'], [860, 1050, 'wiwik@contoh.go.id']]),
        line(250, [[100, 112, '3'], [170, 250, 'Imam'], [450, 610, '19870707 201101 1 005'], [640, 760, 'Anggota'], [860, 1050, 'imam@contoh.go.id']]),
      ),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'No\tNama\tNIP\tJabatan\tEmail',
      '1\tTeguh Santoso, S.T.\t19800510 200501 1 002\tKetua\tteguh@contoh.go.id',
      '\tWiwik Sulastri\t19850315 201001 2 003\tSekretaris\twiwik@contoh.go.id',
      '3\tImam\t19870707 201101 1 005\tAnggota\timam@contoh.go.id',
    ]);
  });
});

describe('table row boundaries', () => {
  it('joins a row\'s wrapped lines by the row gaps of a ruled table without a number column (rows stand farther apart than a cell\'s lines)', () => {
    const lines = ocrPageLines(
      page(
        line(100, [[100, 900, 'b. membuatkan akun Auditor SPSE sebagai pengganti atas nama:']]),
        line(160, [[252, 352, 'Nama'], [460, 518, 'NIP'], [662, 783, 'Jabatan'], [839, 926, 'Email'], [1346, 1454, 'No. HP']]),
        line(200, [[264, 377, 'Nurlaila'], [463, 599, '19911010'], [664, 770, 'Auditor'], [838, 1325, 'nurlaila.sangaji@contoh.go.id'], [1347, 1420, '0821-']]),
        line(231, [[265, 374, 'Sangaji,'], [461, 589, '201503 2'], [665, 719, 'Ahli'], [1346, 1406, '8802-']]),
        line(262, [[265, 341, 'S.Ak.,'], [354, 433, 'M.Ak.'], [461, 510, '007'], [666, 781, 'Pertama'], [1346, 1423, '5514']]),
        line(312, [[264, 377, 'Rahmat'], [463, 599, '19880303'], [664, 770, 'Auditor'], [838, 1325, 'rahmat@contoh.go.id'], [1347, 1420, '0812-']]),
        line(343, [[265, 374, 'Hidayat'], [461, 589, '201001 1'], [665, 719, 'Ahli'], [1346, 1406, '7700-']]),
        line(374, [[461, 510, '004'], [666, 760, 'Muda'], [1346, 1423, '1122']]),
        line(440, [[252, 900, 'Demikian disampaikan, atas kerja samanya diucapkan terima kasih.']]),
      ),
      1,
    );
    expect(lines.map((l) => l.text).slice(2, 5)).toEqual([
      'Nama\tNIP\tJabatan\tEmail\tNo. HP',
      'Nurlaila Sangaji, S.Ak., M.Ak.\t19911010 201503 2 007\tAuditor Ahli Pertama\tnurlaila.sangaji@contoh.go.id\t0821-8802-5514',
      'Rahmat Hidayat\t19880303 201001 1 004\tAuditor Ahli Muda\trahmat@contoh.go.id\t0812-7700-1122',
    ]);
  });
});

describe('a scanned letter\'s head', () => {
  it('leaves out a logo read unsurely as letters ("xx"), taller than the kop words and far left of them; not a row number below the kop, however tall', () => {
    const logo = line(141, [[307, 358, 'xx', 41], [594, 851, 'PEMERINTAH'], [870, 1104, 'KABUPATEN'], [1123, 1338, 'MINAHASA']]);
    logo.words[0].bbox.y0 = 106;
    const row = line(400, [[193, 220, 'Sa', 14], [370, 454, 'Wiwik'], [466, 600, 'Sulastri']]);
    row.words[0].bbox.y0 = 363;
    const lines = ocrPageLines(
      page(logo, line(188, [[750, 891, 'DINAS'], [912, 1180, 'KESEHATAN']]), line(240, [[300, 700, 'Jalan Sam Ratulangi No. 21']]), line(360, [[300, 340, 'Yk', 40], [600, 700, 'Wiwik'], [712, 850, 'Sulastri']]), row),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['PEMERINTAH KABUPATEN MINAHASA', 'DINAS KESEHATAN', 'Jalan Sam Ratulangi No. 21', '', 'Yk\tWiwik Sulastri', 'Sa\tWiwik Sulastri']);
  });

  it('puts a label set in the middle of its two-line value on the first line, when the scanned value lines start a few pixels apart', () => {
    const lines = ocrPageLines(
      page(
        line(460, [[262, 380, 'Nomor', 96], [464, 468, ':', 90], [493, 700, '000.3/389/PBJ', 95]], 30),
        line(493, [[262, 360, 'Sifat', 96], [464, 468, ':', 90], [493, 620, 'Segera', 95]], 30),
        line(526, [[262, 406, 'Lampiran', 88], [464, 468, ':', 70], [493, 501, '-', 87]], 30),
        line(558, [[494, 662, 'Pembuatan', 96], [674, 746, 'User', 96], [757, 790, 'ID', 96], [803, 883, 'Pokja', 96], [895, 1044, 'Pemilihan', 96]], 30),
        line(577, [[261, 367, 'Perihal', 96], [464, 468, ':', 40]], 30),
        line(596, [[492, 631, 'Tabalong', 96]], 30),
      ),
      1,
    );
    // In the run of labels its value's second line is joined on as a wrapped cell.
    expect(lines.map((l) => l.text).slice(3)).toEqual(['Perihal\t: Pembuatan User ID Pokja Pemilihan Tabalong']);
  });

  it('takes a word the recogniser put on a label\'s line but that stands a line lower (its top at the line\'s baseline) as its own line', () => {
    const jabatan = line(1212, [[234, 365, 'Jabatan', 96], [476, 481, ':', 81], [504, 589, 'Alam', 92]], 33);
    jabatan.words[2].bbox = { x0: 504, y0: 1205, x1: 589, y1: 1232 };
    const lines = ocrPageLines(
      page(
        line(1115, [[238, 336, 'Nama', 96], [476, 481, ':', 93], [506, 711, 'Nurhasanah', 91], [724, 822, 'Umar,', 92]], 33),
        line(1154, [[238, 300, 'NIP', 96], [476, 481, ':', 93], [508, 671, '19880712', 95], [687, 840, '201101', 91], [856, 916, '2 019', 96]], 33),
        line(1193, [[506, 619, 'Kepala', 96], [632, 748, 'Bidang', 96], [762, 978, 'Perencanaan', 96], [991, 1137, 'Ekonomi', 95]], 33),
        jabatan,
        line(1270, [[239, 333, 'Email', 96], [476, 481, ':', 92], [506, 1054, 'nurhasanah.umar88@gmail.com', 91]], 33),
      ),
      1,
    );
    // The label goes up beside its value's first line; the second joins it in the run of labels.
    expect(lines.map((l) => l.text)).toEqual(['Nama\t: Nurhasanah Umar,', 'NIP\t: 19880712 201101 2 019', 'Jabatan\t: Kepala Bidang Perencanaan Ekonomi Alam', 'Email\t: nurhasanah.umar88@gmail.com']);
  });

  it('takes no unsure mark of one or two letters before a colon for a label: the line is the value above going on ("d : SPSE" under "Hal : …")', () => {
    const lines = ocrPageLines(
      page(
        line(456, [[262, 380, 'Nomor', 96], [452, 457, ':', 90], [482, 700, '700/112/Insp/V/2026', 95]], 32),
        line(495, [[262, 360, 'Sifat', 96], [452, 457, ':', 90], [482, 600, 'Biasa', 95]], 32),
        line(534, [[262, 422, 'Lampiran', 93], [452, 457, ':', 77], [481, 490, '-', 77]], 32),
        line(573, [[262, 319, 'Hal', 96], [452, 457, ':', 87], [482, 691, 'Penggantian', 96], [702, 789, 'Akun', 96], [800, 927, 'Auditor', 96]], 34),
        line(613, [[291, 308, 'd', 13], [452, 457, ':', 33], [483, 570, 'SPSE', 95]], 34),
      ),
      1,
    );
    expect(lines.map((l) => l.text.replace(/\s+/g, ' ').trim()).slice(3).join(' ')).toBe('Hal : Penggantian Akun Auditor SPSE');
    // Its colon lost as a speck: no colon is put back after the mark.
    const noColon = ocrPageLines(
      page(
        line(456, [[262, 380, 'Nomor', 96], [452, 457, ':', 90], [482, 700, '700/112/Insp/V/2026', 95]], 32),
        line(495, [[262, 360, 'Sifat', 96], [452, 457, ':', 90], [482, 600, 'Biasa', 95]], 32),
        line(534, [[262, 422, 'Lampiran', 93], [452, 457, ':', 77], [481, 490, '-', 77]], 32),
        line(573, [[262, 319, 'Hal', 96], [452, 457, ':', 87], [482, 691, 'Penggantian', 96], [702, 789, 'Akun', 96], [800, 927, 'Auditor', 96]], 34),
        line(613, [[291, 308, 'd', 13], [483, 570, 'SPSE', 95]], 34),
      ),
      1,
    );
    expect(noColon.map((l) => l.text).some((t) => /:\s*SPSE|\bd\b/.test(t))).toBe(false);
  });
});
