import { z } from 'zod';
import { sopSchema, type Sop } from './schema';
import { compareVersions } from './versions';

export { compareVersions, sopLookup } from './versions';

/**
 * The SOP library: built-in SOPs plus the ones an LPSE imported. Pure functions; storage is in
 * `store.ts`. An import never overwrites: the same id arrives as a new version.
 */

export const storedSopSchema = z.object({
  sop: sopSchema,
  importedAt: z.string(),
  fileName: z.string().optional(),
  /** How the version arrived: an imported file (default) or a save in the SOP editor. */
  via: z.enum(['import', 'editor']).optional(),
});
export type StoredSop = z.infer<typeof storedSopSchema>;

export type SopOrigin = 'builtin' | 'imported';

export type SopVersion = { sop: Sop; origin: SopOrigin; importedAt: string | null };

export type LibraryItem = {
  id: string;
  /** Every version, oldest first. */
  versions: SopVersion[];
  /** The newest version (the one cases use by default). */
  latest: SopVersion;
};

function nextVersion(taken: readonly string[]): string {
  const nums = taken.map((v) => Number.parseInt(v, 10)).filter((n) => Number.isFinite(n));
  return String((nums.length ? Math.max(...nums) : 0) + 1);
}

export type ImportPlan = {
  /** Records to append to the stored imports. */
  added: StoredSop[];
  /** SOPs whose version was raised because that id and version already existed. */
  renumbered: { id: string; from: string; to: string }[];
};

/**
 * Decide how incoming SOPs join the library. An id that already exists (built in or imported)
 * becomes a new version; when its version string is taken, the next free number is used.
 */
export function planImport(
  builtins: readonly Sop[],
  imported: readonly StoredSop[],
  incoming: readonly Sop[],
  now: string,
  fileName?: string,
): ImportPlan {
  const taken = new Map<string, string[]>();
  const note = (sop: Sop) => taken.set(sop.id, [...(taken.get(sop.id) ?? []), sop.version]);
  builtins.forEach(note);
  imported.forEach((r) => note(r.sop));
  const plan: ImportPlan = { added: [], renumbered: [] };
  for (const sop of incoming) {
    const versions = taken.get(sop.id) ?? [];
    let stored = sop;
    if (versions.includes(sop.version)) {
      const to = nextVersion(versions);
      plan.renumbered.push({ id: sop.id, from: sop.version, to });
      stored = { ...sop, version: to };
    }
    note(stored);
    plan.added.push({ sop: stored, importedAt: now, ...(fileName ? { fileName } : {}) });
  }
  return plan;
}

/**
 * A save in the SOP editor: always a new version (the next free number for that id), never an
 * overwrite of an existing one. Cases keep the version they were opened with.
 */
export function planSave(builtins: readonly Sop[], imported: readonly StoredSop[], sop: Sop, now: string): StoredSop {
  const taken = [...builtins, ...imported.map((r) => r.sop)].filter((s) => s.id === sop.id).map((s) => s.version);
  return { sop: { ...sop, version: nextVersion(taken) }, importedAt: now, via: 'editor' };
}

/** Every version of every SOP (what reports need: each case names its version). */
export function allVersions(items: readonly LibraryItem[]): Sop[] {
  return items.flatMap((i) => i.versions.map((v) => v.sop));
}

/** Built-ins and imports grouped by id, in built-in order then import order. */
export function mergeLibrary(builtins: readonly Sop[], imported: readonly StoredSop[]): LibraryItem[] {
  const groups = new Map<string, SopVersion[]>();
  const add = (v: SopVersion) => groups.set(v.sop.id, [...(groups.get(v.sop.id) ?? []), v]);
  builtins.forEach((sop) => add({ sop, origin: 'builtin', importedAt: null }));
  imported.forEach((r) => add({ sop: r.sop, origin: 'imported', importedAt: r.importedAt }));
  return [...groups.entries()].map(([id, versions]) => {
    const sorted = [...versions].sort((a, b) => compareVersions(a.sop.version, b.sop.version));
    return { id, versions: sorted, latest: sorted[sorted.length - 1] };
  });
}

/** The version `version` of SOP `id`, or its latest version. */
export function findSop(items: readonly LibraryItem[], id: string, version?: string): Sop | undefined {
  const item = items.find((i) => i.id === id);
  if (!item) return undefined;
  if (version === undefined) return item.latest.sop;
  return item.versions.find((v) => v.sop.version === version)?.sop;
}

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** All searchable text of an SOP: identity, side texts, steps. */
export function sopSearchText(sop: Sop): string {
  const parts: (string | null | undefined)[] = [
    sop.id,
    sop.title,
    sop.office,
    sop.number,
    sop.summary,
    sop.purpose,
    ...sop.legalBasis,
    ...sop.related,
    ...sop.warnings,
    ...sop.lanes.map((l) => l.name),
  ];
  for (const step of sop.steps) parts.push(step.activity, step.output, step.notes, ...step.requirements);
  return fold(parts.filter(Boolean).join('\n'));
}

/** Items whose latest version matches every word of `query` (title, office, number, text). */
export function searchLibrary(items: readonly LibraryItem[], query: string): LibraryItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((item) => {
    const text = item.versions.map((v) => sopSearchText(v.sop)).join('\n');
    return words.every((w) => text.includes(w));
  });
}
