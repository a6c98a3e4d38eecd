/**
 * The panel's width and how it sits beside SPSE (issue 16 item 1). Pure: the viewport width in,
 * the panel's width, its bounds and its mode out.
 *  - dock: the page is pushed left by the panel's width (wide windows);
 *  - overlay: the panel floats over the page, which keeps its own width (narrow windows).
 * In both modes the page stays scrollable to every control under the panel (lib/extension/dock).
 */
export const PANEL_MIN_WIDTH = 300;
export const PANEL_DEFAULT_WIDTH = 380;
/** The panel never takes more than this share of the window. */
export const PANEL_MAX_SHARE = 0.6;
/** Below this window width the panel floats (overlay) instead of docking. */
export const OVERLAY_BELOW = 1200;
/** One arrow key on the resize handle. */
export const RESIZE_STEP = 20;

export type PanelMode = 'dock' | 'overlay';
export type PanelLayout = { mode: PanelMode; width: number; min: number; max: number };

export function panelMaxWidth(viewport: number): number {
  return Math.max(PANEL_MIN_WIDTH, Math.floor(viewport * PANEL_MAX_SHARE));
}

export function clampPanelWidth(width: number, viewport: number): number {
  const w = Number.isFinite(width) ? Math.round(width) : PANEL_DEFAULT_WIDTH;
  return Math.min(panelMaxWidth(viewport), Math.max(PANEL_MIN_WIDTH, w));
}

/** The layout for a window `viewport` px wide and the width the user chose (null: never resized). */
export function panelLayout(viewport: number, chosen: number | null): PanelLayout {
  return {
    mode: viewport < OVERLAY_BELOW ? 'overlay' : 'dock',
    width: clampPanelWidth(chosen ?? PANEL_DEFAULT_WIDTH, viewport),
    min: PANEL_MIN_WIDTH,
    max: panelMaxWidth(viewport),
  };
}

type Bounds = Pick<PanelLayout, 'min' | 'max'>;
const within = (w: number, b: Bounds) => Math.min(b.max, Math.max(b.min, Math.round(w)));

/** Width after a key on the resize handle (the panel is on the right: ArrowLeft widens it); null for other keys. */
export function widthAfterKey(key: string, width: number, bounds: Bounds): number | null {
  const next: Record<string, number> = {
    ArrowLeft: width + RESIZE_STEP,
    ArrowUp: width + RESIZE_STEP,
    ArrowRight: width - RESIZE_STEP,
    ArrowDown: width - RESIZE_STEP,
    PageUp: width + 4 * RESIZE_STEP,
    PageDown: width - 4 * RESIZE_STEP,
    Home: bounds.min,
    End: bounds.max,
  };
  return key in next ? within(next[key], bounds) : null;
}

/** Width while dragging the handle to `clientX` in a window `viewport` px wide (the panel's left edge follows the pointer). */
export function widthAtPointer(clientX: number, viewport: number, bounds: Bounds): number {
  return within(viewport - clientX, bounds);
}

/** A stored width is a number of pixels in a sane range, else null (never resized, or garbage). */
export function storedWidth(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 100 && value <= 10_000 ? Math.round(value) : null;
}
