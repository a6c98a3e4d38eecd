import type { Slot } from './people';

/**
 * A bilingual letter (Indonesian / English) heads its columns and labels in both languages ("Jabatan
 * Position", "Nomor / Ref.", "Hal / Subject") and may write a jabatan in both too ("PPK 3.4 Provinsi Bali
 * / Commitment Officer 3.4, Bali Province"). SPSE takes the Indonesian jabatan: the half before " / ".
 */
const BILINGUAL_POSITION_HEADER = /\bjabatan\b.*\b(?:position|job\s+title|title)\b|\b(?:position|job\s+title)\b.*\bjabatan\b/i;

export const BILINGUAL_POSITION_NOTE = 'Jabatan ditulis dalam dua bahasa; diambil bagian bahasa Indonesia (sebelum " / ") — periksa';

export const isBilingualPositionHeader = (header: string): boolean => BILINGUAL_POSITION_HEADER.test(header);

/** The position's Indonesian half when it is written "Indonesian / English", flagged; else the slot itself. */
export function indonesianHalf<S extends Slot>(slot: S): S {
  const m = /^(.+?\S)\s+\/\s+([A-Z].*)$/.exec(slot.value.trim());
  return m ? { ...slot, value: m[1], note: BILINGUAL_POSITION_NOTE } : slot;
}

/**
 * "Nomor / Ref.", "Hal / Subject", "Lampiran / Encl.": a label in both languages is read by its
 * Indonesian half (the part before " / "), or null when the key is no such pair.
 */
export function indonesianLabel(key: string): string | null {
  const m = /^([A-Za-z][A-Za-z .]*?)\s+\/\s+[A-Za-z][A-Za-z .]*$/.exec(key.trim());
  return m ? m[1] : null;
}
