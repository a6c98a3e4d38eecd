/**
 * Plan a fill: what Pandu would write into each person field of an SPSE form, diffed against
 * what the form holds now. Nothing is written here (see apply.ts); the plan is shown first and
 * applied only when the user confirms. The plan is plain data (its schema, plan-schema.ts, is
 * kept out of the panel: no zod at page load) so it can cross from the content script to the
 * panel and back.
 *
 * Value mapping (from a letter's Applicant, then `extra`, which wins):
 * - name → as written (titles kept), whitespace collapsed;
 * - nip → the 18 digits, else skipped with the reason;
 * - email → trimmed, lower-cased;
 * - phone → SPSE phone inputs take local numbers: `+62812…` becomes `0812…`. One letter number
 *   goes to one field: a mobile number (08…) to `mobile` when the form has it, else `phone`;
 *   a landline the other way round;
 * - position → jabatan;
 * - userId → `opts.userId`, else a suggestion (email local part or name, `[a-z0-9._]`, ≤ 30)
 *   marked `suggested`, and only when the field is empty;
 * - dates (validUntil, assignmentLetterDate) → dd-mm-yyyy for datepicker-like inputs (their
 *   `data-date-format` / placeholder wins), yyyy-mm-dd for `type=date`;
 * - selects → the option whose value or text matches case-insensitively, else skipped;
 * - checkbox groups (roles) → comma-separated values or labels.
 * Password inputs, hidden inputs and `authenticityToken` are never planned (asserted).
 */
import type { Applicant } from '../letter/schema';
import { locateFields, type FieldElement, type FieldFound } from '../spse/fields';
import type { PersonAttribute } from '../spse/routes';
import type { SiteProfile } from '../spse/profile';
import type { FillPlan, FillRow, MissingField, SkipReasonCode } from './plan-schema';

export type { FillPlan, FillRow, MissingField, SkipReasonCode } from './plan-schema';
import { ATTRIBUTE_LABELS } from './labels';
import { controlKind, dateFormatOf, isReadOnly, isVisiblePlainControl, matchChoices, matchOption, readControl } from './controls';
import { cleanText, isMobileNumber, suggestUserId, toDate, toEmail, toLocalPhone, toNip, type Converted } from './values';

