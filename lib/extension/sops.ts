import { builtinCatalog } from '../sop/catalog';
import { findSop as findInLibrary, mergeLibrary, type LibraryItem } from '../sop/library';
import { loadImportedSops } from '../sop/store';
import type { Sop } from '../sop/schema';

/** The SOP library as the extension sees it: built-ins plus the LPSE's imported SOPs (extension storage). */
export async function library(): Promise<LibraryItem[]> {
  const { records } = await loadImportedSops().catch(() => ({ records: [] }));
  return mergeLibrary(builtinCatalog(), records);
}

/** The latest version of every SOP. */
export async function allSops(): Promise<Sop[]> {
  return (await library()).map((i) => i.latest.sop);
}

/** One SOP (a given version, else the latest). */
export async function findSop(id: string, version?: string): Promise<Sop | undefined> {
  return findInLibrary(await library(), id, version);
}
