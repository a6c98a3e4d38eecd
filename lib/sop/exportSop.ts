import { SOP_CATALOG_FORMAT, type Sop, type SopCatalogFile } from './schema';

/** Serialise SOPs so that `validateSopFile` reads them back unchanged (data, not code). */

export function exportSop(sop: Sop): string {
  return JSON.stringify(sop, null, 2) + '\n';
}

export function exportCatalog(sops: readonly Sop[]): string {
  const file: SopCatalogFile = { format: SOP_CATALOG_FORMAT, version: 1, sops: [...sops] };
  return JSON.stringify(file, null, 2) + '\n';
}

/** `oganilir-03-user-id-ulp-v2.json` */
export function sopFileName(sop: Pick<Sop, 'id' | 'version'>): string {
  const version = sop.version.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${sop.id}-v${version}.json`;
}
