import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by the fresh set's tuning half (odd letters of tests/fixtures/letters-fresh):
 * each letter here is a small synthetic one written for the rule, not copied from a fixture.
 */
const body = ['', 'Nomor : 800/12/Contoh/2026', 'Perihal : Permohonan akun PPK', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'];

describe('kop surat sender', () => {
  it('drops a ministry line that the office line below repeats ("KANTOR KEMENTERIAN AGAMA …")', () => {
    const r = parseLetter(['KEMENTERIAN AGAMA REPUBLIK INDONESIA', 'KANTOR KEMENTERIAN AGAMA KOTA CONTOH', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('KANTOR KEMENTERIAN AGAMA KOTA CONTOH');
  });

  it('keeps a ministry line the office below does not repeat', () => {
    const r = parseLetter(['KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA', 'INSPEKTORAT JENDERAL', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA INSPEKTORAT JENDERAL');
  });

  it('a PEMERINTAH line wrapped onto a second line is dropped whole', () => {
    const r = parseLetter(['PEMERINTAH KABUPATEN PENUKAL ABAB', 'LEMATANG ILIR', 'DINAS KETAHANAN PANGAN', 'Jl. Merdeka No. 1', ...body].join('\n'));
    expect(r.letter.sender).toBe('DINAS KETAHANAN PANGAN');
  });
});

describe('names', () => {
  it('drops "Almarhum"/"Almh." before a deceased person\'s name like an honorific', () => {
    const r = parseLetter(['DINAS CONTOH', '', 'Nomor : 800/12/Contoh/2026', 'Perihal : Penonaktifan User ID PPK', '', 'Nama : Almarhum Syafrudin, S.Hut.', 'NIP : 19700122 199803 1 003', '', 'Nama : Almh. Siti Aminah', 'NIP : 19700122 199803 2 003'].join('\n'));
    expect(r.people.map((p) => p.name)).toEqual(['Syafrudin, S.Hut.', 'Siti Aminah']);
  });
});

describe('forwarded mail', () => {
  it('takes the kop of the letter typed below the forwarding note, after a rule line', () => {
    const r = parseLetter(
      ['---------- Forwarded message ---------', 'From: Inspektorat Kota Contoh <insp@contoh.go.id>', 'Date: Thu, Feb 5, 2026 at 2:17 PM', 'Subject: Permohonan akun auditor', 'To: lpse@contoh.go.id', '', '', 'Yth. Admin LPSE', '', 'Isi surat kami ketik ulang di bawah.', '', '---', '', 'INSPEKTORAT KOTA CONTOH', 'Jl. Merdeka No. 1 Contoh', ...body].join('\n'),
    );
    expect(r.letter.sender).toBe('INSPEKTORAT KOTA CONTOH');
  });
});

describe('position in prose', () => {
  it("reads the account's role before \"atas nama\" as the position, flagged", () => {
    const r = parseLetter(
      ['KECAMATAN CONTOH', '', 'Hal : Mohon Reset Password SPSE', '', 'Dengan ini kami sampaikan bahwa akun SPSE Pejabat Pengadaan pada Kecamatan Contoh atas nama', 'Sdr. Eko Saputra, S.IP dengan NIP. 19870423 201001 1 003 tidak dapat digunakan karena lupa kata sandi.'].join('\n'),
    );
    expect(r.people[0].name).toBe('Eko Saputra, S.IP');
    expect(r.people[0].position).toBe('Pejabat Pengadaan');
    expect(r.problems.find((p) => p.field === 'people[0].position')?.line).toBe(5);
  });
});

describe('Word: manual line break', () => {
  it('a line after <w:br/> continues the paragraph: a wrapped Perihal is read whole, flagged as joined', () => {
    const text = docxHtmlToText('<p>DINAS CONTOH</p><p></p><p>Nomor\t: 800/12/Contoh/2026</p><p>Perihal\t: Permohonan Pembuatan User ID PPK<br />Tahun Anggaran 2026</p><p></p><p>Kepada Yth.</p><p>Nama\t: Budi Santoso<br />NIP\t: 19800101 200501 1 001</p>');
    const r = parseLetter(text);
    expect(r.letter.subject).toBe('Permohonan Pembuatan User ID PPK Tahun Anggaran 2026');
    expect(r.problems.some((p) => p.field === 'letter.subject')).toBe(true);
    expect(r.people[0]).toMatchObject({ name: 'Budi Santoso', nip: '198001012005011001' });
  });
});

describe('a table with one person per column', () => {
  const head = ['DINAS CONTOH', '', 'Nomor\t: 800/12/Contoh/2026'];
  it('a replacement table (Semula | Menjadi) gives both people, the outgoing to deactivate, the incoming to create, flagged', () => {
    const r = parseLetter(
      [...head, 'Hal\t: Penggantian Pejabat Pembuat Komitmen', '', 'Uraian\tSemula\tMenjadi', 'Nama\tBudi Santoso, S.T.\tSiti Aminah, S.E.', 'NIP\t19800101 200501 1 001\t19850202 201001 2 002', 'Jabatan\tKepala Bidang A\tKepala Bidang A', 'Email\tbudi@contoh.go.id\tsiti@contoh.go.id', 'No. HP\t0811 7430 212\t0812 7488 1616', 'Keterangan\tMutasi\tPPK baru'].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone, p.action])).toEqual([
      ['Budi Santoso, S.T.', '198001012005011001', 'Kepala Bidang A', 'budi@contoh.go.id', '+628117430212', 'deactivate'],
      ['Siti Aminah, S.E.', '198502022010012002', 'Kepala Bidang A', 'siti@contoh.go.id', '+6281274881616', 'create'],
    ]);
    expect(r.problems.filter((p) => /\.action$/.test(p.field)).map((p) => p.line)).toEqual([6, 6]);
  });

  it('a data-change table (old | new, NIP "tetap") is one person with the new values, kept values flagged', () => {
    const r = parseLetter(
      [...head, 'Hal\t: Permohonan Perubahan Data User ID PPK', '', 'Data\tTercatat di SPSE\tPerubahan', 'Nama\tWahyudi, S.T.\tWahyudi, S.T., M.T.', 'NIP\t19840921 200903 1 002\ttetap', 'Jabatan\tKepala Seksi A\tKepala Bidang B', 'Email\twahyudi@yahoo.com\twahyudi@contoh.go.id', 'No. HP\t0812 7300 4545\ttetap'].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Wahyudi, S.T., M.T.', nip: '198409212009031002', position: 'Kepala Bidang B', email: 'wahyudi@contoh.go.id', phone: '+6281273004545', action: 'change' });
    expect(r.problems.find((p) => p.field === 'people[0].phone')?.line).toBe(11);
  });

  it('a key–value block with tab and colon columns is not read as people per column', () => {
    const r = parseLetter([...head, 'Hal\t: Permohonan akun PPK', '', 'Nama\t:\tBudi Santoso', 'NIP\t:\t19800101 200501 1 001', 'Jabatan\t:\tKepala Bidang A'].join('\n'));
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Budi Santoso', nip: '198001012005011001', position: 'Kepala Bidang A' });
  });
});

describe('a printed table (Chromium PDF layout)', () => {
  it('"No Nama" run together in the heading, cells wrapped onto a second row, e-mail and HP in one column', () => {
    const r = parseLetter(
      ['DINAS CONTOH', '', 'Nomor\t: 800/12/Contoh/2026', 'Perihal\t: Permohonan User ID PPK', '', 'No Nama\tNIP\tJabatan\tEmail / HP', '1\tYudha\t19860925\tKepala Bidang\tyudha.pratama@contoh.go.id', '\tPratama Putra, S.P., M.Si.\t201001 1 008\tKetersediaan Pangan\t0812 7744 6600'].join('\n'),
    );
    expect(r.people).toHaveLength(1);
    expect(r.people[0]).toMatchObject({ name: 'Yudha Pratama Putra, S.P., M.Si.', nip: '198609252010011008', position: 'Kepala Bidang Ketersediaan Pangan', email: 'yudha.pratama@contoh.go.id', phone: '+6281277446600' });
    for (const f of ['name', 'nip', 'position', 'phone']) expect(r.problems.some((p) => p.field === `people[0].${f}`), f).toBe(true);
  });
});

describe('a replacement table with a status column', () => {
  it('reads each row\'s side from its status cell and joins a name cell ending in a comma with the next row', () => {
    const r = parseLetter(
      ['NOTA DINAS', '', 'Dari\t: Sekretaris Dinas Contoh', 'Nomor\t: 555/102/Contoh/2026', 'Hal\t: Pergantian Petugas Helpdesk LPSE', '', 'Status\tNama / NIP\tEmail / HP', 'Dinonaktifkan\tArif Rahman, S.Kom. 19900606 201503 1 007\tarif.rahman@contoh.go.id', 'Dibuatkan akun\tSiti Nurhaliza,\tsiti.nurhaliza@contoh.go.id', 'baru\tA.Md.Kom. 19980808 202203 2 004\t0822 8877 6655'].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.email, p.phone, p.action])).toEqual([
      ['Arif Rahman, S.Kom.', '199006062015031007', 'arif.rahman@contoh.go.id', null, 'deactivate'],
      ['Siti Nurhaliza, A.Md.Kom.', '199808082022032004', 'siti.nurhaliza@contoh.go.id', '+6282288776655', 'create'],
    ]);
    expect(r.problems.filter((p) => /\.action$/.test(p.field)).map((p) => p.line)).toEqual([8, 9]);
    expect(r.problems.some((p) => p.field === 'people[1].name')).toBe(true);
  });
});
