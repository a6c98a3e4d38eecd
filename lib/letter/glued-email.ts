import type { Slot } from './people';
import { checkEmail } from './validate';

/*
 * "email barulalumustafa.kamal@…": a PDF line break lost the space between a qualifier ("email baru",
 * "email lama", "email aktif") and the address. The qualifier is taken off when what follows it starts
 * with a word of the person's name and the address as written does not; flagged. "baruna.putra@…" for
 * Baruna Putra is the address itself and stays.
 */

const GLUED = /\b(?:e-?mail|surel|pos-?el)\s*:?\s+(baru|lama|aktif|dinas|pribadi|resmi|kantor|terbaru)([A-Za-z0-9._%+-]+@\S+)/gi;

const GLUED_NOTE = 'Email dipisahkan dari kata yang menempel di depannya';

const nameWords = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);

export function withoutGluedWord(slot: Slot, name: string | undefined): Slot {
  if (!name) return slot;
  const words = nameWords(name);
  const startsWithName = (s: string) => words.some((w) => s.toLowerCase().startsWith(w));
  for (const m of slot.line.text.matchAll(GLUED)) {
    const [, word, rest] = m;
    if (checkEmail(word + rest).value !== slot.value || !startsWithName(rest) || startsWithName(word + rest)) continue;
    return { ...slot, value: checkEmail(rest).value, note: `${GLUED_NOTE} ("${word}") — periksa (tertulis "${word}${rest}")` };
  }
  return slot;
}
