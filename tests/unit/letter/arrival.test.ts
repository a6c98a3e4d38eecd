import { describe, expect, it } from 'vitest';
import { extractText, type FileLike } from '../../../lib/documents';
import { parseLetter, summarize } from '../../../lib/letter';
import { placedRunsPdf, wordDocx, type PlacedRun } from '../../fixtures/office-files';

/*
 * Letters as they really arrive (issue 12): one test per cause measured on fresh letters — PDFs
 * exported from Word, Word letters with the kop in the page header, chat exports, OCR'd text,
 * mail forwards, replacement letters.
 */

const fileOf = (name: string, bytes: Uint8Array | Buffer): FileLike => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

async function textOf(f: FileLike): Promise<string> {
  const r = await extractText(f);
  if ('error' in r) throw new Error(r.error);
  return r.text;
}

/** Rows of runs top to bottom, 14 pt apart (null: an empty paragraph, one more step); rows of 3+ runs (tables) in 9 pt. */
function pageRuns(rows: ReadonlyArray<ReadonlyArray<[number, string, boolean?]> | null>): PlacedRun[] {
  let y = 800;
  const runs: PlacedRun[] = [];
  for (const row of rows) {
    if (row) for (const [x, text, bold] of row) runs.push({ x, y, text, bold, size: row.length >= 3 ? 9 : 11 });
    y -= 14;
  }
  return runs;
}

const pdfFile = (name: string, rows: Parameters<typeof pageRuns>[0]) => fileOf(name, Buffer.from(placedRunsPdf(pageRuns(rows)), 'latin1'));

// A Word letter saved as PDF: bold labels, the letterhead in three lines, a table whose cells wrap.
const wordExportPdf = pdfFile('dinkes-lahat.pdf', [
  [[150, 'PEMERINTAH KABUPATEN LAHAT', true]],
  [[170, 'DINAS KESEHATAN', true]],
  [[130, 'Jalan Serma Mukhtar No. 12 Lahat, Sumatera Selatan 31414']],
  null,
  [[380, 'Lahat, 9 Maret 2026']],
  [[56, 'Nomor', true], [120, ': 440/312/Dinkes/2026']],
  [[56, 'Lampiran', true], [120, ': -']],
  [[56, 'Hal', true], [120, ': Permohonan Pembuatan User ID SPSE bagi Pejabat']],
  [[128, 'Pembuat Komitmen Dinas Kesehatan']],
  null,
  [[56, 'Kepada Yth. Kepala UKPBJ Kabupaten Lahat']],
  null,
  [[56, 'Dengan hormat, bersama ini kami mohon dibuatkan User ID PPK untuk pegawai berikut:']],
  [[40, 'No', true], [62, 'Nama', true], [170, 'NIP', true], [232, 'Jabatan', true], [318, 'Email', true], [470, 'No. HP', true]],
  [[40, '1'], [62, 'Andika Pratama,'], [170, '19850515'], [232, 'Kepala Seksi'], [318, 'andika.p@lahatkab.go.id'], [470, '0812 7311 4455']],
  [[62, 'S.H., M.H.'], [170, '200912 1 003'], [232, 'Farmasi']],
  [[40, '2'], [62, 'Mega Puspita, S.Farm.'], [170, '19900824'], [232, 'Apoteker'], [318, 'mega.puspita@lahatkab.go.id'], [470, '0813 6722 9011']],
  [[170, '201503 2 002']],
  null,
  [[56, 'Demikian permohonan ini disampaikan, atas perhatiannya diucapkan terima kasih.']],
  null,
  [[340, 'Kepala Dinas Kesehatan,']],
  null,
  [[340, 'dr. Hendri Saputra, M.Kes.']],
  [[340, 'NIP. 19700707 199803 1 004']],
]);

