import { matchesAny, matchesPattern } from './match-pattern';

/**
 * Which tabs get the bootstrap (issue 14). No static content script: a page pays nothing before
 * its load event. When a tab on an SPSE host finishes loading (tabs.onUpdated, status
 * `complete`), the background injects the bootstrap. SPSE hosts are the static ones of the
 * manifest (lib/spse/hosts) and the LPSE hosts the user added at run time (lib/extension/lpse-hosts);
 * the browser shows a tab's address only where the extension has host access, so other tabs are
 * never looked at.
 */
export type TabChange = { status?: string };
export type TabInfo = { id?: number; url?: string };

export type SpseTabDeps = {
  staticPatterns: readonly string[];
  /** Stored LPSE host patterns (`*://host/*`); read only for a loaded tab outside the static hosts. */
  lpseHosts(): Promise<string[]>;
  /** `url`: the loaded address (where it points to a built-in page the panel may come along). */
  inject(tabId: number, url: string): Promise<void>;
};

export async function isSpseTab(url: string | undefined, deps: Pick<SpseTabDeps, 'staticPatterns' | 'lpseHosts'>): Promise<boolean> {
  if (!url) return false;
  if (matchesAny(deps.staticPatterns, url)) return true;
  if (!/^https?:/i.test(url)) return false;
  return (await deps.lpseHosts()).some((p) => matchesPattern(p, url));
}

/** The tabs.onUpdated listener: the bootstrap into an SPSE tab that has just loaded. */
export function bootSpseTabs(deps: SpseTabDeps) {
  return async (tabId: number, change: TabChange, tab: TabInfo): Promise<boolean> => {
    if (change.status !== 'complete') return false;
    if (!(await isSpseTab(tab.url, deps))) return false;
    // A closed tab, a page that navigated away meanwhile, a permission withdrawn: nothing to do.
    return deps.inject(tabId, tab.url!).then(
      () => true,
      () => false,
    );
  };
}

/**
 * The SPSE tabs already loaded when the extension is installed or updated (or loaded before its
 * worker listened): the bootstrap into each, so no SPSE tab waits for a reload.
 */
export async function bootLoadedSpseTabs(tabs: readonly (TabInfo & { status?: string })[], deps: SpseTabDeps): Promise<number[]> {
  const booted: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.status !== 'complete' || !(await isSpseTab(tab.url, deps))) continue;
    if (await deps.inject(tab.id, tab.url!).then(() => true, () => false)) booted.push(tab.id);
  }
  return booted;
}
