import { useEffect, useState } from 'react';
import { keepFocusClear, keepReach, releasePageSpace, reservePageSpace } from '../../lib/extension/dock';
import type { PanelLayout } from '../../lib/extension/panel-layout';

/** The window's width, followed on resize. */
export function useViewportWidth(view: Window = window): number {
  const [width, setWidth] = useState(() => view.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(view.innerWidth);
    view.addEventListener('resize', onResize);
    return () => view.removeEventListener('resize', onResize);
  }, [view]);
  return width;
}

/**
 * The page beside the open panel (lib/extension/dock): space reserved (dock) or not (overlay),
 * the page scrollable past the panel, and a page control that takes the focus under the panel
 * scrolled out from under it. `panelLeft`: the panel's left edge now (viewport x), null when
 * collapsed; `isOwn`: our own host element.
 */
export function useDock(open: boolean, layout: PanelLayout, panelLeft: () => number | null, isOwn: (el: Element) => boolean): void {
  const { width, mode } = layout;
  useEffect(() => {
    if (!open) {
      releasePageSpace(document);
      return;
    }
    reservePageSpace(document, width, mode);
    // The page's content can change width after it loads (tables filled by its scripts).
    const again = () => keepReach(document, width);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(again) : null;
    if (document.body) observer?.observe(document.body);
    window.addEventListener('load', again);
    return () => {
      observer?.disconnect();
      window.removeEventListener('load', again);
    };
  }, [open, width, mode]);
  useEffect(() => (open ? keepFocusClear(document, panelLeft, isOwn) : undefined), [open, panelLeft, isOwn]);
}