describe('PDF text exported by a word processor', () => {
  it('has no blank line after every line (pdf.js ends lines with an empty item on the next line)', async () => {
    const text = await textOf(wordExportPdf);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['PEMERINTAH KABUPATEN LAHAT', 'DINAS KESEHATAN', 'Jalan Serma Mukhtar No. 12 Lahat, Sumatera Selatan 31414']);
    expect(text).not.toMatch(/DINAS KESEHATAN\n\n/);
  });

  it('reads the letterhead as the sender and joins the wrapped Hal', async () => {
    const r = parseLetter(await textOf(wordExportPdf));
    expect(r.letter.sender).toBe('DINAS KESEHATAN');
    expect(r.letter.subject).toBe('Permohonan Pembuatan User ID SPSE bagi Pejabat Pembuat Komitmen Dinas Kesehatan');
    expect(r.letter.date).toBe('2026-03-09');
  });

  it('rebuilds table cells that wrap over two lines', async () => {
    const r = parseLetter(await textOf(wordExportPdf));
    expect(r.people).toEqual([
      { name: 'Andika Pratama, S.H., M.H.', nip: '198505152009121003', position: 'Kepala Seksi Farmasi', email: 'andika.p@lahatkab.go.id', phone: '+6281273114455', action: 'create' },
      { name: 'Mega Puspita, S.Farm.', nip: '199008242015032002', position: 'Apoteker', email: 'mega.puspita@lahatkab.go.id', phone: '+6281367229011', action: 'create' },
    ]);
    expect(r.signatory).toEqual({ name: 'dr. Hendri Saputra, M.Kes.', nip: '197007071998031004' });
  });

  it('skips the "yang bertanda tangan" block of a PDF letter', async () => {
    const f = pdfFile('reset.pdf', [
      [[150, 'KECAMATAN MERAPI TIMUR', true]],
      null,
      [[56, 'Nomor', true], [120, ': 027/44/Kec.MT/2026']],
      [[56, 'Hal', true], [120, ': Permohonan Reset Password SPSE']],
      null,
      [[56, 'Yang bertanda tangan di bawah ini:']],
      [[56, 'Nama'], [150, ': Drs. Rusli Effendi']],
      [[56, 'NIP'], [150, ': 19680404 199203 1 006']],
      [[56, 'Jabatan'], [150, ': Camat Merapi Timur']],
      [[56, 'mengajukan reset password akun SPSE pegawai kami:']],
      [[56, 'Nama'], [150, ': Lusi Andriani, S.E.']],
      [[56, 'NIP'], [150, ': 19910217 201903 2 005']],
      [[56, 'Email'], [150, ': lusi.andriani@gmail.com']],
      [[56, 'No. HP'], [150, ': 0821 7766 5544']],
      null,
      [[56, 'Demikian disampaikan.']],
      [[340, 'Camat Merapi Timur,']],
      [[340, 'Drs. Rusli Effendi']],
    ]);
    const r = parseLetter(await textOf(f));
    expect(r.letter.role).toBe('password-reset');
    expect(r.people.map((p) => [p.name, p.nip, p.action])).toEqual([['Lusi Andriani, S.E.', '199102172019032005', 'reset']]);
  });
});

