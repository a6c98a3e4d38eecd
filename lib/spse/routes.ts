/**
 * The SPSE route table: site knowledge as versioned, validated data.
 *
 * Each page file in `lib/spse/pages/` declares where a page lives (URL patterns relative to the
 * base), what it looks like (DOM signature) and where its person fields are (field map). When SPSE
 * changes its HTML, the page file changes, nothing else. Guessed parts are marked in `notes`.
 */
import { z } from 'zod';
import type { builtInPageIdSchema } from '../sop/schema';
export { patternToRegExp } from './url-pattern';

/** Bump when any page file changes (shown in diagnostics and exported problem reports). */
export const ROUTES_VERSION = '2026.11.29-1';

export const pageRoleSchema = z.enum(['admin-ppe', 'admin-agency', 'verifikator', 'helpdesk', 'auditor', 'verifikator-akses', 'any']);
export type PageRole = z.infer<typeof pageRoleSchema>;

export const layoutSchema = z.enum(['local', 'national', 'akun']);
export type SpseLayout = z.infer<typeof layoutSchema>;

/** The person attributes a form field can hold (what a request letter provides). */
export const personAttributeSchema = z.enum([
  'userId',
  'name',
  'nip',
  'nik',
  'email',
  'phone',
  'mobile',
  'address',
  'position',
  'golongan',
  'pangkat',
  'skNumber',
  'validUntil',
  'pbjCertificate',
  'agency',
  'satker',
  'roles',
  'assignmentLetterNumber',
  'assignmentLetterDate',
  'note',
  // Not a person's: the unit's own code and the audited package (Satuan Kerja page, auditor request).
  'satkerCode',
  'packageName',
]);
export type PersonAttribute = z.infer<typeof personAttributeSchema>;

const nonEmpty = z.string().trim().min(1, 'tidak boleh kosong');

/**
 * One way to find a form field, tried in the order given:
 * exact `name`; `column` = name ending in a pegawai column (`peg_nip` matches `pegawai.peg_nip`,
 * `pegawai[peg_nip]`, `peg_nip`); element `id`; visible `label` text (label, th or dt cell);
 * or a CSS `selector` (taught profiles).
 */
export const fieldMatcherSchema = z.union([
  z.strictObject({ name: nonEmpty }),
  z.strictObject({ column: z.string().regex(/^[A-Za-z0-9_]+$/, 'kolom hanya huruf, angka dan garis bawah') }),
  z.strictObject({ id: nonEmpty }),
  z.strictObject({ label: nonEmpty }),
  z.strictObject({ selector: nonEmpty }),
]);
export type FieldMatcher = z.infer<typeof fieldMatcherSchema>;

export const fieldMapSchema = z.partialRecord(personAttributeSchema, z.array(fieldMatcherSchema).min(1));
export type FieldMap = z.infer<typeof fieldMapSchema>;

export const signatureSchema = z.strictObject({
  /** Page or panel headings; any one of them identifies the page (alternatives). */
  headings: z.array(nonEmpty).min(1),
  /** Field labels / table header cells expected on the page (fraction found counts). */
  labels: z.array(nonEmpty).optional(),
  /** Input names expected on the page. */
  inputNames: z.array(nonEmpty).optional(),
  /** Menu link texts expected in the navigation. */
  menuText: z.array(nonEmpty).optional(),
  /** Button texts expected on the page. */
  buttons: z.array(nonEmpty).optional(),
});
export type Signature = z.infer<typeof signatureSchema>;

/** `/admin/auditor/baru`, `/pegawai/edit/:id`: relative to the base, `:param` = one segment. */
export const urlPatternSchema = z.string().regex(/^\/([A-Za-z0-9._~-]+|:[a-z][A-Za-z0-9]*)?(\/([A-Za-z0-9._~-]+|:[a-z][A-Za-z0-9]*))*$/, 'pola URL harus diawali "/" dan hanya berisi segmen atau :parameter');

export const pageDefSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id halaman: huruf kecil, angka dan tanda hubung'),
  /** Indonesian human name (for diagnostics; the panel uses lib/spse/titles). */
  title: nonEmpty,
  role: pageRoleSchema,
  /** Role refinements by menu (e.g. the home page of an Admin Agency); first match wins. */
  roleByMenu: z.array(z.strictObject({ role: pageRoleSchema, menuText: z.array(nonEmpty).min(1) })).optional(),
  urlPatterns: z.array(urlPatternSchema).min(1),
  /** The URL is publicly documented (login, home): a URL match weighs more. */
  urlKnown: z.boolean().default(false),
  host: z.literal('akun.inaproc.id').optional(),
  signature: signatureSchema,
  fields: fieldMapSchema.optional(),
  /** Example URLs that must match (tested), Refined GitHub style. */
  examples: z.array(z.string().url()).min(1),
  /** What is known and what is guessed. */
  notes: nonEmpty,
});
export type PageDef = z.infer<typeof pageDefSchema>;
/** A page file before validation (defaults may be omitted). */
export type PageDefInput = z.input<typeof pageDefSchema>;

export const routeTableSchema = z
  .array(pageDefSchema)
  .min(1)
  .superRefine((pages, ctx) => {
    const seen = new Set<string>();
    pages.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `id halaman ganda: ${p.id}`, path: [i, 'id'] });
      seen.add(p.id);
    });
  });

/** Built-in page ids are exactly the SOP catalog's page ids (minus `unknown`). */
export type BuiltInPageId = Exclude<z.infer<typeof builtInPageIdSchema>, 'unknown'>;

export { ROUTES, routeById } from './route-table';
