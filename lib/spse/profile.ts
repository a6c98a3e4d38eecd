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
import { normText, readPageFeatures, splitBase } from './recognise';

export const SITE_PROFILE_FORMAT = 'pandu-site-profile';
export const SITE_PROFILE_VERSION = 1;

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

function cssString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ');
}

function unique(doc: Document | null, selector: string, el: Element): boolean {
  if (!doc) return false;
  try {
    const all = doc.querySelectorAll(selector);
    return all.length === 1 && all[0] === el;
  } catch {
    return false;
  }
}

/**
 * A stable selector for an input the user clicked: by name (checkbox/radio groups share it), then
 * by id, then a `tag:nth-of-type` path from the nearest ancestor with a unique id (or `body`).
 */
export function cssPathFor(element: Element): string {
  const doc = element.ownerDocument;
  const tag = element.tagName.toLowerCase();
  const name = element.getAttribute('name');
  if (name) {
    const byName = `${tag}[name="${cssString(name)}"]`;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (unique(doc, byName, element) || ((type === 'checkbox' || type === 'radio') && doc?.querySelector(byName) === element)) return byName;
    if (type === 'checkbox' || type === 'radio') return byName;
  }
  const id = element.getAttribute('id');
  if (id) {
    const byId = `${tag}[id="${cssString(id)}"]`;
    if (unique(doc, byId, element)) return byId;
  }
  const parts: string[] = [];
  let el: Element | null = element;
  while (el && el.tagName.toLowerCase() !== 'body' && el.tagName.toLowerCase() !== 'html') {
    const elId = el.getAttribute('id');
    if (el !== element && elId && unique(doc, `[id="${cssString(elId)}"]`, el)) {
      parts.unshift(`[id="${cssString(elId)}"]`);
      return parts.join(' > ');
    }
    const t = el.tagName.toLowerCase();
    let n = 1;
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
    parts.unshift(`${t}:nth-of-type(${n})`);
    el = el.parentElement;
  }
  parts.unshift('body');
  return parts.join(' > ');
}

/** `/pegawai/edit/12` → `/pegawai/edit/:id` (numeric segments become parameters). */
export function urlPatternFor(url: string): string {
  const { rest } = splitBase(url);
  return rest
    .split('/')
    .map((seg) => (/^\d+$/.test(seg) ? ':id' : seg.replace(/[^A-Za-z0-9._~-]/g, '')))
    .join('/') || '/';
}

/**
 * Build a taught page from the current document: URL pattern, a signature (headings of the page,
 * names of the mapped inputs, their labels) and the selectors of the inputs the user pointed at.
 */
export function teachPage(
  url: string,
  doc: Document,
  pageId: string,
  fields: Partial<Record<z.infer<typeof personAttributeSchema>, Element>>,
  opts: { title?: string; steps?: TaughtStepLink[] } = {},
): SiteProfilePage {
  const features = readPageFeatures(doc);
  const title = normText(doc.title);
  const headings = features.headings.filter((h) => h !== title).slice(0, 3);
  const selectors: Record<string, string> = {};
  const inputNames: string[] = [];
  for (const [attr, el] of Object.entries(fields)) {
    if (!el) continue;
    selectors[attr] = cssPathFor(el);
    const name = el.getAttribute('name');
    if (name && !inputNames.includes(name)) inputNames.push(name);
  }
  return siteProfilePageSchema.parse({
    pageId,
    urlPattern: urlPatternFor(url),
    signature: { headings: headings.length ? headings : [doc.title.trim() || pageId], ...(inputNames.length ? { inputNames } : {}) },
    fields: selectors,
    ...(opts.title?.trim() ? { title: opts.title.trim() } : {}),
    ...(opts.steps?.length ? { steps: opts.steps } : {}),
    taughtAt: new Date().toISOString(),
  });
}
