/**
 * Characters a scan's text recognition confuses with digits, inside values that must be digits
 * (NIP, phone): l I | ! → 1, O o D Q → 0, S s → 5, B → 8, Z → 2, G € → 6 (and Cyrillic б О З), a
 * phone's "+" before 62 8… read as 1, 4, t or #, quote marks read beside a digit (dropped), a tilde,
 * underscore, comma, colon or semicolon between digit groups. A value is repaired only when
 * the repaired value validates; the caller flags it (REPAIRED_NOTE) so a person checks it.
 */

import { DEGREES } from './degrees';

// Cyrillic letters a recogniser trained on more scripts gives for digits: б 6, О о 0, З з 3; and € for 6.
const CONFUSABLE: Record<string, string> = { l: '1', I: '1', '|': '1', '!': '1', O: '0', o: '0', D: '0', Q: '0', S: '5', s: '5', B: '8', Z: '2', G: '6', б: '6', О: '0', о: '0', З: '3', з: '3', '€': '6' };

export const REPAIRED_NOTE = 'diperbaiki dari hasil pindai — periksa';

/** `value` with confusable letters read as digits where they stand among digits (a word stays a word). */
export function repairScannedDigits(value: string): string {
  // A phone's leading "+" read as 1, 4, t or # before the country code 62 and a mobile 8.
  const digits = value.replace(/[0-9lI|!OoDQSsBZGбОоЗз€]+/g, (run) => (/\d/.test(run) ? run.replace(/[lI|!OoDQSsBZGбОоЗз€]/g, (c) => CONFUSABLE[c]) : run));
  // "162 (813) …", "+62 (813) …": the area code's brackets do not hide the mobile 8.
  const plus = digits.replace(/^(\s*)[14tT#](?=62[\s.-]?\(?8)/, '$1+');
  // A quote mark read after or before a digit (a speck of a table's rule: "19900208201402” 1003").
  const unquoted = plus.replace(/(\d)[”“"'’‘`]+/g, '$1').replace(/[”“"'’‘`]+(?=\d)/g, '');
  // A tilde, underscore, comma, colon or semicolon read for the dash, dot or space between digit groups
  // ("0813~4455~6677", "19910303:201503:1:005").
  return unquoted.replace(/(?<=\d)\s*[~_,:;]\s*(?=\d)/g, ' ');
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
 * A part of a scanned letter number with the confusion that cannot be right repaired, or the part as
 * it is: a part that mixes Roman letters and ones ("V1", "X1", "1V", "II1") is a Roman month (VI, XI,
 * IV, III), and so is "111" or "!11" just before the year (no month is 111). A lone "1" or "11" stays (it may
 * be the month in digits); an O or l among two digits or more is a digit ("2O26", "O45"). A J read as ")" after capitals: "PB)" → "PBJ", "PB)J" → "PBJ", and a ")"
 * after a J is a slash's speck ("PBJ)" → "PBJ"); a lower-case j after capitals is one ("PBj"); a
 * bracket alone after a part of capitals was its J ("PB/)/2026", repairLetterNumber).
 */
function repairNumberPart(part: string, next: string | undefined): string {
  if (/^[IVX1l|]+$/.test(part) && /[IVX]/.test(part) && /[1l|]/.test(part)) {
    const roman = part.replace(/[1l|]/g, 'I');
    return ROMAN_MONTH.test(roman) ? roman : part;
  }
  if (/^[1l|!]{3}$/.test(part) && next !== undefined && /^\d{4}$/.test(next)) return 'III';
  // A number part with an O or l among two digits or more ("2O26", "O45", "l21"): digits.
  if (/^[0-9OolI]+$/.test(part) && (part.match(/\d/g) ?? []).length >= 2 && /[OolI]/.test(part)) return part.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
  if (/^[A-Z]{1,7}J\)$/.test(part)) return part.slice(0, -1);
  if (/^[A-Z]{1,7}\)J?$/.test(part)) return part.replace(/\)J?$/, 'J');
  if (/^[A-Z]{2,7}j$/.test(part)) return part.slice(0, -1) + 'J';
  return part;
}

/** A scanned letter number with its parts repaired (repairNumberPart); null when none was. */
export function repairLetterNumber(value: string): string | null {
  // A J read as a slash and a bracket ("PB/)/2026"): the bracket alone between slashes after capitals.
  const parts = value.replace(/(\/[A-Z]{1,7})\/\)(?=\/|$)/, '$1J').split('/');
  const fixed = parts.map((part, k) => repairNumberPart(part, parts[k + 1])).join('/');
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

/** An address's "@" as a recogniser reads it ("©", "(a)", "(at)", "[at]"), when the value has no "@" of its own. */
function atSign(value: string): string {
  if (value.includes('@')) return value;
  const marks = value.match(/©|\(a\)|\(at\)|\[at\]/gi) ?? [];
  return marks.length === 1 ? value.replace(marks[0], '@') : value;
}

/** Top and second-level domain labels of the addresses letters give (Indonesian offices, providers). */
const DOMAIN_LABELS = ['id', 'com', 'net', 'org', 'go', 'co', 'ac', 'sch', 'or', 'web', 'mil', 'desa', 'my', 'biz', 'info', 'ponpes'];
/** A word as a recogniser may read it, its confusable letters folded together (rn m, l 1 | ! i I, 0 o), lower case. */
export const wordShape = (s: string) => s.toLowerCase().replace(/rn/g, 'm').replace(/[1l|!i]/g, 'i').replace(/0/g, 'o');

/**
 * The last two labels of a domain as a recogniser misreads them: a label that is no known label but
 * looks like one to it (".go.ld", ".go.1d", ".corn") is that one; ".go.i" or ".co.i", cut at the
 * page's edge, ends in ".id" (no top-level domain is one letter), and so does ".go" or ".sch".
 */
function endLabels(domain: string): string {
  const labels = domain.split('.');
  for (let k = Math.max(1, labels.length - 2); k < labels.length; k++) {
    if (DOMAIN_LABELS.includes(labels[k].toLowerCase())) continue;
    const like = DOMAIN_LABELS.filter((d) => wordShape(d) === wordShape(labels[k]));
    if (like.length === 1) labels[k] = like[0];
  }
  const last = labels.length - 1;
  if (last >= 2 && /^i$/i.test(labels[last]) && /^(?:go|co|ac|sch|or|web|mil|desa|my)$/i.test(labels[last - 1])) labels[last] = 'id';
  // ".go", ".sch", ".or", ".desa" are no top-level domains: the ".id" after them was cut at the page's edge.
  else if (last >= 1 && /^(?:go|sch|or|desa|ponpes)$/i.test(labels[last])) labels.push('id');
  // The dot before "id" lost ("belitungkab.goid").
  else if (last >= 1 && /^(?:go|co|sch|ac)id$/i.test(labels[last])) labels.splice(last, 1, labels[last].slice(0, -2), 'id');
  return labels.join('.');
}

/**
 * A scanned e-mail address with the spaces OCR puts around "@" or "." removed, a hyphen or
 * underscore read before a dot of its domain ("@bpkp-.go.id": no domain label ends so), a zero
 * read for an "o" in a domain word of letters ("@yaho0.co.id"; digits among digits stay), and a free
 * mail provider's domain misread by a letter or two ("@amail.com"), a comma read for a dot of the domain,
 * an "@" read as "©" or "(a)" (atSign), a domain ending misread (endLabels), a colon or quote mark
 * read at either end; null when none.
 */
export function repairEmail(value: string): string | null {
  // A label's colon or a quote mark read before or after the address (": budi@…").
  const spaced = atSign(value.replace(/^[\s:;,'"“”‘’]+|[\s:;,'"“”‘’]+$/g, '')).replace(/\s*([@.])\s*/g, '$1');
  const at = spaced.indexOf('@');
  const domain = (d: string) =>
    '@' + endLabels(providerDomain(d.slice(1).replace(/,/g, '.').replace(/[-_]+\./g, '.').replace(/(?<=[a-z])0+(?=[a-z]*(?:\.|$))|(?<=(?:^|[.])[a-z]*)0+(?=[a-z])/gi, (z) => 'o'.repeat(z.length))));
  const fixed = at < 0 ? spaced : spaced.slice(0, at) + domain(spaced.slice(at));
  return fixed !== value && !/\s/.test(fixed) ? fixed : null;
}

/**
 * Each address's domain, or the domain two or more of the letter's other addresses share when it is
 * one or two edits from it (one for a domain shorter than twelve letters) and no mail provider's
 * ("belitunakab.go.id", "belitu.ngkab.go.id" among rows that read "belitungkab.go.id": the agency's
 * domain misread in a row). An address as it is when there is no such domain, or more than one.
 */
export function repairSharedDomains(emails: readonly (string | null)[]): (string | null)[] {
  const domainOf = (e: string | null) => (e && e.includes('@') ? e.slice(e.lastIndexOf('@') + 1).toLowerCase() : null);
  const counts = new Map<string, number>();
  for (const d of emails.map(domainOf)) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  const provider = (d: string) => MAIL_PROVIDERS.includes(d) || REAL_NEAR_PROVIDERS.has(d);
  return emails.map((e) => {
    const d = domainOf(e);
    if (!e || !d || provider(d)) return e;
    const near = [...counts].filter(([o, n]) => o !== d && n >= 2 && n > counts.get(d)! && !provider(o) && editDistance(d, o) <= (Math.min(d.length, o.length) < 12 ? 1 : 2));
    return near.length === 1 ? `${e.slice(0, e.lastIndexOf('@') + 1)}${near[0][0]}` : e;
  });
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

/**
 * How a recogniser sees a title: the letters it takes for one another folded together (l I 1 | ! i,
 * 0 o, rn m), the capitals shaped like their small letter (C K O S V W X Z), and a comma, colon or
 * semicolon read for a dot.
 */
export function titleShape(s: string): string {
  return s
    .replace(/rn/g, 'm')
    .replace(/[,:;]/g, '.')
    .replace(/[1l|!Ii]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[CKOSVWXZ]/g, (c) => c.toLowerCase());
}

const withoutEndDot = (s: string) => s.replace(/\.$/, '');
const KNOWN_TITLES = new Set(DEGREES.flatMap((d) => [d, withoutEndDot(d)]));

/** The one title of DEGREES `pick` chooses; null when none or more than one does. */
function onlyDegree(pick: (d: string) => boolean): string | null {
  const found = DEGREES.filter(pick);
  return found.length === 1 ? found[0] : null;
}

/**
 * A title as the letter wrote it, from a scan's reading of it: a title of DEGREES read with letters
 * a recogniser confuses ("M.Sl." → "M.Si.", "S.Korn." → "S.Kom.", "S.AK." → "S.Ak.", "S,Kom" → "S.Kom"),
 * a letter read twice ("S.AKk." → "S.Ak."), dots at its end read twice ("S.Sos..."), with its inner
 * dots lost ("SE." → "S.E.", "MSI." → "M.Si.") or read as letters ("SIT" → "S.T."); the final dot as
 * read. Null
 * when the title is known as read, or no one title fits.
 */
export function repairTitle(title: string): string | null {
  // Dots read twice or thrice at the end ("S.Sos...") are one.
  const t = title.trim().replace(/\.{2,}$/, '.');
  if (!t || KNOWN_TITLES.has(t)) return t === title.trim() ? null : t;
  const end = t.endsWith('.') || /[,:;]$/.test(t) ? '.' : '';
  const shape = titleShape(withoutEndDot(t.replace(/[,:;]$/, '.')));
  // A letter read twice ("S.AKk."): the same letter, either case, side by side.
  const single = shape.replace(/(\p{L})\1+/giu, '$1');
  const same = onlyDegree((d) => titleShape(withoutEndDot(d)) === shape) ?? (single !== shape ? onlyDegree((d) => titleShape(withoutEndDot(d)) === single) : null);
  // "SE.": a title's inner dots lost, its end dot kept (a letter writes "SE" or "S.E.", seldom "SE.").
  const dotless = !same && /^[A-Za-z]{2,5}\.$/.test(t) ? onlyDegree((d) => /\.\S/.test(d) && titleShape(d.replace(/\./g, '')) === shape) : null;
  // Dots read as letters: the end dot is the title's own (it is read no better than the inner ones).
  const lettered = same || dotless ? null : dotsAsLetters(t);
  if (lettered) return lettered;
  const found = same ?? dotless;
  if (!found) return null;
  const fixed = withoutEndDot(found) + (found.endsWith('.') ? end : '');
  return fixed === t ? null : fixed;
}

/** A title's letters without its dots, lower case ("S.T." → "st"). */
const titleLetters = (d: string) => d.replace(/[^A-Za-z]/g, '').toLowerCase();

/**
 * A title whose inner dots were read as letters or marks ("SIT", "SET", "Sit" for S.T.): the one title
 * of DEGREES whose inner dots each stand where the reading has an I, l, 1, |, E, colon or comma. Not
 * when the reading is another title written without dots ("SIP" may be S.IP., so it is not S.P.).
 */
function dotsAsLetters(t: string): string | null {
  const letters = titleLetters(t);
  if (DEGREES.some((d) => titleLetters(d) === letters)) return null;
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return onlyDegree((d) => {
    const inner = withoutEndDot(d);
    if (!inner.includes('.')) return false;
    const pattern = inner.split('.').map((part) => [...part].map(escape).join('')).join('[IiLl1|E:;,]');
    return new RegExp(`^${pattern}[.:;,]?$`, 'i').test(t);
  });
}

/** Quote marks, brackets and guillemets a recogniser reads at a name's edges (a table rule's speck). */
const EDGE_MARKS = /^[“”"'‘’`«»]+\s*|\s*[“”"'‘’`«»]+$/g;

/**
 * A scanned name with the marks a recogniser adds taken off and its titles put back: a quote mark or
 * guillemet at either end, an opening bracket never closed, a title segment that is only a dot
 * ("S.E., . M.Ak."), a comma between titles read as dots ("S.T... M.Eng."), a title split at a
 * comma read for its dot ("S, Kom." → "S.Kom."), a Balinese name's "I" read as a one ("1 Gede"), a title
 * misread (repairTitle). Null when there is none. The caller flags the repair.
 */
export function repairNameMarks(value: string): string | null {
  let v = value.replace(EDGE_MARKS, '');
  if (v.startsWith('(') && !v.includes(')')) v = v.slice(1).trim();
  // A Balinese name's "I" read as a one, an l or a bar ("1 Gede", "l Wayan"): no name holds a digit.
  v = v.replace(/^[1l|](?=\s+\p{Lu}\p{Ll})/u, 'I');
  // A comma read as dots between two titles ("S.T... M.Eng.").
  const titles = v.replace(/(,[^,]*?\.)\.+\s+(?=[A-Z][A-Za-z.]{0,7}(?:,|$))/g, '$1, ');
  const segs = titles.split(/\s*,\s*/).map((s, k) => (k ? s.replace(/^[.:;]+\s+/, '') : s)).filter((s, k) => !k || !/^[.:;\s]*$/.test(s));
  const out: string[] = [segs[0]];
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k];
    const joined = k + 1 < segs.length && !KNOWN_TITLES.has(seg) && /^[A-Za-z]{1,3}$/.test(seg) ? `${seg}.${segs[k + 1]}` : null;
    const merged = joined && (KNOWN_TITLES.has(joined) ? joined : repairTitle(joined));
    if (merged) {
      out.push(merged);
      k++;
    } else out.push(repairTitle(seg) ?? seg);
  }
  const fixed = out.join(', ');
  return fixed === value ? null : fixed;
}

/** A sender's address in guillemets, as a recogniser reads angle brackets ("Bagian Umum «umum@…»" → "<umum@…>"); null when none. */
export function repairAddressBrackets(value: string): string | null {
  const fixed = value.replace(/«\s*([^\s«»<>]+@[^\s«»<>]+?)\s*»/g, '<$1>');
  return fixed === value ? null : fixed;
}
