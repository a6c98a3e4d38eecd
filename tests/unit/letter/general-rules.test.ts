import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../lib/letter';

/**
 * General rules found by the first-pass set (tests/fixtures/letters-first-pass): each letter here
 * is written for the rule, not copied from a fixture. Every value not read verbatim from a clean
 * labelled line must carry a problem with a reason and its source line.
 */
const flagOf = (r: ReturnType<typeof parseLetter>, field: string) => r.problems.find((p) => p.field === field);

describe('letter header rules', () => {
  it('a nota dinas under a kop is sent by its "Dari", and the other candidate is named in a flag', () => {
    const r = parseLetter(
      ['PEMERINTAH KOTA CONTOH', 'BADAN KEUANGAN DAERAH', '', 'NOTA DINAS', '', 'Kepada : Kepala LPSE', 'Dari   : Kepala Bidang Anggaran', 'Tanggal : 2 Maret 2026', 'Hal    : Pembuatan akun PPK', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'),
    );
    expect(r.letter.sender).toBe('Kepala Bidang Anggaran');
    const flag = flagOf(r, 'letter.sender');
    expect(flag?.message).toContain('BADAN KEUANGAN DAERAH');
    expect(flag?.line).toBe(7);
  });

  it('flags a sender joined from several kop lines, and not one read from a single kop line', () => {
    const two = parseLetter(['BADAN PEMERIKSA KEUANGAN', 'PERWAKILAN PROVINSI CONTOH', '', 'Nomor : 1/2/2026'].join('\n'));
    expect(two.letter.sender).toBe('BADAN PEMERIKSA KEUANGAN PERWAKILAN PROVINSI CONTOH');
    expect(flagOf(two, 'letter.sender')).toMatchObject({ line: 1 });
    const one = parseLetter(['PEMERINTAH KOTA CONTOH', 'DINAS KESEHATAN', '', 'Nomor : 1/2/2026'].join('\n'));
    expect(one.letter.sender).toBe('DINAS KESEHATAN');
    expect(flagOf(one, 'letter.sender')).toBeUndefined();
  });

  it('a chat line stamped time first ("[08.47, 12/3/2026] Name:") gives no letter date', () => {
    const r = parseLetter(['[08.47, 12/3/2026] Pak Andi: Mohon reset password akun saya', 'Nama: Andi Saputra', 'NIP: 19800101 200501 1 001', '[08.50, 12/3/2026] Pak Andi: Terima kasih'].join('\n'));
    expect(r.letter.date).toBeNull();
    expect(r.people[0].name).toBe('Andi Saputra');
  });

  it('an e-mail forward\'s "Subjek:" is the subject, flagged as taken from the mail', () => {
    const r = parseLetter(['-------- Pesan Terusan --------', 'Subjek: Permohonan Akun PPK', 'Tanggal: Senin, 20 April 2026 10:32', 'Dari: Bagian Umum <umum@contoh.go.id>', 'Kepada: LPSE <lpse@contoh.go.id>', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.letter.subject).toBe('Permohonan Akun PPK');
    expect(flagOf(r, 'letter.subject')?.line).toBe(2);
    expect(r.letter.date).toBe('2026-04-20');
    expect(flagOf(r, 'letter.date')?.message).toMatch(/email/i);
  });

  it('the letter\'s own date line beats the date of the mail that forwarded it; the kop after the mail header is the sender', () => {
    const r = parseLetter(
      ['---------- Forwarded message ---------', 'From: Subbag Umum <umum@contoh.go.id>', 'Date: Sen, 9 Mar 2026 pukul 10.12', 'Subject: FW: Surat', 'To: <lpse@contoh.go.id>', '', 'PEMERINTAH KABUPATEN CONTOH', 'DINAS KESEHATAN', '', 'Nomor : 440/1/2026', 'Hal : Permohonan User ID PPK', '', 'Contoh, 6 Maret 2026', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'),
    );
    expect(r.letter.date).toBe('2026-03-06');
    expect(r.letter.sender).toBe('DINAS KESEHATAN');
    expect(r.letter.subject).toBe('Permohonan User ID PPK');
  });
});

describe('role', () => {
  it('reads a request for a Pejabat Pengadaan (PP) account as the pp role, not as PPK', () => {
    const r = parseLetter(['Hal : Permohonan User ID Pejabat Pengadaan', '', 'Nama : Budi Santoso', 'NIP : 19800101 200501 1 001'].join('\n'));
    expect(r.letter.role).toBe('pp');
    expect(parseLetter('Hal : Permohonan Akun PP SPSE').letter.role).toBe('pp');
    expect(parseLetter('Hal : Permohonan User ID PPK').letter.role).toBe('ppk');
  });
});

describe('signature zone', () => {
  it('takes two signatures read one after the other (a Word layout table, cell by cell) as one zone; the self-requester stays the applicant', () => {
    const r = parseLetter(
      [
        'Hal : Permohonan Reset Password',
        '',
        'Yang bertanda tangan di bawah ini:',
        'Nama : Deni Firmansyah, S.E.',
        'NIP : 19880115 201101 1 003',
        'Email : deni@contoh.go.id',
        '',
        'mengajukan permohonan reset password akun SPSE saya karena tidak dapat login.',
        '',
        'Mengetahui,',
        'Camat Membalong,',
        'Sulaiman, S.Sos.',
        'NIP. 19710606 199803 1 005',
        'Membalong, 24 Juni 2026',
        'Pemohon,',
        'Deni Firmansyah, S.E.',
        'NIP. 19880115 201101 1 003',
      ].join('\n'),
    );
    expect(r.people.map((p) => p.name)).toEqual(['Deni Firmansyah, S.E.']);
    expect(flagOf(r, 'people[0].nip')?.message).toMatch(/yang bertanda tangan/);
    expect(r.signatory?.name).toBe('Sulaiman, S.Sos.');
    expect(r.letter.date).toBe('2026-06-24');
  });
});

describe('letter number', () => {
  it('cuts the place and date written after the number on its line (a tab that became a space), flagged', () => {
    const r = parseLetter(['No. : 050/077/Bappelitbangda/2026 Tanjungpandan, 12 Agt 2026', 'Hal : Permohonan Admin Agency'].join('\n'));
    expect(r.letter.number).toBe('050/077/Bappelitbangda/2026');
    expect(r.letter.date).toBe('2026-08-12');
    expect(r.letter.place).toBe('Tanjungpandan');
    expect(flagOf(r, 'letter.number')).toMatchObject({ line: 1 });
  });

  it('flags a number with a letter l, I or O standing for a digit (a scan or a typo), with its line', () => {
    const r = parseLetter(['Nomor : 600/l21/PUPR/2026', 'Hal : Permohonan User ID PPK'].join('\n'));
    expect(r.letter.number).toBe('600/l21/PUPR/2026');
    expect(flagOf(r, 'letter.number')).toMatchObject({ line: 1 });
    expect(flagOf(parseLetter('Nomor : 027/ND/041/PBJ/V/2026'), 'letter.number')).toBeUndefined();
  });
});

describe('people rules', () => {
  it('reads "1. a. Nama" lettered sub-items as one person per number', () => {
    const r = parseLetter(
      ['Mohon dibuatkan akun:', '', '1. a. Nama    : Rina Wati, S.E.', '   b. NIP     : 19800101 200501 2 001', '   c. Jabatan : Kepala Seksi', '   d. Email   : rina@contoh.go.id', '', '2. a. Nama    : Budi Santoso', '   b. NIP     : 19810202 200601 1 002', '   c. Jabatan : Staf'].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position, p.email])).toEqual([
      ['Rina Wati, S.E.', '198001012005012001', 'Kepala Seksi', 'rina@contoh.go.id'],
      ['Budi Santoso', '198102022006011002', 'Staf', null],
    ]);
  });

  it('carries a numbered item on to a line that is not indented when the item line ends with a comma (PDF wrap)', () => {
    const r = parseLetter(['1) Sugeng Riyadi, S.T., NIP 19820417 200801 1 004, Ketua,', 'sugeng.riyadi@contoh.go.id, 0812-7301-4455', '2) Wulan Sari, S.E., NIP 19831010 200902 2 002, Sekretaris,', 'wulan.sari@contoh.go.id, 0813-7302-5566'].join('\n'));
    expect(r.people.map((p) => [p.name, p.email, p.phone])).toEqual([
      ['Sugeng Riyadi, S.T.', 'sugeng.riyadi@contoh.go.id', '+6281273014455'],
      ['Wulan Sari, S.E.', 'wulan.sari@contoh.go.id', '+6281373025566'],
    ]);
  });

  it('carries a numbered item on to a wrapped line starting in lower case (an e-mail) after a line not ended by a full stop', () => {
    const r = parseLetter(['1. Sdr. Rudi Saputra, S.Kom. (NIP 19900214 201503 1 001) sebagai Helpdesk, email', 'rudi.saputra@contoh.go.id, HP 0812-7000-9911;', 'a) Fadli Rahman, S.E. – NIP 19850315 201001 1 003 – Ketua Tim –', 'fadli.rahman@contoh.go.id – 0812 7001 0001'].join('\n'));
    expect(r.people.map((p) => [p.email, p.phone, p.position])).toEqual([
      ['rudi.saputra@contoh.go.id', '+6281270009911', 'Helpdesk'],
      ['fadli.rahman@contoh.go.id', '+6281270010001', 'Ketua Tim'],
    ]);
  });

  it('carries a team-role line ("Ketua Tim : …") on to its wrapped line (PDF wrap)', () => {
    const r = parseLetter(['Ketua Tim : Lina Marlina, S.E., NIP 19850315 201001 2 003,', 'lina.marlina@contoh.go.id, 0812 7444 0002', 'Anggota : 1. Doni Saputra, S.Ak., NIP 19900214 201503 1 001,', 'doni@contoh.go.id, 0812 7444 0003', '        2. Evi Susanti, S.E., NIP 19920518 201902 2 004,', '        evi@contoh.go.id, 0812 7444 0004'].join('\n'));
    expect(r.people.map((p) => [p.name, p.position, p.email, p.phone])).toEqual([
      ['Lina Marlina, S.E.', 'Ketua Tim', 'lina.marlina@contoh.go.id', '+6281274440002'],
      ['Doni Saputra, S.Ak.', 'Anggota', 'doni@contoh.go.id', '+6281274440003'],
      ['Evi Susanti, S.E.', 'Anggota', 'evi@contoh.go.id', '+6281274440004'],
    ]);
  });

  it('reads a position written as a clause after the NIP in prose, flagged with its line', () => {
    const r = parseLetter(['Ketua tim adalah Sdr. Arif Rahman, S.H., NIP 19781212 200501 1 003, Auditor Ahli Madya,', 'email arif@contoh.go.id, telepon 0812-1000-2000.'].join('\n'));
    expect(r.people[0].position).toBe('Auditor Ahli Madya');
    expect(flagOf(r, 'people[0].position')?.line).toBe(1);
  });

  it('reads a procurement role named just before the person in a sentence, flagged', () => {
    const r = parseLetter('Kami memohon reset kata sandi akun SPSE milik Pejabat Pengadaan sekolah kami, Ibu Wulan Sari, S.Pd. (NIP 19860812 201001 2 009, email wulan@contoh.sch.id).');
    expect(r.people[0].position).toBe('Pejabat Pengadaan');
    expect(flagOf(r, 'people[0].position')?.message).toMatch(/periksa/);
  });

  it('joins a tab-table cell wrapped onto a row that starts with a tab, flagged', () => {
    const r = parseLetter(['No\tNama\tNIP\tJabatan', '1\tSelvi Oktaviani, S.E.,\t19921005 201903 2 006\tPengelola Pengadaan', '\tM.Ak.', '2\tYoga Pratama\t19950122 202012 1 004\tAnalis'].join('\n'));
    expect(r.people.map((p) => p.name)).toEqual(['Selvi Oktaviani, S.E., M.Ak.', 'Yoga Pratama']);
    expect(flagOf(r, 'people[0].name')).toBeDefined();
  });
});

describe('request action per person', () => {
  const replacement = (withHeadings: boolean) =>
    [
      'Hal : Penggantian Pejabat Pembuat Komitmen',
      '',
      ...(withHeadings ? ['PPK lama:'] : []),
      'Nama : Agus Salim',
      'NIP : 19750202 200003 1 005',
      '',
      ...(withHeadings ? ['PPK baru:'] : []),
      'Nama : Ratna Dewi',
      'NIP : 19880808 201101 2 006',
    ].join('\n');

  it('flags each action deduced from a heading in a replacement letter, naming that heading line', () => {
    const r = parseLetter(replacement(true));
    expect(r.people.map((p) => p.action)).toEqual(['deactivate', 'create']);
    expect(flagOf(r, 'people[0].action')).toMatchObject({ line: 3, source: 'PPK lama:', person: 0 });
    expect(flagOf(r, 'people[1].action')).toMatchObject({ line: 7, source: 'PPK baru:', person: 1 });
  });

  it('flags a replacement letter\'s person with no old/new heading (taken as new)', () => {
    const r = parseLetter(replacement(false));
    expect(r.people.map((p) => p.action)).toEqual(['create', 'create']);
    expect(flagOf(r, 'people[0].action')?.message).toMatch(/lama atau baru/);
  });

  it('does not flag the action of a letter whose subject says what is asked', () => {
    const r = parseLetter(['Hal : Permohonan Reset Password', '', 'Nama : Agus Salim', 'NIP : 19750202 200003 1 005'].join('\n'));
    expect(r.people[0].action).toBe('reset');
    expect(flagOf(r, 'people[0].action')).toBeUndefined();
  });
});

describe('table header rules', () => {
  it("a header cell wrapped onto the line below ('N' / 'o', 'Jabatan dalam' / 'Pokja') is part of the header, not a person named 'Pokja'", () => {
    const r = parseLetter(
      [
        'Mohon User ID pegawai di bawah ini dinonaktifkan:',
        'N\tNama\tNIP\tJabatan dalam\tKeterangan',
        '0\t\t\tPokja',
        '1\tYopi Harianto, S.T.\t19860101 201001 1 030\tKetua Pokja Pemilihan 1\tMutasi ke Dinas PUPR',
        '2\tMeri Susanti, S.E., M.Ak.\t19890303 201403 2 005\tAnggota Pokja Pemilihan 3\tPromosi jabatan',
      ].join('\n'),
    );
    expect(r.people.map((p) => [p.name, p.nip, p.position])).toEqual([
      ['Yopi Harianto, S.T.', '198601012010011030', 'Ketua Pokja Pemilihan 1'],
      ['Meri Susanti, S.E., M.Ak.', '198903032014032005', 'Anggota Pokja Pemilihan 3'],
    ]);
  });
});

describe('no silent errors (a property of every corpus letter)', () => {
  it('flags every value read with less than full confidence, with a reason and its source line', async () => {
    const { loadCorpus, firstPassDir } = await import('./corpus');
    const unflagged: string[] = [];
    for (const c of [...loadCorpus(), ...loadCorpus(firstPassDir)]) {
      const r = parseLetter(c.text);
      for (const [path, ev] of Object.entries(r.fields)) {
        if (path.startsWith('signatory.') || path === 'letter.place') continue;
        const clean = path === 'letter.sender' || path === 'letter.date' ? 0.85 : 0.9;
        if (ev.confidence >= clean) continue;
        const p = r.problems.find((x) => x.field === path);
        if (!p || !p.message || p.line === undefined) unflagged.push(`${c.name} ${path} (${ev.confidence}): ${ev.source}`);
      }
    }
    expect(unflagged).toEqual([]);
  });

  it('keeps the source line of every value it returns (no value without evidence)', async () => {
    const { loadCorpus, firstPassDir } = await import('./corpus');
    const bare: string[] = [];
    for (const c of [...loadCorpus(), ...loadCorpus(firstPassDir)]) {
      const r = parseLetter(c.text);
      for (const [k, v] of Object.entries(r.letter)) if (v !== null && !r.fields[`letter.${k}`]) bare.push(`${c.name} letter.${k}`);
      r.people.forEach((p, i) => {
        for (const [k, v] of Object.entries(p)) if (k !== 'action' && v !== null && !r.fields[`people[${i}].${k}`]) bare.push(`${c.name} people[${i}].${k}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
