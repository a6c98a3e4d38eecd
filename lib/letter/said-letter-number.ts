import type { Line } from './text';

/*
 * A letter's number said in a sentence when no Nomor line gives it (read from a sentence: flagged).
 * - A chat message naming the request letter: "Surat permohonannya bu, nomor 027/214/UKPBJ/2026".
 * - A mail naming the official letter it carries: "Surat permohonan resmi Nomor 000.2.3/146/KTR/XI/2026 terlampir",
 *   "surat Kepala Badan Nomor 900/612/BPKAD/2026 tanggal … (terlampir)" (its writer named, attached),
 *   or a message without headers naming the one that follows: "Surat resminya nomor … menyusul".
 * A decree or other document named there (SK, Keputusan) is not the letter.
 */
export const CHAT_LETTER_NUMBER_NOTE = 'Nomor surat dibaca dari pesan obrolan yang menyebut surat permohonan — periksa';
export const MAIL_LETTER_NUMBER_NOTE = 'Nomor surat dibaca dari kalimat di badan email (surat resmi yang dilampirkan) — periksa';

/** A letter number: at least three parts joined by slashes. */
const NUMBER = String.raw`([0-9A-Za-z][\w.-]*(?:\s*\/\s*[\w.-]+){2,})`;
const IN_CHAT = new RegExp(String.raw`\bsurat\s+permohonan(?:nya)?\b(?:(?!\b(?:SK|keputusan)\b)[^/\n]){0,40}?\b(?:nomor|no\.?)\s*:?\s*${NUMBER}`, 'i');
const IN_MAIL = new RegExp(String.raw`\bsurat\s+(?:permohonan\s+)?(?:resmi(?:nya)?\s+|dinas(?:nya)?\s+)?(?:kami\s+)?nomor\s*:?\s*${NUMBER}`, 'i');

/**
 * "menindaklanjuti surat Kepala Badan Nomor … tanggal … (terlampir)", "Terlampir surat Camat … Nomor …",
 * "Permohonan ini sesuai surat Kepala Dinas … Nomor …": a letter named by its writer's office before its
 * number, said to be attached or to be this request's (on its line or the next).
 */
const BY_WRITER = new RegExp(String.raw`\bsurat\s+(?:(?!(?:SK|keputusan|edaran|tugas|perintah|undangan|kuasa)\b)[A-Za-z][\w.]*\s+){1,6}nomor\s*:?\s*${NUMBER}`, 'i');
const ATTACHED = /\b(?:terlampir|dilampirkan|kami\s+lampirkan|permohonan\s+(?:ini|kami)(?:\s+ini)?\s+(?:sesuai|berdasarkan))\b/i;

type Said = { value: string; line: Line };

function firstSaid(lines: readonly Line[], pattern: RegExp): Said | null {
  for (const l of lines) {
    const m = pattern.exec(l.text);
    if (m) return { value: m[1].replace(/\s*\/\s*/g, '/').replace(/[.,;]$/, ''), line: l };
  }
  return null;
}

/** The request letter's number said in a chat message, or null when the text is no chat or says none. */
export function letterNumberInChat(lines: readonly Line[]): Said | null {
  return firstSaid(
    lines.filter((l) => l.chat),
    IN_CHAT,
  );
}

/** The official letter's number said in a mail's lines `from`–`to`, or null. */
export function letterNumberInMail(lines: readonly Line[], from: number, to: number): Said | null {
  const said = firstSaid(lines.slice(from, to), IN_MAIL);
  if (said) return said;
  for (let i = from; i < to; i++) {
    if (BY_WRITER.test(lines[i].text) && ATTACHED.test(`${lines[i].text} ${lines[i + 1]?.text ?? ''}`)) return firstSaid([lines[i]], BY_WRITER);
  }
  return null;
}
