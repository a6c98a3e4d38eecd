import { collapse, isBlank, type Line } from './text';

/*
 * A radiogram (a government telegram, typed in capitals) writes its punctuation in words — KMA (koma)
 * for ",", TTK (titik) for ".", TTK DUA for ":", KURUNG BUKA / TUTUP for brackets, GARIS MIRING for
 * "/" — and numbers its items in words ("SATU.", "DUA.", "DUA BELAS."). Its lines are read as the
 * punctuation and numbers they spell, an item's wrapped lines indented under it; each rewritten line
 * keeps the text as written (`written`), which the evidence shows.
 */

/** A value read from a rewritten line is not verbatim. */
export const RADIOGRAM_NOTE = 'Dibaca dari baris radiogram (tanda baca dan nomor yang dieja, mis. KMA/TTK) — periksa';

const HEADING = /^R\s?A\s?D\s?I\s?O\s?G\s?R\s?A\s?M\s*[.:]?$/;
const SPELLED = /\b(?:KMA|TTK)\b/g;

/** A radiogram: headed "RADIOGRAM", or spelling its punctuation at least three times in capitals. */
function isRadiogram(lines: readonly Line[]): boolean {
  let spelled = 0;
  for (const l of lines) {
    if (HEADING.test(l.text) && l.n <= 12) return true;
    if (l.text === l.text.toUpperCase()) spelled += l.text.match(SPELLED)?.length ?? 0;
  }
  return spelled >= 3;
}

const PUNCTUATION: [RegExp, string][] = [
  [/\s*\bTTK\s+DUA\b\s*/g, ' : '],
  [/\s*\b(?:KURUNG\s+BUKA|KRG\s+BKA)\b\s*/g, ' ('],
  [/\s*\b(?:KURUNG\s+TUTUP|KRG\s+TTP)\b/g, ')'],
  [/\s*\b(?:GARIS\s+MIRING|GRS\s+MRG)\b\s*/g, '/'],
  [/\s*\bKMA\b/g, ','],
  [/\s*\bTTK\b/g, '.'],
  [/\bDMK\b/g, 'DEMIKIAN'],
];

const UNIT: Record<string, number> = { SATU: 1, DUA: 2, TIGA: 3, EMPAT: 4, LIMA: 5, ENAM: 6, TUJUH: 7, DELAPAN: 8, SEMBILAN: 9 };
const UNIT_WORD = Object.keys(UNIT).join('|');
/** "SATU." … "SEMBILAN PULUH SEMBILAN.": a number in words opening an item. */
const WORD_ITEM = new RegExp(`^(\\s*)(SEPULUH|SEBELAS|(?:${UNIT_WORD})(?:\\s+BELAS|\\s+PULUH(?:\\s+(?:${UNIT_WORD}))?)?)\\s*([.)])\\s+`);

function numberOf(words: string): number {
  if (words === 'SEPULUH') return 10;
  if (words === 'SEBELAS') return 11;
  const [first, second, third] = words.split(/\s+/);
  if (second === 'BELAS') return 10 + UNIT[first];
  if (second === 'PULUH') return 10 * UNIT[first] + (third ? UNIT[third] : 0);
  return UNIT[first];
}

const ITEM = /^\s*\d{1,2}[.)]\s+/;

/** The lines of a radiogram read as the punctuation and item numbers they spell; any other letter's lines unchanged. */
export function readRadiogram(lines: Line[]): Line[] {
  if (!isRadiogram(lines)) return lines;
  let inItem = false;
  return lines.map((l) => {
    if (isBlank(l)) {
      inItem = false;
      return l;
    }
    let raw = l.raw;
    for (const [spelled, mark] of PUNCTUATION) raw = raw.replace(spelled, mark);
    raw = raw.replace(WORD_ITEM, (_, indent: string, words: string, mark: string) => `${indent}${numberOf(words)}${mark} `);
    // An item's wrapped line (the item not ended by a full stop) goes on under it.
    const item = ITEM.test(raw);
    if (!item && inItem) raw = `   ${raw.trim()}`;
    inItem = (item || inItem) && !/\.$/.test(raw.trim());
    return raw === l.raw ? l : { ...l, raw, text: collapse(raw), written: l.text };
  });
}
