import type { PanelMode } from './panel-layout';

/**
 * Keep the panel from hiding SPSE's own controls (issue 16 item 1).
 *  - dock: while the panel is open the page's root element gets a right margin as wide as the
 *    panel (restored exactly when the panel collapses or unmounts);
 *  - overlay (narrow windows): the page keeps its width and the panel floats over it;
 *  - in both, the page stays scrollable to every control: an empty spacer element extends the
 *    page's scroll area by the panel's width past the page's own right edge, so content wider
 *    than the room left (SPSE's fixed-width tables, the "Ubah" column) can be scrolled out from
 *    under the panel; and a control that takes the focus under the panel is scrolled into sight.
 * No stylesheet of the page is touched; the spacer carries no data.
 */
const ATTR = 'data-pandu-docked';
export const SPACER_TAG = 'pandu-dock-space';

type DockGlobals = { __panduSpacer?: HTMLElement };
const g = globalThis as DockGlobals;

export function reservePageSpace(doc: Document, px: number, mode: PanelMode = 'dock'): void {
  const root = doc.documentElement;
  if (!root.hasAttribute(ATTR)) root.setAttribute(ATTR, root.style.marginRight || '');
  if (mode === 'dock') root.style.marginRight = `${px}px`;
  else restoreMargin(root);
  keepReach(doc, px);
}

export function releasePageSpace(doc: Document): void {
  dropSpacer();
  const root = doc.documentElement;
  if (!root.hasAttribute(ATTR)) return;
  restoreMargin(root);
  if (!root.getAttribute('style')) root.removeAttribute('style');
  root.removeAttribute(ATTR);
}

function restoreMargin(root: HTMLElement): void {
  root.style.marginRight = root.getAttribute(ATTR) ?? '';
}

/** Where the page's own content ends on the right, in document coordinates (our spacer excluded). */
export function pageContentRight(doc: Document): number {
  const body = doc.body;
  const view = doc.defaultView;
  if (!body || !view) return 0;
  const box = body.getBoundingClientRect();
  return Math.ceil(box.left + view.scrollX + Math.max(body.scrollWidth, box.width));
}

/** Where the spacer goes: from the content's right edge, as wide as the panel. */
export function spacerBox(contentRight: number, panelWidth: number): { left: number; width: number } {
  return { left: Math.max(0, Math.round(contentRight)), width: Math.max(0, Math.round(panelWidth)) };
}

/** Place (or move) the spacer so the page scrolls `px` past its own right edge. */
export function keepReach(doc: Document, px: number): void {
  let spacer = g.__panduSpacer?.isConnected ? g.__panduSpacer : undefined;
  if (!spacer) {
    spacer = doc.createElement(SPACER_TAG);
    spacer.setAttribute('aria-hidden', 'true');
    g.__panduSpacer = spacer;
    doc.documentElement.append(spacer);
  }
  spacer.style.cssText = 'display:block;position:absolute;top:0;height:1px;margin:0;padding:0;border:0;visibility:hidden;pointer-events:none;';
  const { left, width } = spacerBox(pageContentRight(doc), px);
  spacer.style.left = `${left}px`;
  spacer.style.width = `${width}px`;
}

function dropSpacer(): void {
  g.__panduSpacer?.remove();
  g.__panduSpacer = undefined;
}

/**
 * How far to scroll right so that a control spanning [left, right] (viewport x) is clear of a
 * panel whose left edge is at `panelLeft`; 0 when it is clear already. Never scrolls the
 * control's left edge out of the window.
 */
export function scrollToClear(left: number, right: number, panelLeft: number, gap = 8): number {
  if (right <= panelLeft) return 0;
  return Math.max(0, Math.min(right - panelLeft + gap, left - gap));
}

/**
 * While the panel is open: a page control that takes the keyboard focus under the panel is
 * scrolled out from under it. `panelLeft` gives the panel's left edge (viewport x), null when
 * collapsed; `own` tells our own elements (the panel host) apart. Returns the stop function.
 */
export function keepFocusClear(doc: Document, panelLeft: () => number | null, own: (el: Element) => boolean): () => void {
  const view = doc.defaultView;
  const onFocus = (e: FocusEvent) => {
    // An element by its shape, not `instanceof` (Firefox's content scripts see the page's nodes through wrappers).
    const el = e.target as Element | null;
    const edge = panelLeft();
    if (!view || edge === null || !el || el.nodeType !== 1 || typeof el.getBoundingClientRect !== 'function' || own(el)) return;
    const r = el.getBoundingClientRect();
    const dx = scrollToClear(r.left, r.right, edge);
    if (dx > 0) view.scrollBy({ left: dx, behavior: 'instant' as ScrollBehavior });
  };
  doc.addEventListener('focusin', onFocus, true);
  return () => doc.removeEventListener('focusin', onFocus, true);
}
