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

/** Lane names of a step's actors, joined with ", " (unknown ids are shown as they are). */
export function actorNames(sop: Pick<Sop, 'lanes'>, actors: readonly string[]): string {
  return actors.map((id) => sop.lanes.find((l) => l.id === id)?.name ?? id).join(', ');
}

/** The flat overview used by `pandu sop list --json` (and handy for reports). */
export function sopOverview(sop: Sop) {
  return {
    id: sop.id,
    version: sop.version,
    title: sop.title,
    office: sop.office,
    number: sop.number,
    steps: sop.steps.map((step) => ({
      no: step.no,
      activity: step.activity,
      actor: actorNames(sop, step.actors),
      actors: step.actors,
      requirements: step.requirements,
      output: step.output,
      duration: { text: step.duration.text, min: step.duration.min, max: step.duration.max, unit: step.duration.unit },
      marker: step.marker,
      kind: step.kind,
    })),
  };
}
export type SopOverview = ReturnType<typeof sopOverview>;
