import { ALSO_RESET_NOTE, asksCreateAndReset, asksResetToo, createOrReset, headsCreateAndReset, resetByOwnRow } from './create-or-reset';
import { CONF, type Draft } from './people';
import { requestCellAction } from './request-column';
import type { LetterRole, RequestAction } from './schema';
import { cellDelimiter, rowCells, tableTop, type Line } from './text';

/*
 * What a letter asks for each person. A reset letter resets everyone; a letter closing accounts
 * (penonaktifan, pencabutan) deactivates everyone; a data-change letter changes; a replacement letter
 * (penggantian / pergantian PPK, Pokja, …) deactivates the outgoing person and creates the incoming one,
 * told apart by the heading above each person ("PPK lama:", "Semula:" / "PPK baru:", "Menjadi:");
 * everything else creates accounts.
 */

/** "APBD Perubahan", "Anggaran Perubahan", "Perubahan APBD": the changed budget, not a replaced person. */
const REPLACEMENT = /\b(?:penggantian|pergantian|(?<!\b(?:APBD|APBN|anggaran)\s+)perubahan|mutasi)\b(?!\s+(?:password|kata\s*sandi|data\b|APBD\b|APBN\b|anggaran\b))/i;
const DEACTIVATION = /\b(?:penonaktifan|menonaktifkan|dinonaktifkan|nonaktifkan|non-?aktif|pencabutan|penutupan|penghapusan)\s+(?:akun|user|hak\s+akses|(?:user\s*)?id)\b/i;
/** "Perubahan data", or a change of one field named: "ganti nomor HP", "perubahan alamat email", "ubah jabatan". */
const CHANGE = /\b(?:(?:perubahan|pembaruan|pemutakhiran|ubah|mengubah)\s+data|(?:perubahan|pembaruan|penggantian|ganti|mengganti|ubah|mengubah)\s+(?:(?:nomor|no\.?)\s*(?:hp|telepon|telp|wa|whatsapp|handphone|ponsel)|(?:alamat\s+)?e-?mail|jabatan)\b)/i;
export const OUTGOING = /\b(?:semula|lama|penonaktifan|penutupan|pencabutan|penghapusan|yang\s+diganti|digantikan|(?:di|me)?nonaktifkan|dicabut|mencabut|dihapus|menghapus|keluar)\b/i;
export const INCOMING = /\b(?:menjadi|baru|pembuatan|pengganti|penggantinya|dibuatkan|membuatkan|diaktifkan|mengaktifkan)\b/i;

type Side = 'out' | 'in';

/** The side a text says: outgoing words or incoming words, not both. */
function sideSaid(text: string): Side | null {
  const out = OUTGOING.test(text);
  if (out === INCOMING.test(text)) return null;
  return out ? 'out' : 'in';
}

/** A short heading line that says which side of a replacement the people below it are on. */
function sideOf(l: Line): Side | null {
  if (l.text.length > 70 && !/:$/.test(l.text)) return null;
  return sideSaid(l.text);
}

/** The side of a person read from a table with a person per column: the heading cell of their column. */
function columnSide(lines: readonly Line[], d: Draft): { side: Side; line: Line } | null {
  const column = Object.values(d).find((s) => s?.column !== undefined)?.column;
  if (column === undefined) return null;
  const delim = cellDelimiter(lines[firstLine(d) - 1].raw) ?? '\t';
  // The table's first row: up from the person's first line while the lines are rows.
  const n = tableTop(lines, firstLine(d), delim);
  const side = sideSaid(rowCells(lines[n - 1].raw, delim)[column] ?? '');
  return side ? { side, line: lines[n - 1] } : null;
}

/** A table row's status cell: a cell without digits or @ that says one side ("Dinonaktifkan", "Dibuatkan akun"). */
function rowSide(l: Line): Side | null {
  const delim = cellDelimiter(l.raw);
  if (!delim) return null;
  const sides = l.raw
    .split(delim)
    .map((c) => c.trim())
    .filter((c) => c && c.length <= 40 && !/[\d@]/.test(c))
    .map(sideSaid)
    .filter((x) => x !== null);
  return sides.length === 1 ? sides[0] : null;
}

/**
 * In a letter that says neither replacement nor closing ("Pemutakhiran Akun …"), a person whose own
 * table row has a status cell asking to close the account ("Dinonaktifkan (mutasi)") is deactivated,
 * flagged; the others are created as the letter asks.
 */
