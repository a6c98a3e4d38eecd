import { MAX_TEXT_CHARS } from '../documents/limits';

/**
 * Limits on letters, so no pasted text or dropped file can freeze a page or the background:
 * parsing is linear, and its input is capped here for every caller (panel, background, CLI).
 */

/** Longest letter text Pandu reads (characters; ~200 KB — a request letter is a few pages). */
export const MAX_LETTER_CHARS = MAX_TEXT_CHARS;
export const LETTER_TOO_LONG = `Teks surat terlalu panjang (maks. ${MAX_LETTER_CHARS.toLocaleString('id-ID')} karakter). Tempel hanya isi surat permohonan.`;

/** A letter text over MAX_LETTER_CHARS. The message is Indonesian and says what to do. */
export class LetterTooLongError extends Error {
  constructor(readonly length: number) {
    super(
      `Teks surat terlalu panjang: ${length.toLocaleString('id-ID')} karakter (paling banyak ${MAX_LETTER_CHARS.toLocaleString('id-ID')}). ` +
        'Tempel hanya isi surat permohonan yang memuat data pemohon, atau pecah menjadi beberapa surat.',
    );
    this.name = 'LetterTooLongError';
  }
}

/** Throws LetterTooLongError when `text` is over the cap. */
export function assertLetterLength(text: string): void {
  if (text.length > MAX_LETTER_CHARS) throw new LetterTooLongError(text.length);
}
