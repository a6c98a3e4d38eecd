/**
 * Teaching a page ("Ajari halaman ini"), without zod: the panel imports this. The profile schemas
 * are in profile.ts, which re-exports these; the background validates what is stored.
 */
import type { PersonAttribute } from './routes';
import type { SiteProfilePage, TaughtStepLink } from './profile';
import { normText, readPageFeatures, splitBase } from './recognise';

export const SITE_PROFILE_FORMAT = 'pandu-site-profile';
export const SITE_PROFILE_VERSION = 1;

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
  fields: Partial<Record<PersonAttribute, Element>>,
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
  // Checked where it is stored: the background validates `profile.put` against the schema.
  return {
    pageId,
    urlPattern: urlPatternFor(url),
    signature: { headings: headings.length ? headings : [doc.title.trim() || pageId], ...(inputNames.length ? { inputNames } : {}) },
    fields: selectors,
    ...(opts.title?.trim() ? { title: opts.title.trim() } : {}),
    ...(opts.steps?.length ? { steps: opts.steps } : {}),
    taughtAt: new Date().toISOString(),
  };
}
