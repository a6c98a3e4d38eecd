import type { Sop } from './schema';

/** SOP versions, without zod (the panel imports this; lib/sop/library.ts re-exports it). */

/** Compare version strings numerically where they are numbers ("2" < "10"), else as text. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
}

/** Find the version a case uses: exactly `id`@`version`, else the newest version of `id`. */
export function sopLookup(sops: readonly Sop[]): (id: string, version?: string | null) => Sop | undefined {
  const exact = new Map<string, Sop>();
  const newest = new Map<string, Sop>();
  for (const sop of sops) {
    exact.set(`${sop.id}@${sop.version}`, sop);
    const had = newest.get(sop.id);
    if (!had || compareVersions(had.version, sop.version) <= 0) newest.set(sop.id, sop);
  }
  return (id, version) => (version != null ? exact.get(`${id}@${version}`) : undefined) ?? newest.get(id);
}
