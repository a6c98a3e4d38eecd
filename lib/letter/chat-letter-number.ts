import type { Line } from './text';

/**
 * A chat has no Nomor line; a message giving the request letter's number ("Surat permohonannya bu,
 * nomor 027/214/UKPBJ/2026") names the letter's number, read from a sentence (flagged). A decree
 * named in the chat ("sesuai SK … No. 027/211/…") is not the request letter: the number must follow
 * "surat permohonan" in the same message, with no SK/Keputusan between.
 */
export const CHAT_LETTER_NUMBER_NOTE = 'Nomor surat dibaca dari pesan obrolan yang menyebut surat permohonan — periksa';

const REQUEST_LETTER_NUMBER = /\bsurat\s+permohonan(?:nya)?\b(?:(?!\b(?:SK|keputusan)\b)[^/\n]){0,40}?\b(?:nomor|no\.?)\s*:?\s*([0-9A-Za-z][\w.-]*(?:\s*\/\s*[\w.-]+){2,})/i;

/** The request letter's number said in a chat message, or null when the text is no chat or says none. */
export function letterNumberInChat(lines: readonly Line[]): { value: string; line: Line } | null {
  for (const l of lines) {
    if (!l.chat) continue;
    const m = REQUEST_LETTER_NUMBER.exec(l.text);
    if (m) return { value: m[1].replace(/\s*\/\s*/g, '/').replace(/[.,;]$/, ''), line: l };
  }
  return null;
}
