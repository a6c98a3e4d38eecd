import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessageIn, messageIn } from '../../lib/i18n-messages';
import { parseLetter } from '../../lib/letter/parse';
import { findProblems } from '../../lib/letter/problems';
import { lostPeople } from '../../lib/letter/lost-people';
import { toLines } from '../../lib/letter/text';
import { checkEmail, checkNip, checkPhone } from '../../lib/letter/validate';
import { sopErrorMap, validateSopFile, formatSopErrors } from '../../lib/sop/validate';
import { getBuiltinSop } from '../../lib/sop/catalog';
import { parseBackup } from '../../lib/log/backup';
import { closeCase, forwardCase, holdCase, undoAutomatic } from '../../lib/log';
import { createMessageListener } from '../../lib/messaging/server';
import { indonesianMarkers } from '../components/i18n/markers';
import { freshLog } from './log/helpers';

/**
 * One language at a time, for the messages lib/ writes: every message below is produced by the
 * real code (letters, SOP files, backups, the log, the message contract) and must read in English
 * through messageIn('en', …) without an Indonesian interface word, and unchanged in Indonesian.
 */
function expectBothLanguages(messages: Iterable<string>) {
  const bad: string[] = [];
  let n = 0;
  for (const m of new Set(messages)) {
    n++;
    expect(messageIn('id', m)).toBe(m);
    const en = messageIn('en', m);
    const left = indonesianMarkers(en.replace(/"[^"]*"/g, '""'));
    if (left.length) bad.push(`${m}\n  → ${en}  [${left.join(', ')}]`);
  }
  expect(n).toBeGreaterThan(0);
  expect(bad.join('\n')).toBe('');
}

describe('messageIn: lib messages in both languages', () => {
  it('letter problems and notes, over the whole letter corpus and bad values', () => {
    const dir = 'tests/fixtures/letters';
    const messages: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const p of parseLetter(readFileSync(join(dir, f), 'utf8')).problems) messages.push(p.message);
    }
    for (const nip of ['12345', '19781231200312100A', '197813322003121004', '197812312003131004', '197812311990121004', '197812312003123004', '197812312003121000']) messages.push(...checkNip(nip).reasons);
    for (const email of ['', 'a b@x.id', 'a@@x.id', 'a@x']) messages.push(...checkEmail(email).reasons);
    for (const phone of ['', '08x', '+1 555 1234', '12345678', '+62 62 812 3456 7890', '+62 0 0812', '0812', '0812345678901234']) messages.push(...checkPhone(phone).reasons);
    const people = [
      { name: null, nip: '123', position: null, email: 'x@', phone: '1', action: 'create' as const },
      { name: 'B', nip: '197812312003121004', position: 'P', email: 'b@x.id', phone: '08123456789', action: 'create' as const },
      { name: 'C', nip: '197812312003121004', position: 'P', email: 'c@x.id', phone: '08123456789', action: 'create' as const },
    ];
    for (const p of findProblems({ number: null, date: null, place: null, sender: null, subject: null, role: null }, people, {})) messages.push(p.message);
    for (const p of findProblems({ number: 'x', date: null, place: null, sender: 'y', subject: 'z', role: 'auditor' }, [], {})) messages.push(p.message);
    for (const p of parseLetter('Tanggal: 31-02-2026\nNama: Budi\nNIP: 1978 1231 2003 1210 04 \nperihal permohonan akun').problems) messages.push(p.message);
    // Notes the corpus may not reach: a replacement letter without old/new headings, a request type
    // from the body, a letter number with l/O among digits or with its date on the same line, a role
    // in apposition before the name.
    for (const text of [
      'Hal : Penggantian PPK\n\nPPK lama:\nNama : A\nNIP : 19750202 200003 1 005\n\nNama : B\nNIP : 19880808 201101 2 006',
      'Hal : Penggantian PPK\n\nNama : A\nNIP : 19750202 200003 1 005\n\nPPK baru:\nNama : B\nNIP : 19880808 201101 2 006',
      'Mohon reset password akun saya.\nNama : A\nNIP : 19750202 200003 1 005',
      'Nomor : 600/l21/PUPR/2026 Lahat, 10 Maret 2026',
      'Mohon reset akun milik Pejabat Pengadaan sekolah kami, Ibu Wulan Sari (NIP 19860812 201001 2 009, email w@x.id).',
      // A create-and-change letter, a replacement side said before the name, a forward without a kop, a
      // self-request by mail, a table row wider than its header.
      'Perihal : Pembuatan dan Perubahan Data Akun PPK\n\n1. Pembuatan akun baru:\nNama : A\nNIP : 19750202 200003 1 005\n\n2. Perubahan email:\nNama : B\nNIP : 19880808 201101 2 006',
      'Perihal : Pembuatan dan Perubahan Data Akun PPK\n\nNama : A\nNIP : 19750202 200003 1 005',
      'Hal : Penggantian PPK\n\n1. Sesuai keputusan, PPK semula atas nama\n   ANDI, NIP 19750202 200003 1 005 telah pensiun.\n2. Dibuatkan akun PPK pengganti atas nama\n   BUDI, NIP 19880808 201101 2 006.',
      'From: Umum <umum@x.go.id>\nTo: lpse@x.go.id\nDate: Mon, 4 May 2026 08:00:00 +0700\nSubject: FW: Usulan PPK\n\nNama : A\nNIP : 19750202 200003 1 005',
      'From: Andi Wijaya <andi.w@gmail.com>\nTo: lpse@x.go.id\nDate: Mon, 4 May 2026 08:00:00 +0700\nSubject: Reset password\n\nNama : Andi Wijaya\nNIP : 19750202 200003 1 005',
      'Hal : Usulan PPK\n\nNama\tNIP\tJabatan\tEmail\nAni\t19860930 201101 2 004\tBendahara\ta@x.id\nDewi,\tS.E.\t19860930 201101 2 004\tBendahara\td@x.id',
      // A table row whose number was lost, two NIPs and two phones in one cell.
      'Hal : Usulan PPK\n\nNo\tNama\tNIP\tHP\n1\tAni\t19860930 201101 2 004\t0812-1111-2222 / 0813-2222-3333\n\tDewi\t19880808 201101 2 006 19880808 201101 2 007\t0812-1111-2223',
      // A table name ending in a comma with the next row another person.
      'Hal : Usulan PPK\n\nNama\tNIP\tJabatan\tEmail\nAni, S.E.,\t19860930 201101 2 004\tBendahara\ta@x.id\nDewi\t19880808 201101 2 006\tBendahara\td@x.id',
      // A unit under its Dinas in the kop; a date line wrapped after the day or after the month.
      'PEMERINTAH KOTA X\nDINAS KESEHATAN\nUPT PUSKESMAS Y\n\nNomor\t: 1/2/X/2026\tPalu, 21\n\t\tNovember 2026\nHal : Reset PP',
      'DINAS X\n\nNomor\t: 1/2/X/2026\tPalu, 21 November\n\t\t2026\nHal : Reset PP',
      // A radiogram's labelled record (its values read from rewritten lines).
      'RADIOGRAM\nPERIHAL : PEMBUATAN USER ID PP\n\nNAMA TTK DUA BUDI KMA S.T.\nNIP TTK DUA 19800101 200501 1 003',
      // E-mails given after the list, each after a person's name.
      'Hal : Reset Pokja\n\n- Andi Saputra — NIP 19890101 201403 1 002 — Anggota Pokja\n\nEmail terdaftar (Pak Andi: andi.s@gmail.com).',
      'Hal : Perubahan Data\n\nNo\tNama\tNIP\tKeterangan\n1\tRina Wati\t19880808 201101 2 009\temail barurina.wati@x.go.id',
      'Perihal : Penggantian PP\n\nBahwa Saudara Hendra, NIP 19790303 200501 1 004, tidak lagi menjabat sehingga akunnya mohon dinonaktifkan. Sebagai gantinya Saudari Nur, NIP 19910404 201503 2 002, surel nur@x.id, mohon dibuatkan akun.',
      // Layouts read after a rewrite: a kop's lowest unit, cells one per line, a form, side-by-side columns.
      'PEMERINTAH KOTA X\nKECAMATAN A\nKELURAHAN B\n\nNomor : 1/2/2026\nHal : Akun PP',
      'Hal : Akun\n\nNo\nNama\nNIP\nEmail\n1\nAni\n198609302011012004\na@x.id',
      'Hal : Akun PP\n\n1. Nama: Ani, NIP: 19890707 201503 1 004, jabatan Kasi Umum, email ani@x.id, WA 0812 4455 6677',
      'Formulir\n\nNama Lengkap *\nAni\n\nNIP *\n198609302011012004\n\nJabatan *\nBendahara',
      'Hal : Penggantian PP\n\nNama\t: A\tNama\t: B\nNIP\t: 19750202 200003 1 005\tNIP\t: 19880808 201101 2 006\nJabatan\t: Kasi\tJabatan\t: Kasi',
      // A letter asking new accounts and resets: by row cell, by heading, and neither.
      'Hal : Akun Baru dan Reset Password PPK\n\nNama\tNIP\tPermohonan\nAni\t19860930 201101 2 004\tReset Password\nDewi\t19880808 201101 2 006\tAkun Baru',
      'Hal : Akun Baru dan Reset Password PPK\n\nAkun baru\nNama : A\nNIP : 19750202 200003 1 005\n\nReset password\nNama : B\nNIP : 19880808 201101 2 006',
      'Hal : Akun Baru dan Reset Password PPK\n\nNama : A\nNIP : 19750202 200003 1 005',
      // A chat giving the request letter's number.
      '04/11/26 10.03 - Ani: Nama: A\nNIP: 19750202 200003 1 005\n04/11/26 10.31 - Ani: Ini surat permohonannya pak, nomor 440/91/Dinkes/2026',
      // A change letter keeping a value ("tetap").
      'Hal : Perubahan Data PP\n\nNama : A\nNIP : 19750202 200003 1 005\nJabatan : Kasi Umum (tetap)\nEmail : tetap (a@x.id)',
      // A jabatan's lower-case note, a person block's parts, a bilingual jabatan, contacts shared out in a
      // sentence, an e-office sender after its signer's title, a form whose boxes were lost.
      'Hal : Akun PP\n\nNama : A\nNIP : 19750202 200003 1 005\nJabatan : Kasi Umum (dirotasi ke Dinas X)',
      'Hal : Akun PP\n\n(1) Ani Rahma, S.E.\nNIP 19750202 200003 1 005 — Analis Keuangan\ne-mail: a@x.id · HP 0812-1111-2222',
      'Hal : Akun PPK\n\nNo\tNama Name\tNIP Employee ID\tJabatan Position\n1\tAni\t19860930 201101 2 004\tPPK 1 / Commitment Officer 1',
      'Asal Naskah : Kepala Bagian Umum, Kantor Wilayah X\nHal : Akun PP\n\nMohon dibuatkan akun bagi Sdr. Ani (NIP 198609302011012004) dan Sdr. Budi (NIP 197502022000031005), keduanya Analis Keuangan. Email masing-masing a@x.id dan b@x.id.',
      'FORMULIR\nNomor: 1/2/X/2026\n\nCD Pembuatan akun baru\tDC Reset password\n\nPeran akun: Pejabat Pengadaan\n\nNama lengkap\t: Ani\nNIP\t: 198609302011012004',
    ])
      for (const p of parseLetter(text).problems) messages.push(p.message);
    // People lost or shifted (lib/letter/lost-people.ts): a staff number, a numbered row and a list item
    // nobody carries, a count said, an e-mail naming another person.
    const two = [
      { name: 'Siti Rahmah', nip: null, position: null, email: 'dedi.k@x.id', phone: null },
      { name: 'Dedi Kurniawan', nip: null, position: null, email: null, phone: null },
    ];
    const read = { 'people[0].name': { confidence: 0.9, line: 5, source: '' }, 'people[1].name': { confidence: 0.9, line: 6, source: '' } };
    const lost = toLines('Sdr. Edi, NPP 1998.0412.011, Kaur\n1\tAni\tStaf\tani@x.id\n2. Sdri. Wulan Sari, Staf\nsebanyak 4 (empat) orang\nx\ny');
    for (const p of [...lostPeople(lost, two, read, null), ...lostPeople(lost.slice(3), two, read, null)]) messages.push(p.message);
    expectBothLanguages(messages);
    expect(messageIn('en', 'NIP tidak sah: NIP harus 18 digit, tertulis 5 digit')).toBe('NIP invalid: a NIP has 18 digits, 5 written');
  });

  it('SOP files: the zod error map, the cross-checks and the file errors', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const broken = [
      {},
      42,
      '{',
      { ...sop, lanes: [...sop.lanes, sop.lanes[0]], steps: [...sop.steps, sop.steps[0]] },
      { ...sop, steps: sop.steps.map((s, i) => (i === 0 ? { ...s, actors: ['nobody'], duration: { ...s.duration, unit: 'week' }, extra: 1 } : s)) },
      { ...sop, title: '', steps: [] },
      { format: 'pandu-sop-catalog', version: 1, sops: [sop, sop] },
      { ...sop, steps: sop.steps.map((s, i) => (i === 1 ? { ...s, kind: 'process', decision: { question: 'q', yes: 99, no: 98 } } : s)) },
    ];
    const messages: string[] = [];
    for (const b of broken) {
      const r = typeof b === 'string' ? validateSopFile(b) : validateSopFile(b);
      if (!r.ok) messages.push(...r.errors.map((e) => e.message), ...formatSopErrors(r.errors));
    }
    const issues = [
      { code: 'invalid_type', expected: 'string', input: 3 },
      { code: 'invalid_type', expected: 'array', input: undefined },
      { code: 'invalid_value', values: ['a', 'b'] },
      { code: 'invalid_value', values: ['a'] },
      { code: 'too_small', origin: 'array', minimum: 1 },
      { code: 'too_small', origin: 'array', minimum: 2 },
      { code: 'too_small', origin: 'string', minimum: 1 },
      { code: 'too_small', origin: 'string', minimum: 3 },
      { code: 'too_small', origin: 'number', minimum: 0, inclusive: false },
      { code: 'too_small', origin: 'number', minimum: 1 },
      { code: 'too_big', origin: 'array', maximum: 5 },
      { code: 'too_big', origin: 'string', maximum: 5 },
      { code: 'too_big', origin: 'number', maximum: 5, inclusive: false },
      { code: 'too_big', origin: 'number', maximum: 5 },
      { code: 'invalid_format', format: 'regex' },
      { code: 'not_multiple_of', divisor: 5 },
      { code: 'unrecognized_keys', keys: ['x', 'y'] },
      { code: 'invalid_union', errors: [] },
      { code: 'invalid_key' },
      { code: 'custom' },
    ];
    for (const i of issues) messages.push(sopErrorMap(i as never));
    expectBothLanguages(messages);
    expect(messageIn('en', 'steps[3].duration.unit: nilai harus salah satu dari minute, hour')).toBe('steps[3].duration.unit: value must be one of minute, hour');
    expect(messageIn('en', 'Pesan case.open tidak valid: sopId: nilai harus salah satu dari a, b; letter.date: wajib diisi')).toBe('Message case.open invalid: sopId: value must be one of a, b; letter.date: required');
  });

  it('drafts from SOP documents: every flag over the draft fixtures', async () => {
    const { draftSops } = await import('../../lib/sop/draft');
    const messages: string[] = [];
    const dir = 'tests/fixtures/sop';
    const texts = readdirSync(dir, { recursive: true, withFileTypes: false } as never)
      .map(String)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push('', 'Nama SOP\nfoo', 'x'.repeat(10));
    for (const text of texts) for (const d of draftSops(text)) messages.push(...d.problems.map((p) => p.message));
    expect(messages.length).toBeGreaterThan(3);
    expectBothLanguages(messages);
  });

  it('backups: shape, version, ids, meaning', () => {
    const messages: string[] = [];
    const base = { format: 'pandu-spse-backup', version: 1, exportedAt: '2026-11-20T00:00:00.000Z', exportedBy: null, problems: [], settings: null, profiles: [] };
    const c = { id: 'c1', sopId: 'nope', letter: {}, receivedAt: '2026-11-20T00:00:00.000Z', createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' };
    const e = { id: 'e1', caseId: 'c9', stepNo: 1, startedAt: '2026-11-20T02:00:00.000Z', finishedAt: '2026-11-20T01:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z' };
    for (const input of ['{', [], { format: 'x' }, { ...base, version: 99 }, { ...base, cases: [c, c], events: [e], caseEvents: [] }, { ...base, cases: [{ ...c, receivedAt: '0202-01-01T00:00:00Z' }], events: [], caseEvents: [] }]) {
      const r = parseBackup(input, { sops: [{ id: 'sop-a', steps: [{ no: 1 }] }] as never });
      if (!r.ok) messages.push(...r.errors.map((x) => x.message), ...r.errors.map((x) => `${x.path}: ${x.message}`));
    }
    expectBothLanguages(messages);
  });

  it('the log refuses writes with reasons', async () => {
    const { log } = await freshLog();
    const kase = await log.createCase({ sopId: 'sop-a', receivedAt: '2026-11-23T01:00:00.000Z', people: [{ name: 'Budi' }] });
    const messages: string[] = [];
    const refused = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (err) {
        messages.push(errorMessageIn('id', err));
      }
    };
    await refused(log.finishStep({ caseId: kase.id, stepNo: 1 }));
    await log.startStep({ caseId: kase.id, stepNo: 1 });
    await refused(log.startStep({ caseId: kase.id, stepNo: 1 }));
    await refused(log.startStep({ caseId: kase.id, stepNo: 2, redo: { reason: 'x' } }));
    await refused(holdCase(log, { caseId: kase.id, by: null, reason: '' }));
    await refused(forwardCase(log, { caseId: kase.id, to: ' ', by: null }));
    await refused(undoAutomatic(log, { caseId: kase.id, eventId: 'nope', by: null }));
    await refused(closeCase(log, { caseId: 'nope', by: null, reason: null, status: 'done' }));
    await refused(holdCase(log, { caseId: kase.id, by: null, reason: 'x', at: '2020-01-01T00:00:00.000Z' }));
    expect(messages.length).toBeGreaterThanOrEqual(6);
    expectBothLanguages(messages);
  });

  it('the message contract: unknown types, invalid requests and replies', async () => {
    const listen = createMessageListener({ ping: () => ({ pong: 'no' }) } as never);
    const messages: string[] = [];
    for (const [type, payload] of [
      ['nope', {}],
      ['case.forward', { caseId: 'c', to: '' }],
      ['case.detail', {}],
      ['ping', {}],
    ] as const) {
      const reply = await listen({ channel: 'pandu', type, payload }, undefined);
      if (reply && !reply.ok) messages.push(reply.error);
    }
    expect(messages).toHaveLength(4);
    messages.push('Alamat tidak valid. Contoh: lpse.kaltimprov.go.id', 'Izin akses ke situs tersebut tidak diberikan.', 'pages[1].pageId: halaman "x" sudah ada di pages[0]');
    messages.push('Balasan ping dari latar belakang tidak valid.', 'Kasus k-1 tidak ditemukan.', 'Waktu tidak boleh di masa depan.', 'Waktu mulai tidak boleh di masa depan.', 'Panel hanya dapat dibuka dari halaman Pandu.');
    expectBothLanguages(messages);
  });
});
