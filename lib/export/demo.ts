import { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  isoDate,
  settingsSchema,
  type Backup,
  type Case,
  type Person,
  type RecognitionProblem,
  type Settings,
  type StepEvent,
  type Verdict,
} from '../log/schema';
import type { Sop, SopStep } from '../sop/schema';
import { DAY_MS, MINUTE_MS, ZONE_OFFSET_MINUTES, calendarFromSettings, dayOfDate, dayStartMs, toZonedIso } from '../timing/calendar';
import { standardOf, usedShare, verdictForShare } from '../timing/verdict';
import { WorkTimeIndex } from '../timing/worktime';

/**
 * A realistic synthetic log for demos, training and benchmarks: letters with plausible
 * Indonesian numbers, offices and subjects for every SOP given (normally the 10 built-in ones),
 * several staff members, receipts spread over the working time of recent months, and steps that
 * are mostly on time with some warnings and late ones (verdicts computed like lib/timing does).
 *
 * Deterministic: the same options (seed, end, months, cases) give the same records. Every case is
 * generated from its own random stream (seed + case number), so cases can be generated twice
 * (cases first, then events) when streaming a huge log to a file.
 */

export const demoOptionsSchema = z.object({
  cases: z.number().int().min(0).max(10_000_000),
  seed: z.union([z.string(), z.number()]).default('pandu').transform(String),
  /** Last day of the log (office-local, YYYY-MM-DD); steps running then stay open. */
  end: isoDate,
  /** How many months before `end` the first letter arrives. */
  months: z.number().int().min(1).max(36).default(6),
});
export type DemoOptions = z.input<typeof demoOptionsSchema>;

export type DemoCase = { case: Case; events: StepEvent[] };

// ---------------------------------------------------------------- random numbers

function hashString(s: string): number {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast chaotic generator, 128-bit state), seeded with the
 * seed and a stream number. Unlike a one-word generator (mulberry32), streams of nearby seeds do
 * not overlap, so every case's random stream — and so every id — is distinct.
 */
