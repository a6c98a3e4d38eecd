/**
 * A mail without a Nomor line that names the official letter it carries ("Surat permohonan resmi
 * Nomor 000.2.3/146/KTR/XI/2026 terlampir"): that number is the letter's number, read from a
 * sentence (flagged). A decree or other document named in the mail (SK, Keputusan, PKS) is not.
 */
import type { Line } from './text';

export const MAIL_LETTER_NUMBER_NOTE = 'Nomor surat dibaca dari kalimat di badan email (surat resmi yang dilampirkan) — periksa';

const LETTER_NUMBER = /\bsurat\s+(?:permohonan\s+)?(?:resmi\s+|dinas\s+)?(?:kami\s+)?nomor\s*:?\s*([0-9A-Za-z][\w.-]*(?:\s*\/\s*[\w.-]+){2,})/i;

/** The number and its line, or null. */
export function letterNumberInMail(lines: readonly Line[], from: number, to: number): { value: string; line: Line } | null {
  for (let i = from; i < to; i++) {
    const m = LETTER_NUMBER.exec(lines[i].text);
    if (m) return { value: m[1].replace(/\s*\/\s*/g, '/').replace(/[.,;]$/, ''), line: lines[i] };
  }
  return null;
}
