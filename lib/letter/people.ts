import { withoutEselon, withoutPangkat } from './eselon';
import { isNik, withoutNik } from './nik';
import { isPositionRoleHeader, withoutAccountRole, withoutRoleAfterSlash } from './account-role';
import { withoutKeptMarker } from './kept-value';
import { withoutPositionNote } from './position-note';
import { indonesianHalf, indonesianLabel, isBilingualPositionHeader } from './bilingual';
import { type ApplicantField } from './schema';
import { cellDelimiter, cleanName, HONORIFIC_WORD, ON_BEHALF_WORD, collapse, despace, firstColumn, isBlank, isIndented, isTitleSegment, joinLines, lineAt, type Joined, type Line } from './text';
import { checkEmail, checkNip, checkPhone } from './validate';
import { REPAIRED_NOTE, repairIfValid, repairScannedDigits } from './scan-repair';
import { INCOMING, OUTGOING } from './actions';
import { trySlashRecords } from './slash-records';
import { withoutGluedWord } from './glued-email';

/*
 * The people of a request letter: tables (pipe, tab or space aligned, with a header row),
 * key–value blocks ("Nama : …"), numbered items, and people named inside sentences
 * ("atas nama … NIP …"). Each value keeps its source line and a confidence (a Slot).
 */

// ---------- evidence ----------

/** A value with its source line, confidence and, when it was not read verbatim from a labelled line, why. */
/** `column`: the table column a value came from, in a table with one person per column. */
export type Slot = { value: string; line: Line; conf: number; rank: number; note?: string; column?: number };

export const JOINED_NOTE = 'digabung dari beberapa baris — periksa';
export type Draft = Partial<Record<ApplicantField, Slot>>;

/** How sure a value is by where it was read: a table cell, a labelled line, a list item, a sentence, a guess. */
export const CONF = { table: 0.95, kv: 0.95, item: 0.8, prose: 0.7, guess: 0.55 } as const;

function put(d: Draft, f: ApplicantField, value: string | null | undefined, line: Line, conf: number, rank = 0): void {
  const v = value?.trim();
  // "-", "…" or "___" mean not filled in.
  if (!v || /^[-–.…_\s]*$/.test(v)) return;
  const cur = d[f];
  if (cur && cur.rank > rank) return;
  // A mobile number beats an office line ("Telp. Kantor" next to "HP").
  if (f === 'phone' && cur && isMobile(cur.value) && !isMobile(v)) return;
  d[f] = { value: v, line, conf, rank };
}

const isMobile = (phone: string) => checkPhone(phone.replace(/^[^+\d(]+/, '')).value.startsWith('+628');

const hasAny = (d: Draft) => Object.keys(d).length > 0;

// ---------- patterns ----------

const NIP_DIGITS = /(?<!\d)\d(?:[ .-]?\d){15,19}(?!\d)/;
const OLD_NIP = /(?<![\d+.-])[1-9]\d{8}(?![\d.-])/;
const NIP_IN_TEXT = /\bN\s?I\s?P\b\s*\.?\s*[:.]?\s*(\d(?:[ .-]?\d){15,19})(?!\d)|(?<![\d/])(\d{8}[ .-]?\d{6}[ .-]?\d[ .-]?\d{3})(?![\d/])/g;
/** A staff number that is no NIP, labelled ("NPP 1998.0412.011", "NRP 75080512", "NIK: 3571…", "NI PPPK …"): a person's number in prose, never read as the NIP. */
const STAFF_IN_TEXT = /\b(?:NPP|NRP|NIK|NI\s?PPPK)\b\.?\s*:?\s*(\d[\d. -]{4,}\d)(?!\d)/g;
/** Such a label ending a line, its number on the next ("… Sdr. Edi Suprapto, NPP" / "1998.0412.011, …"). */
const STAFF_LABEL_AT_END = /\b(?:NPP|NRP|NIK|NI\s?PPPK)\.?\s*:?$/;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE_IN_TEXT = /(?<![\w+])(?:\+\s*62|62|\(?0)[\s.\-()]*8[\d\s.\-()]{6,18}\d/g;
/** A value that is a phone number and nothing else (built once: readUnlabelled tests every line). */
const PHONE_WHOLE = new RegExp(`^${PHONE_IN_TEXT.source}$`);
export const ITEM = /^\s*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\))\s+(?=\S)/;
/** "A. Nama : …", "II. NIP : …": a capital or Roman item marker, only before a person's label ("A. Rahman" is a name). */
const LIST_ITEM_KV = /^\s*(?:[A-Z]|[IVX]{1,4})[.)]\s+(?=(?:nama|nip)\b)/i;

/** "• Budi Santoso — NIP 1980… — Kasi Jalan": a bulleted person (a bulleted "- NIP : …" is a labelled line). */
function bulletPerson(raw: string): RegExpExecArray | null {
  const m = /^\s*[•●▪►·*-]\s+(?=\S)/.exec(raw);
  if (!m || parseKv(raw)) return null;
  NIP_IN_TEXT.lastIndex = 0;
  return NIP_IN_TEXT.test(raw) || EMAIL_IN_TEXT.test(raw) ? m : null;
}
const KV = /^\s*([A-Za-z][A-Za-z .\/()-]{0,60}?)\s*:\s*(.*)$/;
const NIP_LINE = /^\s*N\s?I\s?P\s*[.:]?\s*(?=\d)(.*)$/i;


/** Procurement roles named in a letter's sentences (before a name, in brackets after a jabatan). */
const PROCUREMENT_ROLE = 'Pejabat Pengadaan|Pejabat Pembuat Komitmen|PPK|Bendahara Pengeluaran|Operator SPSE|Pokja Pemilihan(?: \\d+)?|Verifikator|Auditor';

/** Words before a person's name in a sentence ("atas nama", "a.n.", "Sdri.", "Bapak"). */
const ANCHOR = new RegExp(`\\b(?:${ON_BEHALF_WORD}|${HONORIFIC_WORD})\\s+(?=[A-Z]|dr\\.|Dr)`, 'g');

/** Team roles written as keys in a surat tugas ("Ketua Tim : …", "Anggota : 1. …"). */
const TEAM_ROLE_KEY = /^(penanggung jawab|pengendali (teknis|mutu)|ketua( tim)?|wakil ketua( tim)?|sekretaris( tim)?|anggota( tim)?|pemeriksa|auditor)$/;

export type KeyKind = ApplicantField | 'team' | 'number' | 'date' | 'subject' | 'from' | 'to' | 'letter' | 'other';

export const normKey = (k: string) => despace(k).toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();

/** An e-mail label, mistyped too ("Emial", "Emai") or in the official word ("Pos-el", "Surel"). */
const EMAIL_KEY = /e-?m(?:ail|ial|ai\b)|surel|pos-?el\b/;

/** What a "Nama …" key names when it is not the person: an office, an account, a package, a parent. */
const NOT_A_PERSON_NAME = /\b(instansi|opd|satker|satuan|unit|dinas|badan|kantor|skpd|perangkat|kegiatan|paket|pekerjaan|jabatan|pengguna|user|akun|bank|ibu|ayah|perusahaan|penyedia|lpse|sekolah|kecamatan|desa|kelurahan|daerah|tim|pokja|kelompok)\b/;

/** "Peran di SPSE", "Peran SPSE", "Peran pada Aplikasi": the account asked for (the letter's role), not the person's jabatan or team place. */
const SPSE_ROLE_KEY = /\bperan\s+(?:(?:di|dalam|pada)\s+)?(?:spse|aplikasi|akun|sistem)\b/;

/** A key or table header naming a person's field ("No. HP", "Peran dalam Tim", "Pangkat/NRP/NIP"). */
function personKey(key: string): ApplicantField | 'team' | null {
  if (/\b(hp|handphone|telp|telepon|tlp|wa|whatsapp|ponsel|seluler|kontak|mobile|phone)\b/.test(key)) return 'phone';
  if (EMAIL_KEY.test(key)) return 'email';
  if (/\bnip\b/.test(key)) return 'nip';
  // "Nama", "Nama Lengkap (dengan gelar)", "Nama PPK" — not "Nama Instansi", "Nama Pengguna", "Nama Paket".
  if (/^nama\b/.test(key) && !NOT_A_PERSON_NAME.test(key)) return 'name';
  if (SPSE_ROLE_KEY.test(key)) return null;
  if (/dalam (tim|pokja|kelompok)|kedudukan|^peran|^posisi|^jabatan (tim|pokja)/.test(key)) return 'team';
  if (/^jabatan/.test(key)) return 'position';
  // English labels in an English-ish request ("Name", "Full name", "Position", "Job title").
  if (/^(full )?name$/.test(key)) return 'name';
  if (/^(position|job title)$/.test(key)) return 'position';
  return null;
}

export function classifyKey(k: string): KeyKind {
  const kind = classifyOneKey(k);
  // "Nomor / Ref.", "Hal / Subject": a bilingual label, read by its Indonesian half.
  const half = kind === 'other' ? indonesianLabel(k) : null;
  return half ? classifyOneKey(half) : kind;
}

function classifyOneKey(k: string): KeyKind {
  const key = normKey(k);
  // A ticket's requester's contact ("Email Pemohon", "Telepon Pemohon") is no applicant's value.
  if (/^(?:e-?mail|surel|telepon|telp|tlp|no hp|hp|wa|kontak) pemohon$/.test(key)) return 'other';
  const person = personKey(key);
  if (person) return person;
  // An e-office page (SRIKANDI, e-office) labels the letter "Nomor Naskah", "Tanggal Naskah", "Asal Naskah".
  if (/^(nomor|no|nomer)( (surat|naskah))?$/.test(key)) return 'number';
  if (/^(tanggal|tgl)( (surat|naskah))?$|^date$/.test(key)) return 'date';
  if (/^asal (naskah|surat)$/.test(key)) return 'from';
  // A helpdesk ticket's "Judul" and "Pelapor" / "Pemohon" stand for a subject and a sender.
  if (/^(hal|perihal|prihal)(\/(hal|perihal))?$|^subj(ect|ek)?$|^judul$/.test(key)) return 'subject';
  if (/^(dari|pelapor|pemohon|instansi( pemohon)?|nama instansi|satuan kerja|satker|opd|perangkat daerah)$/.test(key)) return 'from';
  if (key === 'kepada' || key === 'yth') return 'to';
  if (/^(sifat|lampiran|lamp|tembusan)$/.test(key)) return 'letter';
  return 'other';
}

export type Kv = { kind: KeyKind; key: string; value: string; note?: string };

export function parseKv(line: string): Kv | null {
  // Bulleted key–value lines ("- NIP : …", "• Email : …").
  const s = line.replace(/^\s*[-•*·]\s+/, '');
  const nip = NIP_LINE.exec(s);
  if (nip) return { kind: 'nip', key: 'NIP', value: nip[1] };
  const num = /^\s*(nomor|no\.?)\s+(?=[\w.-]*\d[\w.-]*\/)([^:]+)$/i.exec(s);
  if (num) return { kind: 'number', key: num[1], value: num[2] };
  const m = KV.exec(s);
  if (!m) return null;
  const key = m[1].trim();
  // A long key is a sentence with a colon, unless it is a run of labels ("Nama NIP Jabatan Email baru No. HP/WA").
  if ((key.split(/\s+/).length > 5 && headerFields(key).length < 3) || /^(https?|www)$/i.test(key)) return null;
  return { kind: classifyKey(key), key, value: m[2] };
}

