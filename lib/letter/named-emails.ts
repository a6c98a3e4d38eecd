import type { Draft } from './people';
import { cellDelimiter, HONORIFIC_WORD, SPOKEN_HONORIFIC, type Line } from './text';
import { checkEmail } from './validate';

/*
 * E-mail addresses given after the list of people, each after a person's name:
 *   "Email pemulihan masih yang terdaftar (Bu Nurul: nurul@…, Pak Baharuddin: baha@…)."
 *   "Email: Andi - andi@… & Dewi - dewi@…", "Pak Andi andi@… dan Bu Dewi dewi@…"
 * An address goes to the one person whose name holds every word said before it (honorifics and
 * labels aside) and who has no e-mail yet; flagged. A line of such pairs is no person of its own.
 */

export type NamedEmail = { said: string; words: string[]; email: string; line: Line };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HONORIFIC = `(?:${SPOKEN_HONORIFIC}|${HONORIFIC_WORD})`;
/** The capitalised words ending the text before an address, after an optional honorific. */
const NAME_BEFORE = new RegExp(String.raw`(?:\b${HONORIFIC}\s+)?((?:[A-Z][A-Za-z'.-]*\s+){0,2}[A-Z][A-Za-z'.-]*)$`);
/** Words before an address that name no one: labels and forms of address. */
const NOT_A_NAME = /^(?:e-?mail|surel|pos-?el|alamat|akun|user|nama|nip|hp|wa|telp|yth|kepada|cc|to|dan|atau|pak|bapak|bu|ibu|sdr|sdri|saudara|saudari|mas|mbak)\.?$/i;
/** A line that holds a person's own record (a NIP, a phone, a table row) is no list of addresses. */
const RECORD = /\d{8,}|(?:\+62|\b0)8\d[\d\s.-]{6,}/;

const nameWords = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);

/** The name before each address of a line, when every address has one; else null. */
function pairsIn(l: Line): NamedEmail[] | null {
  if (!l.text.includes('@') || cellDelimiter(l.raw) || RECORD.test(l.text)) return null;
  const out: NamedEmail[] = [];
  let from = 0;
  for (const m of l.text.matchAll(EMAIL)) {
    const before = l.text.slice(from, m.index).replace(/[\s:=(–—-]+$/, '');
    from = m.index + m[0].length;
    const said = NAME_BEFORE.exec(before);
    const words = said ? said[1].split(/\s+/).filter((w) => !NOT_A_NAME.test(w)).flatMap(nameWords) : [];
    if (!words.length) return null;
    out.push({ said: said![1], words, email: m[0].replace(/\.+$/, ''), line: l });
  }
  return out.length ? out : null;
}

/** Lines `from`–`to` (not in `skip`) that give e-mail addresses after people's names. */
export function namedEmailLines(lines: readonly Line[], from: number, to: number, skip: ReadonlySet<number>): Map<number, NamedEmail[]> {
  const out = new Map<number, NamedEmail[]>();
  for (let i = from; i < to; i++) {
    if (skip.has(i)) continue;
    const pairs = pairsIn(lines[i]);
    if (pairs) out.set(i, pairs);
  }
  return out;
}

/** Each named address to the one person without an e-mail whose name holds its words; whether any was given. */
export function giveNamedEmails(drafts: Draft[], named: ReadonlyMap<number, NamedEmail[]>): boolean {
  let given = false;
  for (const pairs of named.values()) {
    for (const { said, words, email, line } of pairs) {
      const owners = drafts.filter((d) => d.name && words.every((w) => nameWords(d.name!.value).includes(w)));
      if (owners.length !== 1 || owners[0].email) continue;
      owners[0].email = {
        value: checkEmail(email).value,
        line,
        conf: 0.6,
        rank: 0,
        note: `Email diambil dari kalimat yang menyebut nama "${said}" di depannya — periksa`,
      };
      given = true;
    }
  }
  return given;
}
