/**
 * Every input is bounded (design: "Rules of the house"). One table of length limits for texts
 * and lists that come from outside — backups, messages, SOP and profile imports — and strict
 * UTF-8 decoding of files, so that no input can hang a loop, fill a disk or be silently changed
 * (U+FFFD) on its way in.
 */
import { z } from 'zod';

export const LIMITS = {
  /** Ids, names, numbers, user ids, hosts, short labels. */
  short: 300,
  /** Titles, subjects, senders, positions, one requirement. */
  line: 2_000,
  /** Notes, details, descriptions, a step's activity. */
  text: 10_000,
  /** URLs. */
  url: 4_096,
  /** People named in one letter / case. */
  people: 500,
  /** Short lists in settings (letterhead lines, breaks). */
  smallList: 50,
  /** Office holidays. */
  holidays: 5_000,
  /** Steps of one SOP. */
  sopSteps: 500,
  /** Lanes of one SOP, items of an SOP side list, requirements of a step. */
  sopList: 200,
  /** SOPs in one catalog file. */
  sops: 1_000,
  /** Records of one kind in a backup. */
  records: 5_000_000,
  /** Taught page profiles in a backup. */
  profiles: 10_000,
  /** Highest SOP step number. */
  stepNo: 999,
} as const;

/**
 * A whole number as Indonesian writes it (1.000.000), as `toLocaleString('id-ID')` does but
 * without loading the locale data: schemas are built when a module loads, and the first
 * `toLocaleString('id-ID')` in a tab costs ~10-30 ms there (issue 14, the panel's start).
 */
export function idThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A text of at most `max` characters, with the Indonesian message naming the limit. */
export function boundedText(max: number): z.ZodString {
  return z.string().max(max, `terlalu panjang (maks. ${idThousands(max)} karakter)`);
}

/** A list of at most `max` items. */
export function boundedList<T extends z.ZodType>(item: T, max: number): z.ZodArray<T> {
  return z.array(item).max(max, `terlalu banyak (maks. ${idThousands(max)} butir)`);
}

/** An SOP step number: a small positive integer (messages from each caller's Indonesian error map). */
export const stepNoSchema = z.number().int().min(1).max(LIMITS.stepNo);

/** A file is not UTF-8 text (Pandu never turns bad bytes into U+FFFD silently). */
export class NotUtf8Error extends Error {
  constructor(what: string) {
    super(`${what} bukan teks UTF-8 yang sah (ada byte yang tidak bisa dibaca); simpan ulang berkas sebagai UTF-8`);
    this.name = 'NotUtf8Error';
  }
}

/** Decodes UTF-8 strictly (a leading BOM is dropped); throws NotUtf8Error on invalid bytes. */
export function decodeUtf8(bytes: ArrayBuffer | ArrayBufferView, what = 'Berkas'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new NotUtf8Error(what);
  }
}

/** Reads a browser File / Blob as strict UTF-8 text. */
export async function readUtf8File(file: Blob, what = 'Berkas'): Promise<string> {
  return decodeUtf8(await file.arrayBuffer(), what);
}
