import { describe, expect, it } from 'vitest';
import { parseLetter, recheck, summarize } from '../../../lib/letter';

const twoInProse = `**PEMERINTAH KABUPATEN BELITUNG**
**DINAS LINGKUNGAN HIDUP**

Nomor 660/88/DLH/2026
Perihal : Permohonan User ID PPK dan
          Pokja Tahun 2026

Kepada Yth. Kepala LPSE

Dengan hormat, kami mohon dibuatkan akun pada SPSE kepada Sdr. Andi Wijaya, S.T., NIP 19870707 201101 1 005, selaku PPK, email andi.w@gmail.com, HP 0812-1111-2222 dan Sdri. Nia Kurnia, S.E., NIP 19900214 201503 2 001, selaku Anggota Pokja, email nia.k@gmail.com, HP 0813-3333-4444.

Tanjungpandan,        Agustus 2026
Plt. Kepala Dinas Lingkungan Hidup,

Joko Susilo, S.Hut.
NIP 19760311 200212 1 003
`;

const spaceTable = `DINAS SOSIAL KABUPATEN BELITUNG

Nomor : 460/12/Dinsos/2026                    Tanjungpandan, 7 Mei 2026
Hal   : Usulan Admin Agency

Bersama ini kami usulkan:

Nama                    NIP                     Jabatan            Email                  HP
Ayu Lestari, S.Sos.     199002142015032001      Analis Kebijakan   ayu@dinsos.go.id       081234567890
Bima Sakti              198707072011011005      Pranata Komputer   bima@dinsos.go.id      081298765432

Hormat kami,
Kepala Dinas Sosial

Dra. Mulyani
NIP. 197209141998032004
`;

const crlfNotaDinas =
  'NOTA DINAS\r\nKepada : Kepala LPSE\r\nDari : Kepala Bagian Umum\r\nTanggal : 30 Februari 2026\r\nNomor : 01/ND/2026\r\nHal : Reset password\r\n\r\nMohon reset kata sandi untuk:\r\nNama : Dodi\r\nNIP : 19800101 200501 1 001\r\nNama : Edi Saputra\r\nNIP : 19850315 201001 1 003\r\nEmail : edi@x.go.id\r\n\r\nKepala Bagian Umum\r\n\r\nSiti\r\n';

