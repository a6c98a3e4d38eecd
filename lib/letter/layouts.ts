/**
 * Layouts the line reader does not know, rewritten before parsing into ones it does, each line
 * keeping its number in the letter (so evidence still points at the source line):
 *  - a letter quoted in a plain-text mail (`> ` before every line): the marks dropped (a reply's
 *    quoted history under a reply that gives its own people: blanked);
 *  - a table in CSV with semicolons or commas (a spreadsheet copied as text): tab-separated cells;
 *  - a table copied from a PDF viewer with every cell on its own line: rows rebuilt from the
 *    header's cell count (flagged);
 *  - a printed form, each label on its own line and the answer below it: "Label : answer" (flagged);
 *  - two label columns side by side ("Nama : A<TAB>Nama : B"): the left column, then the right one,
 *    each under its column title (flagged);
 *  - a two-column table of labels without colons ("Nama<TAB>Budi"), or labels with "=" ("Nama = Budi"): "Nama : Budi";
 *  - combined labels ("Nama / NIP : A / 1984…"): a line per label (flagged);
 *  - a table pasted from a PDF with single spaces between cells: labelled records (flagged).
 * `notes` holds, per reshaped line number, the reason every value read from it is flagged.
 */
import { semulaMenjadiTables } from './change-table';
import { classifyKey, headerFields, isPersonKind, normKey } from './people';
import { joinOpenInlineLabels, splitCombinedLabels, splitFieldPairs } from './kv-pairs';
import { spaceTables } from './space-table';
import { unnumberFormLabels } from './numbered-labels';
import { CHECK_BOX } from './check-boxes';
import { collapse, type Line } from './text';

export const REBUILT_TABLE_NOTE = 'Tabel disusun ulang dari sel yang tertulis satu per baris — periksa';
export const FORM_ANSWER_NOTE = 'Nilai dibaca dari baris di bawah labelnya (formulir) — periksa';
export const SIDE_BY_SIDE_NOTE = 'Dua kolom data berdampingan dibaca terpisah (kolom kiri, lalu kolom kanan) — periksa';

export type Reshaped = { lines: Line[]; notes: Map<number, string>; origin: number[] };

const line = (n: number, raw: string): Line => ({ n, raw, text: collapse(raw) });
const blankAt = (n: number): Line => line(n, '');
/** A line rewritten from the letter's own (one or several): what was written stays its source. */
const rewritten = (raw: string, from: readonly Line[]): Line => ({ ...line(from[0].n, raw), written: from.map((l) => l.written ?? l.text).join(' / '), layout: true });

/** A reply's attribution line above the quoted history: "Pada … <a@b> menulis:", "On … wrote:". */
const ATTRIBUTION = /\b(?:menulis|wrote)\s*:\s*$/i;
/** A person's data written in the reply itself: a labelled name or NIP, or an 18-digit NIP. */
const personAbove = (ls: readonly Line[]) => ls.some((l) => /^\s*(?:nama|nip|name)\b[^:]{0,25}:\s*\S/i.test(l.raw) || /\b\d{8}\s?\d{6}\s?\d\s?\d{3}\b/.test(l.text));

/**
 * Runs of 3 or more lines quoted with ">" (a mail client's quote): the marks dropped. A reply's quoted
 * history ("Pada … menulis:" over the run) under a reply that gives people of its own is older mail
 * (an example, an earlier request): blanked with its attribution line.
 */
function unquote(lines: Line[]): Line[] {
  const quoted = (l: Line) => /^\s*>/.test(l.raw);
  const out = lines.slice();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && quoted(lines[j])) j++;
    const attribution = i - 1 - (i >= 2 && !lines[i - 1].text ? 1 : 0);
    if (j - i >= 3 && attribution >= 0 && ATTRIBUTION.test(lines[attribution].text) && personAbove(lines.slice(0, attribution))) {
      for (let k = attribution; k < j; k++) out[k] = blankAt(lines[k].n);
    } else if (j - i >= 3) for (let k = i; k < j; k++) out[k] = { ...lines[k], ...line(lines[k].n, lines[k].raw.replace(/^(?:\s*>)+ ?/, '')) };
    i = Math.max(j, i + 1);
  }
  return out;
}

