/**
 * Checks a scan's free text against the rest of the letter, where no validator can:
 *  - a name and the e-mail address of the same person that differ by one letter ("Igbal" /
 *    "iqbal.insp@…", "Baio Rohmania" / "baiqrohmania@…"): one of them was misread;
 *  - a word of a value that is two words of the letter run together ("SEKRETARIATDPRD" where the
 *    letter also writes "Sekretariat DPRD"): the recogniser lost a space. The value is given back
 *    with the space, as the letter writes it elsewhere, and flagged as repaired.
 */

/** Whether `a` and `b` differ by exactly one letter changed, added or dropped. */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const words = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4);

/** The word of `name` and the word of `email`'s local part one letter apart (and no word of the name written there as it is). */
export function nameEmailMismatch(name: string, email: string): { name: string; email: string } | null {
  const local = words(email.split('@')[0]);
  const own = words(name);
  for (const n of own) {
    if (local.includes(n)) continue;
    const e = local.find((w) => oneLetterApart(n, w) && !own.includes(w));
    if (e) return { name: n, email: e };
  }
  return runTogetherMismatch(name, email);
}

/**
 * Name words an e-mail writes run together ("baiqrohmaniaulfa@…" for Baiq Rohmania Ulfa, a middle
 * name left out or not): two or more of the name's words in order, joined, one letter apart from a
 * stretch of the local part (that does not hold this joining as it is).
 */
function runTogetherMismatch(name: string, email: string): { name: string; email: string } | null {
  const parts = name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3).slice(0, 6);
  const pieces = email.split('@')[0].toLowerCase().split(/[^a-z]+/).filter((p) => p.length >= 8);
  const joined: string[] = [];
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    const chosen = parts.filter((_, k) => mask & (1 << k));
    if (chosen.length >= 2 && chosen.join('').length >= 8) joined.push(chosen.join(''));
  }
  // The longest joining first: the note names the whole stretch.
  for (const j of joined.sort((a, b) => b.length - a.length))
    for (const p of pieces.filter((q) => !q.includes(j)))
      for (const len of [j.length, j.length - 1, j.length + 1])
        for (let at = 0; at + len <= p.length; at++) {
          const stretch = p.slice(at, at + len);
          if (oneLetterApart(j, stretch)) return { name: j, email: stretch };
        }
  return null;
}

/**
 * `value` with each word that is two adjacent words of `text` run together split as `text` writes
 * them ("SEKRETARIATDPRD" → "SEKRETARIAT DPRD" when the letter says "Sekretariat DPRD"); null when
 * there is none. Only words of eight letters or more, split into parts of three or more.
 */
export function splitRunTogether(value: string, text: string): string | null {
  const pairs = new Set<string>();
  const all = text.split(/[^A-Za-z]+/).filter(Boolean);
  for (let k = 1; k < all.length; k++) pairs.add(`${all[k - 1].toLowerCase()} ${all[k].toLowerCase()}`);
  let changed = false;
  const fixed = value.replace(/[A-Za-z]{8,}/g, (word) => {
    const low = word.toLowerCase();
    for (let cut = 3; cut <= word.length - 3; cut++) {
      if (pairs.has(`${low.slice(0, cut)} ${low.slice(cut)}`)) {
        changed = true;
        return `${word.slice(0, cut)} ${word.slice(cut)}`;
      }
    }
    return word;
  });
  return changed ? fixed : null;
}