describe('Word letters', () => {
  const p = (text: string, bold = false) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${text
      .split('\t')
      .map((t, i) => (i ? '<w:tab/>' : '') + `<w:t xml:space="preserve">${t.replace(/&/g, '&amp;')}</w:t>`)
      .join('')}</w:r></w:p>`;
  const tc = (...paras: string[]) => `<w:tc>${paras.length ? paras.map((x) => p(x)).join('') : '<w:p/>'}</w:tc>`;
  const body = [
    p('Nomor\t: 800/115/BKPSDM/2026'),
    p('Hal\t: Permohonan Akun SPSE Pokja Pemilihan'),
    p(''),
    p('Lahat, 10 Maret 2026'),
    p(''),
    p('Bersama ini kami usulkan:'),
    p('Nama\t: Yusuf Maulana, S.Kom.'),
    p('NIP\t: 19930101 201801 1 002'),
    p('Jabatan\t: Anggota Pokja'),
    p('Email\t: yusuf.maulana@lahatkab.go.id'),
    p('HP\t: 0812 7000 2211'),
    p(''),
    p('Demikian disampaikan.'),
  ].join('');

  it('reads the kop surat from the page header', async () => {
    const header = p('PEMERINTAH KABUPATEN LAHAT', true) + p('BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM', true) + p('Jl. Letnan Amir Hamzah No. 1 Lahat');
    const doc = await wordDocx(body, new Date('2026-01-01T00:00:00Z'), { header });
    const r = parseLetter(await textOf(fileOf('bkpsdm.docx', doc)));
    expect(r.letter.sender).toBe('BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM');
    expect(r.people.map((x) => x.name)).toEqual(['Yusuf Maulana, S.Kom.']);
  });

  it('reads a letterhead laid out as a logo/text table line by line', async () => {
    const kop = `<w:tbl><w:tr>${tc()}${tc('PEMERINTAH KABUPATEN LAHAT', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM', 'Jl. Letnan Amir Hamzah No. 1 Lahat')}</w:tr></w:tbl>`;
    const doc = await wordDocx(kop + p('') + body, new Date('2026-01-01T00:00:00Z'));
    const text = await textOf(fileOf('bkpsdm-tabel.docx', doc));
    expect(text.split('\n').slice(0, 3)).toEqual(['PEMERINTAH KABUPATEN LAHAT', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM', 'Jl. Letnan Amir Hamzah No. 1 Lahat']);
    expect(parseLetter(text).letter.sender).toBe('BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM');
  });
});

describe('text letters', () => {
  it('keeps titles in the name when records are separated by semicolons', () => {
    const r = parseLetter(
      [
        'DINAS PERHUBUNGAN',
        'Hal : Permohonan User ID PPK',
        '',
        'Mohon dibuatkan akun untuk:',
        '1. Rina Wati, S.E.; NIP 19850101 201001 2 003; Bendahara Pengeluaran; rina.wati@lahatkab.go.id; 0812-7111-2233',
        '2. Dodi Kurniawan, S.T., M.T.; NIP 19870909 201101 1 004; Kepala Bidang Lalu Lintas; dodi.k@lahatkab.go.id; 0813-7222-3344',
      ].join('\n'),
    );
    expect(r.people.map((x) => [x.name, x.position])).toEqual([
      ['Rina Wati, S.E.', 'Bendahara Pengeluaran'],
      ['Dodi Kurniawan, S.T., M.T.', 'Kepala Bidang Lalu Lintas'],
    ]);
  });

  it('reads a chat export whose lines start with date, time and sender', () => {
    const r = parseLetter(
      [
        '09/03/26 08.41 - Rina Dinkes Lahat: Selamat pagi pak, mohon dibuatkan akun PPK',
        '09/03/26 08.43 - Rina Dinkes Lahat: *Nama* : Fajar Nugroho, S.Kep.',
        '09/03/26 08.43 - Rina Dinkes Lahat: *NIP* : 19920303 201903 1 007',
        '09/03/26 08.43 - Rina Dinkes Lahat: *Jabatan* : PPK Puskesmas Merapi',
        '09/03/26 08.44 - Rina Dinkes Lahat: *Email* : fajar.nugroho@gmail.com',
        '09/03/26 08.44 - Rina Dinkes Lahat: *HP* : 0822 8100 3311',
      ].join('\n'),
    );
    expect(r.people).toEqual([{ name: 'Fajar Nugroho, S.Kep.', nip: '199203032019031007', position: 'PPK Puskesmas Merapi', email: 'fajar.nugroho@gmail.com', phone: '+6282281003311', action: 'create' }]);
  });

  it('keeps reading a sentence whose NIP starts the next line', () => {
    const r = parseLetter(
      [
        'INSPEKTORAT DAERAH',
        'Hal : Permohonan User ID Auditor',
        '',
        'Bersama ini kami mohon dibuatkan User ID Auditor atas nama Sdr. Hendra Gunawan, S.T.',
        'NIP. 19880312 201503 1 002 sebagai Auditor Ahli Pertama dengan email hendra.gunawan@lahatkab.go.id',
        'dan nomor HP 0812 7345 6789.',
        '',
        'Demikian disampaikan.',
      ].join('\n'),
    );
    expect(r.people).toEqual([
      { name: 'Hendra Gunawan, S.T.', nip: '198803122015031002', position: 'Auditor Ahli Pertama', email: 'hendra.gunawan@lahatkab.go.id', phone: '+6281273456789', action: 'create' },
    ]);
  });

  const ocrLetter = [
    'DINAS PENDIDIKAN',
    'Hal : Permohonan User ID PPK',
    '',
    'Nama : Siti Rahmawati, S.Pd.',
    'NIP : 199OO3l2 2O1903 2 OO1',
    'Jabatan : PPK',
    'Email : siti.rahmawati@lahatkab.go.id',
    'HP : 0812-73l5-6677',
  ].join('\n');

  it('repairs OCR-confused NIP and phone digits only when the result validates, and flags them', () => {
    const r = parseLetter(ocrLetter);
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ nip: '199003122019032001', phone: '+6281273156677' });
    for (const f of ['nip', 'phone']) {
      expect(r.problems).toContainEqual(expect.objectContaining({ field: `people[0].${f}`, message: expect.stringContaining('diperbaiki dari hasil pindai — periksa'), line: f === 'nip' ? 5 : 8 }));
    }
  });

  it('does not repair a value that would still be invalid', () => {
    const r = parseLetter(ocrLetter.replace('199OO3l2 2O1903 2 OO1', '199OO3l2 2O19 2 OO1'));
    expect(r.people[0].nip).not.toMatch(/^\d{18}$/);
    expect(r.problems.some((p) => p.field === 'people[0].nip' && /tidak sah/.test(p.message))).toBe(true);
  });

  it("takes the letter's Hal, not a forwarded mail's Subject", () => {
    const r = parseLetter(
      [
        'From: Sekretariat Dinas PU <sekretariat.pu@lahatkab.go.id>',
        'Subject: FW: surat permohonan',
        'Date: 9 Mar 2026',
        '',
        'DINAS PEKERJAAN UMUM',
        'Nomor : 600/51/PU/2026',
        'Hal : Permohonan User ID Pokja Pemilihan',
        '',
        'Nama : Bagus Wicaksono',
        'NIP : 19890505 201402 1 001',
      ].join('\n'),
    );
    expect(r.letter.subject).toBe('Permohonan User ID Pokja Pemilihan');
    expect(r.letter.role).toBe('pokja');
  });
});

