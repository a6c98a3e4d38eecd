/**
 * The bootstrap's whole job (issue 14): is this an SPSE page, which one; then the empty
 * `<pandu-panel>` host element and one message to the background, which injects the panel where
 * it helps. No React, no zod, no observer: recognition reads the route table compiled at build
 * time (lib/spse/compiled/recognition.json). The background injects it into an SPSE tab once the
 * tab has loaded (lib/extension/spse-tabs.ts): no static content script, nothing before the
 * page's load event.
 */
import { recognise } from '../spse/recognise';
import { ensurePanelHost } from './panel-host';
import { BOOT_CHANNEL, type BootMessage } from './boot-messages';
import { bareApi, type BareApi } from './bare-api';
import { prefetchPanelState } from './panel-start-state';

export type BootResult = { isSpse: boolean; pageId: string; ms: number };

export function boot(doc: Document, href: string, send: (m: BootMessage) => void): BootResult {
  const t0 = performance.now();
  const m = recognise(href, doc);
  if (!m.isSpse) return { isSpse: false, pageId: m.pageId, ms: performance.now() - t0 };
  ensurePanelHost(doc);
  send({ channel: BOOT_CHANNEL, pageId: m.pageId, url: href, title: doc.title.slice(0, 1000) });
  return { isSpse: true, pageId: m.pageId, ms: performance.now() - t0 };
}

type BootGlobals = { __panduBootedAt?: string };

/**
 * The injected bootstrap script's start. Injected again into the same document (the browser
 * reports a load again: an in-page navigation, a page back from the back/forward cache), it
 * recognises again only when the address changed.
 */
export function startBootstrap(win: Window = window, api: BareApi = bareApi()): void {
  const g = win as unknown as BootGlobals;
  const send = (m: BootMessage) => void api.runtime.sendMessage(m).catch(() => undefined);
  const recogniseHere = () => {
    g.__panduBootedAt = win.location.href;
    return boot(win.document, win.location.href, send);
  };
  const first = g.__panduBootedAt === undefined;
  if (!first && g.__panduBootedAt === win.location.href) return;
  if (first) {
    // In-page navigation (history API pages): recognise again, cheaply, only when it happens.
    win.addEventListener('popstate', recogniseHere);
    win.addEventListener('hashchange', recogniseHere);
  }
  const start = () => {
    const r = recogniseHere();
    // A recognised page gets the panel: read its remembered state while the background injects it.
    if (r.isSpse && r.pageId !== 'unknown') prefetchPanelState(api);
  };
  if (win.document.readyState === 'complete') start();
  else win.addEventListener('load', () => win.setTimeout(start, 0), { once: true });
}