function closedByOwnRow(d: Draft): ActionEvidence | null {
  const rows = [...new Set(Object.values(d).map((s) => s!.line))];
  const sides = [...new Set(rows.map(rowSide).filter((x) => x !== null))];
  if (sides.length !== 1 || sides[0] !== 'out') return null;
  return { action: 'deactivate', line: rows[0], note: 'Kolom keterangan barisnya meminta akun ini dinonaktifkan — periksa' };
}

/** The words introducing the incoming person, right before the name: "… telah diganti oleh Sdr.", "digantikan oleh". */
const REPLACED_BY = /\b(?:di)?ganti(?:kan)?\s+oleh\s+(?:\S+\s*)?$/i;

/** A line ending in the words that introduce a name ("… PPK semula atas nama", "… Saudari"). */
const NAME_COMES = /\b(?:atas\s+nama|a\.\s?n\.|sdri?\.?|saudara|saudari|bapak|ibu)\s*:?$/i;

/**
 * The side said by the words before the person's name: on the name's line ("Penutupan akun SPSE a.n. …"),
 * or, when the name starts its line, at the end of the sentence's line above ("…, PPK semula atas nama" /
 * "LALU SUPARMAN, …"): that line's last clause.
 */
function sideBeforeName(lines: readonly Line[], d: Draft): ActionEvidence | null {
  if (!d.name) return null;
  const line = d.name.line;
  const at = line.text.indexOf(d.name.value.split(/[\s,]/)[0]);
  if (at > 0) {
    // Only the name's own sentence: "… mohon dinonaktifkan. Sebagai gantinya Saudari Nur …" says nothing of Nur.
    const before = line.text.slice(0, at);
    const ends = [...before.matchAll(new RegExp(SENTENCE_END.source, 'g'))];
    const sentence = ends.length ? before.slice(ends[ends.length - 1].index + ends[ends.length - 1][0].length) : before;
    // "… semula dijabat oleh A, NIP …, telah diganti oleh B": the words right before B say B's side.
    const side = REPLACED_BY.test(sentence.split(/,\s/).pop()!) ? 'in' : sideSaid(sentence);
    return side ? sideEvidence(side, line, 'kata sebelum namanya') : null;
  }
  const above = line.n >= 2 ? lines[line.n - 2] : undefined;
  if (at < 0 || !above || !NAME_COMES.test(above.text)) return null;
  const side = sideSaid(above.text.split(/[,;:.](?=\s)/).pop()!);
  return side ? sideEvidence(side, above, 'kata sebelum namanya') : null;
}

/** What a person's own sentence asks: to close the account ("… tidak lagi menjabat …, mohon dinonaktifkan") or to make one. */
const OUT_ASKED = /\b(?:dinonaktifkan|nonaktifkan|dicabut|ditutup|dihapus|tidak\s+lagi\s+menjabat|diberhentikan|pensiun|dimutasi|dipindahtugaskan)\b/i;
const IN_ASKED = /\b(?:dibuatkan|didaftarkan|diaktifkan|pengganti(?:nya)?|gantinya)\b/i;
/** A clause asking something for the successor ("dan dibuatkan akun bagi penggantinya, yaitu: …"), to the sentence's end. */
const FOR_SUCCESSOR = /\s(?:dan|serta|sekaligus)\s(?:(?!\b(?:dan|serta|sekaligus)\b)[^.;])*?\b(?:bagi|untuk|kepada|atas\s+nama)\s+(?:pejabat\s+)?pengganti(?:nya)?\b.*$/is;
/** A full stop ending a sentence (not "S.Pd.," or "No. HP"), or the end of the text. */
const SENTENCE_END = /(?:[a-z]{3}|\d)\.(?=\s+[A-Z]|$)/;

/**
 * In prose, the side the person's own sentence asks for: from their name to the sentence's full stop
 * (at most six lines), one side only; flagged.
 */
function sideInSentence(lines: readonly Line[], d: Draft): ActionEvidence | null {
  // Only a person read from a sentence, also a numbered one ("1. Sehubungan dengan mutasi Sdr. …"; a
  // labelled list or a table has headings and cells for this).
  if (!d.name || d.name.conf > CONF.item) return null;
  const first = d.name.line;
  const at = Math.max(0, first.text.indexOf(d.name.value.split(/[\s,]/)[0]));
  let text = first.text.slice(at);
  for (let n = first.n; n < Math.min(lines.length, first.n + 6) && !SENTENCE_END.test(text) && lines[n].text; n++) text += ' ' + lines[n].text;
  const end = SENTENCE_END.exec(text);
  // "… mohon dinonaktifkan dan dibuatkan akun bagi penggantinya": the successor's request is not theirs.
  const sentence = (end ? text.slice(0, end.index + end[0].length) : text).replace(FOR_SUCCESSOR, '');
  const out = OUT_ASKED.test(sentence);
  if (out === IN_ASKED.test(sentence)) return null;
  return sideEvidence(out ? 'out' : 'in', first, 'kalimat tentang dirinya');
}

