import type { Draft } from './people';
import type { RequestAction } from './schema';
import { cellDelimiter, type Line } from './text';

/*
 * A letter asking new accounts and password resets at once ("Permohonan Akun Baru dan Reset Kata
 * Sandi SPSE Pejabat Pengadaan"; a chat with an "AKUN BARU" and a "RESET PASSWORD" record): the role
 * is the account's (the reset is a request, not a role), and each person's action is what their own
 * row's cell or the heading above them says (also a third heading closing accounts: "A. NONAKTIFKAN").
 */

const RESET = /\breset\b|\bkata\s*sandi\b|\bpassword\b|\batur\s*ulang\b/i;
// "Permohonan Akun dan Reset Kata Sandi": an account asked beside the reset is a new account.
const CREATE = /\b(?:akun\s+baru|user\s*id\s+baru|pembuatan|pendaftaran|registrasi|dibuatkan)\b|\bakun\s+(?:\S+\s+)?dan\s+(?:reset|atur\s*ulang)\b/i;

// "A. NONAKTIFKAN", "Penonaktifan": a third heading in a letter asking both, closing accounts.
const DEACTIVATE = /\b(?:penonaktifan|nonaktifkan|dinonaktifkan|non-?aktif|pencabutan|penutupan)\b/i;

/** What a short text asks: one of the kinds, not two. */
function kindOf(text: string): RequestAction | null {
  const said = (
    [
      ['reset', RESET],
      ['create', CREATE],
      ['deactivate', DEACTIVATE],
    ] as const
  ).filter(([, pattern]) => pattern.test(text));
  return said.length === 1 ? said[0][0] : null;
}

/** A subject naming both kinds of request. */
export const asksCreateAndReset = (subject: string): boolean => RESET.test(subject) && CREATE.test(subject);

/** A heading line: short, no value after a colon ("AKUN BARU", "B. Reset kata sandi:"). */
function headingKind(text: string): RequestAction | null {
  const t = text.trim().replace(/^(?:[A-Za-z0-9]{1,2}[.)]\s+)/, '');
  if (!t || t.length > 40 || /:\s*\S/.test(t) || /[\d@]/.test(t)) return null;
  return kindOf(t);
}

/** Text (a letter body without a subject) whose headings put some people under each kind. */
export const headsCreateAndReset = (text: string): boolean => {
  const kinds = new Set(text.split('\n').map(headingKind));
  return kinds.has('reset') && kinds.has('create');
};

export type CreateOrReset = { action: RequestAction; line: Line; note: string };

const firstLine = (d: Draft) => Math.min(...Object.values(d).map((s) => s!.line.n));

/** The rows a person's values were read from, top first. */
const rowsOf = (d: Draft) => [...new Set(Object.values(d).map((s) => s!.line))].sort((a, b) => a.n - b.n);

/** What a person's own table row's request cells ask ("Akun Baru", "Reset Password"): each kind said. */
function cellKinds(rows: readonly Line[]): Set<RequestAction> {
  const fromCells = new Set<RequestAction>();
  for (const l of rows) {
    const delim = cellDelimiter(l.raw);
    if (!delim) continue;
    for (const c of l.raw.split(delim).map((x) => x.trim())) {
      const a = c && c.length <= 40 && !/[\d@]/.test(c) ? kindOf(c) : null;
      if (a) fromCells.add(a);
    }
  }
  return fromCells;
}

export const ROW_RESET_NOTE = 'Kolom permohonan barisnya meminta reset kata sandi — periksa';

/** In a letter asking new accounts, a person whose own row's request cell asks a reset ("Reset Password"): reset, flagged. */
export function resetByOwnRow(d: Draft): CreateOrReset | null {
  const rows = rowsOf(d);
  const kinds = cellKinds(rows);
  return kinds.size === 1 && kinds.has('reset') ? { action: 'reset', line: rows[0], note: ROW_RESET_NOTE } : null;
}

/** A sentence asking a password reset ("serta reset kata sandi akun nomor 6"), not a password merely named. */
export const asksResetToo = (body: string): boolean => /\b(?:reset|atur\s*ulang)\s+(?:kata\s*sandi|password|akun)\b/i.test(body);

export const ALSO_RESET_NOTE = 'Surat meminta akun baru dan juga reset kata sandi; tidak jelas untuk pegawai ini — periksa';

/** A person's action in a letter asking both: their row's request cell, else the heading above them, else create (flagged). */
export function createOrReset(lines: readonly Line[], d: Draft): CreateOrReset {
  const rows = rowsOf(d);
  const fromCells = cellKinds(rows);
  const label = (a: RequestAction) => (a === 'reset' ? 'reset kata sandi' : a === 'deactivate' ? 'penonaktifan' : 'akun baru');
  if (fromCells.size === 1) {
    const [action] = fromCells;
    return { action, line: rows[0], note: `Surat akun baru dan reset: ${label(action)} menurut kolom permohonan barisnya — periksa` };
  }
  for (let n = firstLine(d); n >= 1; n--) {
    const action = headingKind(lines[n - 1].text);
    if (action) return { action, line: lines[n - 1], note: `Surat akun baru dan reset: ${label(action)} menurut judul di atasnya — periksa` };
  }
  return { action: 'create', line: lines[firstLine(d) - 1], note: 'Surat akun baru dan reset: tidak jelas akun pegawai ini dibuat atau direset; dianggap akun baru — periksa' };
}