export function makeRng(seed: number, stream = 0): () => number {
  let a = seed | 0;
  let b = stream | 0;
  let c = 0x9e3779b9 | 0;
  let d = 0x243f6a88 | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

type Rng = () => number;
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const HEX = '0123456789abcdef';

const uuidCodes: number[] = new Array(36).fill(45);
const HEX_CODES = Array.from(HEX, (c) => c.charCodeAt(0));

/** A version-4 UUID from the random stream (a flat string, see `zonedIso`). */
function uuid(r: Rng): string {
  let k = 0;
  for (let w = 0; w < 4; w++) {
    let bits = Math.floor(r() * 4294967296);
    for (let j = 0; j < 8; j++, k++) {
      let d = bits & 15;
      bits >>>= 4;
      if (k === 12) d = 4;
      if (k === 16) d = 8 + (d & 3);
      uuidCodes[k + (k >= 8 ? 1 : 0) + (k >= 12 ? 1 : 0) + (k >= 16 ? 1 : 0) + (k >= 20 ? 1 : 0)] = HEX_CODES[d];
    }
  }
  return String.fromCharCode.apply(null, uuidCodes);
}

// ---------------------------------------------------------------- vocabulary

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const FIRST = ['Agus', 'Budi', 'Citra', 'Dedi', 'Eka', 'Fitri', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lukman', 'Maya', 'Nur', 'Oktaviani', 'Putri', 'Rahmat', 'Siti', 'Taufik', 'Umi', 'Wahyu', 'Yusuf', 'Zainal', 'Rina', 'Hendra', 'Dian', 'Ahmad', 'Sri', 'Bambang', 'Lestari'];
const LAST = ['Santoso', 'Wijaya', 'Saputra', 'Lestari', 'Hidayat', 'Kurniawan', 'Pratama', 'Rahmawati', 'Setiawan', 'Nugroho', 'Siregar', 'Harahap', 'Nasution', 'Simanjuntak', 'Syahputra', 'Utami', 'Permana', 'Susanti', 'Hasibuan', 'Firmansyah'];
const POSITIONS = ['Auditor Ahli Pertama', 'Auditor Ahli Muda', 'Pejabat Pembuat Komitmen', 'Anggota Pokja Pemilihan', 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', 'Kepala Sub Bagian Umum', 'Bendahara Pengeluaran', 'Analis Kebijakan'];
const DINAS = [
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Kesehatan',
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Perhubungan',
  'Badan Perencanaan Pembangunan Daerah',
  'RSUD Kabupaten Ogan Ilir',
  'Dinas Pertanian dan Ketahanan Pangan',
  'Sekretariat DPRD',
  'Dinas Lingkungan Hidup',
  'Dinas Sosial',
  'Dinas Perumahan dan Kawasan Permukiman',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
];
const DINAS_CODE = ['PUPR', 'DINKES', 'DISDIKBUD', 'DISHUB', 'BAPPEDA', 'RSUD', 'DISTAN', 'SETWAN', 'DLH', 'DINSOS', 'PERKIM', 'BPKAD'];
const AUDITORS = ['Inspektorat Kabupaten Ogan Ilir', 'BPK RI Perwakilan Provinsi Sumatera Selatan', 'BPKP Perwakilan Provinsi Sumatera Selatan', 'Inspektorat Provinsi Sumatera Selatan'];
const PACKAGES = [
  'Pembangunan Jalan Desa Tanjung Raja',
  'Rehabilitasi Gedung Puskesmas Indralaya',
  'Pengadaan Alat Kesehatan RSUD',
  'Peningkatan Jaringan Irigasi Desa Sungai Rambutan',
  'Pengadaan Buku Perpustakaan Sekolah Dasar',
  'Pembangunan Drainase Perkotaan Indralaya',
  'Belanja Modal Komputer dan Jaringan',
  'Jasa Konsultansi Pengawasan Jembatan Kayuagung',
  'Pengadaan Bibit Karet Unggul',
  'Pemeliharaan Berkala Jalan Kabupaten',
];
const COMPANY_WORDS = ['Maju', 'Jaya', 'Sinar', 'Abadi', 'Karya', 'Mandiri', 'Sejahtera', 'Bumi', 'Putra', 'Sriwijaya', 'Bersama', 'Utama', 'Cipta', 'Persada', 'Nusantara', 'Musi', 'Bangun', 'Lestari'];
const HELPDESK_TOPICS = ['kendala unggah dokumen penawaran', 'lupa password akun penyedia', 'perubahan data perusahaan', 'jadwal tahapan tender', 'aktivasi akun SPSE', 'gagal kirim penawaran', 'cara mengisi kualifikasi'];

export const DEMO_STAFF = ['Sari Wulandari', 'Budi Santoso', 'Dewi Lestari', 'Rudi Hartono', 'Ayu Pratiwi', 'Hendra Gunawan'];
export const DEMO_HEAD = 'Ir. Ahmad Fauzi, M.T.';

/** Lanes whose steps are signed off by the head of the office, not by a staff member. */
const LEADER_LANES = new Set(['kepala-lpse', 'pengarah-lpse', 'kepala-biro', 'kapus', 'kabid', 'kasubbid', 'menteri', 'sekjen']);
/** Steps done once per person named in the letter (an account each). */
const PER_PERSON = /membuat akun|pembuatan user|menginput|mencari user|memberikan (kode akses|user id)|pengaktifan user|otentifikasi data/i;

const SOP_WEIGHT: Record<string, number> = {
  'oganilir-02-layanan-helpdesk': 18,
  'oganilir-04-user-id-ppk': 14,
  'oganilir-01-registrasi-verifikasi-penyedia': 12,
  'oganilir-05-lupa-user-id-password': 12,
  'oganilir-03-user-id-ulp': 10,
  'sarolangun-registrasi-verifikasi-penyedia': 10,
  'belitung-49-registrasi-user-id-auditor': 9,
  'oganilir-06-dokumen-penawaran-rhs': 6,
  'kaltim-registrasi-verifikator-helpdesk-admin-agency': 5,
  'kemendagri-01-fasilitasi-pemanfaatan-spse': 4,
};

export function demoSettings(): Settings {
  return settingsSchema.parse({
    officeName: 'LPSE Kabupaten Ogan Ilir',
    letterhead: ['PEMERINTAH KABUPATEN OGAN ILIR', 'Jl. Lintas Timur KM 35 Indralaya, Ogan Ilir 30862', 'Telp. (0711) 580123 · lpse@oganilirkab.go.id'],
    supervisorName: DEMO_HEAD,
    supervisorNip: '197503122000031002',
    staffName: DEMO_STAFF[0],
  });
}

// ---------------------------------------------------------------- letters and people

function company(r: Rng): string {
  return `${pick(r, ['CV', 'PT', 'CV', 'PT', 'UD'])} ${pick(r, COMPANY_WORDS)} ${pick(r, COMPANY_WORDS)}${r() < 0.3 ? ' Konstruksi' : ''}`;
}

function nip(r: Rng): string {
  const by = int(r, 1968, 1996);
  const birth = `${by}${String(int(r, 1, 12)).padStart(2, '0')}${String(int(r, 1, 28)).padStart(2, '0')}`;
  const tmt = `${Math.min(2024, by + int(r, 22, 30))}${String(int(r, 1, 12)).padStart(2, '0')}`;
  return `${birth}${tmt}${int(r, 1, 2)}${String(int(r, 1, 30)).padStart(3, '0')}`;
}

function person(r: Rng, office: string): Person {
  const first = pick(r, FIRST);
  const last = pick(r, LAST);
  const domain = office.startsWith('CV') || office.startsWith('PT') || office.startsWith('UD') ? 'gmail.com' : 'oganilirkab.go.id';
  return {
    name: r() < 0.25 ? `${first} ${last}, S.E.` : `${first} ${last}`,
    nip: domain === 'gmail.com' ? null : nip(r),
    position: domain === 'gmail.com' ? 'Direktur' : pick(r, POSITIONS),
    email: `${first}.${last}${int(r, 1, 99)}@${domain}`.toLowerCase(),
    phone: `08${pick(r, ['11', '12', '13', '21', '22', '52', '53', '57', '77', '78'])}${String(int(r, 10_000_000, 99_999_999))}`,
    doneAt: null,
  };
}

type Letter = { number: string; sender: string; subject: string; role: string | null };

function letterFor(sopId: string, r: Rng, year: number, month: number): Letter {
  const n = int(r, 1, 999);
  const rom = ROMAN[month - 1];
  const d = int(r, 0, DINAS.length - 1);
  switch (sopId) {
    case 'belitung-49-registrasi-user-id-auditor': {
      const sender = pick(r, AUDITORS);
      const number = sender.startsWith('BPK RI') ? `${n}/S/XVIII.PLG/${String(month).padStart(2, '0')}/${year}` : sender.startsWith('BPKP') ? `PE.03/S-${n}/PW05/${year}` : `700/${n}/ITDA/${rom}/${year}`;
      return { number, sender, subject: `Permohonan User ID Auditor untuk Pemeriksaan Paket ${pick(r, PACKAGES)}`, role: 'auditor' };
    }
    case 'kaltim-registrasi-verifikator-helpdesk-admin-agency': {
      const role = pick(r, ['verifikator', 'helpdesk', 'admin-agency'] as const);
      const label = { verifikator: 'Verifikator', helpdesk: 'Helpdesk', 'admin-agency': 'Admin Agency' }[role];
      return { number: `027/${n}/BPBJ/${rom}/${year}`, sender: 'Bagian Pengadaan Barang dan Jasa Setda', subject: `Permohonan Pembuatan Akun ${label} LPSE`, role };
    }
    case 'kemendagri-01-fasilitasi-pemanfaatan-spse':
      return { number: `ND/${n}/ULP-${DINAS_CODE[d]}/${year}`, sender: `ULP ${DINAS[d]}`, subject: 'Nota Dinas Fasilitasi Pemanfaatan SPSE (Data PPK dan Panitia Pengadaan)', role: 'ppk' };
    case 'oganilir-01-registrasi-verifikasi-penyedia':
    case 'sarolangun-registrasi-verifikasi-penyedia': {
      const c = company(r);
      return { number: `${n}/${c.split(' ')[0]}-${c.split(' ')[1].slice(0, 3).toUpperCase()}/${rom}/${year}`, sender: c, subject: 'Permohonan Registrasi dan Verifikasi Penyedia', role: null };
    }
    case 'oganilir-02-layanan-helpdesk': {
      const fromVendor = r() < 0.6;
      return {
        number: fromVendor ? `TIKET-${year}${String(month).padStart(2, '0')}-${String(int(r, 1, 9999)).padStart(4, '0')}` : `027/${n}/${DINAS_CODE[d]}/${year}`,
        sender: fromVendor ? company(r) : DINAS[d],
        subject: `Pertanyaan Layanan Helpdesk: ${pick(r, HELPDESK_TOPICS)}`,
        role: 'helpdesk',
      };
    }
    case 'oganilir-03-user-id-ulp': {
      const k = int(r, 1, 12);
      return { number: `027/${n}/POKJA-${k}/UKPBJ/${year}`, sender: `Pokja Pemilihan ${k} UKPBJ Setda`, subject: 'Permohonan User ID dan Password Anggota Pokja Pemilihan', role: 'pokja' };
    }
    case 'oganilir-04-user-id-ppk':
      return { number: `027/${n}/${DINAS_CODE[d]}/${rom}/${year}`, sender: DINAS[d], subject: 'Permohonan User ID dan Password Pejabat Pembuat Komitmen (PPK)', role: 'ppk' };
    case 'oganilir-05-lupa-user-id-password':
      return { number: `027/${n}/${DINAS_CODE[d]}/${rom}/${year}`, sender: DINAS[d], subject: 'Permohonan Reset Password / Lupa User ID SPSE', role: 'password-reset' };
    case 'oganilir-06-dokumen-penawaran-rhs': {
      const k = int(r, 1, 12);
      return { number: `${n}/POKJA-${k}/UKPBJ/${rom}/${year}`, sender: `Pokja Pemilihan ${k} UKPBJ Setda`, subject: `Permohonan Bantuan Membuka Dokumen Penawaran .RHS Paket ${pick(r, PACKAGES)}`, role: null };
    }
    default:
      return { number: `027/${n}/${DINAS_CODE[d]}/${rom}/${year}`, sender: DINAS[d], subject: 'Permohonan Layanan LPSE', role: null };
  }
}

// ---------------------------------------------------------------- the generator

type Plan = {
  opts: z.output<typeof demoOptionsSchema>;
  sops: readonly Sop[];
  /** Per SOP: steps by number, and the steps done once per person. */
  stepMaps: Map<number, SopStep>[];
  perPerson: Set<number>[];
  cumulative: number[];
  totalWeight: number;
  settings: Settings;
  index: WorkTimeIndex;
  seedHash: number;
  startMs: number;
  endMs: number;
  workSpan: number;
};

function plan(options: DemoOptions, sops: readonly Sop[]): Plan {
  if (sops.length === 0) throw new Error('demo-log: katalog SOP kosong');
  const opts = demoOptionsSchema.parse(options);
  const settings = demoSettings();
  const cal = calendarFromSettings(settings);
  const index = new WorkTimeIndex(cal);
  const endDay = dayOfDate(opts.end);
  const endMs = dayStartMs(endDay, cal.timeZone) + 17 * 60 * MINUTE_MS;
  const startMs = endMs - Math.round(opts.months * 30.44) * DAY_MS;
  // Letters arrive until about two working days before the end, so the newest ones are still running.
  const workSpan = Math.max(MINUTE_MS, index.workingMs(startMs, endMs) - 2 * 8 * 60 * MINUTE_MS);
  let acc = 0;
  const cumulative = sops.map((s) => (acc += SOP_WEIGHT[s.id] ?? 5));
  const stepMaps = sops.map((s) => new Map(s.steps.map((st) => [st.no, st])));
  const perPerson = sops.map((s) => new Set(s.steps.filter((st) => PER_PERSON.test(st.activity)).map((st) => st.no)));
  return { opts, sops, stepMaps, perPerson, cumulative, totalWeight: acc, settings, index, seedHash: hashString(opts.seed), startMs, endMs, workSpan };
}

const round = (ms: number) => Math.round(ms / 1000) * 1000;

const dayText = new Map<number, number[]>();
const isoCodes: number[] = new Array(25).fill(0);

/**
 * `toZonedIso` for whole seconds (the generator's hot path), with the date cached per day.
 * Built from character codes so the result is a flat string, like the strings read back from
 * IndexedDB or JSON (a string glued from pieces is a rope, much slower to read character by
 * character, which would make the benchmark measure the generator instead of the report).
 */
function zonedIso(ms: number, tz: Settings['timeZone']): string {
  const offMin = ZONE_OFFSET_MINUTES[tz];
  const local = ms + offMin * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  let date = dayText.get(day);
  if (date === undefined) {
    const text = new Date(day * DAY_MS).toISOString();
    date = Array.from({ length: 10 }, (_, i) => text.charCodeAt(i));
    dayText.set(day, date);
  }
  const sec = Math.floor((local - day * DAY_MS) / 1000);
  const put = (at: number, n: number) => {
    isoCodes[at] = 48 + Math.floor(n / 10);
    isoCodes[at + 1] = 48 + (n % 10);
  };
  for (let i = 0; i < 10; i++) isoCodes[i] = date[i];
  isoCodes[10] = 84; // T
  put(11, Math.floor(sec / 3600));
  isoCodes[13] = 58;
  put(14, Math.floor(sec / 60) % 60);
  isoCodes[16] = 58;
  put(17, sec % 60);
  isoCodes[19] = 43; // +
  put(20, Math.floor(offMin / 60));
  isoCodes[22] = 58;
  put(23, offMin % 60);
  return String.fromCharCode.apply(null, isoCodes);
}

/** A share of the standard to use: mostly on time, some warnings, some late. */
function targetShare(r: Rng): number {
  const u = r();
  if (u < 0.72) return 0.15 + r() * 0.6;
  if (u < 0.86) return 0.82 + r() * 0.16;
  return 1.08 + r() * r() * 2.5;
}

function nextStepNo(sop: Sop, step: SopStep, r: Rng, loops: { n: number }): { no: number | null; decision: 'yes' | 'no' | null } {
  if (step.marker === 'end') return { no: null, decision: null };
  if (step.kind === 'decision' && step.decision) {
    const no = loops.n < 2 && r() < 0.2;
    if (no) loops.n++;
    return { no: no ? step.decision.no : step.decision.yes, decision: no ? 'no' : 'yes' };
  }
  const next = step.next ?? step.no + 1;
  return { no: next <= sop.steps[sop.steps.length - 1].no ? next : null, decision: null };
}

function generateCase(p: Plan, i: number): DemoCase {
  const r = makeRng(p.seedHash, i + 1);
  const { index } = p;
  const tz = p.settings.timeZone;
  const w = r() * p.totalWeight;
  let si = 0;
  while (p.cumulative[si] <= w) si++;
  const sop = p.sops[si];
  const steps = p.stepMaps[si];
  const received = round(index.addWorkingMs(p.startMs, Math.max(MINUTE_MS, ((i + r()) / Math.max(1, p.opts.cases)) * p.workSpan)) ?? p.startMs);
  const receivedIso = zonedIso(received, tz);
  const letterMs = received - int(r, 0, 6) * DAY_MS;
  const letterIso = zonedIso(letterMs, tz);
  const year = Number(letterIso.slice(0, 4));
  const month = Number(letterIso.slice(5, 7));
  const letter = letterFor(sop.id, r, year, month);
  const u = r();
  const nPeople = u < 0.22 ? 1 : u < 0.46 ? 2 : u < 0.6 ? 3 : int(r, 4, 8);
  const people = Array.from({ length: nPeople }, () => person(r, letter.sender));
  const staff = pick(r, DEMO_STAFF);
  const caseId = uuid(r);
  const createdMs = received + int(r, 1, 20) * MINUTE_MS;
  const events: StepEvent[] = [];
  let status: Case['status'] = 'done';
  let t = received;
  let step: SopStep | undefined = sop.steps.find((s) => s.marker === 'start') ?? sop.steps[0];
  const loops = { n: 0 };
  const cancelAt = r() < 0.02 ? int(r, 1, 4) : -1;
  const actorUsed = new Set<string>();
  while (step) {
    if (events.length === cancelAt) {
      status = 'cancelled';
      break;
    }
    const repeats = p.perPerson[si].has(step.no) ? nPeople : 1;
    let decision: 'yes' | 'no' | null = null;
    let next: number | null = null;
    if (step.kind === 'decision') ({ no: next, decision } = nextStepNo(sop, step, r, loops));
    let stop = false;
    for (let k = 0; k < repeats; k++) {
      const gap = r() < 0.3 ? 0 : int(r, 1, LEADER_LANES.has(step.actors[0]) ? 240 : 45) * MINUTE_MS;
      const start = round(index.addWorkingMs(t, gap) ?? t);
      const std = standardOf(step.duration);
      let finish: number;
      if (!std) finish = index.addWorkingMs(start, int(r, 3, 90) * MINUTE_MS) ?? start;
      else {
        const share = targetShare(r);
        if (std.unit === 'minute' || std.unit === 'hour') finish = index.addWorkingMs(start, share * std.amount * (std.unit === 'hour' ? 60 : 1) * MINUTE_MS) ?? start;
        else if (std.unit === 'day') finish = start + share * std.amount * DAY_MS;
        else finish = index.addWorkingDays(start, share * std.amount) ?? start;
      }
      finish = Math.max(start + 1000, round(finish));
      const actor = step.actors[0];
      actorUsed.add(actor);
      const by = LEADER_LANES.has(actor) ? DEMO_HEAD : staff;
      const startIso = zonedIso(start, tz);
      if (finish > p.endMs) {
        events.push({ id: uuid(r), caseId, stepNo: step.no, actor, startedAt: startIso, finishedAt: null, by, note: null, verdict: null, decision: null, updatedAt: startIso });
        status = 'open';
        stop = true;
        break;
      }
      let verdict: Verdict | null = null;
      if (std) {
        const elapsed =
          std.unit === 'minute' || std.unit === 'hour'
            ? { workingMinutes: index.workingMs(start, finish) / MINUTE_MS, calendarDays: 0, workingDays: 0 }
            : std.unit === 'day'
              ? { workingMinutes: 0, calendarDays: (finish - start) / DAY_MS, workingDays: 0 }
              : { workingMinutes: 0, calendarDays: 0, workingDays: index.workingDays(start, finish) };
        verdict = verdictForShare(usedShare(step.duration, elapsed));
      }
      const finishIso = zonedIso(finish, tz);
      events.push({
        id: uuid(r),
        caseId,
        stepNo: step.no,
        actor,
        startedAt: startIso,
        finishedAt: finishIso,
        by,
        note: decision === 'no' ? 'Berkas belum lengkap, dikembalikan ke pemohon' : null,
        verdict,
        decision: k === repeats - 1 ? decision : null,
        updatedAt: finishIso,
      });
      t = finish;
    }
    if (stop) break;
    if (step.kind !== 'decision') next = nextStepNo(sop, step, r, loops).no;
    step = next === null ? undefined : steps.get(next);
  }
  const doneAt = status === 'done' && events.length ? events[events.length - 1].finishedAt : null;
  if (doneAt) for (const pp of people) pp.doneAt = doneAt;
  const lastTouch = events.length ? (events[events.length - 1].finishedAt ?? events[events.length - 1].startedAt) : zonedIso(createdMs, tz);
  const c: Case = {
    id: caseId,
    sopId: sop.id,
    sopVersion: sop.version,
    letter: { number: letter.number, date: letterIso.slice(0, 10), sender: letter.sender, subject: letter.subject, role: letter.role },
    people,
    receivedAt: receivedIso,
    status,
    assignedTo: staff,
    createdBy: pick(r, DEMO_STAFF),
    createdAt: zonedIso(createdMs, tz),
    updatedAt: lastTouch,
    note: status === 'cancelled' ? 'Dibatalkan atas permintaan pemohon' : r() < 0.05 ? 'Berkas asli menyusul' : null,
  };
  return { case: c, events };
}

/** The demo cases one by one (each with its events), in order of receipt. */
export function* demoCases(options: DemoOptions, sops: readonly Sop[]): Generator<DemoCase> {
  const p = plan(options, sops);
  for (let i = 0; i < p.opts.cases; i++) yield generateCase(p, i);
}

/** A few recognition problems, as staff would have met them. */
export function demoProblems(options: DemoOptions): RecognitionProblem[] {
  const opts = demoOptionsSchema.parse(options);
  const r = makeRng(hashString(`${opts.seed}/problems`));
  const endMs = Date.parse(`${opts.end}T09:00:00+07:00`);
  const n = Math.min(200, 3 + Math.floor(opts.cases / 2000));
  const kinds = [
    { kind: 'field-not-found' as const, pageId: 'auditor-form', path: 'admin/auditor/baru', detail: 'Kolom "nip" tidak ditemukan pada formulir auditor' },
    { kind: 'field-not-found' as const, pageId: 'pegawai-form', path: 'admin/pegawai/baru', detail: 'Kolom "email" tidak ditemukan pada formulir pegawai' },
    { kind: 'page-unknown' as const, pageId: 'unknown', path: 'admin/laporan/rekap', detail: 'Halaman belum dikenali' },
    { kind: 'signature-changed' as const, pageId: 'verifikator-list', path: 'admin/verifikator', detail: 'Tanda halaman berubah: judul tabel tidak cocok' },
  ];
  return Array.from({ length: n }, (_, i) => {
    const k = pick(r, kinds);
    return {
      id: uuid(r),
      at: toZonedIso(round(endMs - Math.floor(r() * opts.months * 30 * DAY_MS)), 'Asia/Jakarta'),
      url: `https://spse.inaproc.id/oganilirkab/${k.path}${i % 3 === 0 ? '?id=' + int(r, 100, 9999) : ''}`,
      pageId: k.pageId,
      kind: k.kind,
      detail: k.detail,
    };
  }).sort((a, b) => (a.at < b.at ? -1 : 1));
}

function exportedAt(options: DemoOptions): string {
  return `${demoOptionsSchema.parse(options).end}T17:00:00+07:00`;
}

/** The whole demo log in memory, as a backup. */
export function demoBackup(options: DemoOptions, sops: readonly Sop[]): Backup {
  const cases: Case[] = [];
  const events: StepEvent[] = [];
  for (const dc of demoCases(options, sops)) {
    cases.push(dc.case);
    for (const e of dc.events) events.push(e);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt(options),
    exportedBy: 'demo-log',
    cases,
    events,
    caseEvents: [],
    problems: demoProblems(options),
    settings: demoSettings(),
    profiles: [],
  };
}

/**
 * Writes the demo backup as JSON through `write`, without holding the log in memory: cases in a
 * first pass, events in a second (each case is regenerated from its own random stream).
 * The text equals `JSON.stringify(demoBackup(...))`.
 */
export async function writeDemoBackup(
  options: DemoOptions,
  sops: readonly Sop[],
  write: (chunk: string) => void | Promise<void>,
  onProgress?: (done: number, total: number) => void,
): Promise<{ cases: number; events: number; problems: number }> {
  const p = plan(options, sops);
  const total = p.opts.cases;
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt(options), exportedBy: 'demo-log' };
  const batch = 2000;
  let buf: string[] = [JSON.stringify(head).slice(0, -1), ',"cases":['];
  const flush = async () => {
    if (buf.length) await write(buf.join(''));
    buf = [];
  };
  for (let i = 0; i < total; i++) {
    buf.push((i ? ',' : '') + JSON.stringify(generateCase(p, i).case));
    if (buf.length >= batch) {
      await flush();
      onProgress?.(i + 1, 2 * total);
    }
  }
  buf.push('],"events":[');
  let events = 0;
  for (let i = 0; i < total; i++) {
    for (const e of generateCase(p, i).events) buf.push((events++ ? ',' : '') + JSON.stringify(e));
    if (buf.length >= batch) {
      await flush();
      onProgress?.(total + i + 1, 2 * total);
    }
  }
  const problems = demoProblems(options);
  buf.push(`],"caseEvents":[],"problems":${JSON.stringify(problems)},"settings":${JSON.stringify(demoSettings())},"profiles":[]}`);
  await flush();
  onProgress?.(2 * total, 2 * total);
  return { cases: total, events, problems: problems.length };
}
