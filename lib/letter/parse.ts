import { REPLY_MARKS, webmailHeader, WEBMAIL_SENDER_NOTE, WEBMAIL_SUBJECT_NOTE } from './webmail-header';
import { CHAT_LETTER_NUMBER_NOTE, letterNumberInChat, letterNumberInMail, MAIL_LETTER_NUMBER_NOTE } from './said-letter-number';
import { asksCreateAndReset, headsCreateAndReset } from './create-or-reset';
import { findProblems } from './problems';
import { fieldPath, type Applicant, type RequestedPerson, type ApplicantField, type FieldEvidence, type LetterInfo, type LetterRole, type ParsedLetter, type Signatory } from './schema';
import { applyKv, classifyKey, finishDraft, findPeople, isPersonKind, ITEM, normKey, parseKv, type Draft, type Kv } from './people';
import { cellDelimiter, cleanName, collapse, despace, firstColumn, isBlank, isIndented, isTitleSegment, toLines, type Line } from './text';
import { checkNip, findDates, monthNumber } from './validate';
import { tickedOptions, withoutEmptyOptions } from './check-boxes';
import { assertLetterLength } from './limits';
import { asksResetAndMore, requestActions } from './actions';
import { findAssignment } from './assignment';
import { RADIOGRAM_NOTE, readRadiogram } from './radiogram';
import { giveNamedEmails, namedEmailLines } from './named-emails';
import { ownUnitLine } from './kop-unit';
import { requestAnswers, reshapeLayouts, sameNumbers, untickedOptionsLine } from './layouts';
import { lostPeople } from './lost-people';

/*
 * Request-letter parser. Works line by line:
 *  1. the letter head (kop), the header fields (Nomor, Tanggal, Hal/Perihal, Dari) and the date line;
 *  2. the signature zone (after "Demikian …" / "Hormat kami" / "a.n."), whose name and NIP are the
 *     signatory, and "yang bertanda tangan di bawah ini" blocks, which are the signatory too;
 *  3. the people between (people.ts), and in an attachment after the signature.
 * Every value keeps the line it came from and a confidence.
 */

const RANK_LINE = /^(pembina|penata|pengatur|juru|jaksa|ajun|ajudan)\b|\([IV]{1,3}\s*\/\s*[a-e]\)/i;
const CLOSING = /\b(demikian|atas perhatian|agar dilaksanakan|untuk menjadi maklum|terima\s?kasih)\b/i;
const SIGN_START = /^(hormat kami|a\.\s?n\.?|an\.|plt\.?|plh\.?|pemohon|mengetahui|menyetujui)\b|^(kepala|inspektur|camat|lurah|direktur|sekretaris|ketua|kabag|kasubbag|pejabat)\b[^:]{0,80}$/i;
const SIGNER_INTRO = /yang\s+bertanda\s*tangan\s+di\s*bawah\s+ini/i;
const ADDRESS = /^(jl\.?|jln\.?|jalan|alamat|telp|telepon|tlp|fax|faks|faksimile|laman|website|web|e-?mail|surel|kode pos|komplek|kompleks|po box|http|www)\b|@|www\.|\btelp\b|kode pos|\d{5}/i;
const TITLE_LINE = /^(nota dinas|memo|surat\b|memorandum|formulir|form\b|lembar)/i;

/** A mail's Subject, or a helpdesk ticket's "Judul": either gives way to the letter's own Hal / Perihal. */
const isMailSubject = (key: string) => /^(?:subj(?:ect|ek)?|judul)$/i.test(key.trim());

const MAIL_KEY = /^(?:from|dari|date|tanggal|sent|dikirim|terkirim|subject|subjek|to|kepada|cc|bcc)\s*:/i;
/** A mail header's date key besides "Date" / "Tanggal": Outlook's "Sent" / "Terkirim" / "Dikirim". */
const MAIL_DATE_KEY = /^(?:sent|dikirim|terkirim)$/;
const MAIL_SUBJECT_KEY = /^(?:subject|subjek)\s*:/i;

/**
 * The lines of a forwarded mail's header block ("From: …", "Date: …", "Subject: …", "To: …" with
 * an address or a "Forwarded message" rule): they describe the mail, not the letter inside it.
 */
function mailHeaderLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let keys = 0;
    let subject = false;
    let mailLike = false;
    for (; j < lines.length && !isBlank(lines[j]); j++) {
      const t = lines[j].text;
      if (MAIL_KEY.test(t)) keys++;
      if (MAIL_SUBJECT_KEY.test(t)) subject = true;
      if (/@|forwarded|terusan|original message|pesan asli/i.test(t)) mailLike = true;
    }
    if (keys >= 3 && subject && mailLike) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * The address of a mail's sender ("Hendrik Sinaga <hendrik.s@…>") when the mail asks for the sender's own
 * account: one person, no e-mail of their own, whose name holds every word of the sender's name.
 */
function mailOwnAddress(sender: string, drafts: readonly Draft[]): string | null {
  const m = /^(.+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(sender);
  if (!m || drafts.length !== 1 || drafts[0].email || !drafts[0].name) return null;
  const words = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);
  const said = words(m[1]);
  const name = new Set(words(drafts[0].name.value));
  return said.length >= 2 && said.every((w) => name.has(w)) ? m[2].toLowerCase() : null;
}

const LOST_TICKS_NOTE = 'Pilihan jenis permohonan tanpa centang yang terbaca; jenis permintaan ditebak — periksa';

// ---------- evidence ----------

/** Why a value with this confidence needs a look (none: read verbatim from a clean labelled line). */
function noteFor(path: string, conf: number): string | undefined {
  if (conf >= 0.9) return undefined;
  if (path === 'letter.sender') return conf >= 0.85 ? undefined : 'Instansi pengirim ditebak dari jabatan penanda tangan — periksa';
  if (path === 'letter.role') return 'Peran SPSE ditebak dari isi surat (perihal tidak menyebutnya) — periksa';
  if (path.startsWith('letter.')) return 'Dibaca dari beberapa baris — periksa';
  if (conf >= 0.8) return 'Dibaca dari butir daftar tanpa label kolom — periksa';
  if (conf >= 0.7) return 'Dibaca dari kalimat surat, bukan dari baris berlabel — periksa';
  return 'Ditebak dari teks di sekitarnya — periksa';
}

// ---------- the letter ----------

type Found<T> = { value: T; line: Line; conf: number; note?: string } | null;

function lastColumn(raw: string): string {
  const cols = raw.split(/\t| {4,}/).map((c) => c.trim()).filter(Boolean);
  return cols[cols.length - 1] ?? '';
}

