/**
 * Watch SPSE's in-page changes (history changes, DOM updates) without slowing SPSE: the observer
 * callback only schedules work; the work itself runs at most once per `interval` ms, when the page
 * is idle. Mutations inside the panel's own host element are ignored.
 */
export function watchPage(doc: Document, onChange: () => void, opts: { interval?: number; ignore?: () => Element | null } = {}): () => void {
  const interval = opts.interval ?? 750;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const win = doc.defaultView ?? globalThis;
  const run = () => {
    timer = null;
    last = Date.now();
    onChange();
  };
  const schedule = () => {
    if (timer !== null) return;
    const wait = Math.max(0, last + interval - Date.now());
    timer = setTimeout(run, wait);
  };
  const observer = new (win as typeof globalThis).MutationObserver((records) => {
    const own = opts.ignore?.();
    for (const r of records) {
      if (own && (r.target === own || own.contains(r.target))) continue;
      schedule();
      return;
    }
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  const onHistory = () => schedule();
  win.addEventListener('popstate', onHistory);
  win.addEventListener('hashchange', onHistory);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', onHistory);
    win.removeEventListener('hashchange', onHistory);
    if (timer !== null) clearTimeout(timer);
  };
}
