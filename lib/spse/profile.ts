/**
 * Taught site profiles ("Ajari halaman ini"): an LPSE maps its own pages and form inputs once,
 * exports the JSON, and shares it. A profile takes precedence over the built-in route table in
 * `recognise` and `locateFields` for its host.
 */
import { z } from 'zod';
import { formatPath, sopErrorMap } from '../sop/validate';
import { isTaughtPageId } from '../sop/schema';
import { stepNoSchema } from '../bounds';
import { pageRoleSchema, personAttributeSchema, signatureSchema, urlPatternSchema } from './routes';

import { SITE_PROFILE_FORMAT, SITE_PROFILE_VERSION } from './teach';

export { cssPathFor, SITE_PROFILE_FORMAT, SITE_PROFILE_VERSION, teachPage, urlPatternFor } from './teach';

/** A CSS selector: non-empty, short, and (where a DOM is available) parseable. */
export const selectorSchema = z
  .string()
  .trim()
  .min(1, 'selector tidak boleh kosong')
  .max(500, 'selector terlalu panjang (maks. 500 karakter)')
  .refine((s) => !/[<{}]/.test(s.replace(/"[^"]*"|'[^']*'/g, '')), 'selector CSS tidak sah')
  .refine(isParseableSelector, 'selector CSS tidak sah');

function isParseableSelector(s: string): boolean {
  const d = (globalThis as { document?: Document }).document;
  if (!d?.createDocumentFragment) return true;
  try {
    d.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

/** The SOP step a taught page belongs to ("Ajari halaman ini": linked by the user). */
export const taughtStepLinkSchema = z.strictObject({
  sopId: z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id SOP harus huruf kecil, angka dan tanda hubung'),
  stepNo: stepNoSchema,
});
export type TaughtStepLink = z.infer<typeof taughtStepLinkSchema>;

export const siteProfilePageSchema = z.strictObject({
  /** A built-in page id (a changed built-in page) or a page of its own: `taught:<slug>`. */
  pageId: z
    .string()
    .max(80, 'pageId terlalu panjang (maks. 80 karakter)')
    .refine((id) => /^[a-z][a-z0-9-]*$/.test(id) || isTaughtPageId(id), 'pageId: huruf kecil, angka dan tanda hubung, atau "taught:" dan nama halaman (mis. taught:satuan-kerja)'),
  /** The name the LPSE gave the page (required for a page of its own). */
  title: z.string().trim().min(1).max(120, 'nama halaman terlalu panjang (maks. 120 karakter)').optional(),
  role: pageRoleSchema.optional(),
  /** Relative to the base (`/admin/satker`, `/pegawai/edit/:id`). */
  urlPattern: urlPatternSchema,
  signature: signatureSchema,
  /** Person attribute → CSS selector of the input. */
  fields: z.partialRecord(personAttributeSchema, selectorSchema).default({}),
  /** The SOP steps that happen on this page. */
  steps: z.array(taughtStepLinkSchema).max(20, 'maks. 20 langkah SOP per halaman').optional(),
  taughtAt: z.iso.datetime({ offset: true }).optional(),
}).superRefine((p, ctx) => {
  if (isTaughtPageId(p.pageId) && !p.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'halaman ajaran harus punya nama' });
});
export type SiteProfilePage = z.infer<typeof siteProfilePageSchema>;

export const siteProfileSchema = z.strictObject({
  format: z.literal(SITE_PROFILE_FORMAT),
  version: z.literal(SITE_PROFILE_VERSION),
  /** Host name, optionally with a port: `lpse.kaltimprov.go.id`, `127.0.0.1:8080`. */
  host: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/, 'host harus nama host tanpa skema dan path, mis. lpse.contoh.go.id'),
  name: z.string().trim().min(1).optional(),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  pages: z.array(siteProfilePageSchema).min(1, 'minimal satu halaman'),
});
export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type SiteProfileInput = z.input<typeof siteProfileSchema>;

export type ProfileParseResult = { ok: true; profile: SiteProfile } | { ok: false; errors: string[] };

/**
 * Parse a profile from JSON text or an already parsed value. Errors are Indonesian and name the
 * JSON path: `pages[0].fields.nip: selector CSS tidak sah`.
 */
export function parseSiteProfile(input: unknown): ProfileParseResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, errors: [`(berkas): bukan JSON yang sah: ${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  const r = siteProfileSchema.safeParse(json, { error: sopErrorMap });
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
  const seen = new Map<string, number>();
  const errors: string[] = [];
  r.data.pages.forEach((p, i) => {
    const first = seen.get(p.pageId);
    if (first !== undefined) errors.push(`pages[${i}].pageId: halaman "${p.pageId}" sudah ada di pages[${first}]`);
    else seen.set(p.pageId, i);
  });
  return errors.length ? { ok: false, errors } : { ok: true, profile: r.data };
}
