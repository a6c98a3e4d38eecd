import { SITE_PROFILE_FORMAT, SITE_PROFILE_VERSION } from '../spse/teach';
import type { SiteProfile, SiteProfilePage } from '../spse/profile';
import type { PageProfileRecord } from '../log/schema';

/**
 * Taught pages are kept one record per (host, page id) in the log's `profiles` store;
 * recognition wants them as one site profile per host. No zod here (the panel imports it): records
 * read from storage are checked in site-profile-records.ts.
 */
export function recordIdFor(host: string, page: Pick<SiteProfilePage, 'pageId'>): string {
  // One taught definition per page id and host: teaching a page again replaces it.
  return `${host}|${page.pageId}`;
}

export function recordFor(host: string, page: SiteProfilePage): Omit<PageProfileRecord, 'updatedAt'> {
  return { id: recordIdFor(host, page), host, pageId: page.pageId, data: page };
}

/**
 * The host's profile from records the background has already validated (`profile.list` answers
 * only records that pass the contract): the panel builds it without running zod.
 */
export function profileFromCheckedRecords(host: string, records: readonly PageProfileRecord[]): SiteProfile | null {
  const pages = records.filter((r) => r.host === host).map((r) => r.data);
  return pages.length ? { format: SITE_PROFILE_FORMAT, version: SITE_PROFILE_VERSION, host, pages } : null;
}

/** A page's host as profiles name it (with the port, if any). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Records for an imported (already validated) profile. */
export function recordsForProfile(profile: SiteProfile): Omit<PageProfileRecord, 'updatedAt'>[] {
  return profile.pages.map((p) => recordFor(profile.host, p));
}
