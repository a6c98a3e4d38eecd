import type { Slot } from './people';

/**
 * A jabatan closed by a bracketed note in lower case says what happens to the person, not what the
 * person is: "Kepala Subbagian Umum (dirotasi ke Kelurahan …)", "Analis (mutasi per 1 Desember)". A
 * bracket opening with a capital is part of the jabatan ("Perawat Ahli Pertama (Pengelola Barang BLUD)").
 */
const TRAILING_NOTE = /^(.*[A-Za-z.])\s*\(\s*([a-z]{3,}\b[^()]*)\)[.,;]?$/;

export const POSITION_NOTE = 'Catatan dalam kurung di belakang jabatan dilepas — periksa';

/** The position slot without its closing lower-case note, flagged; the slot itself when it has none. */
export function withoutPositionNote<S extends Slot>(slot: S): S {
  const m = TRAILING_NOTE.exec(slot.value.trim());
  return m ? { ...slot, value: m[1].trim(), note: POSITION_NOTE } : slot;
}
