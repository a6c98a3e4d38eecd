/**
 * A scan's text repaired line by line before it is parsed, where a recogniser's confusions hide what
 * a line says (each line keeps its place: a scan's evidence is by line):
 *  - a label word misread ("PERlHAL", "Nornor", "HaI", "Larnpiran") gets its spelling back, so the
 *    line is read as the label it is (a label is no value: nothing to flag);
 *  - a date's digits and month name misread ("l4 Septernber 2O26") are given back, and a NIP's
 *    spaces read as colons ("19910303:201503:1:005");
 *  - a form's row of check boxes, which a recogniser reads as "(xl", "Ixl", "(1 J", "CI", "MH"…, is
 *    written "[x]" / "[ ]" (check-boxes.ts reads those): a box with an x or a tick in it is ticked;
 *    in a row with no such box, the one box unlike the others' empty shape (or the one option whose
 *    box was lost) is.
 * Dates, NIPs and boxes are values: the lines they were repaired on are returned with what was read, so
 * the values read from them are flagged (scan-evidence.ts).
 */
import { wordShape } from './scan-repair';
import { MONTH_NAMES, monthNumber } from './validate';

/** Words of the labels a letter's header and a person's record are read by. */
const LABEL_WORDS = ['Nomor', 'Nomer', 'Perihal', 'Prihal', 'Hal', 'Lampiran', 'Sifat', 'Tanggal', 'Kepada', 'Dari', 'Nama', 'Lengkap', 'NIP', 'NIK', 'NRP', 'Jabatan', 'Email', 'Surel', 'Telepon', 'Telp', 'Pangkat', 'Golongan', 'Instansi', 'Peran', 'Jenis', 'Permohonan', 'Alamat'];

/** `label` in the case `word` was written in (capitals stay capitals; a lower-case l among capitals is an I). */
function asWritten(label: string, word: string): string {
  const letters = word.replace(/[^A-Za-z]/g, '');
  return letters.replace(/l/g, '') === letters.replace(/l/g, '').toUpperCase() && letters.length > 1 && /[A-Z]{2}/.test(letters) ? label.toUpperCase() : label;
}

/** The label words before a line's first colon with their spelling back ("PERlHAL :" → "PERIHAL :"); the line as it is when none. */
function repairLabel(line: string): string {
  const m = /^(\s*)([^:\t]{2,40}?)(\s*[:\t])/.exec(line);
  if (!m || m[2].split(/\s+/).length > 4) return line;
  const key = m[2].replace(/[A-Za-z0-9|!]{2,}/g, (word) => {
    if (LABEL_WORDS.some((l) => l.toLowerCase() === word.toLowerCase())) return word;
    const label = LABEL_WORDS.find((l) => wordShape(l) === wordShape(word));
    return label ? asWritten(label, word) : word;
  });
  return key === m[2] ? line : m[1] + key + line.slice(m[1].length + m[2].length);
}

/** Digits a recogniser reads as letters in a date (O o → 0, l I | → 1). */
const dateDigits = (s: string) => s.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');

/** "l4 Septernber 2O26", "12 Me1 2026": a day, a month word and a year, each possibly misread. */
const LOOSE_DATE = /(?<![\w/.])([0-9OolI|]{1,2})(\s*(?:-|\s)\s*)([A-Za-z0-9|!]{3,10})(\.?\s*(?:-|,?\s)\s*)([0-9OolI|]{4})(?![\w/])/g;

/** The month word `word` was read from: one month name of the same shape ("Septernber", "Me1", "Jull"); null when none or several. */
function monthWord(word: string): string | null {
  if (monthNumber(word) !== null) return word;
  if (!/[A-Za-z]{2}/.test(word)) return null;
  const like = MONTH_NAMES.filter((n) => wordShape(n) === wordShape(word));
  if (new Set(like.map((n) => monthNumber(n))).size !== 1) return null;
  const name = like[0];
  return word === word.toUpperCase() ? name.toUpperCase() : name[0].toUpperCase() + name.slice(1);
}

/** A line's dates with their digits and month names given back; the line as it is when none was misread. */
function repairDates(line: string): string {
  return line.replace(LOOSE_DATE, (all, day: string, gap1: string, word: string, gap2: string, year: string) => {
    const month = monthWord(word);
    const d = dateDigits(day);
    const y = dateDigits(year);
    if (!month || !/\d/.test(day + year) || Number(d) < 1 || Number(d) > 31 || !/^(?:19|20)\d\d$/.test(y)) return all;
    return `${d}${gap1}${month}${gap2}${y}`;
  });
}

/**
 * A NIP's groups (8, 6, 1 and 3 digits) with colons, semicolons, tildes, underscores or commas read
 * for the spaces between them ("19910303:201503:.1:005", "201101:2 013"): spaced again, so the NIP
 * is read as one (and apart from a name in the same cell).
 */
const NIP_GROUPS = /(?<![\d:;~_,.])(\d{8})([\s:;~_,.]*)(\d{6})([\s:;~_,.]*)(\d)([\s:;~_,.]*)(\d{3})(?![\d:;~_,])/g;

function repairNipSeparators(line: string): string {
  return line.replace(NIP_GROUPS, (all, a: string, s1: string, b: string, s2: string, c: string, s3: string, d: string) =>
    [s1, s2, s3].some((sep) => /[:;~_,]/.test(sep)) ? `${a} ${b} ${c} ${d}` : all,
  );
}

