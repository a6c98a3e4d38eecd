/** A tab as the popup sees it: without the "tabs" permission, `url` is there only for sites Pandu may run on. */
export type TabLike = { id?: number; url?: string; active?: boolean; lastAccessed?: number };

const isWebPage = (url: string | undefined) => !!url && /^https?:\/\//i.test(url);

/**
 * The tab "Buka panel di tab ini" acts on: the tab in front when it shows a web page (the
 * toolbar click grants activeTab there), else the SPSE tab used last (the popup opened as a page
 * of its own, e.g. in tests). Null when there is none.
 */
export function panelTargetTab(active: TabLike | undefined, tabs: readonly TabLike[]): number | null {
  if (active?.id !== undefined && isWebPage(active.url)) return active.id;
  const candidates = tabs.filter((t) => t.id !== undefined && isWebPage(t.url));
  if (!candidates.length) return null;
  const last = candidates.reduce((a, b) => ((b.lastAccessed ?? 0) > (a.lastAccessed ?? 0) ? b : a));
  return last.id!;
}