/** Where `re` last matches in `text` (-1: nowhere). */
function lastAt(re: RegExp, text: string): number {
  const all = [...text.matchAll(new RegExp(re.source, 'gi'))];
  return all.length ? all[all.length - 1].index : -1;
}

/**
 * A table or list set right under the sentence leading into it, which names both sides ("… menonaktifkan
 * akun SPSE atas nama Sdr. Edi …, dan membuatkan akun SPSE … bagi pegawai kami berikut:"): its people are
 * on the side the sentence says last, next to them (flagged).
 */
function leadInSide(lines: readonly Line[], d: Draft): ActionEvidence | null {
  let n = firstLine(d) - 1;
  // Up over the table's header and earlier rows.
  while (n >= 1 && cellDelimiter(lines[n - 1].raw)) n--;
  if (n < 1 || !/:$/.test(lines[n - 1].text)) return null;
  let text = '';
  for (let k = n; k >= 1 && k > n - 6 && lines[k - 1].text && !cellDelimiter(lines[k - 1].raw); k--) text = `${lines[k - 1].text} ${text}`;
  const out = lastAt(OUTGOING, text);
  const inc = lastAt(INCOMING, text);
  if (out < 0 || inc < 0) return null;
  return sideEvidence(inc > out ? 'in' : 'out', lines[n - 1], 'kalimat pengantar daftarnya');
}

const firstLine = (d: Draft) => Math.min(...Object.values(d).map((s) => s!.line.n));

/** A person's action with, when it was deduced rather than stated, the line it came from and why. */
export type ActionEvidence = { action: RequestAction; line?: Line; note?: string };

/** A replacement letter's side for a person, and what told it (flagged). */
function sideEvidence(side: Side, line: Line, told: string): ActionEvidence {
  const who = side === 'out' ? 'pegawai lama (dinonaktifkan)' : 'pegawai baru (dibuatkan akun)';
  return { action: side === 'out' ? 'deactivate' : 'create', line, note: `Surat penggantian: ${who} menurut ${told} — periksa` };
}

/** A subject asking for new accounts. */
const CREATION = /\b(?:pembuatan|pendaftaran|penambahan|(?<=\bdan\s+)(?:permohonan|pengajuan|usulan)\s+akun)\b/i;
/** A body asking for a new account: "pembuatan akun", "akun baru". */
const NEW_ACCOUNT = /\b(?:(?:pembuatan|pendaftaran|penambahan)\s+akun|akun\s+baru)\b/i;
const CREATE_SAID = /\b(?:pembuatan|pendaftaran|penambahan|dibuatkan|membuatkan|didaftarkan|baru)\b/i;
const CHANGE_SAID = /\b(?:perubahan|pembaruan|pemutakhiran|ubah|diubah|mengubah|diperbarui|penggantian)\b/i;

/**
 * In a letter asking to create some accounts and change others, a person's action: the nearest line
 * above them saying one of the two ("1. Pembuatan akun SPSE bagi PPK baru:" / "2. Perubahan nomor
 * telepon …:"), flagged; none: a change, flagged as unclear.
 */
function createOrChange(lines: readonly Line[], d: Draft): ActionEvidence {
  // "Pembuatan akun PPK baru atas nama Sdri. …": the words before the name on its own line come first.
  const before = d.name ? d.name.line.text.slice(0, Math.max(0, d.name.line.text.indexOf(d.name.value.split(/[\s,]/)[0]))) : '';
  if (CREATE_SAID.test(before) !== CHANGE_SAID.test(before)) {
    const create = CREATE_SAID.test(before);
    return { action: create ? 'create' : 'change', line: d.name!.line, note: `Surat pembuatan dan perubahan akun: ${create ? 'akun baru' : 'perubahan data'} menurut kata sebelum namanya — periksa` };
  }
  // Above the name's line: a value misread from the sentence before (a phone said there) is no heading's place.
  for (let n = (d.name?.line.n ?? firstLine(d)) - 1; n >= 1; n--) {
    const t = lines[n - 1].text;
    const create = CREATE_SAID.test(t);
    if (create === CHANGE_SAID.test(t)) continue;
    const action = create ? 'create' : 'change';
    return { action, line: lines[n - 1], note: `Surat pembuatan dan perubahan akun: ${create ? 'akun baru' : 'perubahan data'} menurut judul di atasnya — periksa` };
  }
  return { action: 'change', line: lines[firstLine(d) - 1], note: 'Surat pembuatan dan perubahan akun: tidak jelas pegawai ini dibuatkan akun atau diubah datanya; dianggap perubahan — periksa' };
}

