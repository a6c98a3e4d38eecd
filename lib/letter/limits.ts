/** A request letter is a few pages: longer pasted text is refused with a clear message. */
export const MAX_LETTER_CHARS = 100_000;
export const LETTER_TOO_LONG = `Teks surat terlalu panjang (maks. ${MAX_LETTER_CHARS.toLocaleString('id-ID')} karakter). Tempel hanya isi surat permohonan.`;