describe('parseLetter', () => {
  it('finds two people in one sentence, each with their own NIP, role, email and phone', () => {
    const r = parseLetter(twoInProse);
    expect(r.letter.number).toBe('660/88/DLH/2026');
    expect(r.letter.subject).toBe('Permohonan User ID PPK dan Pokja Tahun 2026');
    expect(r.letter.sender).toBe('DINAS LINGKUNGAN HIDUP');
    expect(r.letter.role).toBe('ppk');
    expect(r.people).toEqual([
      { name: 'Andi Wijaya, S.T.', nip: '198707072011011005', position: 'PPK', email: 'andi.w@gmail.com', phone: '+6281211112222', action: 'create' },
      { name: 'Nia Kurnia, S.E.', nip: '199002142015032001', position: 'Anggota Pokja', email: 'nia.k@gmail.com', phone: '+6281333334444', action: 'create' },
    ]);
    expect(r.signatory).toEqual({ name: 'Joko Susilo, S.Hut.', nip: '197603112002121003' });
    expect(r.problems).toContainEqual({ field: 'letter.role', message: 'Perihal menyebut lebih dari satu peran (ppk, pokja); periksa peran setiap pegawai', line: 5 });
  });

  it('says when the letter date has no day', () => {
    const r = parseLetter(twoInProse);
    expect(r.letter.date).toBeNull();
    expect(r.problems).toContainEqual({ field: 'letter.date', message: 'Tanggal surat belum lengkap: hanya bulan dan tahun yang tertulis', line: 12 });
  });

  it('reads a table aligned with spaces', () => {
    const r = parseLetter(spaceTable);
    expect(r.letter.date).toBe('2026-05-07');
    expect(r.letter.place).toBe('Tanjungpandan');
    expect(r.letter.role).toBe('admin-agency');
    expect(r.people.map((p) => [p.name, p.position])).toEqual([
      ['Ayu Lestari, S.Sos.', 'Analis Kebijakan'],
      ['Bima Sakti', 'Pranata Komputer'],
    ]);
    expect(r.signatory?.name).toBe('Dra. Mulyani');
    expect(r.problems).toEqual([]);
  });

  it('handles CRLF, back-to-back key–value blocks, an invalid letter date and a signatory without NIP', () => {
    const r = parseLetter(crlfNotaDinas);
    expect(r.letter.sender).toBe('Kepala Bagian Umum');
    expect(r.letter.role).toBe('password-reset');
    expect(r.letter.date).toBeNull();
    expect(r.problems.find((p) => p.field === 'letter.date')?.message).toMatch(/tidak sah/);
    expect(r.people.map((p) => p.name)).toEqual(['Dodi', 'Edi Saputra']);
    expect(r.signatory).toEqual({ name: 'Siti', nip: null });
    // Position is not asked for in a password reset.
    expect(r.problems.some((p) => p.field.endsWith('.position'))).toBe(false);
  });

  it('keeps evidence: confidence and the source line of every field', () => {
    const r = parseLetter(spaceTable);
    expect(r.fields['letter.number']).toEqual({ confidence: 0.95, line: 3, source: expect.stringContaining('460/12/Dinsos/2026') });
    expect(r.fields['people[1].nip'].line).toBe(10);
    expect(r.fields['signatory.nip'].line).toBe(16);
    for (const e of Object.values(r.fields)) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('survives empty and unrelated text, reporting what is missing', () => {
    const r = parseLetter('');
    expect(r.people).toEqual([]);
    expect(r.signatory).toBeNull();
    expect(r.problems.map((p) => p.field)).toEqual(['letter.number', 'letter.date', 'letter.sender', 'letter.subject', 'letter.role', 'people']);
    expect(() => parseLetter('lorem ipsum\n\n\t|\t|\n1.\n: :')).not.toThrow();
  });

  it('flags duplicate NIPs', () => {
    const r = parseLetter('Nama : A\nNIP : 19800101 200501 1 001\nNama : B\nNIP : 19800101 200501 1 001\n');
    expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people[1].nip', message: 'NIP sama dengan orang ke-1', person: 1 }));
  });

  it('summarize gives exactly the CLI keys', () => {
    const s = summarize(parseLetter(spaceTable));
    expect(Object.keys(s.letter)).toEqual(['number', 'date', 'sender', 'subject', 'role']);
    expect(Object.keys(s.people[0])).toEqual(['name', 'nip', 'position', 'email', 'phone', 'action']);
  });
});

describe('recheck', () => {
  it('normalises edited values and recomputes problems', () => {
    const r = parseLetter(crlfNotaDinas);
    const edited = recheck({
      ...r,
      letter: { ...r.letter, date: '2026-02-27' },
      people: [{ ...r.people[0], email: '  Dodi@X.go.id ', phone: '0812 1111 2222', position: ' ' }, r.people[1]],
    });
    expect(edited.people[0]).toEqual({ name: 'Dodi', nip: '198001012005011001', position: null, email: 'dodi@x.go.id', phone: '+6281211112222', action: 'reset' });
    expect(edited.problems.map((p) => p.field)).toEqual(['people[1].phone']);
  });
});

describe('parseLetter, more layouts', () => {
  it('splits combined table columns ("Nama / NIP", "Email / No. HP") and <br> inside cells', () => {
    const r = parseLetter(`KANTOR PERWAKILAN BPKP PROVINSI KEPULAUAN BANGKA BELITUNG

Nomor : PE.03/S-112/PW30/3/2026
Hal. : Permohonan User Auditor SPSE
Tanggal : 2 Maret 2026

| No | Nama / NIP | Jabatan dalam Tim | Email / No. HP |
|---|---|---|---|
| 1 | Siti Rahma, Ak., M.Acc. / 19870707 201101 2 005 | Ketua Tim | siti.rahma@bpkp.go.id / 0812-3456-1111 |
| 2 | Yudi Hartanto, S.E.<br>NIP 19900214 201503 1 001 | Anggota | yudi.h@bpkp.go.id; 0813 2222 3333 |

Demikian.

Kepala Perwakilan,

ttd

Dr. Indra Gunawan
NIP 19700315 199503 1 002
`);
    expect(r.letter).toMatchObject({ number: 'PE.03/S-112/PW30/3/2026', date: '2026-03-02', subject: 'Permohonan User Auditor SPSE', role: 'auditor' });
    expect(r.people).toEqual([
      { name: 'Siti Rahma, Ak., M.Acc.', nip: '198707072011012005', position: 'Ketua Tim', email: 'siti.rahma@bpkp.go.id', phone: '+6281234561111', action: 'create' },
      { name: 'Yudi Hartanto, S.E.', nip: '199002142015031001', position: 'Anggota', email: 'yudi.h@bpkp.go.id', phone: '+6281322223333', action: 'create' },
    ]);
    expect(r.signatory).toEqual({ name: 'Dr. Indra Gunawan', nip: '197003151995031002' });
  });

  it('reads lettered key–value blocks in a letter without closing or signature, and a kop with "dr."', () => {
    const r = parseLetter(`PEMERINTAH KABUPATEN BELITUNG
RUMAH SAKIT UMUM DAERAH dr. H. MAROEF SOEMARNO

Nomor   : 445/310/RSUD/2026
Perihal : Permohonan Akun PPK

Kepada Yth.
Kepala LPSE Kabupaten Belitung
di Tanjungpandan

Mohon dibuatkan akun PPK SPSE bagi:
a. Nama Lengkap   : Fitri Handayani, S.Farm., Apt.
   NIP/NRP        : 19881123 201403 2 002
   Unit Kerja     : Instalasi Farmasi
   Jabatan        : PPK Obat dan BMHP
   Alamat e-mail  : fitri.apt@gmail.com
   No. Telp/HP    : 0819 0000 1234
b. Nama Lengkap   : Hasan Basri, S.T.
   NIP/NRP        : 19850315 201001 1 003
   Jabatan        : PPK Sarana Prasarana
   Alamat e-mail  : hasan.basri@gmail.com
   No. Telp/HP    : 0819 0000 5678
`);
    expect(r.letter.sender).toBe('RUMAH SAKIT UMUM DAERAH dr. H. MAROEF SOEMARNO');
    expect(r.signatory).toBeNull();
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email, p.phone])).toEqual([
      ['Fitri Handayani, S.Farm., Apt.', '198811232014032002', 'PPK Obat dan BMHP', 'fitri.apt@gmail.com', '+6281900001234'],
      ['Hasan Basri, S.T.', '198503152010011003', 'PPK Sarana Prasarana', 'hasan.basri@gmail.com', '+6281900005678'],
    ]);
  });

  it('reads one-line key–value items and a signature without closing sentence', () => {
    const r = parseLetter(`Nomor: 027/5/Pokja/2026
Hal: Permohonan User ID Pokja

Dengan ini kami sampaikan anggota Pokja sebagai berikut:
1. Nama: Budi Santoso, S.E., NIP: 19800101 200501 1 001, Jabatan: Ketua, Email: budi@x.go.id, HP: 0812 1111 2222
2. Nama: Sari Dewi, NIP: 19850315 201001 2 003, Jabatan: Anggota, Email: sari@x.go.id, HP: 0812 3333 4444

Tanjungpandan, 1 April 2026
Kepala Bagian PBJ

Hj. Sri Wahyuni
`);
    expect(r.people.map((p) => [p.name, p.position, p.phone])).toEqual([
      ['Budi Santoso, S.E.', 'Ketua', '+6281211112222'],
      ['Sari Dewi', 'Anggota', '+6281233334444'],
    ]);
    expect(r.signatory).toEqual({ name: 'Hj. Sri Wahyuni', nip: null });
    expect(r.letter.sender).toBe('Bagian PBJ');
  });

  it('splits several key–value pairs on one line, drops a trailing full stop after an email, treats "-" as empty', () => {
    const r = parseLetter('Hal : Permohonan User ID PPK\nNama : Budi Santoso, S.E. NIP : 19800101 200501 1 001 Jabatan : PPK\nEmail : budi@gmail.com. HP : 0812 1111 2222\nNama : Sari\nNIP : -\nEmail : sari@gmail.com\n');
    expect(r.people).toEqual([
      { name: 'Budi Santoso, S.E.', nip: '198001012005011001', position: 'PPK', email: 'budi@gmail.com', phone: '+6281211112222', action: 'create' },
      { name: 'Sari', nip: null, position: null, email: 'sari@gmail.com', phone: null, action: 'create' },
    ]);
    expect(r.problems.map((p) => p.field)).toContain('people[1].nip');
  });
});

