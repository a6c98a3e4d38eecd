/**
 * Characters a scan's text recognition confuses with digits, inside values that must be digits
 * (NIP, phone): l I | ! → 1, O o D Q → 0, S s → 5, B → 8, Z → 2, G → 6, a phone's "+" before 62 8…
 * read as 1, 4, t or #, and quote marks read beside a digit (dropped). A value is repaired only when
 * the repaired value validates; the caller flags it (REPAIRED_NOTE) so a person checks it.
 */

const CONFUSABLE: Record<string, string> = { l: '1', I: '1', '|': '1', '!': '1', O: '0', o: '0', D: '0', Q: '0', S: '5', s: '5', B: '8', Z: '2', G: '6' };

export const REPAIRED_NOTE = 'diperbaiki dari hasil pindai — periksa';

/** `value` with confusable letters read as digits where they stand among digits (a word stays a word). */
export function repairScannedDigits(value: string): string {
  // A phone's leading "+" read as 1, 4, t or # before the country code 62 and a mobile 8.
  const plus = value.replace(/^(\s*)[14tT#](?=62[\s.-]?8)/, '$1+');
  // A quote mark read after or before a digit (a speck of a table's rule: "19900208201402” 1003").
  const unquoted = plus.replace(/(\d)[”“"'’‘`]+/g, '$1').replace(/[”“"'’‘`]+(?=\d)/g, '');
  // Only runs that already hold digits: "199OO3l2" and "73l5", never "Email" or "HP".
  return unquoted.replace(/[0-9lI|!OoDQSsBZG]+/g, (run) => (/\d/.test(run) ? run.replace(/[lI|!OoDQSsBZG]/g, (c) => CONFUSABLE[c]) : run));
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

const ROMAN_MONTH = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/**
 * A scanned letter number with the confusion that cannot be right repaired; null when there is none:
 * a part that mixes Roman letters and ones ("V1", "X1", "1V") is a Roman month (VI, XI, IV). A lone
 * "1" or "11" stays (it may be the month in digits), and so does a stray ")" (a J or a slash: "BPB)"
 * was BPBJ, "PBJ)" was PBJ/): the reader flags them instead.
 */
export function repairLetterNumber(value: string): string | null {
  const fixed = value
    .split('/')
    .map((part) => {
      if (!/^[IVX1l|]+$/.test(part) || !/[VX]/.test(part) || !/[1l|]/.test(part)) return part;
      const roman = part.replace(/[1l|]/g, 'I');
      return ROMAN_MONTH.test(roman) ? roman : part;
    })
    .join('/');
  return fixed === value ? null : fixed;
}

/** The free mail providers staff write most; a domain a letter or two from one of them is that one misread. */
const MAIL_PROVIDERS = ['gmail.com', 'yahoo.com', 'yahoo.co.id', 'hotmail.com', 'outlook.com', 'icloud.com'];
/** Real domains as near to a provider as a misreading ("ymail.com" is Yahoo's, "mail.com" a provider of its own). */
const REAL_NEAR_PROVIDERS = new Set(['ymail.com', 'mail.com', 'email.com', 'gmx.com', 'aol.com', 'live.com', 'yahoo.co.uk', 'gmail.co.id', 'yahoo.co.in', 'rocketmail.com']);

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/**
 * The provider a misread domain was ("amail.com", "gmiil.ccom" → gmail.com): the one provider within
 * two edits (one for a domain shorter than nine letters), never a real domain; `domain` as it is when none.
 */
function providerDomain(domain: string): string {
  const d = domain.toLowerCase();
  if (MAIL_PROVIDERS.includes(d) || REAL_NEAR_PROVIDERS.has(d)) return domain;
  const near = MAIL_PROVIDERS.filter((p) => editDistance(d, p) <= (p.length < 9 ? 1 : 2) && d.split('.').length === p.split('.').length);
  return near.length === 1 ? near[0] : domain;
}

/**
 * A scanned e-mail address with the spaces OCR puts around "@" or "." removed, a hyphen or
 * underscore read before a dot of its domain ("@bpkp-.go.id": no domain label ends so), a zero
 * read for an "o" in a domain word of letters ("@yaho0.co.id"; digits among digits stay), and a free
 * mail provider's domain misread by a letter or two ("@amail.com"); null when none.
 */
export function repairEmail(value: string): string | null {
  const spaced = value.replace(/\s*([@.])\s*/g, '$1');
  const at = spaced.indexOf('@');
  const domain = (d: string) => '@' + providerDomain(d.slice(1).replace(/[-_]+\./g, '.').replace(/(?<=[a-z])0+(?=[a-z]*(?:\.|$))|(?<=(?:^|[.])[a-z]*)0+(?=[a-z])/gi, (z) => 'o'.repeat(z.length)));
  const fixed = at < 0 ? spaced : spaced.slice(0, at) + domain(spaced.slice(at));
  return fixed !== value && !/\s/.test(fixed) ? fixed : null;
}

/**
 * A scanned name with the spaces the recogniser lost put back, in the name before its first comma
 * (titles after it are written run together: "M.Ak.", "CFrA"): between a lower-case letter and a
 * capital ("NiMade", "AyuLestari"), after a capital initial run into the next word ("IKetut"), after
 * a dotted short form of two letters or more ("Moh.Ikbal"); null when there is none. The caller
 * flags the repair.
 */
export function repairNameSpacing(value: string): string | null {
  const comma = value.indexOf(',');
  const name = comma < 0 ? value : value.slice(0, comma);
  const fixed = name
    .replace(/(\p{Ll})(\p{Lu})(?=\p{Ll})/gu, '$1 $2')
    .replace(/(^|\s)(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1$2 $3')
    .replace(/(\p{L}{2,})\.(?=\p{Lu})/gu, '$1. ');
  return fixed === name ? null : fixed + (comma < 0 ? '' : value.slice(comma));
}