const SECRET_SELECTOR = /authenticitytoken|type\s*=\s*["']?password|passw/i;
export const SECRET_ROW_MESSAGE = 'rencana isian tidak boleh menyentuh password atau authenticityToken';
/** A plan row may never name a password or the authenticityToken (checked by the schema and by applyFill). */
export function namesSecret(row: { selector: string }): boolean {
  return SECRET_SELECTOR.test(row.selector);
}

export type PlanOptions = {
  profiles?: SiteProfile | readonly SiteProfile[] | null;
  /** Values not in the letter's Applicant (golongan, validUntil, roles, …); they override it. */
  extra?: Partial<Record<PersonAttribute, string>>;
  /** The User ID to use; without it one is suggested when the form has a User ID field. */
  userId?: string;
};

const DATE_ATTRIBUTES = new Set<PersonAttribute>(['validUntil', 'assignmentLetterDate']);

type Wanted = { raw: string; suggested: boolean };

function present(v: string | null | undefined): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** What Pandu has for each attribute before looking at the form (phone routed later). */
function wantedValues(person: Applicant, opts: PlanOptions): Partial<Record<PersonAttribute, Wanted>> {
  const out: Partial<Record<PersonAttribute, Wanted>> = {};
  const put = (a: PersonAttribute, v: string | null | undefined, suggested = false) => {
    if (present(v)) out[a] = { raw: v, suggested };
  };
  put('name', person.name);
  put('nip', person.nip);
  put('email', person.email);
  put('position', person.position);
  for (const [k, v] of Object.entries(opts.extra ?? {})) {
    if (Object.hasOwn(ATTRIBUTE_LABELS, k)) put(k as PersonAttribute, v);
  }
  if (present(opts.userId)) put('userId', opts.userId);
  return out;
}

/** Route the letter's single phone number to `mobile` or `phone` of this form. */
function routePhone(person: Applicant, wanted: Partial<Record<PersonAttribute, Wanted>>, found: ReadonlySet<PersonAttribute>): void {
  if (!present(person.phone) || wanted.phone || wanted.mobile) return;
  const local = toLocalPhone(person.phone);
  const mobile = local.ok ? isMobileNumber(local.value) : true;
  const order: PersonAttribute[] = mobile ? ['mobile', 'phone'] : ['phone', 'mobile'];
  const target = order.find((a) => found.has(a)) ?? order[0];
  wanted[target] = { raw: person.phone, suggested: false };
}

function convert(attribute: PersonAttribute, raw: string, el: FieldElement): Converted {
  switch (attribute) {
    case 'nip':
      return toNip(raw);
    case 'email':
      return toEmail(raw);
    case 'phone':
    case 'mobile':
      return toLocalPhone(raw);
    default:
      break;
  }
  const kind = controlKind(el);
  if (DATE_ATTRIBUTES.has(attribute) || kind === 'date' || kind === 'datepicker') return toDate(raw, dateFormatOf(el));
  return { ok: true, value: kind === 'textarea' ? raw.trim() : cleanText(raw) };
}

function sameSet(a: string, b: string): boolean {
  const s = (v: string) => v.split(',').filter(Boolean).sort().join(',');
  return s(a) === s(b);
}

function rowFor(loc: FieldFound, want: Wanted | undefined): FillRow {
  const el = loc.element;
  const kind = controlKind(el);
  const current = readControl(el, loc.elements);
  const base = {
    attribute: loc.attribute,
    label: ATTRIBUTE_LABELS[loc.attribute].id,
    selector: loc.selector,
    kind,
    currentValue: current.value,
    currentText: current.text,
    suggested: want?.suggested ?? false,
  };
  const skip = (reasonCode: SkipReasonCode, reason: string, newValue = '', newText = newValue): FillRow => ({ ...base, newValue, newText, conflict: false, skip: true, reasonCode, reason });

  if (!want) return skip('no-value', 'Tidak ada data dari surat; isi sendiri bila perlu.');
  if (want.suggested && current.value.trim() !== '') return skip('kept', 'Kolom sudah terisi; saran User ID tidak dipakai.', current.value);
  if (isReadOnly(el)) return skip('read-only', 'Kolom hanya-baca atau nonaktif; Pandu tidak mengisinya.');

  let newValue: string;
  let newText: string;
  if (kind === 'select') {
    const opt = matchOption(el as HTMLSelectElement, cleanText(want.raw));
    if (!opt) return skip('no-option', `Pilihan "${cleanText(want.raw)}" tidak ada di daftar ${base.label}; pilih sendiri.`, cleanText(want.raw));
    newValue = opt.value;
    newText = opt.text;
  } else if (kind === 'checkbox' || kind === 'radio') {
    const m = matchChoices(loc.elements, want.raw, kind === 'radio');
    if (m.unmatched.length || !m.values.length) return skip('no-option', `Pilihan "${m.unmatched.join(', ') || cleanText(want.raw)}" tidak ada di ${base.label}; pilih sendiri.`, cleanText(want.raw));
    newValue = m.values.join(',');
    newText = m.texts.join(', ');
  } else {
    const c = convert(loc.attribute, want.raw, el);
    if (!c.ok) return skip('invalid', c.reason, cleanText(want.raw));
    newValue = newText = c.value;
    const max = (el as HTMLInputElement).maxLength;
    if (typeof max === 'number' && max > 0 && newValue.length > max) return skip('too-long', `Nilai lebih dari ${max} karakter; isi sendiri.`, newValue);
  }

  const same = kind === 'checkbox' ? sameSet(newValue, current.value) : newValue.trim() === current.value.trim();
  if (same) return skip('same', 'Sudah sama dengan isian sekarang.', newValue, newText);
  const conflict = current.value.trim() !== '';
  return { ...base, newValue, newText, conflict, skip: false };
}

/**
 * The fill plan of `person` for the form on `doc` (page `pageId`). Pure with respect to the
 * page: it reads values, never writes them.
 */
export function planFill(doc: Document, pageId: string, person: Applicant, opts: PlanOptions = {}): FillPlan {
  const locations = locateFields(doc, pageId, opts.profiles ?? undefined);
  const foundSet = new Set(locations.filter((l) => l.found).map((l) => l.attribute));
  const wanted = wantedValues(person, opts);
  routePhone(person, wanted, foundSet);
  if (!wanted.userId && foundSet.has('userId')) {
    const s = suggestUserId(wanted.email?.raw, wanted.name?.raw);
    if (s) wanted.userId = { raw: s, suggested: true };
  }

  const rows: FillRow[] = [];
  const missing: MissingField[] = [];
  const placed = new Set<PersonAttribute>();
  for (const loc of locations) {
    if (!loc.found) {
      if (wanted[loc.attribute]) {
        missing.push({ attribute: loc.attribute, message: loc.message });
        placed.add(loc.attribute);
      }
      continue;
    }
    // Never plan a secret or invisible control, whatever a field map or taught profile says.
    if (!isVisiblePlainControl(loc.element) || loc.elements.some((e) => !isVisiblePlainControl(e))) continue;
    rows.push(rowFor(loc, wanted[loc.attribute]));
    placed.add(loc.attribute);
  }
  for (const a of Object.keys(wanted) as PersonAttribute[]) {
    if (!placed.has(a)) missing.push({ attribute: a, message: `Halaman ini tidak punya kolom ${ATTRIBUTE_LABELS[a].id}.` });
  }
  // Typed by the schema; not parsed here, so the panel builds a plan without running zod.
  return { pageId, rows, missing };
}

/** Rows that would change the form. */
export function fillableRows(plan: FillPlan): FillRow[] {
  return plan.rows.filter((r) => !r.skip);
}