describe('request types', () => {
  const replacement = [
    'DINAS SOSIAL',
    'Nomor : 460/90/Dinsos/2026',
    'Hal : Penggantian Pejabat Pembuat Komitmen (PPK)',
    '',
    'Sehubungan dengan mutasi pegawai, kami mohon penggantian akun PPK sebagai berikut:',
    'PPK lama (dinonaktifkan):',
    'Nama : Agus Salim, S.Sos.',
    'NIP : 19750202 200003 1 005',
    'Email : agus.salim@lahatkab.go.id',
    '',
    'PPK baru (dibuatkan akun):',
    'Nama : Ratna Dewi, S.E.',
    'NIP : 19880808 201101 2 006',
    'Jabatan : Kepala Sub Bagian Keuangan',
    'Email : ratna.dewi@lahatkab.go.id',
    'HP : 0812 7990 1122',
  ].join('\n');

  it('marks the outgoing person to deactivate and the incoming one to create', () => {
    const r = parseLetter(replacement);
    expect(r.letter.role).toBe('ppk');
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['Agus Salim, S.Sos.', 'deactivate'],
      ['Ratna Dewi, S.E.', 'create'],
    ]);
  });

  it('reads the Semula / Menjadi layout of a replacement letter', () => {
    const r = parseLetter(
      [
        'BAGIAN PENGADAAN BARANG DAN JASA',
        'Hal : Pergantian Anggota Pokja',
        '',
        'Semula:',
        '1. Joko Susilo, NIP 19800303 200501 1 008',
        'Menjadi:',
        '1. Wulan Sari, S.Kom., NIP 19930606 201801 2 001, email wulan.sari@lahatkab.go.id',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.action])).toEqual([
      ['Joko Susilo', 'deactivate'],
      ['Wulan Sari, S.Kom.', 'create'],
    ]);
  });

  it('puts the action into the CLI summary', () => {
    const s = summarize(parseLetter(replacement));
    expect(Object.keys(s.people[0])).toEqual(['name', 'nip', 'position', 'email', 'phone', 'action']);
    expect(s.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
  });
});

describe('no silent errors', () => {
  it('flags a value read from a sentence, with its source line', () => {
    const r = parseLetter(
      ['INSPEKTORAT', 'Hal : Permohonan User ID Auditor', '', 'Mohon dibuatkan akun atas nama Sdr. Rudi Hartono NIP 19820202 200801 1 003 selaku Auditor Muda.'].join('\n'),
    );
    expect(r.people[0]).toMatchObject({ name: 'Rudi Hartono', position: 'Auditor Muda' });
    for (const f of ['name', 'nip', 'position']) expect(r.problems).toContainEqual(expect.objectContaining({ field: `people[0].${f}`, line: 4, source: expect.stringContaining('Rudi Hartono') }));
  });

  it('does not flag values read verbatim from clean labelled lines', () => {
    const r = parseLetter(['DINAS SOSIAL', 'Nomor : 460/1/Dinsos/2026', 'Hal : Permohonan User ID PPK', 'Lahat, 2 Maret 2026', '', 'Nama : Ratna Dewi, S.E.', 'NIP : 19880808 201101 2 006', 'Jabatan : PPK', 'Email : ratna.dewi@lahatkab.go.id', 'HP : 0812 7990 1122'].join('\n'));
    expect(r.problems).toEqual([]);
  });
});
