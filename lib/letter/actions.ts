import type { Draft } from './people';
import type { LetterRole, RequestAction } from './schema';
import type { Line } from './text';

/*
 * What a letter asks for each person. A reset letter resets everyone; a letter closing accounts
 * (penonaktifan, pencabutan) deactivates everyone; a data-change letter changes; a replacement letter
 * (penggantian / pergantian PPK, Pokja, …) deactivates the outgoing person and creates the incoming one,
 * told apart by the heading above each person ("PPK lama:", "Semula:" / "PPK baru:", "Menjadi:");
 * everything else creates accounts.
 */

const REPLACEMENT = /\b(?:penggantian|pergantian|perubahan|mutasi)\b(?!\s+(?:password|kata\s*sandi|data\b))/i;
const DEACTIVATION = /\b(?:penonaktifan|menonaktifkan|dinonaktifkan|nonaktifkan|non-?aktif|pencabutan|penutupan|penghapusan)\s+(?:akun|user|hak\s+akses|(?:user\s*)?id)\b/i;
const CHANGE = /\b(?:perubahan|pembaruan|pemutakhiran)\s+data\b/i;
export const OUTGOING = /\b(?:semula|lama|penonaktifan|penutupan|pencabutan|penghapusan|yang\s+diganti|digantikan|(?:di|me)?nonaktifkan|dicabut|mencabut|dihapus|menghapus|keluar)\b/i;
export const INCOMING = /\b(?:menjadi|baru|pembuatan|pengganti|penggantinya|dibuatkan|membuatkan|diaktifkan|mengaktifkan)\b/i;

/** A short heading line that says which side of a replacement the people below it are on. */
function sideOf(l: Line): 'out' | 'in' | null {
  if (l.text.length > 70 && !/:$/.test(l.text)) return null;
  const out = OUTGOING.test(l.text);
  const inc = INCOMING.test(l.text);
  if (out === inc) return null;
  return out ? 'out' : 'in';
}

/** The side of a person read from a table with a person per column: the heading cell of their column. */
function columnSide(lines: readonly Line[], d: Draft): { side: 'out' | 'in'; line: Line } | null {
  const column = Object.values(d).find((s) => s?.column !== undefined)?.column;
  if (column === undefined) return null;
  const delim = lines[firstLine(d) - 1].raw.includes('|') ? '|' : '\t';
  // The table's first row: up from the person's first line while the lines are rows.
  let n = firstLine(d);
  while (n > 1 && lines[n - 2].raw.includes(delim)) n--;
  const cells = lines[n - 1].raw.replace(/^\s*\|/, '').split(delim);
  const heading = cells[column]?.trim() ?? '';
  const out = OUTGOING.test(heading);
  if (!heading || out === INCOMING.test(heading)) return null;
  return { side: out ? 'out' : 'in', line: lines[n - 1] };
}

/** A table row's status cell: a cell without digits or @ that says one side ("Dinonaktifkan", "Dibuatkan akun"). */
function rowSide(l: Line): 'out' | 'in' | null {
  const delim = l.raw.includes('|') ? '|' : l.raw.includes('\t') ? '\t' : null;
  if (!delim) return null;
  const sides = l.raw
    .split(delim)
    .map((c) => c.trim())
    .filter((c) => c && c.length <= 40 && !/[\d@]/.test(c))
    .map((c) => (OUTGOING.test(c) === INCOMING.test(c) ? null : OUTGOING.test(c) ? 'out' : 'in'))
    .filter((x) => x !== null);
  return sides.length === 1 ? sides[0] : null;
}

/** The side said by the words before the person's name on the name's line ("Penutupan akun SPSE a.n. …"). */
function sideBeforeName(d: Draft): ActionEvidence | null {
  if (!d.name) return null;
  const at = d.name.line.text.indexOf(d.name.value.split(/[\s,]/)[0]);
  if (at <= 0) return null;
  const before = d.name.line.text.slice(0, at);
  const out = OUTGOING.test(before);
  if (out === INCOMING.test(before)) return null;
  return { action: out ? 'deactivate' : 'create', line: d.name.line, note: `Surat penggantian: ${out ? 'pegawai lama (dinonaktifkan)' : 'pegawai baru (dibuatkan akun)'} menurut kata sebelum namanya — periksa` };
}

const firstLine = (d: Draft) => Math.min(...Object.values(d).map((s) => s!.line.n));

/** A person's action with, when it was deduced rather than stated, the line it came from and why. */
export type ActionEvidence = { action: RequestAction; line?: Line; note?: string };

export function requestActions(lines: readonly Line[], drafts: readonly Draft[], role: LetterRole | null, subject: string | null, body: string): ActionEvidence[] {
  // Without a subject the request type comes from the body: each non-default action says so.
  const fromBody = (action: RequestAction) => (d: Draft): ActionEvidence =>
    subject === null ? { action, line: lines[firstLine(d) - 1], note: 'Jenis permintaan ditebak dari isi surat (tidak ada perihal) — periksa' } : { action };
  if (role === 'password-reset') return drafts.map(fromBody('reset'));
  const about = subject ?? body;
  if (DEACTIVATION.test(about)) return drafts.map(fromBody('deactivate'));
  if (CHANGE.test(about)) return drafts.map(fromBody('change'));
  if (!REPLACEMENT.test(about)) return drafts.map(() => ({ action: 'create' }));
  return drafts.map((d) => {
    // A person per table column: the column's heading ("Semula" | "Menjadi").
    const fromColumn = columnSide(lines, d);
    if (fromColumn) {
      const { side, line } = fromColumn;
      return { action: side === 'out' ? 'deactivate' : 'create', line, note: `Surat penggantian: ${side === 'out' ? 'pegawai lama (dinonaktifkan)' : 'pegawai baru (dibuatkan akun)'} menurut judul kolomnya — periksa` };
    }
    // A table row's own status cell ("Dinonaktifkan" | "Arif Rahman …"), on any row of the record.
    const rows = [...new Set(Object.values(d).map((s) => s!.line))].sort((a, b) => a.n - b.n);
    const sides = [...new Set(rows.map(rowSide).filter((x) => x !== null))];
    const fromRow = sides.length === 1 ? sides[0] : null;
    if (fromRow) {
      return { action: fromRow === 'out' ? 'deactivate' : 'create', line: lines[firstLine(d) - 1], note: `Surat penggantian: ${fromRow === 'out' ? 'pegawai lama (dinonaktifkan)' : 'pegawai baru (dibuatkan akun)'} menurut kolom status barisnya — periksa` };
    }
    // The request words before the name on its own line ("a. Menonaktifkan akun … atas nama Andi …").
    const own = sideBeforeName(d);
    if (own) return own;
    // The nearest side heading above the person's first line (their own line included).
    for (let n = firstLine(d); n >= 1; n--) {
      const side = sideOf(lines[n - 1]);
      if (side) {
        const action = side === 'out' ? 'deactivate' : 'create';
        return { action, line: lines[n - 1], note: `Surat penggantian: ${side === 'out' ? 'pegawai lama (dinonaktifkan)' : 'pegawai baru (dibuatkan akun)'} menurut judul di atasnya — periksa` };
      }
    }
    return { action: 'create', line: lines[firstLine(d) - 1], note: 'Surat penggantian: tidak jelas apakah pegawai ini pejabat lama atau baru; dianggap baru — periksa' };
  });
}
