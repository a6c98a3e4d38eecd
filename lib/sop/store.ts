import { browser } from 'wxt/browser';
import { builtinCatalog } from './catalog';
import { planImport, planSave, storedSopSchema, type ImportPlan, type StoredSop } from './library';
import type { Sop } from './schema';
import { validateSopText, type SopFileError } from './validate';

/**
 * Imported SOPs live in `browser.storage.local` under one key, written in one `set` so that an
 * import is all-or-nothing. Records that no longer validate are skipped when read (and reported).
 */

export const IMPORTED_SOPS_KEY = 'pandu.sop.imported';

export type LoadedImports = { records: StoredSop[]; skipped: number };

async function loadRaw(): Promise<unknown[]> {
  const got = await browser.storage.local.get(IMPORTED_SOPS_KEY);
  const raw: unknown = got[IMPORTED_SOPS_KEY];
  return Array.isArray(raw) ? raw : [];
}

export async function loadImportedSops(): Promise<LoadedImports> {
  const raw = await loadRaw();
  const records: StoredSop[] = [];
  let skipped = 0;
  for (const item of raw) {
    const r = storedSopSchema.safeParse(item);
    if (r.success) records.push(r.data);
    else skipped++;
  }
  return { records, skipped };
}

export type ImportResult = ({ ok: true } & ImportPlan) | { ok: false; errors: SopFileError[] };

/** Validate a file's text and, only when every SOP in it is valid, store all of them. */
export async function importSopFile(text: string, fileName?: string, now: Date = new Date()): Promise<ImportResult> {
  const checked = validateSopText(text);
  if (!checked.ok) return checked;
  const raw = await loadRaw();
  const { records } = await loadImportedSops();
  const plan = planImport(builtinCatalog(), records, checked.sops, now.toISOString(), fileName);
  // Unreadable old records are kept as they are: an import never drops data.
  await browser.storage.local.set({ [IMPORTED_SOPS_KEY]: [...raw, ...plan.added] });
  return { ok: true, ...plan };
}

/** Save an SOP from the editor as a new version (never overwriting one); returns the stored record. */
export async function saveSopVersion(sop: Sop, now: Date = new Date()): Promise<StoredSop> {
  const raw = await loadRaw();
  const { records } = await loadImportedSops();
  const record = planSave(builtinCatalog(), records, sop, now.toISOString());
  await browser.storage.local.set({ [IMPORTED_SOPS_KEY]: [...raw, record] });
  return record;
}

/** Remove one imported version (built-ins cannot be removed). */
export async function removeImportedSop(id: string, version: string): Promise<boolean> {
  const raw = await loadRaw();
  const kept = raw.filter((item) => {
    const r = storedSopSchema.safeParse(item);
    return !(r.success && r.data.sop.id === id && r.data.sop.version === version);
  });
  if (kept.length === raw.length) return false;
  await browser.storage.local.set({ [IMPORTED_SOPS_KEY]: kept });
  return true;
}
