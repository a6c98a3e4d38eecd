/**
 * Taught pages as first-class pages: their names, and the SOP steps the user linked them to.
 * Pure functions over the host's site profiles (lib/spse/profile); no DOM.
 */
import type { Lang } from '../i18n';
import type { Sop } from '../sop/schema';
import type { SiteProfile, SiteProfilePage } from './profile';
import { PAGE_TITLES, pageTitle } from './titles';
import { TAUGHT_PREFIX } from '../sop/taught-page-id';


/** The taught definition of `pageId` in these profiles (the first one), or undefined. */
export function taughtPage(pageId: string, profiles: readonly SiteProfile[] | undefined): SiteProfilePage | undefined {
  for (const p of profiles ?? []) {
    const hit = p.pages.find((pg) => pg.pageId === pageId);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The name to show for a page: a taught page by the name the LPSE gave it, a built-in page by its
 * title (a taught title may rename it only where Pandu has none).
 */
export function pageName(pageId: string, lang: Lang, profiles?: readonly SiteProfile[]): string {
  const taught = taughtPage(pageId, profiles);
  if (pageId.startsWith(TAUGHT_PREFIX)) return taught?.title ?? `${lang === 'en' ? 'Taught page' : 'Halaman ajaran'}: ${pageId.slice(TAUGHT_PREFIX.length)}`;
  if (!PAGE_TITLES[pageId] && taught?.title) return taught.title;
  return pageTitle(pageId, lang);
}

/**
 * The SOPs with every taught page added to the `pages` of the steps it was linked to, so that
 * locating, the flow and the pointers treat it like a built-in page. The SOPs given are not
 * changed; with nothing linked the same array comes back.
 */
export function linkTaughtSteps<S extends Sop>(sops: S[], profiles: readonly SiteProfile[] | undefined): S[] {
  const links = new Map<string, string[]>();
  for (const profile of profiles ?? []) {
    for (const page of profile.pages) {
      for (const l of page.steps ?? []) {
        const key = `${l.sopId}#${l.stepNo}`;
        const ids = links.get(key) ?? [];
        if (!ids.includes(page.pageId)) ids.push(page.pageId);
        links.set(key, ids);
      }
    }
  }
  if (!links.size) return sops;
  return sops.map((sop) => {
    if (!sop.steps.some((s) => links.has(`${sop.id}#${s.no}`))) return sop;
    return {
      ...sop,
      steps: sop.steps.map((s) => {
        const add = (links.get(`${sop.id}#${s.no}`) ?? []).filter((id) => !s.pages?.includes(id as never));
        return add.length ? { ...s, pages: [...(s.pages ?? []), ...add] as typeof s.pages } : s;
      }),
    };
  });
}