/** A token that may be a check box as read: brackets, bars, the letters a box or a tick is read as, at most four. */
const BOX_TOKEN = /^[()[\]{}|/1IJlLCDOoMHWmxXvV7✓✔√☑☒☐■□×]{1,4}$/;
/** A box read with an x or a tick in it, or a filled box read as M, H or W ("MH", "MW", "Hm"). */
const TICKED_MARK = /[xX×✓✔√☑☒■vV]|^[MHWm]{1,2}[I1l]?$/;
/** An empty box as read: brackets and bars only ("(1 J", "(| I", "()"), or a ☐ read as C ("CI", "CO", "DC"). */
const EMPTY_MARK = /^[()[\]{}|/1IJlL]+$|^(?=.*C)[CDO0()[\]1Il|]+$/;

type BoxOption = { box: string; text: string[] };

/** A box as read holds a bracket, a bar or slash, a C (☐), M H W (a filled box) or a tick: not only ones and I's ("1", "II" are numbers). */
const BOX_RUN = /[()[\]{}|/CMHWmxX×vV7✓✔√☑☒☐■□]/;

/**
 * The options of a row of check boxes, each with its box as read ("" when none was read). A box
 * starts a cell (the recogniser sets a tab stop before it) and may run on over cells ("(|", "1").
 */
function boxOptions(value: string): BoxOption[] {
  // A box's closing mark glued to its option's first word ("JAuditor", "(LvIAkun").
  const cells = value.replace(/(^|\s)([()[\]{}|/1IJlLvVxX]{1,4})(?=[A-Z][a-z])/g, '$1$2 ').split('\t');
  const out: BoxOption[] = [];
  let run: string[] = [];
  for (const cell of cells) {
    const tokens = cell.split(/\s+/).filter(Boolean);
    let k = 0;
    while (k < tokens.length && BOX_TOKEN.test(tokens[k])) run.push(tokens[k++]);
    // A cell of box marks only: the box goes on in the next cell.
    if (k === tokens.length) continue;
    const box = BOX_RUN.test(run.join('')) ? run.join('') : '';
    // A new cell starts a new option; marks that are no box are its first words.
    out.push({ box, text: [...(box ? [] : run), ...tokens.slice(k)] });
    run = [];
  }
  return out;
}

/**
 * A row of options with check boxes as read, written with "[x]" / "[ ]" boxes; null when the row is
 * not one (fewer than two boxes read, an option without text) or which box is ticked is not clear.
 */
function repairBoxRow(value: string, labelled: boolean): string | null {
  const options = boxOptions(value);
  const boxes = options.filter((o) => o.box);
  if (options.length < 2 || boxes.length < 2 || options.some((o) => !o.text.length)) return null;
  // Options are words: a cell holding an address or a run of digits is a table's, not a form's.
  if (options.some((o) => /@|\d{4}/.test(o.text.join(' ')))) return null;
  // A row without a label needs a bracket of its own: "CI Pokja  CO Auditor" could be words.
  if (!labelled && !boxes.some((o) => /[([]/.test(o.box))) return null;
  const kind = (o: BoxOption) => (!o.box ? 'none' : TICKED_MARK.test(o.box) ? 'on' : EMPTY_MARK.test(o.box) ? 'empty' : 'odd');
  const kinds = options.map(kind);
  let ticked: boolean[];
  if (kinds.includes('on')) ticked = kinds.map((k) => k === 'on');
  else {
    const others = kinds.filter((k) => k !== 'empty');
    if (others.length !== 1) return null;
    ticked = kinds.map((k) => k !== 'empty');
  }
  // A box neither ticked nor empty beside a ticked one is left without a box (it says nothing).
  return options.map((o, k) => `${ticked[k] ? '[x] ' : kinds[k] === 'empty' || kinds[k] === 'none' ? '[ ] ' : ''}${o.text.join(' ')}`).join('\t');
}

/** A line of check boxes with its boxes written "[x]" / "[ ]"; the line as it is when it is none. */
function repairBoxes(line: string): string {
  if (/\[[xX ]\]/.test(line)) return line;
  const m = /^(\s*[^:\t]{2,40}?\s*:\s*)(.*)$/.exec(line);
  const labelled = !!m && m[1].trim().split(/\s+/).length <= 5;
  const head = labelled ? m![1] : '';
  const fixed = repairBoxRow(labelled ? m![2] : line, labelled);
  return fixed === null ? line : head + fixed;
}

/** A scan's text repaired: `values` and `boxes` hold the lines (1-based) whose dates, NIPs or check boxes were repaired, as they were read. */
export type ScanTextRepairs = { text: string; values: Map<number, string>; boxes: Map<number, string> };

/** `text` (a scan's) with its label words, dates, NIPs and check boxes repaired. */
export function repairScanText(text: string): ScanTextRepairs {
  const values = new Map<number, string>();
  const boxes = new Map<number, string>();
  const lines = text.split('\n').map((read, k) => {
    const labelled = repairLabel(read);
    const dated = repairNipSeparators(repairDates(labelled));
    const fixed = repairBoxes(dated);
    if (dated !== labelled) values.set(k + 1, read);
    if (fixed !== dated) boxes.set(k + 1, read);
    return fixed;
  });
  return { text: lines.join('\n'), values, boxes };
}