/** "Tanjungpandan, 3 Maret 2026" or a date alone (possibly in a right-hand column). */
function dateLine(l: Line): { iso: string | null; place: string | null; reasons: string[] } | null {
  // "3 Maret 2026 M / 13 Ramadhan 1447 H": the Hijri date after the Gregorian one is dropped.
  const seg = lastColumn(l.raw).replace(/\s+M\.?(?:\s*\/.*\bH\.?)?$/, '');
  const dates = findDates(seg);
  const d = dates[dates.length - 1];
  if (!d) return null;
  if (!/^\s*\.?$/.test(seg.slice(d.index + d.text.length))) return null;
  // "Tanjungpandan, Senin, 12 Januari 2026": the day name is not the place.
  let prefix = collapse(seg.slice(0, d.index));
  const day = /(^|,)\s*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?$/i.exec(prefix);
  if (day) prefix = prefix.slice(0, day.index) + (day[1] ? ',' : '');
  // "Makassar, tanggal 23 Maret 2026" (a line starting "tanggal …" is a sentence going on).
  const word = /,\s*(?:tanggal|tgl\.?)\s*$/i.exec(prefix);
  if (word) prefix = prefix.slice(0, word.index) + ',';
  if (prefix === '') return { iso: d.iso, place: null, reasons: d.reasons };
  const place = /^([A-Z][A-Za-z.' -]{1,40}?)\s*,$/.exec(prefix);
  return place ? { iso: d.iso, place: place[1], reasons: d.reasons } : null;
}

/** A date inside a file name ("00000031-PHOTO-2026-10-12-09-16-40.jpg", "SK-2026-10-12.pdf") dates the file, not the letter. */
function inFileName(text: string, at: number): boolean {
  return /^\S*\.(?:pdf|jpe?g|png|heic|webp|docx?|xlsx?|zip|rar|opus|mp4)\b/i.test(text.slice(text.lastIndexOf(' ', at) + 1));
}

function findTembusan(lines: Line[]): number {
  for (let i = lines.length - 1; i > lines.length / 3; i--) {
    if (/^\s*tembusan\b(?:\s*(?:yth\.?)?\s*:?\s*$)/i.test(lines[i].raw)) return i;
  }
  return lines.length;
}

/** The line after the Tembusan list: its items run to a blank line, a table row or a lampiran heading. */
function tembusanEnd(lines: Line[], tembusan: number): number {
  let k = tembusan + 1;
  while (k < lines.length && !isBlank(lines[k]) && !cellDelimiter(lines[k].raw) && !/^(?:lampiran|daftar|nama\b|no\b)/i.test(lines[k].text)) k++;
  return k;
}

/** The line after the signature block: after the signatory's NIP (or name), else the end of the zone. */
function signatureEnd(lines: Line[], start: number, end: number, sig: { name: Found<string>; nip: Found<string> }): number {
  const last = sig.nip?.line ?? sig.name?.line;
  if (!last) return lines.length;
  const idx = last.n - 1;
  return idx >= start && idx < end ? idx + 1 : end;
}

function findSignatureStart(lines: Line[], end: number): number {
  let closing = -1;
  for (let i = 0; i < end; i++) if (CLOSING.test(lines[i].text)) closing = i;
  if (closing >= 0) {
    // The closing sentence ends at a full stop or a blank line (PDF text has no blank lines).
    for (let s = closing; s < end; s++) {
      if (isBlank(lines[s])) return s;
      if (/[.!]$/.test(lines[s].text)) return s + 1;
    }
    return end;
  }
  // No closing sentence: the last signing line ("Kepala …", "a.n.", "Hormat kami") with no person data after it.
  for (let i = end - 1; i >= 0; i--) {
    const l = lines[i];
    if (/@/.test(l.text) || ITEM.test(l.raw) || /[|\t]/.test(l.raw)) break;
    const kv = parseKv(l.raw);
    if (kv && isPersonKind(kv.kind) && kv.kind !== 'nip') break;
    if (SIGN_START.test(l.text)) return signatureTop(lines, i);
  }
  return end;
}

/**
 * The top of a signature zone found at line `at`: signatures read one after the other (a Word layout
 * table read cell by cell: "Mengetahui, / Camat …, / name / NIP", then "Pemohon, / name / NIP") make
 * one zone, so the zone starts at the highest signing line above `at` reached over signature-like
 * lines only (names, NIPs, date lines, blanks) — never over a labelled line, an item or a sentence.
 */
function signatureTop(lines: Line[], at: number): number {
  let top = at;
  for (let k = at - 1; k >= 0; k--) {
    const l = lines[k];
    if (isBlank(l)) continue;
    if (SIGN_START.test(l.text)) {
      top = k;
      continue;
    }
    const nip = /^N\s?I\s?P\b/i.test(l.text);
    const nameLike = l.text.length <= 60 && /^[A-Z]/.test(l.text) && !/[:@|\t]/.test(l.raw) && !/\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b/.test(l.text);
    if (ITEM.test(l.raw) || isIndented(l) || !(nip || dateLine(l) || nameLike)) break;
  }
  return top;
}

/**
 * A mail's signature ("Salam," / "Rina Marlina" / "Operator SPSE" / "HP 0813…"): the name right under the
 * salutation, when contact lines follow it — a letter puts the name last, under the title.
 */
function mailSignatureName(lines: Line[], start: number, end: number, looksLikeName: (l: Line) => boolean): Line | null {
  const salute = lines.findIndex((l, i) => i >= start && i < end && /^(?:salam|hormat\s+(?:kami|saya)|regards|best regards|wassalam\S*)\b[^.]{0,30},?$/i.test(l.text));
  if (salute < 0) return null;
  let k = salute + 1;
  while (k < end && isBlank(lines[k])) k++;
  const contact = lines.slice(k + 1, end).some((l) => /@|(?:\+62|62|0)8\d{7}/.test(l.text.replace(/[\s.-]/g, '')));
  return k < end && contact && looksLikeName(lines[k]) ? lines[k] : null;
}

/** Line `i` holds only academic titles, wrapped from the name above it ("Bambang Adji, S.E.," / "M.M."). */
function titlesUnder(lines: Line[], i: number, start: number): boolean {
  const above = lines[i - 1];
  return i - 1 >= start && /,$/.test(above.text) && /[A-Za-z]{3,}/.test(above.text) && lines[i].text.split(',').every(isTitleSegment);
}

function signatoryIn(all: Line[], start: number, end: number): { name: Found<string>; nip: Found<string> } {
  // Two signatures side by side ("Mengetahui," left, "Pemohon," right): the left one is read.
  const lines = all.map((l, i) => {
    if (i < start || i >= end) return l;
    const first = firstColumn(l.raw.trim());
    return { ...l, raw: first, text: collapse(first) };
  });
  let nipIdx = -1;
  let nipVal: string | null = null;
  for (let i = start; i < end && nipIdx < 0; i++) {
    const m = /\bN\s?I\s?P\b\s*[.:]?\s*(\d(?:[ .-]?\d){15,19})/i.exec(lines[i].text);
    if (m) {
      nipIdx = i;
      nipVal = m[1];
    }
  }
  const looksLikeName = (l: Line) =>
    !isBlank(l) &&
    !/:/.test(l.text) && !/,$/.test(l.text) && !/^(ttd|t\.t\.d|cap|materai)\b/i.test(l.text) && !RANK_LINE.test(l.text) && !dateLine(l) && /[A-Za-z]{2,}/.test(l.text) && l.text.length <= 70;
  let nameLine: Line | null = null;
  if (nipIdx >= 0) {
    for (let i = nipIdx - 1; i >= start; i--) {
      if (isBlank(lines[i]) || RANK_LINE.test(lines[i].text)) continue;
      if (looksLikeName(lines[i]) || titlesUnder(lines, i, start)) nameLine = lines[i];
      break;
    }
  } else {
    nameLine = mailSignatureName(lines, start, end, looksLikeName);
    for (let i = end - 1; i >= start && !nameLine; i--) {
      if (isBlank(lines[i])) continue;
      if (looksLikeName(lines[i])) nameLine = lines[i];
      break;
    }
  }
  // "H. MUHAMMAD AMRULLAH," / "S.T., M.Si.": titles wrapped under the name (a narrow signature column).
  const wrapped = nameLine !== null && titlesUnder(lines, nameLine.n - 1, start);
  const signer = wrapped ? lines[nameLine!.n - 2] : nameLine;
  return {
    name: nameLine ? { value: cleanName(wrapped ? `${signer!.text} ${nameLine.text}` : nameLine.text), line: signer!, conf: 0.85 } : null,
    nip: nipIdx >= 0 && nipVal ? { value: checkNip(nipVal).value, line: lines[nipIdx], conf: 0.9 } : null,
  };
}

const ROLE_PATTERNS: [LetterRole, RegExp][] = [
  ['password-reset', /reset\s*(?:password|kata\s*sandi|akun|user)|(?:atur|pengaturan)\s*ulang\s*(?:kata\s*sandi|password)|lupa\s*(?:password|kata\s*sandi)|(?:penggantian|pemulihan)\s*(?:password|kata\s*sandi)|password\s*reset/gi],
  ['admin-agency', /admin(?:istrator)?\s*agen(?:cy|si)/gi],
  ['verifikator', /verifikator/gi],
  ['helpdesk', /help\s*-?\s*desk/gi],
  ['pokja', /\bpokja\b|kelompok\s*kerja/gi],
  ['ppk', /\bppk\b|pejabat\s*pembuat\s*komitmen/gi],
  ['pp', /\bpp\b|pejabat\s+pengadaan/gi],
  ['auditor', /\bauditor\b|\bapip\b|\baph\b|\baudit\b|\bpemeriksa(?:an)?\b|penyelidik(?:an)?\b/gi],
];

/** Words before a date saying when something takes effect or ends ("pensiun per 1 Nov 2026", "sejak", "TMT"): not the letter's date. */
const EFFECTIVE_FROM = /\b(?:per|sejak|mulai|terhitung(?:\s+mulai)?|tmt|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?:tanggal|tgl\.?)?\s*$/i;

/** The role asked for: the subject decides (a reset first, else the role named first), else the body. */
function guessRole(subject: string | null, body: string): { role: LetterRole; conf: number; alsoNamed: LetterRole[] } | null {
  if (subject) {
    const named: { role: LetterRole; at: number }[] = [];
    for (const [role, re] of ROLE_PATTERNS) {
      re.lastIndex = 0;
      const m = re.exec(subject);
      if (m) named.push({ role, at: m.index });
    }
    named.sort((a, b) => a.at - b.at);
    const reset = named.findIndex((n) => n.role === 'password-reset');
    // "Akun Baru dan Reset Kata Sandi … Pejabat Pengadaan": the reset is a request; the role is the account's.
    // "Penggantian PPK dan Reset Password": a reset beside another request — the role is the account's too.
    if (reset >= 0 && named.length > 1 && (asksCreateAndReset(subject) || asksResetAndMore(subject))) named.splice(reset, 1);
    else if (reset >= 0) named.unshift(...named.splice(reset, 1));
    if (named.length) return { role: named[0].role, conf: reset >= 0 ? 0.95 : 0.9, alsoNamed: named.slice(1).map((n) => n.role) };
  }
  let top: { role: LetterRole; n: number } | null = null;
  const mixed = headsCreateAndReset(body);
  for (const [role, re] of ROLE_PATTERNS) {
    const n = (body.match(re) ?? []).length;
    if (n && role === 'password-reset' && !mixed) return { role, conf: 0.75, alsoNamed: [] };
    if (role === 'password-reset') continue;
    if (n && (!top || n > top.n)) top = { role, n };
  }
  return top ? { role: top.role, conf: 0.6, alsoNamed: [] } : null;
}

/** Office names in a letter head are capitals ("RSUD dr. H. MAROEF SOEMARNO" still counts). */
function mostlyUpper(t: string): boolean {
  const upper = (t.match(/[A-Z]/g) ?? []).length;
  const lower = (t.match(/[a-z]/g) ?? []).length;
  return upper >= 4 * lower;
}

/** Words that open the name of an office (a unit under a government or ministry). */
const OFFICE_WORD = /\b(?:DINAS|BADAN|KANTOR|SEKRETARIAT|INSPEKTORAT|BAGIAN|BIRO|KECAMATAN|KELURAHAN|DESA|RSUD|RUMAH SAKIT|PUSKESMAS|SMP|SMA|SMK|SD|MTS|MAN|UPT|UPTD|SATUAN|UNIT|PERWAKILAN|KEJAKSAAN|KEPOLISIAN|KEMENTERIAN|DIREKTORAT|LEMBAGA|KOMISI|POLITEKNIK|UNIVERSITAS)\b/;

/** "Kepala Bagian Tata Usaha, Kantor Wilayah …": a signer's title, a comma, then the office's name. */
const TITLE_THEN_OFFICE = new RegExp(String.raw`^(?:(?:plt|plh)\.?\s+)?(?:kepala|sekretaris|direktur|ketua|camat|lurah|inspektur|kabag|kasubbag|kabid)\b[^,]{0,80},\s*(${OFFICE_WORD.source}.*)$`, 'i');

function officeAfterTitle(value: string): string | null {
  return TITLE_THEN_OFFICE.exec(value)?.[1] ?? null;
}

/**
 * A kop line that names only the parent of the sending office: "PEMERINTAH KABUPATEN …" (and a
 * line it wraps onto, holding no office word: "LEMATANG ILIR"), or a ministry line whose name (two
 * words or more, "REPUBLIK INDONESIA" aside) the office line below repeats ("KEMENTERIAN AGAMA
 * REPUBLIK INDONESIA" over "KANTOR KEMENTERIAN AGAMA KABUPATEN LAHAT").
 */
function isParentKopLine(names: string[], i: number): boolean {
  const t = names[i];
  if (/^PEMERINTAH\b/.test(t)) return true;
  if (i > 0 && /^PEMERINTAH\b/.test(names[i - 1]) && !OFFICE_WORD.test(t) && names.slice(i + 1).some((n) => OFFICE_WORD.test(n))) return true;
  const core = t.replace(/\s*\bREPUBLIK INDONESIA\b\s*/g, ' ').trim();
  return core.split(/\s+/).length >= 2 && names.slice(i + 1).some((n) => n !== t && n.includes(core));
}

/** A rule between a forwarding note and the letter typed below it ("---", "_____", "* * *"). */
const SEPARATOR_LINE = /^\s*(?:[-_=*~]\s*){3,}$/;

/**
 * The kop's office name. In a forwarded mail the letter's head may follow the sender's note, after
 * a rule line ("Terlampir kami sampaikan … / --- / INSPEKTORAT KOTA …"): looked for there too.
 */
function kopSender(lines: Line[], mail: Set<number>): Found<string> {
  const found = kopSenderFrom(lines, mail, 0);
  if (found) return found;
  if (!mail.size) {
    // A letter quoted under a ticket's note: its letterhead starts a block of its own, before any label.
    const opensLetter = (kv: Kv | null) => kv !== null && (isPersonKind(kv.kind) || /^(?:nomor|no|hal|perihal)$/.test(kv.key));
    for (let i = 1; i < lines.length && !opensLetter(parseKv(lines[i].raw)); i++) {
      const t = lines[i].text;
      if (isBlank(lines[i - 1]) && officeName(lines[i]) && (/^PEMERINTAH\b/.test(t) || OFFICE_WORD.test(t))) return kopSenderFrom(lines, mail, i);
    }
    return null;
  }
  const afterMail = Math.max(...mail) + 1;
  const rule = lines.findIndex((l, i) => i >= afterMail && SEPARATOR_LINE.test(l.text));
  // A rule under the mail starts the letter — unless it is the kop's own rule, the letterhead above it.
  const underRule = rule >= 0 ? kopSenderFrom(lines, mail, rule + 1) : null;
  if (underRule) return underRule;
  // The earlier mail quoted under the note, its header without addresses ("From: Subbag …" / "Sent: …"
  // / "To: …" / "Subject: …", 3 or more lines): the letter's kop is looked for under it.
  const quoted = quotedMailHeaderEnd(lines, afterMail);
  if (quoted !== null) {
    const found = kopSenderFrom(lines, mail, quoted);
    if (found) return found;
  }
  // "Berikut isi surat Kepala Bagian:" / blank / "PEMERINTAH KABUPATEN …": a letterhead starting a
  // block of its own below the mail's note, before the letter's first label.
  for (let i = afterMail; i < lines.length && (parseKv(lines[i].raw)?.kind ?? 'other') === 'other'; i++) {
    const t = lines[i].text;
    if (isBlank(lines[i - 1]) && mostlyUpper(t) && (/^PEMERINTAH\b/.test(t) || OFFICE_WORD.test(t))) return kopSenderFrom(lines, mail, i);
  }
  return null;
}

/** The line after the first block of 3 or more mail header lines from `from` on, or null. */
function quotedMailHeaderEnd(lines: Line[], from: number): number | null {
  for (let i = from; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && MAIL_KEY.test(lines[j].text)) j++;
    if (j - i >= 3) return j;
  }
  return null;
}

/** A browser's or app's print header on a printed page's first line: "27/11/2026 10:22 WITA<TAB>SIPD-RI | Cetak". */
const PRINT_HEADER = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*(?:WIB|WITA|WIT|AM|PM))?(?:\t|\s{2,})\S/i;

