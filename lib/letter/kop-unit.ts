/**
 * The unit that writes a letter, among the office names of its letterhead. A kop names the unit's
 * parents above it ("DINAS KESEHATAN" / "UPTD PUSKESMAS …", "KECAMATAN …" / "KELURAHAN …",
 * "KEMENTERIAN …" / "DIREKTORAT JENDERAL …" / "BALAI …", "KOMANDO DAERAH MILITER …" / … /
 * "KOMANDO DISTRIK MILITER …", "TENTARA NASIONAL INDONESIA ANGKATAN LAUT" / "PANGKALAN TNI AL …",
 * "KEMENTERIAN …" / "UNIVERSITAS …"); the last line is the sender alone when it opens with a word that
 * names a unit of its own. A last line that is no name on its own ("PERWAKILAN PROVINSI …",
 * "RESOR …", "DAERAH …") is still read with the lines above it (parse.ts).
 */

/** Schools ("SMA NEGERI 1 …", "SMKN 2 …", "MTs …"). */
export const SCHOOL_LINE = /^(?:SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|SLB|SLBN|MI|MIN|MTS|MTSN|MA|MAN|SEKOLAH)\b/i;

/** Units that write and sign their own letters under a parent named above them. */
const OWN_UNIT_LINE = /^(?:UPT|UPTD|UNIVERSITAS|INSTITUT|POLITEKNIK|KELURAHAN|DESA|BALAI|LOKA|KOMANDO\s+(?:DISTRIK|RESOR|RAYON)|PANGKALAN|PUSKESMAS|KANTOR\s+(?:PELAYANAN|KEMENTERIAN|WILAYAH|CABANG|UNIT))\b/;

/** Words that open a parent's line (an office of its own: the unit below belongs to it). */
const PARENT_LINE = /^(?:DINAS|BADAN|KECAMATAN|KEMENTERIAN|DIREKTORAT|KOMANDO|TENTARA|KANTOR|SEKRETARIAT|BIRO|PEMERINTAH)\b/;

/** A unit line's wrapped tail: a place alone ("SEMARANG", "JEPARA", "PROVINSI JAWA TIMUR"), no office word of its own. */
const PLACE_TAIL = /^(?:(?:PROVINSI|KABUPATEN|KOTA|DI)\s+)?[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,2}$/;
const UNIT_WORD = /\b(?:DINAS|BADAN|KANTOR|BALAI|BIRO|BAGIAN|SEKRETARIAT|DIREKTORAT|KEMENTERIAN|UPTD?|UNIT|SATUAN|KOMANDO|PANGKALAN|KECAMATAN|KELURAHAN|DESA|PUSKESMAS|UNIVERSITAS|INSTITUT|POLITEKNIK|LOKA|PERWAKILAN|RESOR|DAERAH|PEMERINTAH)\b/;

/**
 * The writing unit's line(s) among the kop's office names (parents of the sender left out), or null:
 * `index` its first line, `count` its lines (2 when its place wrapped onto a line of its own:
 * "BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI" / "SEMARANG").
 */
export type KopUnit = { index: number; count: number; kind: 'school' | 'unit' };

export function ownUnitLine(names: readonly string[]): KopUnit | null {
  if (names.length < 2) return null;
  const last = names.length - 1;
  if (SCHOOL_LINE.test(names[last])) return { index: last, count: 1, kind: 'school' };
  if (OWN_UNIT_LINE.test(names[last]) && names.slice(0, last).some((n) => PARENT_LINE.test(n))) return { index: last, count: 1, kind: 'unit' };
  const tail = names[last];
  if (last >= 2 && PLACE_TAIL.test(tail) && !UNIT_WORD.test(tail) && OWN_UNIT_LINE.test(names[last - 1]) && names.slice(0, last - 1).some((n) => PARENT_LINE.test(n)))
    return { index: last - 1, count: 2, kind: 'unit' };
  return null;
}
