/**
 * Pointers to the next action: which SPSE page a step happens on (a link the user follows) and,
 * once there, which element to act on (outlined, with a one-line hint). Site knowledge, so it
 * lives here; Pandu never clicks for the user.
 */
import { routeById } from './route-table';
import { splitBase } from './recognise';
import type { SiteProfile } from './profile';
import { pageName, taughtPage } from './taught';
import { TAUGHT_PREFIX } from '../sop/taught-page-id';

export type PagePointer = { pageId: string; title: string; href: string };
export type ActionTarget = { selectors: readonly string[]; hint: { id: string; en: string } };

/** What to act on, by kind of page. GUESS (sandbox-checked): SPSE's "Tambah" link ends in /baru; the form's button is named simpan. */
export const ACTION_TARGETS: Record<'list' | 'form' | 'detail', ActionTarget> = {
  list: {
    selectors: ['a[href$="/baru"]', 'a.btn-primary', 'button.btn-primary'],
    hint: { id: 'Tekan "Tambah" untuk membuka formulir.', en: 'Press "Tambah" (Add) to open the form.' },
  },
  form: {
    selectors: ['button[name="simpan"]', 'button[type="submit"]', 'input[type="submit"]'],
    hint: { id: 'Isi formulir (Isi formulir di panel), periksa, lalu tekan Simpan milik SPSE.', en: 'Fill the form (Fill in the panel), check it, then press SPSE’s own Simpan (Save).' },
  },
  detail: {
    selectors: ['form button[type="submit"]', 'button.btn-success', 'button.btn-primary'],
    hint: { id: 'Periksa berkas, lalu pilih tindakan di halaman ini.', en: 'Check the documents, then choose the action on this page.' },
  },
};

/** A built-in page's kind by its id; a taught page with mapped inputs is a form. */
function kindOf(pageId: string, profiles?: readonly SiteProfile[]): keyof typeof ACTION_TARGETS | null {
  if (pageId.startsWith(TAUGHT_PREFIX)) return Object.keys(taughtPage(pageId, profiles)?.fields ?? {}).length ? 'form' : null;
  return pageId.endsWith('-form') ? 'form' : pageId.endsWith('-list') ? 'list' : pageId.endsWith('-detail') ? 'detail' : null;
}

/**
 * The address of a page on the current SPSE host (its first URL pattern without parameters: the
 * taught pattern first, then the route table's), or null.
 */
export function pageHref(pageId: string, currentUrl: string, profiles?: readonly SiteProfile[]): string | null {
  const patterns = [taughtPage(pageId, profiles)?.urlPattern, ...(routeById(pageId)?.urlPatterns ?? [])];
  const pattern = patterns.find((p): p is string => !!p && !p.includes(':') && !p.includes('*'));
  if (!pattern) return null;
  let origin: string;
  try {
    origin = new URL(currentUrl).origin;
  } catch {
    return null;
  }
  return `${origin}${splitBase(currentUrl).base}${pattern}`;
}

/**
 * Where the step happens, seen from the page the user is on: `open` = the page to go to (the
 * form first, where the work is done), unless already on one of the step's pages; `target` = what
 * to act on here, when this page is one of them.
 */
export function pointerFor(
  stepPages: readonly string[],
  pageId: string,
  currentUrl: string,
  lang: 'id' | 'en' = 'id',
  profiles?: readonly SiteProfile[],
): { open: PagePointer | null; target: ActionTarget | null } {
  const pages = stepPages.filter((p) => p !== 'login' && p !== 'home' && p !== 'unknown');
  if (!pages.length) return { open: null, target: null };
  const here = pages.includes(pageId);
  const kind = here ? kindOf(pageId, profiles) : null;
  const target = kind ? ACTION_TARGETS[kind] : null;
  if (here) return { open: null, target };
  const goal = pages.find((p) => kindOf(p, profiles) === 'form') ?? pages[0];
  const href = pageHref(goal, currentUrl, profiles);
  return { open: href ? { pageId: goal, title: pageName(goal, lang, profiles), href } : null, target: null };
}

/** The first element a target names, outside `ignore` (the panel). */
export function findActionElement(root: ParentNode, target: ActionTarget, ignore?: Element | null): HTMLElement | null {
  for (const sel of target.selectors) {
    for (const el of root.querySelectorAll<HTMLElement>(sel)) if (!ignore?.contains(el)) return el;
  }
  return null;
}
