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
const OUTGOING = /\b(?:semula|lama|yang\s+diganti|digantikan|dinonaktifkan|nonaktifkan|dicabut|dihapus|keluar)\b/i;
const INCOMING = /\b(?:menjadi|baru|pengganti|penggantinya|dibuatkan|diaktifkan)\b/i;

/** A short heading line that says which side of a replacement the people below it are on. */
function sideOf(l: Line): 'out' | 'in' | null {
  if (l.text.length > 70 && !/:$/.test(l.text)) return null;
  const out = OUTGOING.test(l.text);
  const inc = INCOMING.test(l.text);
  if (out === inc) return null;
  return out ? 'out' : 'in';
}

const firstLine = (d: Draft) => Math.min(...Object.values(d).map((s) => s!.line.n));

export function requestActions(lines: readonly Line[], drafts: readonly Draft[], role: LetterRole | null, subject: string | null, body: string): RequestAction[] {
  if (role === 'password-reset') return drafts.map(() => 'reset');
  const about = subject ?? body;
  if (DEACTIVATION.test(about)) return drafts.map(() => 'deactivate');
  if (CHANGE.test(about)) return drafts.map(() => 'change');
  if (!REPLACEMENT.test(about)) return drafts.map(() => 'create');
  return drafts.map((d) => {
    // The nearest side heading above the person's first line (their own line included).
    for (let n = firstLine(d); n >= 1; n--) {
      const side = sideOf(lines[n - 1]);
      if (side) return side === 'out' ? 'deactivate' : 'create';
    }
    return 'create';
  });
}
