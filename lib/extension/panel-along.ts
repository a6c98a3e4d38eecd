/**
 * The panel sent along with the bootstrap in one injection (issue 14, Chrome): on an address that
 * points to a built-in page (lib/spse/url-guess.ts) the background injects, in this order, the
 * along flag (entrypoints/panel-along.ts), the bootstrap and the panel. The bootstrap still
 * recognises the page (URL and DOM) and leaves its verdict; the panel shows only where it
 * recognised a page, and the bootstrap does not ask the background for a panel that is on its way.
 * Everything here lives in the extension's isolated world (globals page scripts cannot see).
 */
/**
 * The background and `npm run bench light` both read this switch. Off: since round 7 the bootstrap
 * paints the panel's stored first frame (lib/extension/first-frame.ts) and asks for the panel once
 * that frame is on screen; a panel parsed in the same injection would hold that paint back. (It had
 * been switched off before too, after a clean-clone CI failure of "two tabs on one case" later traced
 * to the panel's out-of-order reads, fixed since.)
 */
export const PANEL_ALONG_ON = false;

export type AlongGlobals = {
  /** Set by the along flag right before the bootstrap and the panel run; the panel takes it. */
  __panduPanelAlong?: boolean;
  /** The bootstrap's last verdict: this address, a recognised page or not (and which, built-in pages only). */
  __panduBootVerdict?: BootVerdict;
};

export type BootVerdict = { href: string; known: boolean; match?: { pageId: string; confidence: number; role: string | null } };

export function markPanelAlong(g: AlongGlobals): void {
  g.__panduPanelAlong = true;
}

/** The bootstrap: is a panel coming right after me in this same injection? */
export function panelComesAlong(g: AlongGlobals): boolean {
  return g.__panduPanelAlong === true;
}

export function recordBootVerdict(g: AlongGlobals, href: string, known: boolean, match?: BootVerdict['match']): void {
  g.__panduBootVerdict = { href, known, ...(match && { match }) };
}

/**
 * The bootstrap's recognition of this very address (built-in pages, no taught profiles): the
 * panel's first paint starts from it instead of reading the whole page again.
 */
export function bootMatchFor(g: AlongGlobals, href: string): NonNullable<BootVerdict['match']> | null {
  const v = g.__panduBootVerdict;
  return v?.href === href && v.match ? { ...v.match } : null;
}

/**
 * The panel's entry: should it show on this page? Injected on its own (a recognised or taught
 * page the background decided on, the user's command): yes. Sent along with the bootstrap: only
 * when the bootstrap just recognised this very address.
 */
export function panelWanted(g: AlongGlobals, href: string): boolean {
  const along = g.__panduPanelAlong === true;
  delete g.__panduPanelAlong;
  if (!along) return true;
  return g.__panduBootVerdict?.href === href && g.__panduBootVerdict.known;
}