/** The request a row's cell says: a data change or closing the account (a short cell, no digits or @). */
const CHANGE_CELL = /\b(?:perubahan|pembaruan|pemutakhiran|ubah|diubah)\b/i;
const DEACTIVATE_CELL = /\b(?:penonaktifan|nonaktif|non-aktif|dinonaktifkan|nonaktifkan|pencabutan|dicabut|penutupan|ditutup|penghapusan|dihapus)\b/i;

/**
 * In a letter asking to change some accounts and close others ("Perubahan Data dan Penonaktifan Akun"),
 * a person's action: the request cell of their own row ("Perubahan data" | "Penonaktifan (pensiun)"),
 * flagged; none: the nearest heading above saying one of the two, flagged; else a change, flagged as unclear.
 */
function changeOrDeactivate(lines: readonly Line[], d: Draft): ActionEvidence {
  const rows = [...new Set(Object.values(d).map((s) => s!.line))].sort((a, b) => a.n - b.n);
  const said = (t: string): RequestAction | null => {
    const change = CHANGE_CELL.test(t);
    return change === DEACTIVATE_CELL.test(t) ? null : change ? 'change' : 'deactivate';
  };
  const fromCells = new Set<RequestAction>();
  for (const l of rows) {
    const delim = cellDelimiter(l.raw);
    if (!delim) continue;
    for (const c of l.raw.split(delim).map((x) => x.trim())) {
      const a = c && c.length <= 40 && !/[\d@]/.test(c.replace(/\([^)]*\)/g, '')) ? said(c) : null;
      if (a) fromCells.add(a);
    }
  }
  const label = (a: RequestAction) => (a === 'change' ? 'perubahan data' : 'penonaktifan akun');
  if (fromCells.size === 1) {
    const [action] = fromCells;
    return { action, line: rows[0], note: `Surat perubahan data dan penonaktifan: ${label(action)} menurut kolom permohonan barisnya — periksa` };
  }
  for (let n = firstLine(d) - 1; n >= 1; n--) {
    const action = said(lines[n - 1].text);
    if (action) return { action, line: lines[n - 1], note: `Surat perubahan data dan penonaktifan: ${label(action)} menurut judul di atasnya — periksa` };
  }
  return { action: 'change', line: lines[firstLine(d) - 1], note: 'Surat perubahan data dan penonaktifan: tidak jelas akun pegawai ini diubah atau dinonaktifkan; dianggap perubahan — periksa' };
}

/** A subject asking a reset and, beside it, a replacement, a data change or closing accounts. */
const RESET_ASKED = /\b(?:reset|(?:atur|pengaturan)\s*ulang)\s*(?:password|kata\s*sandi|akun)?/i;
export function asksResetAndMore(subject: string): boolean {
  return RESET_ASKED.test(subject) && (REPLACEMENT.test(subject) || CHANGE.test(subject) || DEACTIVATION.test(subject));
}

/**
 * The reset asked in the person's own paragraph, before their name ("2. Selain itu, mohon reset password
 * akun … atas nama Sdr. Andi"): the name's line up to the name, and up to three lines above it, to a
 * sentence's end or a blank line (a justified PDF line is set with tabs: no table row is told apart).
 */
function resetBeforeName(lines: readonly Line[], d: Draft): boolean {
  if (!d.name || cellDelimiter(d.name.line.raw)) return false;
  const line = d.name.line;
  let text = line.text.slice(0, Math.max(0, line.text.indexOf(d.name.value.split(/[\s,]/)[0])));
  for (let n = line.n - 1; n >= 1 && n > line.n - 4; n--) {
    const above = lines[n - 1];
    if (!above.text || /[.:]$/.test(above.text)) break;
    text = `${above.text} ${text}`;
  }
  return RESET_ASKED.test(text) || /\b(?:password|kata\s*sandi)\b/i.test(text);
}

export function requestActions(lines: readonly Line[], drafts: readonly Draft[], role: LetterRole | null, subject: string | null, body: string): ActionEvidence[] {
  const letterWide = lettersActions(lines, drafts, role, subject, body);
  // "Penggantian PPK dan Reset Password": a person whose own paragraph asks the reset is reset.
  const resetToo = role !== 'password-reset' && subject !== null && asksResetAndMore(subject);
  if (resetToo) drafts.forEach((d, k) => resetBeforeName(lines, d) && (letterWide[k] = { action: 'reset' }));
  // A request column in the person's own table row ("Permohonan": "Reset kata sandi") says their action.
  return drafts.map((d, k) => {
    const own = requestCellAction(lines, d);
    return own && own.action !== letterWide[k].action ? { action: own.action, line: own.line } : letterWide[k];
  });
}