/**
 * In a record labelled with colons ("…, NIP: 1989…, jabatan Kasubbag Umum, email a@b.c, WA 0812…"),
 * the later labels written without one get it back when the value after them has the label's shape.
 */
function withInlineColons(value: string): string {
  if (!/\b(?:nip|nama|jabatan|e-?mail|hp|wa)\s*:/i.test(value)) return value;
  return value
    .replace(/([,;]\s*)(e-?mail|surel)\s+(?=[\w.+-]+@)/gi, `$1$2:${RESTORED} `)
    .replace(/([,;]\s*)((?:no\.?\s*)?(?:hp|wa|whatsapp|telp|telepon))\s+(?=[+(]?\d)/gi, `$1$2:${RESTORED} `)
    .replace(/([,;]\s*)([Jj]abatan)\s+(?=[A-Z])/g, `$1$2:${RESTORED} `);
}

/** A record's next label inside a line ("…; HP: 0812…", ", E-mail: …"). */
const NEXT_INLINE_LABEL = /[,;]\s*(?=(?:no\.?\s*|nomor\s*)?(?:hp|telp|telepon|wa|whatsapp|e-?mail|surel|nip|jabatan)\b[^:,]{0,15}:)/i;

/** Marks a colon put back by `withInlineColons` (a zero-width space after it). */
const RESTORED = '\u200b';
export const INLINE_LABEL_NOTE = 'Label tanpa titik dua di tengah kalimat data; nilai dibaca menurut bentuknya — periksa';

/** Fields set apart by a middle dot or a dash in a NIP's, e-mail's or phone's line ("NIP 1981… — Penata …", "e-mail: a@b.c · HP 0811…"). */
const FIELD_MARK = /\s+(?:[·•]|-(?=\s+[A-Za-z]))\s+/;
const PHONE_PART = /^(?:no\.?\s*|nomor\s*)?(?:hp|wa|whatsapp|telp|telepon|ponsel)\b\.?\s*:?\s*(?=[+(]?\d)/i;
const EMAIL_PART = /^(?:e-?mail|surel|pos-?el)\s*:?\s*(?=[\w.+-]+@)/i;
export const MARKED_PART_NOTE = 'Beberapa data pada satu baris dipisah tanda "·" / "-"; nilai dibaca menurut bentuknya — periksa';

/**
 * "NIP 1981… — Penata Kadastral Ahli Muda", "e-mail: a@b.c · HP 0811… (WA)": the parts after the first
 * are read by their own short label (HP, e-mail) or, after a NIP, a jabatan in capitalised words; flagged.
 */
function markedParts(kv: Kv): Kv[] | null {
  if (kv.kind !== 'nip' && kv.kind !== 'email' && kv.kind !== 'phone') return null;
  const parts = firstColumn(kv.value).split(FIELD_MARK);
  if (parts.length < 2) return null;
  const out: Kv[] = [{ ...kv, value: parts[0] }];
  for (const p of parts.slice(1)) {
    const phone = PHONE_PART.exec(p);
    const email = EMAIL_PART.exec(p);
    if (phone) out.push({ kind: 'phone', key: phone[0].replace(/[\s:]+$/, ''), value: p.slice(phone[0].length), note: MARKED_PART_NOTE });
    else if (email) out.push({ kind: 'email', key: email[0].replace(/[\s:]+$/, ''), value: p.slice(email[0].length), note: MARKED_PART_NOTE });
    else if (kv.kind === 'nip' && /^[A-Z][A-Za-z.,'\/() -]{2,80}$/.test(p.trim())) out.push({ kind: 'position', key: 'Jabatan', value: p.trim(), note: MARKED_PART_NOTE });
  }
  return out;
}

/** "Email: a@b.c, HP: 0812…" → two key–value pairs. */
function splitInlineKv(kv: Kv): Kv[] {
  const marked = markedParts(kv);
  if (marked) return marked;
  const parts = withInlineColons(kv.value).split(/(?:[,;]\s*|\s+)(?=(?:no\.?\s*|nomor\s*)?(?:hp|telp|telepon|wa|whatsapp|e-?mail|surel|nip|jabatan)\b[^:,]{0,15}:)/i);
  if (parts.length === 1) return [kv];
  const out: Kv[] = [{ ...kv, value: parts[0] }];
  for (const p of parts.slice(1)) {
    const sub = parseKv(p.replace(RESTORED, ''));
    if (sub) out.push(p.includes(RESTORED) ? { ...sub, note: INLINE_LABEL_NOTE } : sub);
  }
  return out;
}

export const isPersonKind = (k: KeyKind): k is ApplicantField | 'team' => ['name', 'nip', 'position', 'email', 'phone', 'team'].includes(k);

// ---------- values ----------

function nipValue(s: string): string {
  const m = NIP_DIGITS.exec(s);
  return checkNip(m ? m[0] : s).value;
}

/** A mobile number (+62 8…, 62 8…, 08…). */
const MOBILE = /^(?:\+?62|0)\s*8/;

/** The value's first number; when that is a landline and a mobile follows ("0967 533210 / 0813 …"), the mobile (the landline is the office's). */
function phoneValue(s: string): string {
  const numbers = [...s.matchAll(/[+(]?\d[\d\s.\-()]*\d\)?/g)].map((m) => m[0]);
  const first = numbers[0];
  const mobile = first && !MOBILE.test(first) ? numbers.find((n) => MOBILE.test(n)) : undefined;
  return checkPhone(mobile ?? first ?? s).value;
}

/** The jabatan beats the team place ("Ketua", "Anggota": the SPSE account's Jabatan is the person's jabatan); both beat a position guessed from free text. */
const rankOf = (kind: ApplicantField | 'team') => (kind === 'position' ? 3 : kind === 'team' ? 2 : 1);
const fieldOf = (kind: ApplicantField | 'team'): ApplicantField => (kind === 'team' ? 'position' : kind);

/** One label of a run of labels: a field name with an optional qualifier ("Jabatan baru", "No. HP/WA", "Email lama"). */
const RUN_LABEL =
  /(?:nama(?: lengkap)?|nip|nik|nrp|pangkat(?:\/gol(?:ongan)?)?|gol(?:ongan)?|jabatan(?: dalam (?:tim|pokja))?|peran|unit kerja|(?:alamat )?e-?mail|surel|pos-?el|(?:no|nomor) ?(?:hp|telp|telepon|wa|handphone|ponsel)(?:\/(?:wa|hp))?|hp(?:\/wa)?|telepon|telp|whatsapp|wa)(?: (?:lama|baru|aktif|dinas|kantor|pribadi|semula|menjadi))?(?= |$)/y;

export const LABEL_RUN_NOTE = 'Label dan nilai tertulis berderet; nilai dicocokkan dengan labelnya menurut urutan — periksa';

/**
 * "NIP Jabatan lama Jabatan baru Email : 1982… : Kepala Seksi … : Kepala Bidang … : a@b.c" (a PDF that
 * set a block's labels on one line, then their values): each value paired with its label by order —
 * only when every word of the key is a label and the counts agree; an old value gives way to a new one.
 */
function labelRunValues(key: string, value: string): [ApplicantField | 'team', string, string][] | null {
  const k = normKey(key).replace(/\s*\/\s*/g, '/');
  const labels: string[] = [];
  for (let at = 0; at < k.length; ) {
    RUN_LABEL.lastIndex = at;
    const m = RUN_LABEL.exec(k);
    if (!m) return null;
    labels.push(m[0]);
    at = RUN_LABEL.lastIndex + 1;
  }
  const values = value.split(/\s+:\s+/).map((v) => v.trim());
  if (labels.length < 2 || labels.length !== values.length) return null;
  const out: [ApplicantField | 'team', string, string][] = [];
  labels.forEach((label, i) => {
    const kind = personKey(label.replace(/ (?:lama|baru|aktif|dinas|kantor|pribadi|semula|menjadi)$/, ''));
    if (kind) out.push([kind, label, values[i]]);
  });
  const isOld = (l: string) => / (?:lama|semula)$/.test(l);
  const isNew = (l: string) => / (?:baru|menjadi)$/.test(l);
  return out.filter(([kind, label]) => !(isOld(label) && out.some(([k2, l2]) => k2 === kind && isNew(l2))));
}

/**
 * An officer's NRP in a "NIP/NRP" field: written "NRP 7508…", or a number not of a NIP's 18 digits (an
 * NRP has 8 to 14, a navy one "21100/P") under a key naming NRP. It is no NIP: the NIP stays empty, asked for.
 */
function isNrp(key: string, value: string): boolean {
  return /^\s*NRP\b/i.test(value) || (/\bnrp\b/.test(normKey(key)) && value.replace(/\D/g, '').length !== 18);
}

export function applyKv(d: Draft, kv: Kv, line: Line, conf: number): ApplicantField | null {
  if (!isPersonKind(kv.kind)) return null;
  if (kv.kind === 'nip' && isNrp(kv.key, firstColumn(kv.value))) return null;
  const fields = headerFields(kv.key);
  const run = fields.length > 1 ? labelRunValues(kv.key, firstColumn(kv.value)) : null;
  if (run) {
    for (const [kind, , v] of run) {
      put(d, fieldOf(kind), v, line, Math.min(conf, CONF.item), rankOf(kind));
      const slot = d[fieldOf(kind)];
      if (slot && slot.line === line) slot.note = LABEL_RUN_NOTE;
    }
    return null;
  }
  if (fields.length > 1) {
    // "Nama/NIP : Rini, S.E. / 1987…", "Email/HP : a@b.c / 0812…"
    for (const [f, v] of splitCombined(firstColumn(kv.value), fields)) if (f !== 'nip' || !isNrp(kv.key, v)) put(d, fieldOf(f), v, line, conf, rankOf(f));
    return null;
  }
  put(d, fieldOf(kv.kind), firstColumn(kv.value), line, conf, rankOf(kv.kind));
  return fieldOf(kv.kind);
}

export const SECOND_COLUMN_NOTE = 'Baris ini memuat label yang sama dua kali (dua kolom berdampingan?); hanya nilai pertama dibaca — periksa';

/**
 * A labelled line into a person: "Email: a@b.c, HP: 0812…" gives both; a label met twice on the line
 * ("Nama : Budi        Nama : Ani", two people set side by side) keeps the first value, flagged.
 */
function readKvLine(d: Draft, kv: Kv, line: Line): ApplicantField | null {
  const seen = new Set<ApplicantField>();
  let last: ApplicantField | null = null;
  for (const part of splitInlineKv(kv)) {
    const field = isPersonKind(part.kind) ? fieldOf(part.kind) : null;
    const beside = firstColumn(part.value) !== part.value ? parseKv(part.value.slice(firstColumn(part.value).length).trim()) : null;
    if (field && seen.has(field)) {
      if (d[field]) d[field]!.note = SECOND_COLUMN_NOTE;
      return last;
    }
    // A part read by its shape ("NIP … — Penata …") never replaces a field its own label gave.
    if (field && part.note === MARKED_PART_NOTE && d[field]) continue;
    if (field) seen.add(field);
    last = applyKv(d, part, line, CONF.kv) ?? last;
    if (field && part.note && d[field]?.line === line) d[field]!.note = part.note;
    if (field && beside && isPersonKind(beside.kind) && fieldOf(beside.kind) === field && d[field]) d[field]!.note = SECOND_COLUMN_NOTE;
  }
  return last;
}

/** A NIP or phone as written, or repaired from a scan's confusable letters when only the repair validates. */
function digitsSlot(slot: Slot, read: (s: string) => string, valid: (s: string) => boolean): Slot {
  const value = read(slot.value);
  const fixed = valid(value) ? longerRepair(slot.value, value, read, valid) : repairIfValid(slot.value, (s) => valid(read(s)));
  if (fixed === null) return { ...slot, value };
  const label = valid === validNip ? 'NIP' : 'Nomor HP';
  return { ...slot, value: read(fixed), note: `${label} ${REPAIRED_NOTE} (tertulis "${collapse(slot.value)}")` };
}
/**
 * A valid value read short of a digit a scan misread as a letter beside it ("0878 9012 345€" reads
 * as 0878 9012 345): the repair holding more digits, when it validates too; else null.
 */
function longerRepair(raw: string, value: string, read: (s: string) => string, valid: (s: string) => boolean): string | null {
  const repaired = repairScannedDigits(raw);
  const digits = (s: string) => s.replace(/\D/g, '').length;
  return repaired !== raw && valid(read(repaired)) && digits(read(repaired)) > digits(value) ? repaired : null;
}
const validNip = (s: string) => checkNip(s).ok;
const validPhone = (s: string) => checkPhone(s).ok;

/** The SPSE role a letter asks for, written after a person's jabatan in brackets ("Kepala Bidang X (PPK)"). */
const ROLE_SUFFIX = new RegExp(`\\s*\\((?:${PROCUREMENT_ROLE}|PP|(?:(?:Anggota|Ketua|Sekretaris)\\s+)?Pokja(?:\\s+Pemilihan)?(?:\\s+\\d+)?|Admin(?:istrator)?\\s+Agen(?:cy|si)|Help\\s?desk)\\)$`, 'i');

function withoutRoleSuffix(slot: Slot): Slot {
  const m = ROLE_SUFFIX.exec(slot.value);
  if (!m || m.index === 0) return slot;
  return { ...slot, value: slot.value.slice(0, m.index), note: `Peran SPSE ${m[0].trim()} dilepas dari jabatan — periksa` };
}

/** The one address in an e-mail value ("<budi@x.id>", "budi@x.id (aktif)"); else the value as written, to be checked. */
function emailIn(value: string): string {
  const found = [...value.matchAll(EMAIL_IN_TEXT)];
  const m = found.length === 1 ? found[0] : null;
  // Only brackets around it or a note in brackets after it: "bayu segara@…" stays as written (and is reported).
  const wrapped = m && /^(?:[<([]|mailto:)?$/i.test(value.slice(0, m.index).trim()) && /^[>)\]]?[.,;]*(?:\s*\([^)]*\))?$/.test(value.slice(m.index + m[0].length).trim());
  return wrapped ? m[0].replace(/\.+$/, '') : value.replace(/[.,;]+$/, '');
}

/** An e-mail broken at a line end inside a cell ("andi. ikhsan@…", "andi@ pemda.go.id"): put together when that validates, flagged. */
function emailSlot(slot: Slot): Slot {
  const value = checkEmail(emailIn(slot.value)).value;
  if (checkEmail(value).ok || !/\s/.test(value)) return { ...slot, value };
  // A line breaks after the punctuation, never before it ("ratna.dewi @…" is a typing or scan slip).
  const joined = value.replace(/([.@_-])\s+/g, '$1');
  return checkEmail(joined).ok && !/\s/.test(joined) ? { ...slot, value: joined, note: `Email ${JOINED_NOTE} (tertulis "${collapse(slot.value)}")` } : { ...slot, value };
}

export const TWO_VALUES_NOTE = 'memuat dua nilai (dua baris terbaca sebagai satu?); yang pertama dibaca — periksa';

/** A NIP or phone value holding two of them ("1988… 1995…", "0812… / 0823…"): the first is read, flagged. */
function firstOfTwo(written: Slot, read: Slot, label: string, two: (s: string) => boolean): Slot {
  return two(written.value) ? { ...read, note: read.note ?? `${label} ${TWO_VALUES_NOTE} (tertulis "${collapse(written.value)}")` } : read;
}
/** Two NIPs: 36 digits or more. */
const twoNips = (s: string) => s.replace(/\D/g, '').length >= 36;
const twoPhones = (s: string) => (s.match(PHONE_IN_TEXT) ?? []).length >= 2;

export function finishDraft(draft: Draft): Draft {
  const d: Draft = { ...draft };
  // "(tetap)": a change letter keeping the old value.
  for (const f of ['position', 'email', 'phone'] as const) if (d[f]) d[f] = withoutKeptMarker(d[f]!);
  if (d.position) d.position = withoutPositionNote(d.position);
  // A "Peran" column's "PPK" is the account asked, not the jabatan.
  if (d.position && !withoutAccountRole(d.position)) delete d.position;
  const out: Draft = { ...d };
  if (d.name) out.name = { ...d.name, value: cleanName(d.name.value) };
  if (d.nip) out.nip = firstOfTwo(d.nip, digitsSlot(d.nip, nipValue, validNip), 'NIP', twoNips);
  // "NIP/NIK": a non-ASN person's 16-digit NIK is no NIP.
  if (out.nip && !withoutNik(out.nip)) delete out.nip;
  if (d.email) out.email = withoutGluedWord(emailSlot(d.email), d.name?.value);
  if (d.phone) out.phone = firstOfTwo(d.phone, digitsSlot(d.phone, phoneValue, validPhone), 'Nomor HP', twoPhones);
  if (d.position) out.position = withoutEselon(withoutPangkat(withoutRoleSuffix({ ...d.position, value: collapse(d.position.value).replace(/(?:\s*[.,;/|])+$/, '') })));
  return out;
}

// ---------- tables ----------

type Column = ApplicantField | 'team';

const HEADER_FIELDS: [Column, RegExp][] = [
  // "Namadan NIP": a scan's recogniser runs "Nama dan" together.
  ['name', /\bnama(?:dan)?\b/],
  ['nip', /\bnip\b/],
  ['team', /dalam (tim|pokja|kelompok)|kedudukan|\bperan\b|\bposisi\b|jabatan (tim|pokja)/],
  ['position', /\bjabatan\b/],
  ['email', EMAIL_KEY],
  ['phone', /\b(hp|handphone|telp|telepon|tlp|wa|whatsapp|ponsel|seluler|kontak)\b/],
];

/** The fields a table header names — one, or several in a combined column ("Nama/NIP", "Email/HP"). */
export function headerFields(cell: string): Column[] {
  const c = normKey(cell);
  const roleAsked = SPSE_ROLE_KEY.test(c);
  const found = HEADER_FIELDS.filter(([f, re]) => re.test(c) && !(f === 'team' && roleAsked)).map(([f]) => f);
  // "Kontak": an e-mail, a phone or both, told apart by their shape.
  if (/\bkontak\b/.test(c) && !/\b(hp|handphone|telp|telepon|tlp|wa|whatsapp|ponsel|seluler)\b/.test(c) && !found.includes('email')) found.push('email');
  return found.includes('team') ? found.filter((f) => f !== 'position') : found;
}

/** A combined cell ("Budi Santoso / 19800101 200501 1 001") split into its fields. */
function splitCombined(cell: string, fields: Column[]): [Column, string][] {
  const out: [Column, string][] = [];
  let rest = cell;
  const take = (field: Column, re: RegExp) => {
    if (!fields.includes(field)) return;
    const m = new RegExp(re.source).exec(rest);
    if (!m) return;
    out.push([field, m[0]]);
    rest = rest.slice(0, m.index) + ' / ' + rest.slice(m.index + m[0].length);
  };
  // Values under a run of labels ("NIP Jabatan Email : 1997… : Pranata … / Ketua Tim : …") are set
  // apart by " : " only: a slash inside them is part of the value.
  const colonRun = fields.length >= 3 && (cell.match(/\s:\s/g) ?? []).length >= fields.length - 1;
  take('email', EMAIL_IN_TEXT);
  take('nip', NIP_DIGITS);
  // An old 9-digit NIP (BPK and others before 1999): flagged by checkNip, SPSE needs 18 digits.
  if (!out.some(([f]) => f === 'nip')) take('nip', OLD_NIP);
  take('phone', PHONE_IN_TEXT);
  const texts = rest
    // Labels left by the values taken out ("NIP / …"), not a name's first word ("Wa Ode Nurhayati").
    .replace(/\b(?:NIP|NIK|HP|WA|Email|Telp)\b\.?\s*:?(?!\s*[A-Z][a-z])/gi, ' ')
    .split(colonRun ? /\n|;|\s:\s/ : /\s\/\s|\n|;|\s:\s/)
    .map((x) => x.replace(/^[\s,/|:-]+|[\s,/|:-]+$/g, ''))
    // A name's last title wrapped alone ("S.H. NIP 1995…") is text too.
    .filter((x) => /[A-Za-z]{2,}/.test(x) || (fields.includes('name') && isTitleSegment(x)));
  const named = fields.includes('name') && fields.includes('position') && texts.length === 1 ? nameThenJabatan(texts[0]) : null;
  if (named) texts.splice(0, 1, ...named);
  fields.filter((f) => f === 'name' || f === 'position' || f === 'team').forEach((f, k) => texts[k] && out.push([f, texts[k]]));
  return out;
}

/**
 * "Yusuf Habibi, S.T., M.T. Kepala Seksi Jaringan": a "Nama / Jabatan" cell whose two lines were run
 * together — the name ends with its last degree after a comma, the jabatan starts with the next word.
 */
function nameThenJabatan(text: string): [string, string] | null {
  const words = text.split(/\s+/);
  const comma = words.findIndex((w) => /,$/.test(w));
  if (comma < 0) return null;
  let k = comma + 1;
  while (k < words.length && isTitleSegment(words[k].replace(/,$/, ''))) k++;
  if (k === comma + 1 || k >= words.length || !/^[A-Z][a-z]/.test(words[k])) return null;
  return [words.slice(0, k).join(' ').replace(/,$/, ''), words.slice(k).join(' ')];
}

type Delim = '|' | '\t' | '  ';

function splitRow(raw: string, delim: Delim, starts?: number[]): string[] {
  if (delim === '  ') {
    const cells = raw.trim().split(/ {2,}/);
    if (!starts || cells.length === starts.length) return cells.map((c) => c.trim());
    // Misaligned by spaces inside a cell: cut at the header's column starts.
    return starts.map((st, k) => raw.slice(st, starts[k + 1] ?? raw.length).trim());
  }
  if (delim === '|') {
    let s = raw.trim();
    if (s.startsWith('|')) s = s.slice(1);
    if (s.endsWith('|')) s = s.slice(0, -1);
    return s.split('|').map((c) => c.replace(/<br\s*\/?>/gi, ' / ').trim());
  }
  // Leading tabs are kept: "\tM.Ak." is a wrapped cell under the second column, not a new row.
  return raw.replace(/^ +/, '').split('\t').map((c) => c.trim());
}

export const WIDER_ROW_NOTE = 'Baris tabel ini punya lebih banyak kolom daripada judulnya; isinya mungkin bergeser kolom — periksa';

export const OPEN_NAME_NOTE = 'Nama di tabel diakhiri koma, tetapi baris berikutnya orang lain; gelar terakhir mungkin hilang — periksa';

export const LOST_NUMBER_NOTE = 'Baris tabel tanpa nomor tetapi dengan NIP sendiri; dibaca sebagai orang tersendiri — periksa';

export const NO_NIP_ROW_NOTE = 'Baris tabel tanpa NIP yang sah; isi kolom mungkin bergeser — periksa';

export const KEPT_VALUE_NOTE = 'Kolom perubahan menulis "tetap"; nilai diambil dari kolom data lama — periksa';

/** "tetap", "sama", "tidak berubah", "-": a change column keeping the value it had. */
const KEPT = /^(?:tetap|sama|idem|tidak\s+berubah|tidak\s+ada\s+perubahan|-+|–)$/i;

/**
 * A table with one person per column, the field names down its first column ("Uraian | Semula |
 * Menjadi", "Nama | Ir. Taufik … | Sri Mulyani …", "NIP | …"). Each column after the first is a
 * person whose values keep their column (a replacement letter reads its side from the column's
 * heading) — unless the later columns say "tetap" or repeat the NIP: then it is one person's data
 * before and after a change, read from the last column, the old column filling what it keeps.
 */
function tryColumnPeople(lines: Line[], i: number, end: number): { drafts: Draft[]; end: number } | null {
  const delim: Delim | null = cellDelimiter(lines[i].raw);
  if (!delim) return null;
  const rows: { l: Line; cells: string[]; kind: KeyKind }[] = [];
  let j = i;
  for (; j < end && !isBlank(lines[j]) && lines[j].raw.includes(delim) && !/^\s*\|?\s*:?-{3,}/.test(lines[j].raw); j++) {
    const cells = splitRow(lines[j].raw, delim);
    rows.push({ l: lines[j], cells, kind: classifyKey(cells[0] ?? '') });
  }
  const width = rows[0]?.cells.length ?? 0;
  const fieldRows = rows.filter((r) => isPersonKind(r.kind));
  if (width < 3 || rows.some((r) => r.cells.length !== width || r.cells.slice(1).some((c) => c.startsWith(':')))) return null;
  if (fieldRows.length < 3 || !fieldRows.some((r) => r.kind === 'name') || !fieldRows.some((r) => r.kind === 'nip')) return null;
  const column = (c: number): Draft => {
    const d: Draft = {};
    for (const r of fieldRows) if (r.cells[c] && !KEPT.test(r.cells[c])) applyKv(d, { kind: r.kind, key: r.cells[0], value: r.cells[c] }, r.l, CONF.table);
    for (const slot of Object.values(d)) slot!.column = c;
    return d;
  };
  const nipRow = fieldRows.find((r) => r.kind === 'nip')!;
  const nips = nipRow.cells.slice(1).map((c) => c.replace(/\D/g, ''));
  const oneChanging = nipRow.cells.slice(2).some((c) => KEPT.test(c)) || (nips[0].length >= 18 && nips.every((n) => n === nips[0]));
  if (!oneChanging) {
    const drafts = Array.from({ length: width - 1 }, (_, k) => column(k + 1)).filter(hasAny).map(finishDraft);
    return drafts.length ? { drafts, end: j } : null;
  }
  const person = column(width - 1);
  for (let c = width - 2; c >= 1; c--)
    for (const [f, slot] of Object.entries(column(c)) as [ApplicantField, Slot][]) if (!person[f]) person[f] = { ...slot, note: KEPT_VALUE_NOTE };
  return { drafts: [finishDraft(person)], end: j };
}


/**
 * A replacement table with a column per side ("No | Anggota Lama (dinonaktifkan) | Anggota Baru …"):
 * each side column of a numbered row is a person, its cell going on in the rows below with an empty
 * number ("… / NIP …" / "Anggota Pokja …" / "email / HP"); values read by their shape, flagged.
 */
function trySideColumns(lines: Line[], i: number, end: number): { drafts: Draft[]; end: number } | null {
  const delim: Delim | null = cellDelimiter(lines[i].raw);
  if (!delim) return null;
  const header = splitRow(lines[i].raw, delim);
  const sides = header.map((h, k) => (headerFields(h).length === 0 && OUTGOING.test(h) !== INCOMING.test(h) ? k : -1)).filter((k) => k >= 0);
  if (sides.length < 2) return null;
  const numberCol = header.findIndex((h) => /^(no|nomor|#)\.?$/i.test(h.trim()));
  type Cell = { text: string[]; lines: Line[] };
  const people: Cell[] = [];
  let row: Cell[] | null = null;
  let j = i + 1;
  for (; j < end && !isBlank(lines[j]) && lines[j].raw.includes(delim); j++) {
    if (/^[\s|:+=-]+$/.test(lines[j].raw)) continue;
    const cells = splitRow(lines[j].raw, delim);
    if (!row || (numberCol >= 0 && cells[numberCol])) {
      row = sides.map(() => ({ text: [], lines: [] }));
      people.push(...row);
    }
    sides.forEach((k, s) => {
      if (!cells[k]) return;
      row![s].text.push(cells[k]);
      row![s].lines.push(lines[j]);
    });
  }
  const drafts: Draft[] = [];
  people.forEach((cell, p) => {
    if (!cell.text.length) return;
    const d: Draft = {};
    for (const [f, v] of splitCombined(cell.text.join(' / '), ['name', 'nip', 'position', 'email', 'phone'])) {
      const at = cell.lines[cell.text.findIndex((t) => t.includes(v.split(/\s/)[0]))] ?? cell.lines[0];
      put(d, fieldOf(f), v, at, CONF.item);
      const slot = d[fieldOf(f)];
      if (slot) {
        slot.column = sides[p % sides.length];
        if (f !== 'nip' && f !== 'email') slot.note = JOINED_NOTE;
      }
    }
    if (d.nip || d.email || d.phone) drafts.push(finishDraft(d));
  });
  return drafts.length ? { drafts, end: j } : null;
}

/**
 * The header with its cells' wrapped words, when the line below it is the header wrapped in narrow
 * columns ("Jabatan dalam" / "Pokja", "N" / "o", "Alamat" / "Email", "Nomor" / "HP/WA"): tab or pipe
 * cells under the header's, short words with no NIP, e-mail or phone, and either nothing under a
 * name or NIP column (a person's row always has a name or NIP there) or, joined, naming a field the
 * header alone did not.
 */
function headerWrap(header: string[], raw: string, delim: Delim): string[] | null {
  if (delim === '  ' || !raw.includes(delim) || /@|\d{4}/.test(raw)) return null;
  const cells = splitRow(raw, delim);
  if (cells.length > header.length || !cells.some(Boolean) || cells.some((c) => c.length > 30)) return null;
  const merged = header.map((h, k) => (cells[k] ? collapse(`${h} ${cells[k]}`) : h));
  const keyCols = header.map((h, k) => (headerFields(h).some((f) => f === 'name' || f === 'nip') ? k : -1)).filter((k) => k >= 0);
  const underKeys = keyCols.some((k) => cells[k]);
  const namesMore = merged.some((m, k) => headerFields(m).some((f) => !headerFields(header[k]).includes(f)));
  if (!keyCols.length || (underKeys && !namesMore)) return null;
  return merged;
}

/**
 * A group caption between a table's rows (a merged row over all columns: "Pokja Paket Konstruksi"):
 * a short line of words only, no NIP, phone or e-mail, with a whole row of the table right under it.
 */
function groupCaption(l: Line, next: Line | undefined, delim: Delim, width: number): boolean {
  if (delim === '  ' || !next || !next.raw.includes(delim) || l.text.length > 60 || /[\d@:]/.test(l.text)) return false;
  return splitRow(next.raw, delim).length === width && /^\s*\d{1,3}[.)]?\s*$/.test(splitRow(next.raw, delim)[0] ?? '');
}

/** The columns' indexes, those headed as new values ("Menjadi", "Baru") first, as old ones ("Semula", "Lama") last. */
function byAge(header: readonly string[], width: number): number[] {
  const age = (h = '') => (/\b(?:menjadi|baru|sesudah)\b/i.test(h) ? 0 : /\b(?:semula|lama|sebelum(?:nya)?)\b/i.test(h) ? 2 : 1);
  return Array.from({ length: Math.max(width, header.length) }, (_, k) => k).sort((a, b) => age(header[a]) - age(header[b]));
}

function tryTable(lines: Line[], i: number, end: number): { drafts: Draft[]; end: number } | null {
  const l = lines[i];
  const delim: Delim | null = cellDelimiter(l.raw) ?? (/ {2,}\S/.test(l.raw.trim()) ? '  ' : null);
  if (!delim) return null;
  let header = splitRow(l.raw, delim);
  // "No Nama | NIP | …" over "1 | Yudha | 1986…": a narrow number column's heading run into the next
  // one (a printed PDF's small gap) is split when the row below has one cell more.
  const numbered = delim !== '  ' && /^(?:no\.?|nomor|#)\s+(\S.*)$/i.exec(header[0] ?? '');
  if (numbered && i + 1 < end && splitRow(lines[i + 1].raw, delim).length === header.length + 1) header = ['No', numbered[1], ...header.slice(1)];
  const starts = delim === '  ' ? [...l.raw.matchAll(/(?:^|(?<= {2}))\S/g)].map((m) => m.index) : undefined;
  const wrap = i + 1 < end ? headerWrap(header, lines[i + 1].raw, delim) : null;
  if (wrap) header = wrap;
  const first = wrap ? i + 2 : i + 1;
  const cols = header.map(headerFields);
  const named = cols.flat();
  if (cols.filter((c) => c.length).length < (delim === '  ' ? 3 : 2) || !(named.includes('name') || named.includes('nip'))) return null;
  const numberCol = header.findIndex((h) => /^(no|nomor|#)\.?$/i.test(h.trim()));
  // A "WA" column next to an "HP" one: the HP number is the phone, whichever column comes first.
  const waOnly = header.map((h, k) => cols[k].length === 1 && cols[k][0] === 'phone' && /^(?:no\.?\s*|nomor\s*)?(?:wa|whatsapp)$/i.test(normKey(h).trim()));
  const waBelowHp = cols.some((c, k) => c.includes('phone') && !waOnly[k]);
  const nipCol = cols.findIndex((c) => c.length === 1 && c[0] === 'nip');
  const drafts: Draft[] = [];
  let prevCells: string[] | null = null;
  let lastCells: string[] | null = null;
  // Rows with more cells than the header (a split cell), flagged.
  const wider = new Set<number>();
  // Records whose name cell ended in a comma ("Ratna Dewi, S.E.,") and went on in no row below.
  const openName = new Set<number>();
  // Records started by their own NIP on a row with an empty number cell.
  const lostNumber = new Set<number>();
  let j = first;
  for (; j < end; j++) {
    const row = lines[j];
    // An ASCII grid's border ("+----+----+", "+====+") separates rows without a "|".
    if (/^[\s|:+=-]+$/.test(row.raw) && (delim === '|' || row.raw.includes(delim))) continue;
    if (!isBlank(row) && !row.raw.includes(delim) && groupCaption(row, lines[j + 1], delim, header.length)) continue;
    if (isBlank(row) || !row.raw.includes(delim)) break;
    let cells = splitRow(row.raw, delim, starts);
    if (delim === '\t' && cells.length !== header.length) {
      // Tabs used twice for alignment ("1\t\tRina"): one gap, when that gives the header's columns.
      const merged = row.raw.trim().split(/\t+/).map((c) => c.trim());
      if (merged.length === header.length || !/^\t/.test(row.raw)) cells = merged;
    }
    const prev = drafts[drafts.length - 1];
    const empty = (k: number) => k < 0 || !cells[k];
    // A name cell ending in a comma ("Siti Nurhaliza,") goes on in the next row ("A.Md.Kom. 1998…") —
    // not a row with a whole NIP of its own (a record whose number the reader lost).
    const ownNip = nipCol >= 0 && (cells[nipCol] ?? '').replace(/\D/g, '').length >= 18;
    const nameUnfinished = prevCells !== null && !ownNip && (numberCol < 0 || empty(numberCol)) && cols.some((c, k) => c.includes('name') && /,$/.test(prevCells![k] ?? ''));
    // No number column, a first column that is no field ("Status", "Keterangan"): a cell there going on
    // in lower case or a bracket ("(PPK lama)", "akun baru") is the record above wrapping.
    const statusGoesOn = numberCol < 0 && cols[0]?.length === 0 && /^[a-z(]/.test(cells[0] ?? '');
    // "19911010" over "201503 2" over "007": a NIP wrapped in a narrow cell goes on below (no new record).
    const nipSoFar = prev?.nip?.value.replace(/\D/g, '') ?? '';
    const nipCell = nipCol >= 0 ? (cells[nipCol] ?? '') : '';
    // Not after a whole old 9-digit NIP, nor before one, nor on a row with an e-mail of its own: those are records.
    const nipDigits = nipCell.replace(/\D/g, '').length;
    const nipGoesOn =
      nipSoFar.length > 0 && nipSoFar.length < 18 && nipSoFar.length !== 9 && nipDigits !== 9 && /^\d[\d\s.-]*$/.test(nipCell) && nipSoFar.length + nipDigits <= 18 && !cells.some((c) => c.includes('@'));
    // A row with a whole NIP of its own, under a record that has a whole other NIP, is a new record
    // whose number the reader lost (a scan), never a wrapped line of the one above.
    const prevNip = prev?.nip?.value.replace(/\D/g, '') ?? '';
    const anchored = ownNip && prevNip.length >= 18 && !nipCell.replace(/\D/g, '').startsWith(prevNip);
    const wrapped =
      prev &&
      !anchored &&
      (nameUnfinished || statusGoesOn || (numberCol >= 0 ? empty(numberCol) : nipGoesOn || (empty(nipCol) && !cells.some((c) => /@|\d{4}/.test(c)))));
    if (anchored && numberCol >= 0 && empty(numberCol)) lostNumber.add(drafts.length);
    const above = lastCells;
    lastCells = cells;
    if (wrapped) {
      prevCells = null;
      if (nameUnfinished) openName.delete(drafts.length - 1);
      // A cell's text wrapped onto the next row ("Benny Setiadi, S.T.," / "M.Eng."): append it.
      cells.forEach((cell, k) => {
        const fields = cols[k] ?? [];
        if (!fields.length || !cell) return;
        if (fields.length > 1) {
          // An e-mail broken inside ("veronika.lamba@g" / "mail.com") is put together again.
          const broken = !prev.email && fields.includes('email') ? /\S+@[\w.-]*$/.exec(above?.[k] ?? '') : null;
          const whole = broken && !EMAIL_IN_TEXT.test(broken[0]) ? cell.replace(/^\S+/, (rest) => broken[0] + rest) : cell;
          EMAIL_IN_TEXT.lastIndex = 0;
          // "Email / HP": the wrapped line holds the phone under the e-mail — a value for an empty field.
          for (const [f, v] of splitCombined(whole, fields)) {
            const had = prev[fieldOf(f)];
            // The comma the cell ended with is cut by the split: a title after a name takes it back.
            if (had && (f === 'name' || f === 'position')) had.value += (f === 'name' && isTitleSegment(v.split(/[\s,]+/)[0]) && !/,$/.test(had.value) ? ', ' : ' ') + v;
            else if (!had) put(prev, fieldOf(f), v, row, CONF.item, rankOf(f));
            const slot = prev[fieldOf(f)];
            if (slot && slot !== had) slot.note = JOINED_NOTE;
            else if (slot && (f === 'name' || f === 'position')) slot.note = JOINED_NOTE;
          }
          return;
        }
        const slot = prev[fieldOf(fields[0])];
        if (slot) {
          slot.value += fields[0] === 'email' ? cell : ' ' + cell;
          slot.note = JOINED_NOTE;
        }
      });
      continue;
    }
    const d: Draft = {};
    cells.forEach((cell, k) => {
      const fields = cols[k] ?? [];
      if (!fields.length || !cell || /^-+$/.test(cell)) return;
      const values: [Column, string][] = fields.length === 1 ? [[fields[0], cell]] : splitCombined(cell, fields);
      for (const [f, v] of values) {
        if (f === 'nip' && isNrp(header[k] ?? '', v)) continue;
        put(d, fieldOf(f), v, row, fields.length === 1 ? CONF.table : CONF.item, rankOf(f) - (waBelowHp && waOnly[k] ? 1 : 0));
      }
    });
    // An e-mail or phone written in a column for something else ("Keterangan": "Dibuatkan akun, email: …");
    // a changed value's "Menjadi" column before its "Semula" one (the new value is the person's).
    byAge(header, cells.length).forEach((k) => {
      const cell = cells[k];
      if ((cols[k] ?? []).length || !cell) return;
      for (const [col, v] of splitCombined(cell, ['email', 'phone'])) {
        const f = fieldOf(col);
        if (d[f]) continue;
        put(d, f, v, row, CONF.guess);
        d[f]!.note = `${f === 'email' ? 'Email' : 'Nomor HP'} diambil dari kolom "${header[k] ?? ''}" — periksa`;
      }
    });
    if (hasAny(d)) {
      if (cells.length > header.length) wider.add(drafts.length);
      if (cols.some((c, k) => c.includes('name') && /,$/.test(cells[k] ?? ''))) openName.add(drafts.length);
      drafts.push(d);
      prevCells = cells;
    }
  }
  // A header without a single row below, its cells single words, is no table: a PDF line of words
  // set apart by justified gaps ("akun⇥auditor⇥SPSE⇥atas⇥nama⇥…⇥NIP⇥19890404") is prose.
  if (j === i + 1 && header.length >= 6 && header.every((h) => !/\s/.test(h.trim()))) return null;
  // "Jabatan Position": a bilingual table's jabatan cell in both languages keeps the Indonesian half.
  const bilingual = header.some((h, k) => cols[k]?.includes('position') && isBilingualPositionHeader(h));
  // "Jabatan / Peran": the SPSE role written behind the jabatan ("Kepala Subbagian Umum / PPK") is no part of it.
  const roleAfter = header.some(isPositionRoleHeader);
  const positionOf = (p: Slot) => (roleAfter ? withoutRoleAfterSlash(p) : bilingual ? indonesianHalf(p) : p);
  const finished = drafts.map((d) => finishDraft(d.position ? { ...d, position: positionOf(d.position) } : d));
  // A row with more cells than its header: a cell split in two ("Dewi Lestari,⇥S.E.") moved the ones after it.
  for (const k of wider) for (const slot of Object.values(finished[k])) slot!.note ??= WIDER_ROW_NOTE;
  for (const k of openName) if (finished[k].name) finished[k].name.note ??= OPEN_NAME_NOTE;
  for (const k of lostNumber) if (finished[k]?.name) finished[k].name!.note ??= LOST_NUMBER_NOTE;
  // A record without a valid NIP in a table that has a NIP column: its cells may have shifted columns.
  // A NIK in a "NIP/NIK" column is in its place.
  const heldNik = (k: number) => !!drafts[k].nip && isNik(nipValue(drafts[k].nip!.value));
  if (named.includes('nip')) for (const d of finished.filter((x, k) => (!x.nip || !validNip(x.nip.value)) && !heldNik(k))) for (const slot of Object.values(d)) slot!.note ??= NO_NIP_ROW_NOTE;
  return { drafts: finished, end: j };
}

// ---------- people in free text ----------

type Span = { start: number; end: number };

/**
 * `text[from, to)` with the spans blanked out (spaces keep every offset), built in one pass over
 * that stretch only: never the whole text once per person (that made long letters quadratic).
 */
function blankWindow(text: string, spans: readonly Span[], from: number, to: number): string {
  const parts: string[] = [];
  let at = from;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, to);
    if (end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/** Name with its title segments, taken from the end of `before` (prose without an anchor word). */
function nameBefore(before: string): string | null {
  const segs = before.replace(/[\s,(]+$/, '').split(',');
  const titles: string[] = [];
  while (segs.length > 1 && isTitleSegment(segs[segs.length - 1])) titles.unshift(segs.pop()!.trim());
  const words = (segs.pop() ?? '').trim().split(/\s+/);
  const taken: string[] = [];
  while (words.length && taken.length < 6) {
    const w = words[words.length - 1];
    if (!/^(?:[A-Z][A-Za-z'`-]*\.?|dr\.)$/.test(w)) break;
    taken.unshift(words.pop()!);
  }
  if (!taken.length) return null;
  return [taken.join(' '), ...titles].join(', ');
}

/** A line that is only a name with titles ("Wahyu Hidayat, S.E., M.M."). */
function looksLikeNameLine(l: Line): boolean {
  if (isBlank(l) || l.text.length > 60 || /[:@\d|\t]/.test(l.raw) || ITEM.test(l.raw)) return false;
  const name = nameAtStart(l.text);
  const words = l.text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  return name !== null && name === collapse(l.text.replace(/\s*,\s*/g, ', ')).replace(/,$/, '') && words.every((w) => /^(?:[A-Z]|dr\.|bin$|binti$)/.test(w));
}

/** The name a line holds alone, also after a list number ("1) Lale Sri, S.Farm" over its labelled lines). */
function nameLineText(l: Line): string | null {
  if (looksLikeNameLine(l)) return l.text;
  const item = ITEM.exec(l.raw);
  if (!item) return null;
  const body = l.raw.slice(item[0].length);
  return looksLikeNameLine({ ...l, raw: body, text: collapse(body) }) ? collapse(body) : null;
}

/** Name at the start of an item: first comma segment plus following title segments. */
function nameAtStart(text: string): string | null {
  // "Rina Wati, S.E.; NIP …; Bendahara": a semicolon ends the name with its titles.
  const segs = text.split(';')[0].split(',');
  const parts = [segs[0].trim()];
  for (let k = 1; k < segs.length && isTitleSegment(segs[k]); k++) parts.push(segs[k].trim());
  const name = parts.join(', ');
  return /[A-Za-z]{2,}/.test(name) && !/@|\d/.test(name) ? name : null;
}

/** The words a jabatan starts with. */
const POSITION_TITLE =
  '(?:Auditor|Kepala|(?:Ka(?:subb?|b)ag|Kaur|Paur)[a-z]*|Kasubbid|Kasubid|Kabid|Kasi|Kasie|Kanit|Panit|Kasat|Bamin|Banum|Staf|Staff|Pejabat|Pengelola|Analis|Pranata|Bendahara|Operator|Ketua|Sekretaris|Anggota|Inspektur|Penyidik|Jaksa|Pengawas|Verifikator|Petugas|Guru|Camat|Lurah|Direktur|Pengadministrasi|Penyusun|Pemeriksa|Penelaah|Fungsional)';

/** A text starting with a jabatan's first word, in any case ("staf Bagian Umum", "guru kelas"). */
const LEADING_TITLE = new RegExp(`^${POSITION_TITLE}\\b`, 'i');

/** A clause that is a position ("…, NIP …, Auditor Ahli Madya, email …"): a title word, then capitalised words. */
const POSITION_CLAUSE = new RegExp(`^${POSITION_TITLE}(?:\\s+(?:[A-Z][A-Za-z.\\/-]*|[IVX]+|\\d+|dan|pada|di|\\/))*$`);

/**
 * The jabatan set in apposition right after a NIP (", NIP 1987…, Kepala Bidang …, dengan …", ", NIP …,
 * guru mata pelajaran Ekonomi yang …", any case): from a title word to the next comma, bracket, full
 * stop or linking word; a unit after "pada" / "di" is the office, not the position.
 */
const APPOSITION = new RegExp(
  `^\\s*\\)?\\s*,\\s*(${POSITION_TITLE}\\b.*?(?:\\s*\\([^()]{2,60}\\))?)(?=\\s*(?:[,;()]|\\.\\s|\\.$|$)|\\s(?:yang|dengan|selaku|sebagai|untuk|serta|e-?mail|surel|hp|nomor|no(?=\\.))\\b)`,
  'i',
);

function apposition(after: string): { value: string; at: number } | null {
  const m = APPOSITION.exec(after);
  if (!m) return null;
  // "… pada Subbagian Tata Usaha": a sub-unit is part of the jabatan (as after "jabatan"); an office is not.
  return { value: collapse(m[1]).split(/\s(?:pada|di)\s(?!(?:Sub\s?bagian|Subbag|Sub\s?bidang|Bidang|Seksi|Sub\s?seksi|Bagian)\b)/)[0], at: m[0].length - m[1].length };
}

/**
 * A procurement role set before the person's name by a comma, in apposition ("akun milik Pejabat
 * Pengadaan sekolah kami, Ibu …"); "User ID PPK kepada Bambang …" names the role asked for, not a position.
 */
const ROLE_BEFORE_NAME = new RegExp(`\\b(${PROCUREMENT_ROLE})((?:\\s+[a-z]+){0,3})\\s*,\\s*(?:${HONORIFIC_WORD}\\s+)?$`);

/** "akun SPSE Pejabat Pengadaan pada Kecamatan Tebing Tinggi atas nama Sdr. …": the account's role, before the name. */
const ACCOUNT_ROLE_BEFORE_NAME = new RegExp(`\\bakun\\s+SPSE\\s+(${PROCUREMENT_ROLE})(?:\\s+(?:pada|di)\\s+[^,.;]{1,80}?)?(?:\\s+atas\\s+nama\\s*:?\\s*(?:${HONORIFIC_WORD}\\s+)?)?\\s*$`);

/** "salah satu anggota Kelompok Kerja Pemilihan pada Bagian …, yaitu Saudari …": the role, then "yaitu" and the name. */
const ROLE_THEN_YAITU = /\b((?:[Aa]nggota|[Kk]etua|[Ss]ekretaris)\s+(?:Kelompok\s+Kerja|Pokja)(?:\s+Pemilihan)?(?:\s+\d+)?|Pejabat Pengadaan|Pejabat Pembuat Komitmen|PPK|Verifikator|Auditor)(?:\s+(?:pada|di)\s+[^,.;]{1,120}?)?\s*,?\s*(?:yaitu|yakni|ialah)\s*$/;

export const ROLE_BEFORE_NOTE = 'Jabatan ditebak dari kalimat sebelum nama — periksa';

/**
 * "jabatan Pranata Komputer pada Subbagian Umum dan Kepegawaian, …": a sub-unit after "pada" is part of
 * it; an office is not. "Jabatannya sekarang Kepala Bidang … (dulu …)", "… semula menjabat A dan sekarang
 * menjabat B": the present one. An acting jabatan's "Plt." / "Plh." / "Pj." does not end it.
 */
const POSITION_WORDS =
  /\b(?:[Ss]elaku|SELAKU|[Ss]ebagai|SEBAGAI|[Jj]abatan(?:\s+dalam\s+(?:[Tt]im|[Pp]okja)|nya(?:\s+(?:sekarang|kini|saat\s+ini|yang\s+baru))?(?:\s+(?:menjadi|jadi|adalah))?)?|JABATAN(?:\s+DALAM\s+(?:TIM|POKJA))?|(?:[Ss]ekarang|[Kk]ini|[Ss]aat\s+ini)\s+menjabat(?:\s+sebagai)?)\s*:?\s+(?!berikut\b|di\s?bawah\b|tersebut\b)(.+?)(?=\s*(?:[,;()]|(?<!\b(?:Plt|Plh|Pj|Pjs|PLT|PLH))\.\s|\.$|$)|\s(?:dengan|yang|dan(?!\s[A-Z])|untuk|pada(?!\s(?:Sub\s?bagian|Subbag|Sub\s?bidang|Bidang|Seksi|Sub\s?seksi|Bagian)\b)|serta|agar|karena|telah|sudah|akan|[Ee]-?mail|[Ss]urel|HP|hp|[Nn]omor|[Nn]o(?=\.))\b|\s(?:me[a-z]{4,}|di[a-z]{5,}|ber[a-z]{3,}|ter[a-z]{4,})\b)/;

type TextPerson = { draft: Draft; spans: Span[] };

/** A full stop that ends a sentence: after a word or a number, not an abbreviation ("No. HP", "Jl. Merdeka"). */
const SENTENCE_END = /(?:[a-z]{3}|\d)\.\s+[A-Z]/;

/** A procurement role, the account asked for ("PPK bagi …", "Pejabat Pengadaan pada …", "Petugas Helpdesk"). */
const SPSE_ROLE_START = new RegExp(`^(?:${PROCUREMENT_ROLE}|PP|Pokja|(?:Petugas\\s+)?Help\\s?desk|Admin(?:istrator)?\\s+Agen(?:cy|si))\\b`, 'i');

/** One person from a numbered item's text or from a stretch of prose around one NIP. */
function personFromText(j: Joined, seg: Span, mode: 'item' | 'prose', conf: number, staff = false): TextPerson {
  const d: Draft = {};
  const text = j.text.slice(0, seg.end);
  const spans: Span[] = [];
  const at = (off: number) => lineAt(j, off);

  // A person named by a staff number that is no NIP (NPP, NRP, NIK): it stands where the NIP would, and is not one.
  const idIn = staff ? STAFF_IN_TEXT : NIP_IN_TEXT;
  idIn.lastIndex = seg.start;
  const nip = idIn.exec(text);
  let nipStart = seg.end;
  if (nip && nip.index < seg.end) {
    nipStart = nip.index;
    spans.push({ start: nip.index, end: nip.index + nip[0].length });
    if (!staff) put(d, 'nip', nip[1] ?? nip[2], at(nip.index), conf);
  }
  for (const m of text.slice(seg.start).matchAll(EMAIL_IN_TEXT)) {
    const off = seg.start + m.index;
    spans.push({ start: off, end: off + m[0].length });
    if (!d.email) put(d, 'email', m[0], at(off), conf);
  }
  // Name.
  let nameSpan: Span | null = null;
  let anchorStart = -1;
  if (mode === 'prose') {
    let anchorEnd = -1;
    ANCHOR.lastIndex = seg.start;
    for (let a = ANCHOR.exec(text); a && a.index < nipStart; a = ANCHOR.exec(text)) {
      anchorEnd = a.index + a[0].length;
      anchorStart = a.index;
    }
    const before = text.slice(anchorEnd >= 0 ? anchorEnd : seg.start, nipStart);
    const raw = anchorEnd >= 0 ? before.split(/\(|\bdengan\b|\byang\b/)[0] : nameBefore(before);
    if (raw && /[A-Za-z]{2,}/.test(raw)) {
      const start = anchorEnd >= 0 ? anchorEnd : seg.start + before.lastIndexOf(raw.split(',')[0]);
      nameSpan = { start, end: nipStart };
      put(d, 'name', raw, at(start), conf);
    } else if (nip && nip.index < seg.end) {
      // "… akun dengan NIP 1980… atas nama Budi Hartono, S.T., email …": the name after the NIP.
      ANCHOR.lastIndex = nip.index + nip[0].length;
      const a = ANCHOR.exec(text);
      const after = a && a.index < seg.end ? nameAtStart(text.slice(a.index + a[0].length, seg.end).split(/\(|@|\s(?:dengan|yang|selaku|sebagai|email|e-mail|NIP)\b/)[0]) : null;
      if (a && after) {
        const start = a.index + a[0].length;
        nameSpan = { start: a.index, end: start + after.length };
        put(d, 'name', after, at(start), conf);
      }
    }
  } else {
    let head = text.slice(seg.start, nipStart).split(/\(|@/)[0].replace(/[\s-]+$/, '');
    // "a. Menonaktifkan akun SPSE atas nama Andi …": the name follows the last "atas nama" / "a.n.".
    const anchor = [...head.matchAll(ANCHOR)].pop();
    const headStart = anchor ? seg.start + anchor.index + anchor[0].length : seg.start;
    if (anchor) head = head.slice(anchor.index + anchor[0].length);
    const raw = nameAtStart(head);
    if (raw) {
      // The span starts at the item's start: the words before the name ("Sdr.", "atas nama") are no position.
      nameSpan = { start: seg.start, end: headStart + head.indexOf(raw.split(',').pop()!.trim()) + raw.split(',').pop()!.trim().length };
      put(d, 'name', raw, at(headStart), conf);
    }
  }
  if (nameSpan) spans.push(nameSpan);
  // Phone, with NIP, e-mail and name blanked out (one character before the segment is kept
  // for the pattern's look-behind).
  const ctx = Math.max(0, seg.start - 1);
  const rest = blankWindow(text, spans, ctx, seg.end);
  PHONE_IN_TEXT.lastIndex = seg.start - ctx;
  const phone = PHONE_IN_TEXT.exec(rest);
  if (phone) {
    const off = ctx + phone.index;
    spans.push({ start: off, end: off + phone[0].length });
    put(d, 'phone', phone[0], at(off), conf);
  }
  // Position.
  const scope = blankWindow(text, spans, seg.start, seg.end);
  const said = POSITION_WORDS.exec(scope);
  // "…, nomor HP 0822-…. Sebagai bahan pertimbangan, …": a "sebagai" in a later sentence is not the person's.
  const nipEnd = nip && nip.index < seg.end ? nip.index + nip[0].length : -1;
  const pos = said && mode === 'prose' && nipEnd >= 0 && seg.start + said.index > nipEnd && SENTENCE_END.test(text.slice(nipEnd, seg.start + said.index + 1)) ? null : said;
  const paren = /\(\s*([^,;()]+?)\s*[,;)]/.exec(scope);
  // Clauses end at a comma, a semicolon, a bracket or a sentence's full stop ("… pada Bappeda. Email …").
  const clauses = mode === 'prose' ? [...scope.matchAll(/(?:[^,;().]|\.(?!\s|$))+/g)].filter((m) => POSITION_CLAUSE.test(collapse(m[0]))) : [];
  const nameStart = anchorStart >= 0 ? anchorStart : nameSpan?.start ?? -1;
  const before = text.slice(seg.start, nameStart);
  const roleBefore = mode === 'prose' && nameStart > seg.start ? ROLE_BEFORE_NAME.exec(before) ?? ACCOUNT_ROLE_BEFORE_NAME.exec(before) ?? ROLE_THEN_YAITU.exec(before) : null;
  // "sebagai PPK bagi …", "ditunjuk sebagai Pejabat Pengadaan", or a "sebagai …" said before the name:
  // the SPSE role asked for. The jabatan set after the NIP, or a position clause, says what the person is.
  const roleOnly = pos && (seg.start + pos.index < nameStart || SPSE_ROLE_START.test(pos[1]));
  // In a numbered sentence too ("1. Sehubungan dengan mutasi Sdr. A, NIP …, Analis …, yang …").
  const appos = nip && nip.index < seg.end ? apposition(text.slice(nip.index + nip[0].length, seg.end)) : null;
  if (pos && !roleOnly) put(d, 'position', pos[1], at(seg.start + pos.index), conf);
  else if (appos) put(d, 'position', appos.value, at(nip!.index + nip![0].length + appos.at), conf);
  else if (pos && !clauses[0]) put(d, 'position', pos[1], at(seg.start + pos.index), conf);
  else if (clauses[0]) {
    // "…, NIP 1978…, Auditor Ahli Madya, email …"
    const m = clauses[0];
    // "Auditor Ahli Pertama pada Inspektorat Kota …": the unit after "pada" is the sender, not the position.
    put(d, 'position', collapse(m[0]).split(/\s(?:pada|di)\s/)[0], at(seg.start + m.index + m[0].search(/\S/)), conf);
  } else if (roleBefore) {
    put(d, 'position', roleBefore[1], at(seg.start + roleBefore.index), CONF.guess);
    d.position!.note = ROLE_BEFORE_NOTE;
  } else if (mode === 'prose' && paren && /[A-Za-z]{3,}/.test(paren[1]) && !/\d|@|\b(nip|email|e-mail|hp|telp|telepon)\b/i.test(paren[1])) {
    // "… NIP 1978… (Pengendali Teknis, email …)"
    put(d, 'position', paren[1], at(seg.start + paren.index), CONF.guess);
  } else if (mode === 'item') {
    // A note in lower case ("(mutasi ke Dinas …)", "tugas belajar") says why, not what the person is
    // ("staf Bagian Umum" still is: a jabatan's first word).
    // "Perawat Ahli Pertama (Pengelola Barang BLUD)": a capitalised part in brackets belongs to the jabatan.
    const candidates = scope
      .split(/[,;]|\s[-–]\s/)
      .flatMap((s) => (/^[^()]*[A-Za-z]\s*\([A-Z][A-Za-z .\/-]{1,58}\)\s*$/.test(s.trim()) ? [s] : s.split(/[()]/)))
      .map((s) => collapse(s))
      .filter((s) => (/^[A-Z]/.test(s) || LEADING_TITLE.test(s)) && /[A-Za-z]{2,}/.test(s) && !/^(nip|nik|email|e-mail|hp|telp|no)\b/i.test(s));
    if (candidates[0]) put(d, 'position', candidates[0], at(seg.start), CONF.guess);
  }
  return { draft: d, spans };
}

/** People between lines `from` and `to`: tables, key–value blocks, numbered items, prose. */
export function findPeople(lines: Line[], from: number, to: number, skip: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let last: ApplicantField | null = null;
  let paraStart = from;
  let teamRole: string | null = null;
  const flush = () => {
    if (cur && hasAny(cur)) drafts.push(finishDraft(cur));
    cur = null;
    last = null;
  };
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (skip.has(i)) {
      flush();
      paraStart = i + 1;
      continue;
    }
    if (isBlank(l)) {
      last = null;
      teamRole = null;
      paraStart = i + 1;
      continue;
    }
    const table = tryTable(lines, i, to) ?? tryColumnPeople(lines, i, to) ?? trySideColumns(lines, i, to) ?? readUnlabelled(lines, i, to) ?? trySlashRecords(lines, i, to);
    if (table) {
      flush();
      drafts.push(...table.drafts);
      i = table.end - 1;
      paraStart = table.end;
      continue;
    }
    const item = ITEM.exec(l.raw) ?? LIST_ITEM_KV.exec(l.raw) ?? bulletPerson(l.raw);
    let body = item ? l.raw.slice(item[0].length) : l.raw;
    // "1. a. Nama : …": the lettered sub-item marker after the number.
    const sub = item && /^[a-z][.)]\s+(?=\S)/.exec(body);
    if (sub) body = body.slice(sub[0].length);
    const read = parseKv(body);
    // "… atas nama Sdr. Hendra Gunawan, S.T." ⏎ "NIP. 1988… sebagai …": the sentence goes on.
    const kv = read?.kind === 'nip' && !cur && !item && continuesSentence(lines, i, paraStart) ? null : read;
    if (!isIndented(l)) teamRole = null;
    if (kv && kv.kind === 'other' && TEAM_ROLE_KEY.test(normKey(kv.key)) && /@|\d{8}/.test(kv.value)) {
      // "Ketua Tim : Lina Marlina, S.E., NIP 1985…, email, HP" (a surat tugas layout): the key is the role.
      flush();
      const wrapped: Line[] = [];
      for (let k = i + 1; k < to && !isBlank(lines[k]) && !skip.has(k) && !ITEM.test(lines[k].raw) && !isIndented(lines[k]) && !parseKv(lines[k].raw) && wrapsAbove(lines[k - 1], lines[k]); k++) wrapped.push(lines[k]);
      const text = collapse(kv.value).replace(ITEM, '');
      const j = joinLines([{ ...l, text }, ...wrapped]);
      i += wrapped.length;
      const { draft } = personFromText(j, { start: 0, end: j.text.length }, 'item', CONF.item);
      teamRole = collapse(kv.key);
      put(draft, 'position', teamRole, l, CONF.kv, 3);
      drafts.push(finishDraft(draft));
      paraStart = i + 1;
      continue;
    }
    if (kv && isPersonKind(kv.kind)) {
      const field = fieldOf(kv.kind);
      const c: Draft | null = cur;
      // "   b. NIP : …" under "1. a. Nama : …": a lettered sub-item filling a field still empty goes on.
      const subItem = item && /^\s*[a-z][.)]/.test(l.raw) && c !== null && !c[field];
      // A second name or NIP starts the next person; a second phone or email does not.
      if (!c || (item && !subItem) || ((field === 'name' || field === 'nip') && c[field])) {
        flush();
        cur = {};
        // "Wahyu Hidayat, S.E." on its own line (or numbered: "1) Wahyu Hidayat, S.E."), then "NIP. 1980…": that line is the name.
        const above = lines[i - 1];
        const name = field !== 'name' && !item && above && i - 1 >= from && !skip.has(i - 1) ? nameLineText(above) : null;
        if (name) put(cur, 'name', name, above, CONF.item);
      }
      last = readKvLine(cur!, kv, l) ?? last;
      continue;
    }
    // "Gelar : S.T., M.T." under "Nama : Budi Santoso": the titles go after the name.
    const titles = kv && cur && (cur as Draft).name && /^gelar\b/.test(normKey(kv.key)) ? collapse(firstColumn(kv.value)).replace(/^[-–]+$/, '') : '';
    if (titles) {
      const name = (cur as Draft).name!;
      (cur as Draft).name = { ...name, value: `${name.value.replace(/,\s*$/, '')}, ${titles}`, note: `Gelar dari baris "${collapse(kv!.key)}" ditambahkan ke nama — periksa` };
      continue;
    }
    if (kv && cur) {
      last = null;
      continue;
    }
    if (cur && last && isIndented(l) && !kv && !item) {
      const slot = (cur as Draft)[last];
      // "Pertama; HP: 0812…; E-mail:": a wrapped value goes on up to the next label of the record.
      const text = firstColumn(l.raw.trim());
      const cut: RegExpExecArray | null = last === 'email' ? null : NEXT_INLINE_LABEL.exec(text);
      if (slot) {
        slot.value += last === 'email' ? text : ' ' + (cut ? text.slice(0, cut.index) : text);
        slot.note = JOINED_NOTE;
      }
      if (cut) last = readKvLine(cur as Draft, { kind: 'other', key: '', value: text.slice(cut.index) }, l) ?? last;
      continue;
    }
    if (item) {
      flush();
      const r = readItem(lines, i, to, skip, item[0].length);
      // "Anggota : 1. …" continued by "          2. …": the role carries on.
      if (r.draft && teamRole) put(r.draft, 'position', teamRole, l, CONF.item, 3);
      if (r.draft) drafts.push(r.draft);
      i = r.end - 1;
      paraStart = r.end;
      continue;
    }
    NIP_IN_TEXT.lastIndex = 0;
    // A NIP may wrap onto the next line ("… NIP 19890404" / "201503 1 002, …").
    const next = i + 1 < to && !skip.has(i + 1) ? lines[i + 1].text : '';
    const hasNip = NIP_IN_TEXT.test(/\d$/.test(l.text) && /^\d/.test(next) ? `${l.text} ${next}` : l.text);
    ANCHOR.lastIndex = 0;
    const anchored = ANCHOR.test(l.text);
    STAFF_IN_TEXT.lastIndex = 0;
    const staffNamed = !hasNip && anchored && STAFF_IN_TEXT.test(STAFF_LABEL_AT_END.test(l.text) ? `${l.text} ${next}` : l.text);
    if (hasNip || staffNamed || (anchored && /@/.test(l.text))) {
      flush();
      let end = i;
      // The paragraph ends at a blank line, the next numbered item, or a table set right under it.
      while (end < to && !isBlank(lines[end]) && !skip.has(end) && !(end > i && (ITEM.test(lines[end].raw) || (/\t/.test(lines[end].raw) && tryTable(lines, end, to))))) end++;
      drafts.push(...readProse(lines.slice(paraStart, end)));
      i = end - 1;
      paraStart = end;
      continue;
    }
    if (!kv) {
      flush();
    }
  }
  flush();
  return drafts;
}

export const UNLABELLED_NOTE = 'Label tidak terbaca; kolom ditebak dari bentuk nilainya — periksa';

const UNLABELLED = /^\s*:\s*(\S.*)$/;

/**
 * Lines of ": value" whose labels are lost (a PDF whose label column did not reach the text): each
 * value goes to the field its shape says (NIP, e-mail, phone, a name, else the position), all flagged;
 * a second name or NIP starts the next person.
 */
function readUnlabelled(lines: Line[], i: number, end: number): { drafts: Draft[]; end: number } | null {
  let j = i;
  while (j < end && UNLABELLED.test(lines[j].raw)) j++;
  if (j - i < 3) return null;
  const drafts: Draft[] = [];
  let d: Draft = {};
  for (let k = i; k < j; k++) {
    const l = lines[k];
    const v = collapse(UNLABELLED.exec(l.raw)![1]);
    const field: ApplicantField = EMAIL_IN_TEXT.test(v) ? 'email' : NIP_DIGITS.test(v) ? 'nip' : PHONE_WHOLE.test(v) ? 'phone' : looksLikeNameLine({ ...l, raw: v, text: v }) && !POSITION_CLAUSE.test(v) ? 'name' : 'position';
    EMAIL_IN_TEXT.lastIndex = 0;
    if (d[field] && (field === 'name' || field === 'nip')) {
      drafts.push(d);
      d = {};
    }
    put(d, field, v, l, CONF.guess);
    if (d[field]) d[field]!.note = UNLABELLED_NOTE;
  }
  drafts.push(d);
  const people = drafts.filter((x) => x.nip || x.email || x.phone);
  return people.length ? { drafts: people.map(finishDraft), end: j } : null;
}

/** Line `i` carries on the sentence of the line above (prose naming a person, not a name line or a label). */
function continuesSentence(lines: Line[], i: number, paraStart: number): boolean {
  const above = lines[i - 1];
  if (i - 1 < paraStart || isBlank(above) || parseKv(above.raw) || looksLikeNameLine(above) || /[:;]$/.test(above.text)) return false;
  ANCHOR.lastIndex = 0;
  return ANCHOR.test(above.text) || /\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b/.test(above.text);
}

/**
 * `l` carries on the line above, wrapped without an indent (as a PDF wraps): after a comma, a
 * semicolon or a dash, or starting in lower case after a line not ended by a full stop.
 */
function wrapsAbove(above: Line, l: Line): boolean {
  return /[,;\-–]$/.test(above.text) || (/^[a-z0-9]/.test(l.text) && !/[.:!?]$/.test(above.text));
}

/**
 * A stacked item: the number's line a name alone, a labelled line (its "NIP. …") on a line of its
 * own below it ("1. Kristo Nabit, S.E." ⏎ "NIP. 1986…" ⏎ "Kepala Subbagian Keuangan" ⏎ "kristo@… / 0813…").
 */
function stackedItem(first: Line, labelled: number): boolean {
  return labelled > 0 && looksLikeNameLine({ ...first, raw: first.text });
}

/**
 * The unlabelled lines of a stacked item each hold a field of their own: each ends its clause (a comma
 * added), unless it already ends in a separator or the next line goes on in lower case (a wrap).
 */
function stackedFields(free: Line[]): Line[] {
  return free.map((l, k) => {
    const next = free[k + 1];
    if (!next || /[,;:/\-–]$/.test(l.text) || /^[a-z]/.test(next.text)) return l;
    return { ...l, text: `${l.text},` };
  });
}

/** A numbered item: its first line plus indented continuation lines. */
function readItem(lines: Line[], i: number, end: number, skip: Set<number>, prefixLen: number): { draft: Draft | null; end: number } {
  const first = { ...lines[i], text: collapse(lines[i].raw.slice(prefixLen)) };
  const free: Line[] = [first];
  const kvs: { kv: Kv; line: Line }[] = [];
  let j = i + 1;
  for (; j < end; j++) {
    const l = lines[j];
    // The next bullet naming a person ("- Sdr. …, NIP …") is the next item, indented as it may be.
    if (isBlank(l) || skip.has(j) || ITEM.test(l.raw) || bulletPerson(l.raw) || (!isIndented(l) && !wrapsAbove(lines[j - 1], l))) break;
    const kv = parseKv(l.raw);
    if (kv && kv.kind !== 'other') kvs.push({ kv, line: l });
    // "Pangkat/Gol : Penata / III-c" under the name: a label not read is no part of the name or position.
    else if (kv && kv.value.trim() && kv.key.split(/\s+/).length <= 3 && !/[@\d]{8}/.test(kv.key)) continue;
    else free.push(l);
  }
  const joined = joinLines(stackedItem(first, kvs.length) ? stackedFields(free) : free);
  const { draft } = personFromText(joined, { start: 0, end: joined.text.length }, 'item', CONF.item);
  for (const { kv, line } of kvs)
    for (const part of splitInlineKv(kv)) {
      const field = applyKv(draft, part, line, CONF.kv);
      if (field && part.note && draft[field]?.line === line) draft[field]!.note = part.note;
    }
  const isPerson = draft.nip || draft.email || draft.phone;
  return { draft: isPerson ? finishDraft(draft) : null, end: j };
}

/** People named inside sentences: one per NIP ("atas nama Dr. Budi …, NIP 1980…"). */
function readProse(para: Line[]): Draft[] {
  const j = joinLines(para);
  const nips: number[] = [];
  NIP_IN_TEXT.lastIndex = 0;
  for (let m = NIP_IN_TEXT.exec(j.text); m; m = NIP_IN_TEXT.exec(j.text)) nips.push(m.index);
  // No NIP: people named by another staff number ("atas nama Sdr. Edi Suprapto, NPP 1998.0412.011, Kepala Seksi …").
  const staff = !nips.length;
  STAFF_IN_TEXT.lastIndex = 0;
  if (staff) for (const m of j.text.matchAll(STAFF_IN_TEXT)) nips.push(m.index);
  if (!nips.length) {
    const { draft } = personFromText(j, { start: 0, end: j.text.length }, 'prose', CONF.prose);
    return draft.name && (draft.email || draft.phone) ? [finishDraft(draft)] : [];
  }
  const out: Draft[] = [];
  let start = 0;
  nips.forEach((nipAt, k) => {
    // The segment runs to the next person's name (the anchor before the next NIP), or the end.
    let end = j.text.length;
    if (k + 1 < nips.length) {
      end = nips[k + 1];
      ANCHOR.lastIndex = nipAt;
      for (let a = ANCHOR.exec(j.text); a && a.index < nips[k + 1]; a = ANCHOR.exec(j.text)) end = a.index;
      if (end === nips[k + 1]) {
        const back = j.text.slice(nipAt, nips[k + 1]);
        const cut = Math.max(back.lastIndexOf(';'), back.lastIndexOf(' dan '));
        if (cut > 0) end = nipAt + cut + 1;
      }
    }
    const { draft } = personFromText(j, { start, end }, 'prose', CONF.prose, staff);
    if (!staff || draft.name) out.push(draft);
    start = end;
  });
  if (out.length >= 2) shareOut(j, nips[nips.length - 1], out);
  return out.map(finishDraft);
}

export const SHARED_NOTE = 'Nilai dibagi menurut urutan ("masing-masing …", "keduanya …") dalam kalimat — periksa';

/** "keduanya Pengelola Pengadaan Ahli Pertama pada …", "masing-masing Analis …": one jabatan said of everyone named ("sebagai …" names the role asked). */
const SHARED_POSITION = new RegExp(
  `\\b(?:keduanya|ketiganya|keempatnya|kesemuanya|semuanya|masing-masing)\\s+(?:adalah\\s+)?(${POSITION_TITLE}\\b.*?)(?=\\s*(?:[,;()]|\\.\\s|\\.$|$)|\\s(?:pada|di|dengan|yang|untuk|dan)\\b)`,
);

/**
 * Several people named in one sentence, their e-mails and phones listed after the last NIP "masing-masing
 * a@x dan b@y" (as many as the people): given in order; a jabatan said of them all ("keduanya …"): given
 * to each. Flagged.
 */
function shareOut(j: Joined, lastNip: number, people: Draft[]): void {
  const tail = j.text.slice(lastNip);
  const shared = SHARED_POSITION.exec(j.text);
  // "masing-masing Pejabat Pengadaan": the SPSE role asked for, not a jabatan.
  if (shared && !SPSE_ROLE_START.test(shared[1])) {
    const at = lineAt(j, shared.index);
    for (const d of people) d.position = { value: collapse(shared[1]), line: at, conf: CONF.prose, rank: 3, note: SHARED_NOTE };
  }
  if (!/\bmasing-masing\b/i.test(tail)) return;
  // Fresh copies: matchAll starts at a shared pattern's lastIndex.
  const listed = (re: RegExp) => [...tail.matchAll(new RegExp(re.source, 'g'))].map((m) => ({ value: m[0], at: lastNip + m.index }));
  const emails = listed(EMAIL_IN_TEXT);
  const phones = listed(PHONE_IN_TEXT);
  // Only when the whole paragraph lists them there: one each, none beside a name.
  const all = (re: RegExp) => [...j.text.matchAll(new RegExp(re.source, 'g'))].length;
  if (emails.length === people.length && all(EMAIL_IN_TEXT) === emails.length)
    people.forEach((d, k) => (d.email = { value: emails[k].value, line: lineAt(j, emails[k].at), conf: CONF.prose, rank: 0, note: SHARED_NOTE }));
  if (phones.length === people.length && all(PHONE_IN_TEXT) === phones.length)
    people.forEach((d, k) => (d.phone = { value: phones[k].value, line: lineAt(j, phones[k].at), conf: CONF.prose, rank: 0, note: SHARED_NOTE }));
}
