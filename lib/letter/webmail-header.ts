/**
 * A mail copied from a webmail page (Gmail): the subject on the first line, the folder under it
 * ("Kotak Masuk", "Inbox"), then the sender line ("Nama <alamat@…>"), the date and "kepada saya" /
 * "to me" (or the alias it went to). No "Subject:" / "From:" labels: the subject line and the sender line are read by their
 * place (both flagged by the caller).
 */
import type { Line } from './text';

export const WEBMAIL_SUBJECT_NOTE = 'Perihal diambil dari subjek email, bukan dari surat — periksa';
export const WEBMAIL_SENDER_NOTE = 'Pengirim diambil dari baris pengirim email (salinan halaman email, tanpa kop) — periksa';

const FOLDER = /^(?:kotak masuk|inbox|kotak keluar|terkirim|sent|penting|important)(?:\s+x)?$/i;
const SENDER = /^[^<>@:]{2,80}<[^<>\s@]+@[^<>\s]+>$/;
/** "kepada saya", "to me", or the alias the mail went to ("kepada lpse"). */
const TO_ME = /^(?:kepada|to)\s+(?:saya|me\b|[^\s:]{2,40}$)/i;
/** A reply's or forward's marks before a mail subject ("Re: ", "FW: ", "Fwd: Re: "). */
export const REPLY_MARKS = /^(?:(?:fwd?|fw|re|tr|bls|balas)\s*:\s*)+/i;

export type WebmailHeader = { subject: Line; sender: Line };

/** The subject line and the sender line of a webmail copy at the top of the text, or null. */
export function webmailHeader(lines: readonly Line[]): WebmailHeader | null {
  const filled = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.text).slice(0, 6);
  const folder = filled.findIndex(({ l }) => FOLDER.test(l.text));
  if (folder !== 1) return null;
  const rest = filled.slice(2);
  const sender = rest.find(({ l }) => SENDER.test(l.text));
  if (!sender || !rest.some(({ l }) => TO_ME.test(l.text))) return null;
  return { subject: filled[0].l, sender: sender.l };
}