function kopSenderFrom(lines: Line[], mail: Set<number>, start: number): Found<string> {
  const block: Line[] = [];
  for (const [i, l] of lines.entries()) {
    if (i < start) continue;
    // A forwarded mail's header comes before the letter's own head; a print header before the kop.
    if (mail.has(i) || (!block.length && PRINT_HEADER.test(l.raw))) continue;
    if (isBlank(l)) {
      if (block.length) break;
      continue;
    }
    if (TITLE_LINE.test(l.text) || parseKv(l.raw) || dateLine(l) || /^(kepada|yth)\b/i.test(l.text)) break;
    block.push(l);
  }
  const names = block
    .map((l) => ({ l, t: collapse(despace(l.raw.trim())) }))
    // "=== TIKET LAYANAN #… ===": a ticket's banner, framed by rules, names no office.
    .filter(({ t }) => !ADDRESS.test(t) && !/^[\s_=*~.-]+$/.test(t) && !/^[=*~#-]+\s.*\s[=*~#-]+$/.test(t) && /[A-Z]{2,}/.test(t) && mostlyUpper(t));
  const kept = names.length > 1 ? names.filter((n, i) => !isParentKopLine(names.map((x) => x.t), i)) : names;
  if (!kept.length) return null;
  // A chat's capitals are a caption ("*PPK KEGIATAN 1*" over a record) unless they name an office.
  if (kept.every(({ l, t }) => l.chat && !/^PEMERINTAH\b/.test(t) && !OFFICE_WORD.test(t))) return null;
  // "DINAS PENDIDIKAN" / "SMA NEGERI 1 …", "DINAS KESEHATAN" / "UPT PUSKESMAS …", "KECAMATAN …" /
  // "KELURAHAN …": the school or unit on the last line writes and signs its letters; the offices above are its parents.
  const unit = ownUnitLine(kept.map((k) => k.t));
  if (unit) {
    const own = kept[unit.index];
    const above = kept.slice(0, unit.index).map((k) => k.t).join(' ');
    const value = kept.slice(unit.index, unit.index + unit.count).map((k) => k.t).join(' ');
    return { value, line: own.l, conf: 0.85, note: `Instansi pengirim diambil dari baris ${unit.kind === 'school' ? 'sekolah' : 'unit'} pada kop; baris di atasnya ("${above}") dilewati — periksa` };
  }
  return {
    value: kept.map((k) => k.t).join(' '),
    line: kept[0].l,
    conf: 0.85,
    ...(kept.length > 1 && { note: `Instansi pengirim digabung dari ${kept.length} baris kop surat — periksa` }),
  };
}

/**
 * The lines of the letter head: from the first line, while each is an office name in capitals (not a
 * "Key : value" line) or an address / contact line, then a rule under it ("=====").
 */
function kopLines(lines: Line[], mail: Set<number>): Set<number> {
  let i = 0;
  while (i < lines.length && (isBlank(lines[i]) || mail.has(i) || PRINT_HEADER.test(lines[i].raw))) i++;
  const out = kopLinesFrom(lines, mail, i);
  // A letter quoted under a ticket's or a mail's note: its letterhead starts a block of its own
  // ("PEMERINTAH PROVINSI …" / "RUMAH SAKIT …" / "Pos-el: rsud@…" after a blank line).
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k].text;
    if (isBlank(lines[k - 1]) && officeName(lines[k]) && (/^PEMERINTAH\b/.test(t) || OFFICE_WORD.test(t))) for (const n of kopLinesFrom(lines, mail, k)) out.add(n);
  }
  return out;
}

