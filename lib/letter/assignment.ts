import { isoDateInWindow } from '../timing/date-window-schema';
import { findDates } from './validate';

/**
 * The surat tugas an auditor's letter rests on ("berdasarkan Surat Tugas Inspektur Nomor
 * 700/031/ST/INSP/2026 tanggal 2 Februari 2026"): its number and date, for the auditor form's
 * "No. Surat Tugas" and "Tanggal Surat Tugas". A letter that is itself the surat tugas (its title
 * line says so) gives its own number and date.
 */
export type Assignment = { number: string | null; date: string | null };

const MENTION = /surat\s+(?:perintah\s+)?tugas\b((?:(?!\.\s|\bsurat\b).){0,80}?)\b(?:nomor|no\.?)\s*[:.]?\s*([A-Za-z0-9][A-Za-z0-9./-]{0,60}[A-Za-z0-9])/gi;
const DATE_AFTER = /^\s*[,(]?\s*(?:tanggal|tgl\.?)\s*[:.]?\s*(.{0,40})/i;
const TITLE = /^\s*surat\s+(?:perintah\s+)?tugas\s*$/im;

function inWindow(iso: string | null | undefined): string | null {
  return iso && isoDateInWindow.safeParse(iso).success ? iso : null;
}

export function findAssignment(text: string, own?: Assignment): Assignment | null {
  const flat = text.slice(0, 200_000).replace(/\s+/g, ' ');
  let found: Assignment | null = null;
  for (const m of flat.matchAll(MENTION)) {
    const number = m[2];
    if (!/\d/.test(number)) continue;
    const after = DATE_AFTER.exec(flat.slice(m.index + m[0].length, m.index + m[0].length + 60));
    found = { number, date: after ? inWindow(findDates(after[1])[0]?.iso) : null };
    break;
  }
  const head = text.split(/\r?\n/).slice(0, 15).join('\n');
  if (own?.number && TITLE.test(head)) return { number: own.number, date: own.date ?? found?.date ?? null };
  return found;
}
