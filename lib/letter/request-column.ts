import type { Draft } from './people';
import type { RequestAction } from './schema';
import { cellDelimiter, rowCells, tableTop, type Line } from './text';

/*
 * A table with a column naming each row's request ("Permohonan", "Jenis Layanan", "Jenis Permohonan"):
 * the row's own cell says the person's action, whatever the letter's subject says for the rest.
 */

/** The heading of a request column: "Permohonan", "Jenis Layanan", "Jenis Permintaan", "Layanan yang Dimohon". */
const REQUEST_HEAD = /^(?:jenis\s+)?(?:permohonan|layanan|permintaan)(?:\s+(?:akun|yang\s+dimohon|layanan))?$/i;

const CELL_ACTIONS: [RequestAction, RegExp][] = [
  ['reset', /\b(?:reset|kata\s*sandi|password|sandi)\b/i],
  ['deactivate', /\b(?:penonaktifan|nonaktif|non-aktif|dinonaktifkan|nonaktifkan|pencabutan|dicabut|penutupan|ditutup|penghapusan|dihapus)\b/i],
  ['change', /\b(?:perubahan|pembaruan|pemutakhiran|ubah|diubah|ganti)\b/i],
  ['create', /\b(?:pembuatan|pendaftaran|penambahan|dibuatkan|didaftarkan|akun\s+baru)\b/i],
];

/** The one action a request cell says ("Reset kata sandi", "Penonaktifan akun (mutasi)"); none when it says none or several. */
function cellAction(cell: string): RequestAction | null {
  const said = (t: string) => CELL_ACTIONS.filter(([, re]) => re.test(t)).map(([a]) => a);
  // "(semula Analis)", "(mutasi ke BPKAD)": a bracketed reason says no request.
  const plain = said(cell.replace(/\([^)]*\)/g, ' '));
  const found = plain.length ? plain : said(cell);
  return found.length === 1 ? found[0] : null;
}

/** The action the request column of the person's own table row says, with that row. */
export function requestCellAction(lines: readonly Line[], d: Draft): { action: RequestAction; line: Line } | null {
  const rows = [...new Set(Object.values(d).map((s) => s!.line))].sort((a, b) => a.n - b.n);
  for (const row of rows) {
    const delim = cellDelimiter(row.raw);
    if (!delim) continue;
    // The table's header: up from the row while the lines are rows.
    const n = tableTop(lines, row.n, delim);
    if (n === row.n) continue;
    const column = rowCells(lines[n - 1].raw, delim).findIndex((h) => REQUEST_HEAD.test(h));
    if (column < 0) continue;
    const action = cellAction(rowCells(row.raw, delim)[column] ?? '');
    if (action) return { action, line: row };
  }
  return null;
}