function lettersActions(lines: readonly Line[], drafts: readonly Draft[], role: LetterRole | null, subject: string | null, body: string): ActionEvidence[] {
  // Without a subject the request type comes from the body: each non-default action says so.
  const fromBody = (action: RequestAction) => (d: Draft): ActionEvidence =>
    subject === null ? { action, line: lines[firstLine(d) - 1], note: 'Jenis permintaan ditebak dari isi surat (tidak ada perihal) — periksa' } : { action };
  // "Akun Baru dan Reset Kata Sandi": each person's own row or heading says which.
  if (subject !== null ? asksCreateAndReset(subject) : headsCreateAndReset(body)) return drafts.map((d) => createOrReset(lines, d));
  if (role === 'password-reset') return drafts.map(fromBody('reset'));
  const about = subject ?? body;
  // "Penonaktifan dan Pembuatan Akun PPK": a subject naming both sides is a replacement; without a
  // subject, a body asking to close an account and to make a new one ("penonaktifan akun … a.n. A" /
  // "Pengganti beliau mohon dibuatkan akun baru:") is one too.
  const bothSides = subject !== null ? OUTGOING.test(subject) && INCOMING.test(subject) : DEACTIVATION.test(body) && NEW_ACCOUNT.test(body);
  // "Perubahan Data dan Penonaktifan Akun PPK": each person's own request says which.
  if (subject !== null && CHANGE.test(subject) && DEACTIVATION.test(subject) && !CREATION.test(subject)) return drafts.map((d) => changeOrDeactivate(lines, d));
  if (!bothSides && DEACTIVATION.test(about)) return drafts.map(fromBody('deactivate'));
  // "Pembuatan dan Perubahan Data Akun PPK": each person's own request heading says which.
  if (subject !== null && CHANGE.test(subject) && CREATION.test(subject)) return drafts.map((d) => createOrChange(lines, d));
  // No subject, a body asking both ("1) Perubahan data akun … 2) Akun baru …"): each person's own heading says which.
  if (subject === null && CHANGE.test(body) && NEW_ACCOUNT.test(body)) return drafts.map((d) => createOrChange(lines, d));
  if (!bothSides && CHANGE.test(about)) return drafts.map(fromBody('change'));
  if (!bothSides && !REPLACEMENT.test(about)) {
    // A new-account letter that also asks a reset: a row's own request cell says whose, else every account is flagged.
    const resetToo = asksResetToo(body);
    return drafts.map((d) => closedByOwnRow(d) ?? resetByOwnRow(d) ?? (resetToo ? { action: 'create', line: lines[firstLine(d) - 1], note: ALSO_RESET_NOTE } : { action: 'create' }));
  }
  return drafts.map((d) => {
    // A person per table column: the column's heading ("Semula" | "Menjadi").
    const fromColumn = columnSide(lines, d);
    if (fromColumn) {
      return sideEvidence(fromColumn.side, fromColumn.line, 'judul kolomnya');
    }
    // A table row's own status cell ("Dinonaktifkan" | "Arif Rahman …"), on any row of the record.
    const rows = [...new Set(Object.values(d).map((s) => s!.line))].sort((a, b) => a.n - b.n);
    const sides = [...new Set(rows.map(rowSide).filter((x) => x !== null))];
    const fromRow = sides.length === 1 ? sides[0] : null;
    if (fromRow) return sideEvidence(fromRow, lines[firstLine(d) - 1], 'kolom status barisnya');
    // The request words before the name on its own line ("a. Menonaktifkan akun … atas nama Andi …").
    const own = sideBeforeName(lines, d) ?? sideInSentence(lines, d);
    if (own) return own;
    const leadIn = leadInSide(lines, d);
    if (leadIn) return leadIn;
    // The nearest side heading above the person's first line (their own line included).
    for (let n = firstLine(d); n >= 1; n--) {
      const side = sideOf(lines[n - 1]);
      if (side) return sideEvidence(side, lines[n - 1], 'judul di atasnya');
    }
    return { action: 'create', line: lines[firstLine(d) - 1], note: 'Surat penggantian: tidak jelas apakah pegawai ini pejabat lama atau baru; dianggap baru — periksa' };
  });
}
