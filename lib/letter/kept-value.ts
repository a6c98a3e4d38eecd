import type { Slot } from './people';

/**
 * A change letter marks a value that does not change: "Perencana Ahli Pertama (tetap)",
 * "tetap (budi@x.go.id)", "0852… (tidak berubah)". The value is what stands beside the marker.
 */
const KEPT = String.raw`(?:tetap|tidak\s+berubah|tidak\s+ada\s+perubahan)`;
const BEFORE = new RegExp(String.raw`^${KEPT}\s*(?:[:,-]\s*)?\(\s*(.+?)\s*\)[.,;]?$`, 'i');
const AFTER = new RegExp(String.raw`^(.+?)\s*[([]\s*${KEPT}\s*[)\]][.,;]?$`, 'i');

export const KEPT_NOTE = 'Nilai ditandai "tetap" (tidak berubah); tanda itu dilepas — periksa';

/** The value beside a "tetap" marker, or null when the value has none. */
export function keptValue(value: string): string | null {
  const v = value.trim();
  return BEFORE.exec(v)?.[1] ?? AFTER.exec(v)?.[1] ?? null;
}

/** A slot without its "tetap" marker, flagged; the slot itself when it has none. */
export function withoutKeptMarker<S extends Slot>(slot: S): S {
  const kept = keptValue(slot.value);
  return kept ? { ...slot, value: kept, note: KEPT_NOTE } : slot;
}
