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
  /** `url`: the loaded address (the pages it points to get their stored first frames handed over). */
  inject(tabId: number, url: string): Promise<void>;
  /** The tabs booted in this browser session (absent: none remembered, every loaded SPSE tab is booted). */
  booted?: BootedTabs;
};

/** The part of `storage.session` used here. */
export type SessionArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
export type BootedTabs = {
  /** Every booted tab's address by tab id, in one read. */
  all(): Promise<Record<string, string>>;
  add(tabId: number, url: string): Promise<void>;
};

const BOOTED_KEY = 'pandu.bootedTabs';
/** After a worker starts, when it looks again for loaded SPSE tabs whose load event it lost. */
export const WORKER_START_SWEEPS_MS: readonly number[] = [1500, 5000];
/** Enough for a working day of SPSE tabs; the oldest are forgotten first (re-booting one costs nothing). */
const BOOTED_MAX = 500;

/**
 * Which tab got the bootstrap at which address, in session storage: it outlives a stopped worker
 * (a new one boots only the tabs whose load it missed) and ends with the browser session.
 * Without session storage nothing is remembered and a new worker boots every loaded SPSE tab
 * (harmless: the bootstrap does nothing again at the same address).
 */
export function bootedTabsIn(area: SessionArea | undefined): BootedTabs {
  const read = async (): Promise<Record<string, string>> => {
    const got = area ? await area.get(BOOTED_KEY).catch(() => ({}) as Record<string, unknown>) : {};
    const v = got[BOOTED_KEY];
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  };
  return {
    all: read,
    async add(tabId, url) {
      if (!area) return;
      const all = await read();
      delete all[String(tabId)];
      all[String(tabId)] = url;
      const keys = Object.keys(all);
      for (const k of keys.slice(0, Math.max(0, keys.length - BOOTED_MAX))) delete all[k];
      await area.set({ [BOOTED_KEY]: all }).catch(() => undefined);
    },
  };
}

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
    return injectAndRemember(tabId, tab.url!, deps);
  };
}

async function injectAndRemember(tabId: number, url: string, deps: SpseTabDeps): Promise<boolean> {
  const ok = await deps.inject(tabId, url).then(
    () => true,
    () => false,
  );
  if (ok) await deps.booted?.add(tabId, url);
  return ok;
}

/**
 * The SPSE tabs already loaded when a worker starts (the extension installed or updated, the
 * browser relaunched, a stopped worker woken) whose load it did not see: the bootstrap into each,
 * so no SPSE tab waits for a reload. A tab booted at the same address this session is left alone.
 */
export async function bootLoadedSpseTabs(tabs: readonly (TabInfo & { status?: string })[], deps: SpseTabDeps): Promise<number[]> {
  const booted: number[] = [];
  const known = deps.booted ? await deps.booted.all() : {};
  for (const tab of tabs) {
    if (tab.id === undefined || tab.status !== 'complete' || !(await isSpseTab(tab.url, deps))) continue;
    if (known[String(tab.id)] === tab.url) continue;
    if (await injectAndRemember(tab.id, tab.url!, deps)) booted.push(tab.id);
  }
  return booted;
}
