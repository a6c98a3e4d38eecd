import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by tests/fixtures/letters-fresh-6 after it was scored once: each letter here
 * is a small one written for the rule (other agencies, other wording), not the fixture.
 */
describe('a "Jabatan/Pangkat" cell whose second line is the pangkat and golongan', () => {
  const letter = (jabatan: string) =>
    ['Hal : Permohonan Akun SPSE Pejabat Pengadaan', '', 'No\tNama\tNIP\tJabatan/Pangkat', `1\tRudi Hamzah, S.T.\t19810303 200604 1 002\t${jabatan}`, ''].join('\n');

  it('the pangkat is cut off the jabatan, flagged', () => {
    for (const [cell, jabatan] of [
      ['Analis Kebijakan Ahli Muda Pembina (IV/a)', 'Analis Kebijakan Ahli Muda'],
      ['Pengelola Pengadaan Barang/Jasa Ahli Pertama Penata Muda Tk. I (III/b)', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama'],
      ['Kepala Seksi Sarana Penata Tk.I, III/d', 'Kepala Seksi Sarana'],
      ['Pranata Komputer Terampil Pengatur / II.c', 'Pranata Komputer Terampil'],
    ]) {
      const parsed = parseLetter(letter(cell));
      expect(parsed.people[0].position).toBe(jabatan);
      expect(parsed.problems.some((p) => p.field === 'people[0].position' && /pangkat/i.test(p.message))).toBe(true);
    }
  });

  it('a pangkat word without its golongan stays in the jabatan', () => {
    expect(parseLetter(letter('Penata Laksana Barang')).people[0].position).toBe('Penata Laksana Barang');
  });
});

describe('a chat whose records open with a bold caption ("*PPK 1*")', () => {
  const chat = [
    '[12/10/26 10.01.05] Pak Yusuf Bappeda: Selamat siang admin, mohon dibuatkan akun SPSE utk PPK kami',
    '[12/10/26 10.03.40] Pak Yusuf Bappeda: *PPK KEGIATAN 1*',
    'Nama: Yohanes Laitupa, S.T.',
    'NIP: 19830707 200903 1 005',
    'Jabatan: Kepala Bidang Infrastruktur',
    'HP: 0813-2233-4455',
    'Email: yohanes.laitupa@gmail.com',
    '[12/10/26 10.05.12] Admin LPSE: Baik pak, segera diproses',
    '',
  ].join('\n');

  it('the caption is not the sender: a chat names none without a kop', () => {
    const parsed = parseLetter(chat);
    expect(parsed.letter.sender).toBeNull();
    expect(parsed.people[0].name).toBe('Yohanes Laitupa, S.T.');
  });

  it('a kop pasted into a chat message still names the sender', () => {
    const pasted = chat.replace('*PPK KEGIATAN 1*', 'BADAN PERENCANAAN PEMBANGUNAN DAERAH');
    expect(parseLetter(pasted).letter.sender).toBe('BADAN PERENCANAAN PEMBANGUNAN DAERAH');
  });
});

describe('slash records whose number part keeps its label ("NIP 1985… /", "NIK 73… /")', () => {
  it('the label is dropped: a NIP is the NIP, a NIK no part of the jabatan', () => {
    const text = [
      'Mohon dibuatkan akun SPSE untuk operator berikut:',
      '1. Daniel Sapulette, S.Kom / NIP 19900212 201402 1 003 / Analis Sistem Informasi / 0812 7788 9900 / daniels@gmail.com',
      '2. Nita Lekatompessy / NIK 7371014107950003 / Tenaga Pendukung Teknis / 0853-1122-3344 / nita.lek@gmail.com',
      '',
    ].join('\n');
    const { people } = parseLetter(text);
    expect(people.map((p) => [p.nip, p.position])).toEqual([
      ['199002122014021003', 'Analis Sistem Informasi'],
      [null, 'Tenaga Pendukung Teknis'],
    ]);
  });
});

describe('a subject asking a data change and accounts ("Perubahan Data dan Pengajuan Akun …")', () => {
  it("each person's own paragraph says which, flagged", () => {
    const text = [
      'Nomor : 800/55/BKD/2026',
      'Perihal : Perubahan Data dan Pengajuan Akun SPSE Pejabat Pengadaan',
      '',
      'Dengan hormat, bersama ini kami sampaikan:',
      '',
      'Perubahan data akun Pejabat Pengadaan atas nama Sdr. Frans Latumahina, S.E., NIP 19840404 201001 1 006, dengan nomor HP baru 0812 9900 1122.',
      '',
      'Pembuatan akun Pejabat Pengadaan baru atas nama Sdri. Lina Wattimena, S.Ak., NIP 19920808 201903 2 004, alamat email lina.wattimena@gmail.com, nomor HP 0813 5566 7788.',
      '',
      'Demikian kami sampaikan.',
      '',
    ].join('\n');
    const parsed = parseLetter(text);
    expect(parsed.people.map((p) => [p.name, p.action])).toEqual([
      ['Frans Latumahina, S.E.', 'change'],
      ['Lina Wattimena, S.Ak.', 'create'],
    ]);
    expect(parsed.problems.some((p) => p.field === 'people[1].action')).toBe(true);
  });
});

describe('a letter quoted under a ticket or mail note, its letterhead indented', () => {
  it("the letterhead's e-mail is the office's, no person", () => {
    const text = [
      'Selamat siang, berikut isi surat kami (PDF asli di lampiran tiket). Teks disalin dari PDF-nya.',
      '',
      '                    PEMERINTAH KABUPATEN CONTOH',
      '                       DINAS KETAHANAN PANGAN',
      '            Jalan Pahlawan No. 3 Telepon (0911) 123456',
      '                 Pos-el: dkp@contohkab.go.id',
      '',
      '   No   Nama / NIP                  Jabatan                     No. HP            Email',
      '   1    Hendrik Soplanit, S.P.      Kepala Bidang Distribusi    0812 3300 4455    hendrik.soplanit@gmail.com',
      '        NIP 19790909 200501 1 004',
      '   2    Yuliana Pattipeilohy,       Kepala Seksi Cadangan       0813 2211 6677    yuliana.pattipeilohy@',
      '        S.E., M.Si.                 Pangan                                        dkp.contohkab',
      '        NIP 19850202 201001 2 009                                                 .go.id',
      '',
    ].join('\n');
    const { people } = parseLetter(text);
    expect(people.map((p) => p.email)).toEqual(['hendrik.soplanit@gmail.com', 'yuliana.pattipeilohy@dkp.contohkab.go.id']);
  });
});

describe('a letter quoted under a note, its letterhead below the note', () => {
  it('the letterhead names the sender', () => {
    const text = [
      'Selamat pagi, surat kami salin di bawah ini.',
      '',
      '        PEMERINTAH KABUPATEN CONTOH',
      '        BADAN PENDAPATAN DAERAH',
      '   Jalan Merdeka No. 9 Telepon (0911) 555111',
      '',
      'Hal : Permohonan Akun SPSE Pejabat Pengadaan',
      '',
      'Nama : Markus Huwae, S.E.',
      'NIP : 19870303 201101 1 002',
      'Email : markus.huwae@gmail.com',
      '',
    ].join('\n');
    expect(parseLetter(text).letter.sender).toBe('BADAN PENDAPATAN DAERAH');
  });
});
