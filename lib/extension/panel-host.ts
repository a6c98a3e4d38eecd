/**
 * The panel's host element `<pandu-panel>`, created by the bootstrap content script (or by the
 * panel itself when the user opens it on a page the bootstrap does not run on). The reference
 * lives in the extension's isolated world (a global page scripts cannot see): a page that puts
 * its own `<pandu-panel>` into the DOM gets nothing from us.
 */
export const PANEL_TAG = 'pandu-panel';

type HostGlobals = { __panduHost?: HTMLElement };
const g = globalThis as HostGlobals;

export function panelHost(): HTMLElement | null {
  return g.__panduHost?.isConnected ? g.__panduHost : null;
}

export function ensurePanelHost(doc: Document = document): HTMLElement {
  const existing = panelHost();
  if (existing) return existing;
  const host = doc.createElement(PANEL_TAG);
  (doc.body ?? doc.documentElement).append(host);
  g.__panduHost = host;
  return host;
}

/** Forget the host (the panel was removed: extension updated or disabled). */
export function dropPanelHost(): void {
  g.__panduHost?.remove();
  g.__panduHost = undefined;
}
