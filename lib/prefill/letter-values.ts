/**
 * What a case's letter says beyond its people, as fill values for an SPSE form: the surat tugas
 * number and date and the instansi (auditors), the role (PPK / Pokja), and what the user told
 * Pandu once for letters from this sender (satker, role, instansi). Pure; no DOM, no storage.
 */
import type { PersonAttribute } from '../spse/routes';
import { ROLE_CODES } from '../spse/roles';
import { matchKey } from './values';

/** Remembered per sender ("ask once"): values of the form's own choices (option / checkbox values). */
export type SenderDefaults = Partial<Record<SenderAttribute, string>>;
export const SENDER_ATTRIBUTES = ['satker', 'roles', 'agency'] as const;
export type SenderAttribute = (typeof SENDER_ATTRIBUTES)[number];

const MAX_SENDERS = 500;
const MAX_VALUE = 200;

export type LetterValuesInput = {
  sender?: string | null;
  role?: string | null;
  assignmentNumber?: string | null;
  assignmentDate?: string | null;
};

/** The key a sender is remembered by: case and spacing do not matter; null without a sender. */
export function senderKey(sender: string | null | undefined): string | null {
  const k = matchKey(sender).slice(0, MAX_VALUE);
  return k || null;
}

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The letter's own values, then the sender's remembered ones (which win: the user chose them on
 * this LPSE's form). Every value is still converted and matched against the form by planFill.
 */
export function letterFillValues(letter: LetterValuesInput, remembered?: SenderDefaults | null): Partial<Record<PersonAttribute, string>> {
  const out: Partial<Record<PersonAttribute, string>> = {};
  if (present(letter.assignmentNumber)) out.assignmentLetterNumber = letter.assignmentNumber.trim();
  if (present(letter.assignmentDate)) out.assignmentLetterDate = letter.assignmentDate;
  if (letter.role === 'auditor' && present(letter.sender)) out.agency = letter.sender.trim();
  const code = letter.role ? ROLE_CODES[letter.role] : undefined;
  if (code) out.roles = code;
  for (const a of SENDER_ATTRIBUTES) if (present(remembered?.[a])) out[a] = remembered[a]!;
  return out;
}

/** Stored sender defaults as read back from storage: anything malformed or oversized is dropped. */
export function cleanSenderDefaults(raw: unknown): Record<string, SenderDefaults> {
  const out: Record<string, SenderDefaults> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>).slice(0, MAX_SENDERS)) {
    if (!key || key.length > MAX_VALUE || !value || typeof value !== 'object') continue;
    const d: SenderDefaults = {};
    for (const a of SENDER_ATTRIBUTES) {
      const v = (value as Record<string, unknown>)[a];
      if (typeof v === 'string' && v.trim() && v.length <= MAX_VALUE) d[a] = v;
    }
    if (Object.keys(d).length) out[key] = d;
  }
  return out;
}

/** The stored map with this sender's values added (the oldest senders go beyond the limit). */
export function withSenderDefaults(all: Record<string, SenderDefaults>, sender: string | null | undefined, values: SenderDefaults): Record<string, SenderDefaults> {
  const key = senderKey(sender);
  if (!key) return all;
  const merged = cleanSenderDefaults({ [key]: { ...all[key], ...values } })[key];
  const rest = Object.entries(all).filter(([k]) => k !== key);
  const kept = rest.slice(Math.max(0, rest.length - (MAX_SENDERS - 1)));
  return Object.fromEntries([...kept, ...(merged ? [[key, merged] as const] : [])]);
}