const officeName = (l: Line) => !parseKv(l.raw) && /[A-Z]{3,}/.test(l.text) && mostlyUpper(l.text);

function kopLinesFrom(lines: Line[], mail: Set<number>, start: number): Set<number> {
  const out = new Set<number>();
  let i = start;
  if (i >= lines.length || !officeName(lines[i])) return out;
  for (; i < lines.length && !isBlank(lines[i]) && !mail.has(i); i++) {
    const t = collapse(despace(lines[i].raw.trim()));
    const kind = parseKv(lines[i].raw)?.kind;
    if (kind === 'name' || kind === 'nip' || !(officeName(lines[i]) || ADDRESS.test(t) || SEPARATOR_LINE.test(t))) break;
    out.add(i);
  }
  return out;
}

/**
 * "Lampiran Perihal : - : Penonaktifan …" (a PDF that set two labels on one line, then their values):
 * letter keys written in a run, each value set apart by " : ".
 */
function labelRun(kv: Kv): Kv[] | null {
  if (kv.kind !== 'other') return null;
  const keys = kv.key.split(/\s+/);
  const values = firstColumn(kv.value).split(/\s+:\s+/);
  if (keys.length < 2 || keys.length !== values.length) return null;
  const kinds = keys.map(classifyKey);
  if (kinds.includes('other')) return null;
  return keys.map((key, k) => ({ kind: kinds[k], key, value: values[k] }));
}

