/**
 * A "Jabatan/Eselon" cell holds the jabatan and its echelon grade ("Kepala Seksi Pelayanan / IV.b",
 * "Sekretaris Dinas (Eselon III.a)"): the grade is no part of the jabatan typed into SPSE. It is cut
 * off, flagged; a grade needs its letter (IV.b) or the word "Eselon", so "Kepala Seksi Wilayah / II"
 * (a place's number) stays.
 */
import type { Slot } from './people';

/** The slot with the tail `tail` matches cut off and flagged with `note`; as it was when nothing (or all of it) matches. */
function withoutTail(slot: Slot, tail: RegExp, note: string): Slot {
  const m = tail.exec(slot.value);
  if (!m || m.index === 0) return slot;
  return { ...slot, value: slot.value.slice(0, m.index), note };
}

const GRADE = String.raw`(?:IV|I{1,3}|V)\.?\s?[ab]`;
const ESELON = new RegExp(String.raw`\s*(?:[/,–-]\s*(?:eselon\s+)?(?:${GRADE}|eselon\s+(?:IV|I{1,3}|V)\b\.?[ab]?)|\(\s*(?:eselon\s+)?${GRADE}\s*\)|\(\s*eselon\s+(?:IV|I{1,3}|V)\.?[ab]?\s*\))\s*$`, 'i');

export const ESELON_NOTE = 'Eselon dilepas dari jabatan — periksa';

export const withoutEselon = (slot: Slot): Slot => withoutTail(slot, ESELON, ESELON_NOTE);

/**
 * A "Jabatan/Pangkat" cell whose second line is the pangkat and its golongan ("Analis Ahli Muda" /
 * "Penata Tk. I (III/d)"): the pangkat is no part of the jabatan. It is cut off, flagged, only with
 * its golongan after it, so a jabatan starting or holding the word ("Penata Laksana Barang") stays.
 */
// A scan reads the I's of a roman numeral as ones, l's or bars ("Tk. 1", "(1I1/b)"): the cut is flagged anyway.
const GOLONGAN = String.raw`(?:gol(?:ongan)?\.?\s*)?(?:[I1l|]V|[I1l|]{1,3})\s?[./-]?\s?[a-e]`;
const PANGKAT = new RegExp(
  String.raw`\s+(?:Juru|Pengatur|Penata|Pembina)(?:\s+Utama)?(?:\s+(?:Muda|Madya))?(?:\s+Tk\.?\s?[I1l|])?\s*(?:[/,–-]\s*${GOLONGAN}|\(\s*${GOLONGAN}\s*\)|${GOLONGAN})\s*$`,
  'i',
);

export const PANGKAT_NOTE = 'Pangkat/golongan dilepas dari jabatan — periksa';

export const withoutPangkat = (slot: Slot): Slot => withoutTail(slot, PANGKAT, PANGKAT_NOTE);
