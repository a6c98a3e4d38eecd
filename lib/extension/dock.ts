/**
 * Keep the docked panel from covering SPSE's own controls: while the panel is open the page's
 * root element gets a right margin as wide as the panel; it is restored exactly when the panel
 * collapses or unmounts. No stylesheet of the page is touched.
 */
const ATTR = 'data-pandu-docked';

export function reservePageSpace(doc: Document, px: number): void {
  const root = doc.documentElement;
  if (!root.hasAttribute(ATTR)) root.setAttribute(ATTR, root.style.marginRight || '');
  root.style.marginRight = `${px}px`;
}

export function releasePageSpace(doc: Document): void {
  const root = doc.documentElement;
  if (!root.hasAttribute(ATTR)) return;
  root.style.marginRight = root.getAttribute(ATTR) ?? '';
  if (!root.getAttribute('style')) root.removeAttribute('style');
  root.removeAttribute(ATTR);
}
