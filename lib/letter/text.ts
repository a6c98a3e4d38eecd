/** Small text helpers shared by the letter parser. */

export type Line = {
  /** 1-based line number in the letter text. */
  n: number;
  /** The line as written (tabs kept, markdown emphasis removed, right-trimmed). */
  raw: string;
  /** Trimmed, whitespace collapsed. */
  text: string;
  /** The line as written when `raw` / `text` were rewritten (a radiogram's "KMA" → ","); shown as the source. */
  written?: string;
  /** A line rewritten from another layout (lib/letter/layouts.ts): `written` is its source, not a radiogram's. */
  layout?: true;
  /** A line of a chat export (a message's prefix, or a line of a message going on). */
  chat?: true;
};

/** A chat message's stamp: "[09/03/26, 08:43:10] " (brackets), or "09/03/26 08.43 - " (a dash after it; not a browser's print header "30/11/26 10.14<TAB>Gmail - …"). */
const CHAT_STAMP = /(?:\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+\d{1,2}\/\d{1,2}\/\d{2,4})/.source;
const CHAT_PREFIX = new RegExp(`^\\s*(?:\\[${CHAT_STAMP}\\]\\s*(?:-\\s*)?|${CHAT_STAMP}\\s*-\\s*)[^:\\n]{1,40}:\\s`);

/** Telegram's copied messages: "Budi Kominfo, [03.11.2026 10:04]" over the message's lines. */
const TELEGRAM_HEADER = /^\s*[^,\n[\]]{1,40},\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[AaPp][Mm])?\]\s*$/;

/**
 * A chat message typed as a label without its colon ("email rina@…", "Hp 0852 …", "jabatan Anggota …"):
 * the colon put back when the value looks like that label's value.
 */
const CHAT_LABEL: [RegExp, RegExp][] = [
  [/^(e-?mail|surel)\s+/i, /^\S+@\S+\.\S+$/],
  [/^((?:no\.?\s*)?(?:hp|wa|telp|telepon))\s+/i, /^\+?\d[\d\s.-]{7,}$/],
  [/^(jabatan|nama)\s+/i, /^[A-Z]/],
];
function chatLabel(message: string): string {
  for (const [key, value] of CHAT_LABEL) {
    const m = key.exec(message);
    if (m && value.test(message.slice(m[0].length).trim())) return `${m[1]} : ${message.slice(m[0].length)}`;
  }
  return message;
}

export function toLines(input: string): Line[] {
  const normalised = input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    // Box-drawing tables ("│ Nama │", "├────┼") read as ASCII ones ("| Nama |", "+----+").
    .replace(/[\u2502\u2503\u2551]/g, '|')
    .replace(/[\u2500\u2501\u2550]/g, '-')
    .replace(/[\u250C-\u254B\u2552-\u256C]/g, '+');
  let inChat = false;
  return normalised.split('\n').map((l, i) => {
    // A chat export's "09/03/26 08.43 - Rina Dinkes Lahat: ", "[09/03/26, 08:43:10] Rina: " or "[08.47, 12/3/2026] Rina: ";
    // the lines below a message without a prefix are the same message going on ("email …" / "Hp …").
    const chat = CHAT_PREFIX.exec(l);
    // A Telegram message header holds only who and when: a blank line between messages.
    const telegram = !chat && TELEGRAM_HEADER.test(l);
    inChat ||= chat !== null || telegram;
    const raw = (telegram ? '' : chat ? chatLabel(l.slice(chat[0].length)) : inChat ? chatLabel(l) : l)
      .replace(/\*\*|__(?=\S)|(?<=\S)__/g, '')
      // WhatsApp emphasis: *Nama*, _catatan_, ~coret~
      .replace(/(^|[\s(])([*_~])(\S(?:[^*_~\n]*?\S)?)\2(?=[\s:.,;)]|$)/g, '$1$3')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\s+$/, '');
    return { n: i + 1, raw, text: collapse(raw), ...(inChat && { chat: true as const }) };
  });
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "I N S P E K T O R A T" → "INSPEKTORAT", "N a m a" → "Nama" (letter-spaced OCR words). */
export function despace(s: string): string {
  return s.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){2,}(?![A-Za-z])/g, (m) => m.replace(/ /g, ''));
}