/**
 * "Lampiran : - Permintaan Akun": no attachment ("-"), then words — a subject line set beside it. After
 * a count ("1 (satu) berkas SK PPK") the words say what is attached.
 */
const LAMPIRAN_THEN_TEXT = /^[-–]+\s+([A-Z][A-Za-z].*)$/;

/** "Mataram, 30 Maret" with the year alone on one of the two lines below (a narrow date cell wrapped), or */
/** "Sumbawa Besar, 15" with "Oktober 2026" on one of the two lines below (the same cell wrapped after the day). */
function dateYearBelow(lines: Line[], i: number): ReturnType<typeof dateLine> {
  const col = lastColumn(lines[i].raw);
  const dayMonth = /^(?:[A-Z][A-Za-z.' -]{1,40},\s*)?\d{1,2}\s+([A-Za-z]+)\.?$/.exec(col);
  const placeDay = dayMonth ? null : /^[A-Z][A-Za-z.' -]{1,40},\s*\d{1,2}$/.exec(col);
  if ((!dayMonth || monthNumber(dayMonth[1]) === null) && !placeDay) return null;
  const rest = dayMonth ? /^\d{4}$/ : /^([A-Za-z]+)\.?\s+\d{4}$/;
  for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
    const below = rest.exec(lastColumn(lines[k].raw));
    if (below && (dayMonth || monthNumber(below[1]) !== null)) {
      const joined = `${col} ${below[0]}`;
      return dateLine({ ...lines[i], raw: joined, text: joined });
    }
  }
  return null;
}

/** The line under an empty "Perihal :": a plain line of text (no label, no addressee, no date). */
function subjectBelow(lines: Line[], i: number): Line | null {
  const c = lines[i + 1];
  return c && !isBlank(c) && !parseKv(c.raw) && !/^(kepada|yth|di\b)/i.test(c.text) && !dateLine(c) && /[A-Za-z]{3}/.test(c.text) ? c : null;
}

/**
 * "Perihal : … Permohonan Akun" over "SPSE" alone with a blank line after it: a PDF wrapped the
 * subject's last words (one to three capitalised words, an acronym, a year) to the margin.
 */
// A unit's code and name ("0734/Kota Yogyakarta", a Kodim) may start it.
const SUBJECT_TAIL_WORD = String.raw`(?:\(?[A-Z][A-Za-z0-9./-]*\)?|\d{4}|\d{2,4}\/[A-Z][A-Za-z.-]*)`;
const SUBJECT_TAIL = new RegExp(`^${SUBJECT_TAIL_WORD}(?:\\s+${SUBJECT_TAIL_WORD}){0,2}$`);
/** Set alone under the subject but not part of it: a status, an addressee, a heading. */
const NOT_A_SUBJECT_TAIL = /^(?:segera|sangat segera|penting|rahasia|biasa|terbatas|kepada|yth|di|lampiran|tembusan)\b/i;

/** A subject line ending in a word that cannot end it: a preposition or conjunction. */
const SUBJECT_GOES_ON = /\s(?:bagi|untuk|dan|atau|serta|atas|di|ke|dari|pada|tentang|dengan|yang|an\.|a\.n\.|pejabat|pembuat|tahun|kelompok|satuan|kuasa)$/i;

export function parseLetter(input: string): ParsedLetter {
  assertLetterLength(input);
  // Layouts read after a rewrite (quoted mail, CSV, cells one per line, forms, side-by-side columns)
  // flag every value read from a rewritten line.
  const reshaped = reshapeLayouts(readRadiogram(toLines(input)));
  const { lines, notes: layoutNotes } = reshaped;
  const fields: Record<string, FieldEvidence> = {};
  const note = (path: string, f: { line: Line; conf: number; note?: string }, value?: string | null) => {
    // A line rewritten by a layout rule has its own note (or none: a clean table); a radiogram's line has its note.
    const why = f.note ?? layoutNotes.get(f.line.n) ?? noteFor(path, f.conf) ?? (f.line.written !== undefined && !f.line.layout ? RADIOGRAM_NOTE : undefined);
    fields[path] = { confidence: Math.round(f.conf * 100) / 100, line: f.line.n, source: f.line.written ?? f.line.text, ...(why && value != null && { note: why, value }) };
  };

  const tembusan = findTembusan(lines);
  const mail = mailHeaderLines(lines);
  const sigStart = findSignatureStart(lines, tembusan);

  // Header fields.
  let number: Found<string> = null;
  let subject: (Found<string> & { mail?: boolean }) | null = null;
  let from: (Found<string> & { key: string; mail: boolean }) | null = null;
  type DateFound = Found<{ iso: string | null; place: string | null; reasons: string[] }>;
  let date: DateFound = null as DateFound;
  let dateFallback: DateFound = null as DateFound;
  let mailDate: DateFound = null as DateFound;
  for (let i = 0; i < tembusan; i++) {
    const l = lines[i];
    const read = parseKv(l.raw);
    const inMail = mail.has(i);
    const run = read && labelRun(read);
    for (const kv of run ?? (read ? [read] : [])) {
      if (i >= sigStart) break;
      const value = collapse(firstColumn(kv.value));
      if (kv.kind === 'number' && !number && value) {
        // A blank left for the number ("027/        /PBJ/2026") is not a column gap.
        const gap = /^(\S+\/)\s+(\/\S+)/.exec(kv.value.trim());
        let own = gap ? gap[1] + gap[2] : value;
        // "050/077/X/2026 Tanjungpandan, 12 Agt 2026": the date line typed after the number, its gap
        // lost (a tab that reached a near tab stop): the number ends before it.
        const after = /\s+([A-Z][A-Za-z.' -]{1,40},\s*\S.*)$/.exec(own);
        const dated = after && /\//.test(own.slice(0, after.index)) ? dateLine({ ...l, raw: after[1], text: after[1] }) : null;
        if (after && dated) {
          own = own.slice(0, after.index);
          if (!date) date = { value: dated, line: l, conf: 0.9 };
        }
        // A number broken after "/" continues on the next line.
        const next = lines[i + 1];
        const joined = /[/.-]$/.test(own) && next && !isBlank(next) && !parseKv(next.raw) ? own + collapse(firstColumn(next.raw.trim())) : own;
        number = {
          // "PL.01.01/ 3771 -35/XI/2026", "ND- 412 /B.PBJ": the spaces around a typed-in agenda number are no part of it.
          value: joined.replace(/\s*\/\s*/g, '/').replace(/(?<=\/[^/\s]*\d)\s+(?=-\s*\d)|(?<=\/[^/\s]*[A-Za-z\d]-)\s+(?=\d)/g, ''),
          line: l,
          conf: joined === own && !dated ? 0.95 : 0.8,
          ...(dated && { note: 'Nomor surat dipisahkan dari tanggal pada baris yang sama — periksa' }),
        };
      } else if (kv.kind === 'subject' && (value || subjectBelow(lines, i)) && (!subject || (subject.mail && !isMailSubject(kv.key)))) {
        // "Perihal :" with its text on the line below.
        const below = value ? null : subjectBelow(lines, i)!;
        const parts = [value || below!.text];
        // "Lampiran : - Permintaan Akun" over "Hal : Aplikasi SPSE": a PDF set the subject's first line beside the Lampiran.
        const above = i > 0 ? parseKv(lines[i - 1].raw) : null;
        const head = above && /^lamp/.test(normKey(above.key)) ? LAMPIRAN_THEN_TEXT.exec(collapse(firstColumn(above.value))) : null;
        if (head) parts.unshift(head[1]);
        // A label centred in its layout cell: the value's first lines stand above it ("\t\tPermohonan …" /
        // "Perihal\t: pada Dinas …" / "\t\tRuang …"), under the label line before ("Lampiran : -"), as many
        // as go on below it (or one more); a date's wrapped piece ("\t\tNovember 2026") is none.
        const cellLine = (c: Line | undefined) => !!c && /^\t+\S/.test(c.raw) && !parseKv(c.raw) && !dateLine(c) && !/^\w+\s+\d{4}$/.test(c.text);
        const over: Line[] = [];
        for (let k = i - 1; k > 0 && value && !head && cellLine(lines[k]); k--) over.unshift(lines[k]);
        let goesOnBelow = 0;
        while (cellLine(lines[i + 1 + goesOnBelow])) goesOnBelow++;
        const overLabel = over.length > 0 && goesOnBelow > 0 && over.length <= goesOnBelow + 1 && parseKv(lines[i - over.length - 1].raw) !== null;
        if (overLabel) parts.unshift(...over.map((c) => collapse(c.text)));
        // Where the value starts: a line indented far past it is a right-hand column ("di -" / "K U P A N G").
        const valueAt = /\t/.test(l.raw) ? Infinity : l.raw.indexOf(kv.value.trim());
        for (let k = below ? below.n : i + 1; k < sigStart; k++) {
          const c = lines[k];
          if (!below && !/\t/.test(c.raw) && c.raw.search(/\S/) > valueAt + 8) break;
          // Unindented (as a PDF wraps it) only after a word that needs more ("… bagi" / "Tim Audit"), or
          // going on in lower case or a bracket ("… Pejabat Pembuat Komitmen" / "(PPK)"); never a date line.
          const after = lines[k + 1];
          // Alone: above a blank line, or above the date line (a PDF keeps no blank line there).
          const tailAlone = (!after || isBlank(after) || !!dateLine(after)) && c.text.length <= 30 && SUBJECT_TAIL.test(c.text) && !NOT_A_SUBJECT_TAIL.test(c.text);
          const unfinished = SUBJECT_GOES_ON.test(parts[parts.length - 1]) || /^[a-z(]/.test(c.text) || tailAlone;
          if (isBlank(c) || !(isIndented(c) || unfinished) || parseKv(c.raw) || /^(kepada|yth|di\b)/i.test(c.text) || dateLine(c)) break;
          parts.push(collapse(firstColumn(c.raw.trim())));
        }
        // A capitalised line right under the subject, not joined (no blank line between, no label, no
        // addressee or date, the subject ending without a stop): it may be the subject going on.
        const under = lines[(below ? below.n : i) + parts.length];
        const mayGoOn =
          !!under && under.n < sigStart && !isBlank(under) && !parseKv(under.raw) && !/^(kepada|yth|di\b|dengan hormat)/i.test(under.text) && !dateLine(under) && /^[A-Z]/.test(under.text) && !/[.:;!?]$/.test(parts[parts.length - 1]);
        // A forwarded mail's "Subject: FW: …" gives way to the letter's own Hal / Perihal.
        const fromMail = inMail || isMailSubject(kv.key);
        subject = {
          // Quotes around it and a closing full stop are typography, not the subject.
          value: parts
            .join(' ')
            .replace(REPLY_MARKS, '')
            .replace(/^["“](.*)["”]$/, '$1')
            .replace(/(?<=[A-Za-z]{3}|\))\.$/, ''),
          line: below ?? l,
          conf: parts.length > 1 || below ? 0.85 : fromMail ? 0.8 : 0.95,
          mail: fromMail,
          ...(fromMail && { note: 'Perihal diambil dari subjek email, bukan dari surat — periksa' }),
          // A ticket's "Judul" (read like a mail's subject: the letter's own Hal inside wins) is said as a ticket's.
          ...(normKey(kv.key) === 'judul' && { conf: 0.8, note: 'Perihal diambil dari judul tiket, bukan dari surat — periksa' }),
          ...(head && { note: `Perihal digabung dengan teks pada baris Lampiran ("${head[1]}") — periksa` }),
          ...(mayGoOn && !fromMail && !head && { conf: 0.85, note: 'Perihal mungkin berlanjut pada baris di bawahnya — periksa' }),
          ...(overLabel && { note: 'Perihal digabung dengan baris di atas labelnya (label di tengah sel) — periksa' }),
        };
      } else if ((kv.kind === 'from' || (inMail && normKey(kv.key) === 'from')) && !from && value) {
        // A mail's sender: '"Bagian PBJ" <pbj@…>' is written without the quotes around the name.
        // A ticket's reporter: "Dinas X (x@gmail.com)" — the office without its address.
        const office = normKey(kv.key) === 'pelapor' ? value.replace(/\s*\([^()]*@[^()]*\)\s*$/, '') : value;
        from = { value: inMail ? value.replace(/^"([^"]*)"\s*(?=<)/, '$1 ') : office, line: l, conf: 0.9, key: normKey(kv.key), mail: inMail };
      }
      else if (inMail && (kv.kind === 'date' || MAIL_DATE_KEY.test(normKey(kv.key)))) {
        const d = findDates(value)[0];
        if (d && !mailDate) mailDate = { value: { iso: d.iso, place: null, reasons: d.reasons }, line: l, conf: 0.8, note: 'Tanggal diambil dari kepala email, bukan dari surat — periksa' };
      } else if (kv.kind === 'date' && !date) {
        const d = findDates(value)[0];
        if (d) date = { value: { iso: d.iso, place: null, reasons: d.reasons }, line: l, conf: 0.95 };
      }
    }
    if (run) {
      // Values read off a run of labels are matched to them by order only.
      const why = `Label dan nilai tertulis berderet ("${collapse(read!.key)} : …"); nilai dicocokkan menurut urutan — periksa`;
      for (const f of [number, subject, date] as Found<unknown>[]) if (f && f.line === l) Object.assign(f, { conf: Math.min(f.conf, 0.8), note: why });
    }
    if (inMail) continue;
    if (!date || date.conf < 0.9) {
      const dl = dateLine(l) ?? (i < sigStart && !date ? dateYearBelow(lines, i) : null);
      if (dl && !date) date = { value: dl, line: l, conf: dl.place ? 0.95 : 0.85, ...(!dateLine(l) && { conf: 0.8, note: `Tanggal surat digabung dengan ${/\d$/.test(lastColumn(l.raw)) ? 'bulan dan tahun' : 'tahun'} pada baris di bawahnya — periksa` }) };
    }
    // A chat has no letter date: a date said in a message (or in an attachment's name) is not one.
    if (!dateFallback && i < sigStart && !l.chat) {
      const d = findDates(l.text).find((x) => !inFileName(l.text, x.index) && !EFFECTIVE_FROM.test(l.text.slice(0, x.index)));
      if (d) dateFallback = { value: { iso: d.iso, place: null, reasons: d.reasons }, line: l, conf: 0.4 };
    }
  }
  if (!date) date = mailDate ?? dateFallback;

  // Signatory: the signature zone, else a "yang bertanda tangan di bawah ini" block.
  // The letterhead's contact lines ("e-mail: dinas@…", "Surel: …") name the office, not a person.
  const skip = kopLines(lines, mail);
  const sig = signatoryIn(lines, sigStart, tembusan);
  let signatory: Signatory | null = null;
  const signerDraft: Draft = {};
  for (let i = 0; i < sigStart; i++) {
    if (!SIGNER_INTRO.test(lines[i].text)) continue;
    for (let k = i + 1; k < sigStart; k++) {
      const kv = parseKv(lines[k].raw);
      if (!kv || isBlank(lines[k])) break;
      skip.add(k);
      applyKv(signerDraft, kv, lines[k], 0.8);
    }
  }
  if (sig.name || sig.nip) {
    signatory = { name: sig.name?.value ?? null, nip: sig.nip?.value ?? null };
    if (sig.name) note('signatory.name', sig.name);
    if (sig.nip) note('signatory.nip', sig.nip);
  } else if (signerDraft.name) {
    const s = finishDraft(signerDraft);
    signatory = { name: s.name?.value ?? null, nip: s.nip?.value ?? null };
    if (s.name) note('signatory.name', s.name);
    if (s.nip) note('signatory.nip', s.nip);
  }

  // People.
  let drafts = findPeople(lines, 0, sigStart, skip);
  // "(Bu Nurul: nurul@…, Pak Baharuddin: baha@…)" after the list: each address to its person; the line is no person.
  const named = namedEmailLines(lines, 0, sigStart, new Set([...skip, ...mail]));
  if (named.size) {
    const without = findPeople(lines, 0, sigStart, new Set([...skip, ...named.keys()]));
    if (giveNamedEmails(without, named)) drafts = without;
  }
  // People listed in an attachment after the signature ("daftar terlampir"); the attachment's own
  // signature is the signatory again and is dropped.
  const sigEnd = signatureEnd(lines, sigStart, tembusan, sig);
  // The Tembusan list names who gets a copy, not who gets an account.
  for (let k = tembusan; k < tembusanEnd(lines, tembusan); k++) skip.add(k);
  if (sigEnd < lines.length) {
    const sigNip = signatory?.nip ?? null;
    // A phone alone under a name there is the writer's contact in a mail signature ("Head of IT / PT … / Mobile: …").
    drafts.push(...findPeople(lines, sigEnd, lines.length, skip).filter((d) => !(d.nip && d.nip.value === sigNip) && (d.email || d.position || (d.phone && d.nip))));
  }

  // "Yang bertanda tangan di bawah ini … mengajukan reset password akun saya": the signer is the applicant.
  if (drafts.length === 0 && signerDraft.name && (signerDraft.email || signerDraft.phone)) {
    const self = finishDraft(signerDraft);
    for (const slot of Object.values(self)) slot.note ??= 'Pemohon diambil dari blok "yang bertanda tangan di bawah ini" — periksa';
    drafts.push(self);
  }

  // "Mohon password baru dikirim ke email ini": one person asking for their own account by mail has its address.
  const own = from?.mail ? mailOwnAddress(from.value, drafts) : null;
  if (own) drafts[0].email = { value: own, line: from!.line, conf: 0.6, rank: 0, note: `Email diambil dari pengirim email ("${from!.value}"), nama pengirim sama dengan pemohon — periksa` };

  // A chat: the request letter's number said in a message.
  if (!number) {
    const said = letterNumberInChat(lines);
    if (said) number = { ...said, conf: 0.6, note: CHAT_LETTER_NUMBER_NOTE };
  }

  const people: Applicant[] = drafts.map((d) => ({
    name: d.name?.value ?? null,
    nip: d.nip?.value ?? null,
    position: d.position?.value ?? null,
    email: d.email?.value ?? null,
    phone: d.phone?.value ?? null,
  }));
  drafts.forEach((d, i) => {
    for (const f of Object.keys(d) as ApplicantField[]) note(fieldPath(i, f), d[f]!, people[i][f]);
  });

  // Sender: kop, else "Dari", else the signer's title ("Kepala Dinas X," → "Dinas X").
  // A nota dinas names its sender in "Dari" even under a kop; a mail's "Dari" gives way to the kop.
  const kop = kopSender(lines, mail);
  let sender: Found<string> = kop ?? from;
  // A forwarded mail's From is who forwarded it, not always who wrote the letter inside.
  const forwarded = [...mail].some((i) => /^(?:subject|subjek)\s*:\s*(?:fwd?|tr)\s*:/i.test(lines[i].text)) || [...mail].filter((i) => /^(?:from|dari)\s*:/i.test(lines[i].text)).length > 1;
  if (sender && sender === from && from.mail && forwarded) sender = { ...from, note: 'Pengirim diambil dari kepala email yang diteruskan (surat di dalamnya tanpa kop) — periksa' };
  // So does an e-office page's "Asal Naskah" (the app's name stands where a kop would).
  // A help-desk ticket's "Pemohon" is who asks, above the help desk's own heading (flagged).
  if (from && !from.mail && from.key === 'pemohon') {
    sender = { ...from, conf: 0.8, note: `Pengirim diambil dari pemohon tiket${kop ? `; kepala tiket menyebut "${kop.value}"` : ''} — periksa` };
  } else if (from && !from.mail && (from.key === 'dari' || /^asal (naskah|surat)$/.test(from.key ?? ''))) {
    sender = kop && kop.value !== from.value ? { ...from, note: `Pengirim diambil dari baris "Dari"; kop surat menyebut "${kop.value}" — periksa` } : from;
    // "Asal Naskah : Kepala Bagian Tata Usaha, Kantor Wilayah …": the office, without its signer's title.
    const office = sender === from ? officeAfterTitle(from.value) : null;
    if (office) sender = { ...from, value: office, conf: 0.85, note: `Pengirim tanpa jabatan penanda tangan di depannya ("${from.value}") — periksa` };
  }
  // A webmail page copy: its subject line and sender line stand for the Subject and From headers.
  const webmail = webmailHeader(lines);
  if (webmail && !subject) subject = { value: webmail.subject.text.replace(REPLY_MARKS, ''), line: webmail.subject, conf: 0.7, mail: true, note: WEBMAIL_SUBJECT_NOTE };
  if (webmail && !sender) sender = { value: webmail.sender.text, line: webmail.sender, conf: 0.7, note: WEBMAIL_SENDER_NOTE };
  if (!sender) {
    for (let i = sigStart; i < tembusan && !sender; i++) {
      const m = /^(?:a\.\s?n\.\s*)?(?:plt\.?\s*|plh\.?\s*)?kepala\s+(.+?),?$/i.exec(lines[i].text);
      if (m) sender = { value: m[1], line: lines[i], conf: 0.5 };
    }
  }

  // A mail (its header block, or a From / Dari header naming an address), or a message with no Nomor line at all.
  if (!number) {
    const said = letterNumberInMail(lines, 0, tembusan);
    if (said) number = { ...said, conf: 0.6, note: MAIL_LETTER_NUMBER_NOTE };
  }

  const bodyText = lines
    .slice(0, sigStart)
    .map((l) => l.text)
    .join('\n');
  // Form check boxes: ticked options say what is asked; unticked ones say nothing.
  const ticked = tickedOptions(bodyText);
  const untickedRemoved = withoutEmptyOptions(bodyText);
  // A form's answers ("Peran / Hak Akses : PPK", "Jenis Permohonan : Pembuatan akun baru") say what is asked when no Hal does.
  const answered = subject ? null : requestAnswers(lines.slice(0, sigStart));
  const role = guessRole(subject?.value ?? (ticked || answered || null), untickedRemoved);

  const letter: LetterInfo = {
    number: number?.value ?? null,
    date: date?.value.iso ?? null,
    place: date?.value.place ?? null,
    sender: sender?.value ?? null,
    subject: subject?.value ?? null,
    role: role?.role ?? null,
  };
  if (number) note('letter.number', number, letter.number);
  if (date) {
    // A date taken from a mail header carries its reason; a clean date line does not.
    note('letter.date', date, date.note ? letter.date : undefined);
    if (date.value.place) note('letter.place', date);
  }
  if (sender) note('letter.sender', sender, letter.sender);
  if (subject) note('letter.subject', subject, letter.subject);
  if (role) note('letter.role', { line: subject && role.conf >= 0.9 ? subject.line : (lines.find((l) => l.text) ?? lines[0]), conf: role.conf }, letter.role);

  // No Hal: the form's answers and its ticked options ("☒ Perubahan data: alamat email") say what is asked.
  const asked = [answered, ticked].filter(Boolean).join('; ') || null;
  const found = requestActions(lines, drafts, role?.role ?? null, subject?.value ?? asked, untickedRemoved);
  // A form's request options without a tick read (a scan lost the boxes): what is asked is a guess.
  const lostTicks = !subject && !ticked ? untickedOptionsLine(lines.slice(0, sigStart)) : null;
  const actions = lostTicks ? found.map((a) => ({ ...a, line: lostTicks, note: LOST_TICKS_NOTE })) : found;
  const requested: RequestedPerson[] = people.map((p, i) => ({ ...p, action: actions[i].action }));
  actions.forEach((a, i) => {
    if (a.note && a.line) note(`people[${i}].action`, { line: a.line, conf: 0.7, note: a.note }, a.action);
  });
  const problems = findProblems(letter, requested, fields);
  // Drafts leave the number to be filled in after signing: "027/    /PBJ/2026", "027/…/PBJ/2026".
  if (number && /\/\/|\.{3}|…|_{2,}/.test(number.value)) {
    problems.push({ field: 'letter.number', message: 'Nomor surat belum lengkap (ada bagian yang kosong)', line: number.line.n });
  }
  // "600/l21/PUPR/2026": a letter l, I or O next to digits stands for 1 or 0 (a scan or a typo).
  if (number && /(?<=\d)[lIoO]|[lIoO](?=\d)/.test(number.value)) {
    problems.push({ field: 'letter.number', message: 'Nomor surat memuat huruf l/I/O di antara angka (salah ketik atau hasil pindai) — periksa', line: number.line.n, source: number.line.written ?? number.line.text });
  }
  if (role?.alsoNamed.length && subject) {
    problems.push({
      field: 'letter.role',
      message: `Perihal menyebut lebih dari satu peran (${[role.role, ...role.alsoNamed].join(', ')}); periksa peran setiap pegawai`,
      line: subject.line.n,
    });
  }
  if (date && date.value.iso === null) {
    const p = problems.find((x) => x.field === 'letter.date');
    if (p) Object.assign(p, { message: `Tanggal surat tidak sah: ${date.value.reasons.join('; ')}`, line: date.line.n });
  } else if (!date) {
    const partial = lines.find((l) => {
      const m = /^(?:[A-Z][A-Za-z.' -]{1,40},)?\s*([A-Za-z]+\.?)\s+\d{4}$/.exec(lastColumn(l.raw));
      return m !== null && monthNumber(m[1]) !== null;
    });
    const p = problems.find((x) => x.field === 'letter.date');
    if (partial && p) Object.assign(p, { message: 'Tanggal surat belum lengkap: hanya bulan dan tahun yang tertulis', line: partial.n });
  } else if (date && date.conf < 0.5) {
    problems.push({ field: 'letter.date', message: 'Tanggal surat tidak tertulis jelas; tanggal diambil dari isi surat, periksa kembali', line: date.line.n });
  }
  // A staff number no person carries: someone may be lost, and the people after it shifted. After the
  // signature only when people were read there (an attachment), not a second signer's block.
  const attached = drafts.some((d) => Object.values(d).some((slot) => slot && slot.line.n > sigEnd));
  const body = lines.filter((_, k) => (k < sigStart || (attached && k >= sigEnd)) && !skip.has(k));
  problems.push(...lostPeople(body, requested, fields, signatory?.nip ?? null));
  if (!sameNumbers(reshaped)) {
    // Evidence points at the letter's own lines, not at the rewritten ones.
    for (const f of Object.values(fields)) f.line = reshaped.origin[f.line] ?? f.line;
    for (const p of problems) if (p.line) p.line = reshaped.origin[p.line] ?? p.line;
  }
  return { letter, people: requested, signatory, problems, fields, assignment: findAssignment(input, letter) };
}
