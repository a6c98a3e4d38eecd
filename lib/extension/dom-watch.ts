/**
 * Watch SPSE's in-page changes (history changes, DOM updates) without slowing SPSE.
 *
 * - The observer disconnects at the first batch of mutations and reconnects after `interval` ms,
 *   so a page that keeps changing (rows appended every 100 ms) pays for one callback per interval,
 *   not for every mutation record.
 * - Mutations that cannot change which page this is are ignored: text-only changes, changes inside
 *   the panel's own host element, and inside tables (rows added to a long list, DataTables paging).
 * - Whatever happened while disconnected is caught by a cheap fingerprint of the page (URL, title,
 *   first heading) compared at reconnect time.
 */
function onlyText(r: MutationRecord): boolean {
  const all = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return all.every((n) => n.nodeType !== 1);
}

function irrelevant(r: MutationRecord, own: Element | null | undefined): boolean {
  if (onlyText(r)) return true; // a counter or a message text changed; the fingerprint catches headings
  const node = r.target;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return true;
  if (own && (el === own || own.contains(el))) return true;
  return el.closest('table') !== null;
}

export function pageFingerprint(doc: Document): string {
  const heading = doc.querySelector('h1, h2, h3, .panel-heading, .card-header');
  // No document-wide counts here (doc.forms.length walks the whole DOM of a 5,000-row page).
  return [doc.location?.href ?? '', doc.title, heading?.textContent?.trim().slice(0, 80) ?? ''].join('|');
}

export type WatchOptions = {
  interval?: number;
  ignore?: () => Element | null;
  /** Told the milliseconds each observer callback and each check took (benchmarks). */
  onCost?: (ms: number) => void;
};

export function watchPage(doc: Document, onChange: () => void, opts: WatchOptions = {}): () => void {
  const interval = opts.interval ?? 750;
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const target = doc.body ?? doc.documentElement;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  let stopped = false;
  let seen = pageFingerprint(doc);

  const clock = win.performance ?? performance;
  const observer = new win.MutationObserver((records) => {
    const t0 = clock.now();
    observer.disconnect();
    const own = opts.ignore?.();
    schedule(records.some((r) => !irrelevant(r, own)));
    opts.onCost?.(clock.now() - t0);
  });
  const connect = () => {
    if (!stopped) observer.observe(target, { childList: true, subtree: true });
  };

  function schedule(relevant: boolean) {
    if (timer !== null) return;
    const wait = Math.max(relevant ? 0 : interval, last + interval - Date.now());
    timer = setTimeout(() => {
      const t0 = clock.now();
      timer = null;
      const now = pageFingerprint(doc);
      if (relevant || now !== seen) {
        seen = now;
        last = Date.now();
        onChange();
      }
      connect();
      opts.onCost?.(clock.now() - t0);
    }, wait);
  }

  connect();
  const onHistory = () => {
    observer.disconnect();
    schedule(true);
  };
  win.addEventListener('popstate', onHistory);
  win.addEventListener('hashchange', onHistory);
  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('popstate', onHistory);
    win.removeEventListener('hashchange', onHistory);
    if (timer !== null) clearTimeout(timer);
  };
}
