/**
 * The bootstrap's verdict on the address it recognised (issue 14), left in the extension's isolated
 * world (globals page scripts cannot see): the panel, injected into the same world, starts its first
 * paint from it instead of reading the whole page again.
 */
export type BootVerdictGlobals = {
  /** The bootstrap's last verdict: this address, a recognised page or not (and which, built-in pages only). */
  __panduBootVerdict?: BootVerdict;
};

export type BootVerdict = { href: string; known: boolean; match?: { pageId: string; confidence: number; role: string | null } };

export function recordBootVerdict(g: BootVerdictGlobals, href: string, known: boolean, match?: BootVerdict['match']): void {
  g.__panduBootVerdict = { href, known, ...(match && { match }) };
}

/**
 * The bootstrap's recognition of this very address (built-in pages, no taught profiles): the
 * panel's first paint starts from it instead of reading the whole page again.
 */
export function bootMatchFor(g: BootVerdictGlobals, href: string): NonNullable<BootVerdict['match']> | null {
  const v = g.__panduBootVerdict;
  return v?.href === href && v.match ? { ...v.match } : null;
}