describe('letter numbers', () => {
  it.each([
    ['Nomor : 700 / 017 / INSP / II / 2026', '700/017/INSP/II/2026', false],
    ['Nomor : 027/        /PBJ/2026', '027//PBJ/2026', true],
    ['Nomor : 027/.../PBJ/2026', '027/.../PBJ/2026', true],
    ['Nomor 660/88/DLH/2026', '660/88/DLH/2026', false],
    ['No. : B-215/L.9.12/Fd.1/08/2026', 'B-215/L.9.12/Fd.1/08/2026', false],
  ])('%s', (line, number, incomplete) => {
    const r = parseLetter(line);
    expect(r.letter.number).toBe(number);
    expect(r.problems.some((p) => p.field === 'letter.number' && /belum lengkap/.test(p.message))).toBe(incomplete);
  });
});

describe('letter date lines', () => {
  it.each([
    ['Tanjungpandan, 9 Februari 2026', '2026-02-09', 'Tanjungpandan'],
    ['Tanjungpandan, Senin, 12 Januari 2026', '2026-01-12', 'Tanjungpandan'],
    ["Manggar, Jum'at 3 April 2026", '2026-04-03', 'Manggar'],
    ['Senin, 12 Januari 2026', '2026-01-12', null],
    ['                      Pangkal Pinang, 02-05-2026', '2026-05-02', 'Pangkal Pinang'],
    ['Tanjungpandan, 3 Maret 2026 M / 13 Ramadhan 1447 H', '2026-03-03', 'Tanjungpandan'],
  ])('%s', (line, date, place) => {
    const r = parseLetter(line);
    expect([r.letter.date, r.letter.place]).toEqual([date, place]);
    expect(r.fields['letter.date'].confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('parseLetter robustness', () => {
  it('never throws and always returns a valid ParsedLetter for shuffled, corrupted corpus lines', async () => {
    const { loadCorpus } = await import('./corpus');
    const { parsedLetterSchema } = await import('../../../lib/letter');
    const all = loadCorpus().flatMap((c) => c.text.split('\n'));
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 300; k++) {
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => {
        const l = all[Math.floor(rnd() * all.length)];
        return rnd() < 0.2 ? l.replace(/./g, (c) => (rnd() < 0.05 ? String.fromCharCode(32 + Math.floor(rnd() * 95)) : c)) : l;
      });
      const text = lines.join(rnd() < 0.8 ? '\n' : ' ');
      expect(() => parsedLetterSchema.parse(parseLetter(text)), text).not.toThrow();
    }
  });

  it('stays fast on a very long single line', () => {
    const t0 = performance.now();
    parseLetter('1'.repeat(5000) + ' ' + '0812 '.repeat(2000) + ' sebagai ' + 'a '.repeat(5000) + ' NIP 19800101 200501 1 001');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