/** The part of a value before a wide gap (a second column) or a tab. */
export function firstColumn(s: string): string {
  return s.split(/\t| {5,}/)[0];
}

export const isBlank = (l: Line | undefined) => !l || l.text === '';

/** The cell delimiter of a table row: a pipe, else a tab, else none. */
export function cellDelimiter(raw: string): '|' | '\t' | null {
  return raw.includes('|') ? '|' : raw.includes('\t') ? '\t' : null;
}

/** The line number of the first row of the table holding line `n`: up from it while the lines hold `delim`. */
export function tableTop(lines: readonly Line[], n: number, delim: string): number {
  while (n > 1 && lines[n - 2].raw.includes(delim)) n--;
  return n;
}

/** A table row's cells, trimmed (a leading "|" border dropped). */
export function rowCells(raw: string, delim: string): string[] {
  return raw.replace(/^\s*\|/, '').split(delim).map((c) => c.trim());
}

/** Indented continuation of the previous line's value. */
export function isIndented(l: Line): boolean {
  return /^(?: {2,}|\t)/.test(l.raw);
}

/** Academic titles and similar suffix segments: "S.E.", "M.Si.", "Ak.", "CA", "S.I.Kom.". */
export function isTitleSegment(seg: string): boolean {
  const s = seg.trim();
  if (!s || s.length > 14) return false;
  if (/^(NIP|NIK|NRP|HP|WA|PPK|NO)$/i.test(s)) return false;
  if (/^(?:[A-Za-z]{1,5}\.\s?)+[A-Za-z]{0,5}\.?$/.test(s)) return true;
  return /^[A-Z][A-Za-z]{1,4}$/.test(s) && (s.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * A written form of address before a name ("Sdr.", "Saudari", "Bapak", "Ibu", "Bpk.", and with their
 * dot "Ny." / "Tn." / "Nn." — Nyonya, Tuan, Nona): a regex source, one list for the parser.
 */
export const HONORIFIC_WORD = '(?:(?:[Ss]dri?|[Ss]audara|[Ss]audari|[Bb]apak|[Ii]bu|[Bb]pk)\\.?|(?:Ny|Tn|Nn)\\.)';
/** A spoken form of address, as chats and mails write it ("Pak", "Bu", "Mas", "Mbak"): a regex source. */
export const SPOKEN_HONORIFIC = '(?:[Pp]ak|[Bb]u|[Mm]as|[Mm]bak)';
// "Almarhum"/"Almh." (the late …) is said of a deceased person, not part of the name.
const HONORIFIC = new RegExp(`^(?:yth\\.?|${HONORIFIC_WORD}|almarhum(?:ah)?|alm\\.|almh\\.)\\s+`, 'i');

/**
 * A police or military rank written before a seconded officer's name ("AKBP", "Kompol", "Iptu",
 * "Brigpol"; "Mayor", "Kapten", "Letda", "Serka"; "Komisaris Polisi", "Sersan Dua"), in title case or
 * capitals, with what may follow it: the force ("TNI", "Pol.", "Laut (P)") and the corps ("Inf.",
 * "Czi"). It is no part of the name typed into SPSE.
 */
const RANK_WORDS = [
  // Polri.
  'Jenderal Polisi', 'Komjen', 'Irjen', 'Brigjen', 'Kombes', 'AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Aipda',
  'Bripka', 'Brigpol', 'Briptu', 'Bripda', 'Abrip', 'Abriptu', 'Abripda', 'Bharaka', 'Bharatu', 'Bharada',
  '(?:Ajun )?Komisaris (?:Besar )?Polisi', '(?:Ajun )?Inspektur Polisi (?:Satu|Dua)', 'Brigadir (?:Polisi )?(?:Kepala|Satu|Dua)', 'Brigadir(?: Polisi)?',
  // TNI.
  'Jenderal', 'Letjen', 'Mayjen', 'Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Lettu', 'Letda', 'Peltu', 'Pelda',
  'Serma', 'Serka', 'Sertu', 'Serda', 'Kopka', 'Koptu', 'Kopda', 'Praka', 'Pratu', 'Prada',
  'Laksamana', 'Laksdya', 'Laksda', 'Laksma', 'Marsekal', 'Marsdya', 'Marsda', 'Marsma',
  'Letnan (?:Jenderal|Kolonel|Satu|Dua)', '(?:Pembantu )?Letnan (?:Satu|Dua)', 'Sersan (?:Mayor|Kepala|Satu|Dua)', 'Kopral (?:Kepala|Satu|Dua)', 'Prajurit (?:Kepala|Satu|Dua)',
];
const RANK_WORD = `(?:${RANK_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')})`;
/** The force or corps after a rank: "TNI", "Pol." / "(Pol)", "Laut" / "Udara" with "(P)", "Inf.", "Czi", "Kav". */
const RANK_TAILS = ['Pol', 'Laut', 'Udara', 'Marinir', 'Inf', 'Kav', 'Arm', 'Arh', 'Czi', 'Cpn', 'Cba', 'Ckm', 'Chb', 'Cpl', 'Cku', 'Cpm', 'Caj', 'Chk', 'Ctp', 'Kes', 'Mar'];
const RANK_TAIL = String.raw`(?:TNI|\(?(?:${RANK_TAILS.flatMap((w) => [w, w.toUpperCase()]).join('|')})\.?\)?|\([A-Z]{1,3}\))`;
const RANK = new RegExp(String.raw`^${RANK_WORD}(?:\s+${RANK_TAIL})*\s+(?=[A-Z]|dr\.)`);
/**
 * "atas nama" / "a.n." / "an." / "a/n" before a name (on behalf of, in the name of): a regex source, one
 * list for the parser; in lower case only: "A.N. Sitompul" is a name with initials.
 */
export const ON_BEHALF_WORD = String.raw`(?:[Aa]tas\s+nama|a\.\s?n\.|an\.|a\/n)`;
const ON_BEHALF = new RegExp(String.raw`^${ON_BEHALF_WORD}\s*:?\s+`);
// A writer naming herself at a sentence's start ("Saya Yusran Lahabu, S.T., NIP …", "saya bernama …").
const FIRST_PERSON = /^[Ss]aya\s+(?:adalah\s+|bernama\s+)?(?=[A-Z])/;

/** A person's name as written, academic titles kept, honorifics (Sdr., Bapak), a rank (AKBP, Kapten Inf.), "atas nama" / "a.n." and a first "Saya" dropped. */
export function cleanName(s: string): string {
  let v = collapse(s).replace(/\s+,/g, ',').replace(/,(?=\S)/g, ', ');
  while (HONORIFIC.test(v) || ON_BEHALF.test(v) || FIRST_PERSON.test(v) || RANK.test(v)) v = v.replace(HONORIFIC, '').replace(ON_BEHALF, '').replace(FIRST_PERSON, '').replace(RANK, '');
  v = v.replace(/[;:,\-–(]+$/, '').trim();
  // A trailing full stop that is not part of a title ("Galih Permana.").
  const segs = v.split(', ');
  const last = segs[segs.length - 1];
  if (segs.length === 1 && /[a-z]{3,}\.$/.test(v) && !/\b[A-Z][a-z]?\.$/.test(v)) v = v.slice(0, -1);
  else if (segs.length > 1 && !isTitleSegment(last) && /[a-z]{3,}\.$/.test(last)) v = v.slice(0, -1);
  return v;
}

/** Offsets of joined lines, to map a match in a paragraph back to its line. */
export type Joined = { text: string; starts: number[]; lines: Line[] };

export function joinLines(lines: Line[]): Joined {
  let text = '';
  const starts: number[] = [];
  for (const l of lines) {
    if (text) text += ' ';
    starts.push(text.length);
    text += l.text;
  }
  return { text, starts, lines };
}

/** The line holding `offset` (binary search: a paragraph may join thousands of lines). */
export function lineAt(j: Joined, offset: number): Line {
  let lo = 0;
  let hi = j.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (j.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return j.lines[lo];
}
