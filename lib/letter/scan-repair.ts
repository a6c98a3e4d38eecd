/**
 * Characters a scan's text recognition confuses with digits, inside values that must be digits
 * (NIP, phone): l I | ! → 1, O o D Q → 0, S s → 5, B → 8, Z → 2, G → 6. A value is repaired only when
 * the repaired value validates; the caller flags it (REPAIRED_NOTE) so a person checks it.
 */

const CONFUSABLE: Record<string, string> = { l: '1', I: '1', '|': '1', '!': '1', O: '0', o: '0', D: '0', Q: '0', S: '5', s: '5', B: '8', Z: '2', G: '6' };

export const REPAIRED_NOTE = 'diperbaiki dari hasil pindai — periksa';

/** `value` with confusable letters read as digits where they stand among digits (a word stays a word). */
export function repairScannedDigits(value: string): string {
  // Only runs that already hold digits: "199OO3l2" and "73l5", never "Email" or "HP".
  return value.replace(/[0-9lI|!OoDQSsBZG]+/g, (run) => (/\d/.test(run) ? run.replace(/[lI|!OoDQSsBZG]/g, (c) => CONFUSABLE[c]) : run));
}

/**
 * The repaired value when `read` fails `valid` and its repair passes; null when there is nothing to
 * repair or the repair does not validate either.
 */
export function repairIfValid(read: string, valid: (s: string) => boolean): string | null {
  if (valid(read)) return null;
  const fixed = repairScannedDigits(read);
  return fixed !== read && valid(fixed) ? fixed : null;
}