/** One CSV record split at `sep`, double-quoted cells unquoted ("" inside them is a quote). */
function csvCells(raw: string, sep: ';' | ','): string[] {
  const cells: string[] = [];
  let cur = '';
  let inQuote = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (inQuote) {
      if (c === '"' && raw[k + 1] === '"') {
        cur += '"';
        k++;
      } else if (c === '"') inQuote = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') inQuote = true;
    else if (c === sep) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

/**
 * A header of 4 or more `;` or `,` cells, labels only, naming 2 or more person fields, and the records
 * below it with as many cells (a spreadsheet saved or copied as CSV): tab-separated cells.
 */
function csvTables(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const sep = lines[i].raw.includes('\t') ? null : lines[i].raw.includes(';') ? ';' : lines[i].raw.includes(',') ? ',' : null;
    const head = sep ? csvCells(lines[i].raw, sep) : [];
    const named = head.filter((h) => headerFields(h).length > 0).length;
    // A header is labels only ("No;Nama;NIP;…"), not records with labels ("1. Nama: …; NIP: …") nor a sentence.
    const labels = head.every((h) => h.length <= 30 && h.split(/\s+/).length <= 4 && !/[:@\d]/.test(h));
    let j = i + 1;
    if (head.length >= 4 && named >= 2 && labels) while (j < lines.length && csvCells(lines[j].raw, sep!).length === head.length) j++;
    if (j === i + 1) {
      out.push(lines[i]);
      continue;
    }
    out.push(rewritten(head.join('\t'), [lines[i]]));
    for (let k = i + 1; k < j; k++) out.push(rewritten(csvCells(lines[k].raw, sep!).join('\t'), [lines[k]]));
    i = j - 1;
  }
  return out;
}

const NUMBER_HEAD = /^(?:no|nomor|#)\.?$/i;
const shapes: Record<string, RegExp> = {
  nip: /^\d(?:[ .-]?\d){17}$/,
  email: /^\S+@\S+\.\S+$/,
  phone: /^(?:\+?62|\(?0)[\d\s.()-]{7,18}\d$/,
};

/** A header cell on a line of its own: "No", "Nama", "NIP", "Jabatan", "Email", "Nomor HP". */
const headerCell = (l: Line) => l.text.length <= 30 && !/[@\d]/.test(l.text) && (NUMBER_HEAD.test(l.text) || headerFields(l.text).length === 1);

/**
 * A table whose cells each sit on a line of their own (copied from a PDF viewer): 4 or more header
 * cells naming a name and 2 or more person fields, then whole rows of as many lines whose NIP, e-mail
 * and phone cells have their shapes (and whose number cell is a number).
 */
function cellPerLineTables(lines: Line[], notes: Map<number, string>): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let k = i;
    while (k < lines.length && headerCell(lines[k])) k++;
    const head = lines.slice(i, k).map((l) => l.text);
    const fields = head.map((h) => (NUMBER_HEAD.test(h) ? 'number' : headerFields(h)[0]));
    if (head.length < 4 || !fields.includes('name') || fields.filter((f) => f !== 'number').length < 3) {
      // A later start in the same run names fewer fields: the run is passed over whole.
      out.push(...lines.slice(i, Math.max(k, i + 1)));
      i = Math.max(k, i + 1) - 1;
      continue;
    }
    const rows: Line[][] = [];
    for (let r = k; r + head.length <= lines.length; r += head.length) {
      const row = lines.slice(r, r + head.length);
      const fits = row.every((l, c) => l.text !== '' && (fields[c] === 'number' ? /^\d{1,3}\.?$/.test(l.text) : !shapes[fields[c]] || shapes[fields[c]].test(l.text)));
      if (!fits) break;
      rows.push(row);
    }
    if (!rows.length) {
      out.push(lines[i]);
      continue;
    }
    out.push(rewritten(head.join('\t'), lines.slice(i, k)));
    for (const row of rows) {
      const n = row[0].n;
      out.push(rewritten(row.map((l) => l.text).join('\t'), row));
      for (const l of row) notes.set(l.n, REBUILT_TABLE_NOTE);
      notes.set(n, REBUILT_TABLE_NOTE);
    }
    i = k + rows.length * head.length - 1;
  }
  return out;
}

/** A form's label on its own line: "NIP *", "Nama Lengkap (beserta gelar) *", "Jabatan :". */
const LABEL_WORDS =
  /\b(?:nama|lengkap|gelar|beserta|dengan|dan|nip|nik|jabatan|alamat|e-?mail|surel|pos-el|aktif|nomor|no|hp|handphone|telepon|seluler|ponsel|whatsapp|wa|instansi|opd|perangkat|daerah|unit|satuan|kerja|jenis|permohonan|layanan|peran|hak|akses|cap|waktu|timestamp|pengisian|pangkat|golongan|gol)\b/gi;

function formLabel(l: Line): string | null {
  const m = /^([A-Za-z][A-Za-z .,/()'-]{1,60}?)\s*(\*?)\s*(:?)$/.exec(l.text);
  if (!m || l.raw.includes('\t')) return null;
  const key = m[1].trim();
  // "Nomor Surat Pengantar": the covering letter's number is the request's.
  if (/^(nomor|no) surat( pengantar| permohonan)?$/.test(normKey(key))) return 'Nomor';
  // A label is made of label words only ("Nama Lengkap (beserta gelar)"), or marked as one ("NIP *", "Jabatan :").
  if (!m[2] && !m[3] && key.replace(LABEL_WORDS, '').replace(/[\s.,/()'-]+/g, '') !== '') return null;
  const k = normKey(key);
  if (/^(cap waktu|stempel waktu|timestamp|waktu pengisian)$/.test(k)) return 'Tanggal';
  if (/^(nama )?(instansi|opd|perangkat daerah|satuan kerja|unit kerja)\b/.test(k)) return 'Instansi';
  if (/^(jenis (permohonan|layanan)|peran\b|hak akses)/.test(k)) return key;
  return isPersonKind(classifyKey(key)) ? key : null;
}

/** The label a form's respondent address is given: no person's field. */
const RESPONDENT_LABEL = 'Pengisi formulir';

/**
 * A form that collects its respondent's address asks it first ("Alamat email", above the questions):
 * when a later question asks the person's e-mail ("Email terdaftar di SPSE"), an e-mail question before
 * the name's is who filled the form in, not the person. Its pair's index, or -1.
 */
function respondentEmail(lines: Line[], pairs: readonly number[]): number {
  const kind = (i: number) => classifyKey(formLabel(lines[i]) ?? '');
  const emails = pairs.filter((i) => kind(i) === 'email');
  const name = pairs.find((i) => kind(i) === 'name');
  return emails.length >= 2 && name !== undefined && emails[0] < name ? emails[0] : -1;
}

/**
 * A printed form (a Google Form response): 3 or more labels each on a line of their own with the
 * answer on the next line become "Label : answer".
 */
function formAnswers(lines: Line[], notes: Map<number, string>): Line[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    if (formLabel(lines[i]) && next.text && !formLabel(next) && !/^[A-Za-z][\w .()/-]{0,40}\s*:/.test(next.text)) pairs.push(i);
  }
  if (pairs.length < 3) return lines;
  const out = lines.slice();
  const respondent = respondentEmail(lines, pairs);
  for (const i of pairs) {
    out[i] = blankAt(lines[i].n);
    out[i + 1] = rewritten(`${i === respondent ? RESPONDENT_LABEL : formLabel(lines[i])} : ${lines[i + 1].text}`, [lines[i], lines[i + 1]]);
    notes.set(lines[i].n, FORM_ANSWER_NOTE);
    notes.set(lines[i + 1].n, FORM_ANSWER_NOTE);
  }
  return out;
}

type Unit = { label: string; value: string } | null;

/** Cells of a line: set apart by tabs, or by 2 or more spaces in typed text. */
const CELL_GAP = /\t| {2,}/;

/** A line's label–value units across its tab cells ("Nama", ": A", "Nama", ": B" → two units; leading empty cells → an empty left unit). */
function kvUnits(raw: string): Unit[] | null {
  const cells = raw.replace(/\s+$/, '').split(CELL_GAP).map((c) => c.trim());
  const units: Unit[] = [];
  let k = 0;
  if (cells[0] === '') {
    while (k < cells.length && cells[k] === '') k++;
    units.push(null);
  }
  while (k < cells.length) {
    const joined = /^[A-Za-z][A-Za-z .\/()-]{0,30}$/.test(cells[k]) && cells[k + 1]?.startsWith(':') ? `${cells[k]} ${cells[k + 1]}` : cells[k];
    const m = /^([A-Za-z][A-Za-z .\/()-]{0,30}?)\s*:\s*(.*)$/.exec(joined);
    if (!m) return null;
    units.push({ label: m[1], value: m[2] });
    k += joined === cells[k] ? 1 : 2;
  }
  return units.length === 2 ? units : null;
}

/**
 * Two label columns side by side (a layout table of outgoing | incoming, or two people): 3 or more
 * lines of two "Label : value" units, one line with the same person label on both sides.
 */
function sideBySide(lines: Line[], notes: Map<number, string>): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    const rows: Unit[][] = [];
    for (; j < lines.length; j++) {
      const u = kvUnits(lines[j].raw);
      if (!u) break;
      rows.push(u);
    }
    const twin = rows.some(([a, b]) => a && b && normKey(a.label) === normKey(b.label) && isPersonKind(classifyKey(a.label)));
    if (rows.length < 3 || !twin) {
      // No part of a run without twin labels is one either: the run is passed over whole.
      out.push(...lines.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1) - 1;
      continue;
    }
    // "<TAB>Pejabat Lama<TAB>Pejabat Baru" above: the column titles.
    const titles = out.length ? out[out.length - 1].raw.split(CELL_GAP).map((c) => c.trim()).filter(Boolean) : [];
    const titled = titles.length === 2 && !titles.some((t) => t.includes(':'));
    const titleLine = titled ? out.pop()! : null;
    for (const side of [0, 1]) {
      if (titleLine) out.push(line(titleLine.n, titles[side]));
      rows.forEach((u, r) => {
        const unit = u[side];
        if (!unit) return;
        out.push(rewritten(`${unit.label} : ${unit.value}`, [lines[i + r]]));
        notes.set(lines[i + r].n, SIDE_BY_SIDE_NOTE);
      });
      out.push(blankAt(lines[j - 1].n));
    }
    i = j - 1;
  }
  return out;
}

/** A row of a two-column label table without colons: "Nama<TAB>Budi Santoso". */
function tabLabel(l: Line): { key: string; value: string } | null {
  const m = /^([A-Za-z][A-Za-z .\/()-]{0,30}?)\t+([^\t:][^\t]*)$/.exec(l.raw);
  return m && classifyKey(m[1]) !== 'other' ? { key: m[1].trim(), value: m[2].trim() } : null;
}

/** A value wrapped onto a line of its own, indented and without a tab ("Jabatan<TAB>Kepala Bidang …" ⏎ "        Konflik"). */
const wrappedValue = (l: Line) => /^ {2,}\S/.test(l.raw) && !l.raw.includes('\t');

/**
 * 2 or more such rows naming a person's name or NIP become "Label : value" lines; a value wrapped onto
 * an indented line stays as it is (read as the value's continuation) and the rows go on below it.
 */
function tabLabelRows(lines: Line[]): Line[] {
  const out = lines.slice();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (tabLabel(lines[j]) || (j > i && (/^(keterangan|alasan|pangkat|golongan|ket)\b/i.test(lines[j].text) || wrappedValue(lines[j]))))) j++;
    const rows = lines.slice(i, j).map(tabLabel);
    if (j - i >= 2 && rows.some((r) => r && ['name', 'nip'].includes(classifyKey(r.key)))) {
      for (let k = i; k < j; k++) {
        const r = rows[k - i];
        if (!r && wrappedValue(lines[k])) continue;
        out[k] = rewritten(r ? `${r.key} : ${r.value}` : lines[k].raw.replace(/\t+/, ' : '), [lines[k]]);
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** "Nama = Budi", "NIP = 1984…": a person's field labelled with "=" instead of a colon. */
const EQUALS_LABEL = /^(\s*)([A-Za-z][A-Za-z .\/()-]{0,30}?)\s*=\s*(\S.*)$/;

/** Runs of 2 or more "=" labelled person fields naming a name or NIP become "Label : value" lines. */
function equalsLabels(lines: Line[]): Line[] {
  const kinds = lines.map((l) => {
    const m = EQUALS_LABEL.exec(l.raw);
    const kind = m ? classifyKey(m[2]) : 'other';
    return m && isPersonKind(kind) ? kind : null;
  });
  return lines.map((l, i) => {
    if (!kinds[i]) return l;
    let [a, b] = [i, i];
    while (a > 0 && kinds[a - 1]) a--;
    while (b + 1 < lines.length && kinds[b + 1]) b++;
    const run = kinds.slice(a, b + 1);
    if (run.length < 2 || !run.some((k) => k === 'name' || k === 'nip')) return l;
    const m = EQUALS_LABEL.exec(l.raw)!;
    return rewritten(`${m[1]}${m[2].trim()} : ${m[3]}`, [l]);
  });
}

/**
 * The letter's lines with the layouts above rewritten, numbered again (the parser reads line n at
 * index n - 1); `origin[n]` is the letter's own number of line n, `notes` is keyed by the new numbers.
 */
export function reshapeLayouts(input: Line[]): Reshaped {
  const byOrigin = new Map<number, string>();
  let lines = unquote(input);
  lines = csvTables(lines);
  lines = cellPerLineTables(lines, byOrigin);
  lines = spaceTables(lines, byOrigin);
  lines = unnumberFormLabels(lines);
  lines = semulaMenjadiTables(lines, byOrigin);
  lines = tabLabelRows(lines);
  lines = equalsLabels(lines);
  lines = formAnswers(lines, byOrigin);
  lines = sideBySide(lines, byOrigin);
  lines = joinOpenInlineLabels(lines);
  lines = splitFieldPairs(lines, byOrigin);
  lines = splitCombinedLabels(lines, byOrigin);
  const notes = new Map<number, string>();
  const origin: number[] = [0];
  const renumbered = lines.map((l, i) => {
    origin.push(l.n);
    const note = byOrigin.get(l.n);
    if (note && l.text) notes.set(i + 1, note);
    return l.n === i + 1 ? l : { ...l, n: i + 1 };
  });
  return { lines: renumbered, notes, origin };
}

/** Whether the reshaped lines are the letter's own, line for line (nothing to number back). */
export const sameNumbers = (r: Reshaped) => r.origin.every((n, i) => n === i);

/** Kinds of request: an answer naming two is a list of options (boxes a scan no longer shows as boxes), not the request. */
const REQUEST_OPTION = /\b(?:reset|pembuatan|penonaktifan|nonaktif|perubahan|penggantian|pemulihan)\b/gi;

/**
 * A form's line of request options whose boxes the reader lost ("CD Pembuatan akun baru⇥DC Reset
 * password", a scan): 2 or more short cells each naming a kind of request. With no ticked option read,
 * what is asked is not known from the form: the line, or null.
 */
export function untickedOptionsLine(lines: readonly Line[]): Line | null {
  return (
    lines.find((l) => {
      const cells = l.raw.split('\t').map((c) => c.trim()).filter(Boolean);
      const kinds = cells.filter((c) => (c.match(REQUEST_OPTION) ?? []).length === 1);
      return cells.length >= 2 && kinds.length >= 2 && cells.every((c) => c.length <= 50);
    }) ?? null
  );
}

/**
 * The answers to a form's request questions ("Peran / Hak Akses", "Jenis Permohonan"): what is
 * asked, when no Hal says it. A line of check boxes (check-boxes.ts: the ticked ones are read as
 * ticks, elsewhere), or of several kinds of request, is no answer: its first option is not the
 * request (a scan that lost the tick asked for it silently).
 */
export function requestAnswers(lines: readonly Line[]): string | null {
  const answers = lines
    .map((l) => /^\s*((?:jenis\s+(?:permohonan|layanan)|peran|hak\s+akses)[^:]{0,30}?)\s*:\s*(\S.*)$/i.exec(l.raw))
    .filter((m) => m !== null && !CHECK_BOX.test(m[2]) && (m[2].match(REQUEST_OPTION) ?? []).length < 2)
    .map((m) => m![2].trim());
  return answers.length ? answers.join('; ') : null;
}
