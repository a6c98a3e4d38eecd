import { parseDuration } from './duration';
import { sopSchema, type Sop, type SopStep } from './schema';
import { formatPath, sopErrorMap, type SopFileError } from './validate';

/**
 * Pure operations of the SOP editor: a blank SOP, a duplicate, moving and removing steps and
 * lanes (step numbers and decision targets follow), cleaning before a save, and the same
 * validation (and Indonesian messages) as an imported file.
 */

export function blankStep(no: number, laneId: string): SopStep {
  return { no, activity: '', actors: [laneId], requirements: [], duration: parseDuration(''), output: '', marker: null, kind: 'process' };
}

export function blankSop(now: Date = new Date()): Sop {
  return {
    id: 'sop-baru',
    version: '1',
    source: { seed: 'editor', note: `Dibuat di editor SOP, ${now.toISOString().slice(0, 10)}.` },
    number: null,
    office: null,
    title: '',
    madeAt: null,
    revisedAt: null,
    approvedAt: null,
    approvedBy: null,
    legalBasis: [],
    qualifications: [],
    related: [],
    equipment: [],
    warnings: [],
    recording: [],
    lanes: [{ id: 'pelaksana-1', name: 'Pelaksana 1' }],
    steps: [{ ...blankStep(1, 'pelaksana-1'), marker: 'start' }],
    gaps: [],
  };
}

/** A copy to start a new SOP from: a new id, version 1, the source named. */
export function duplicateSop(sop: Sop, id = `${sop.id}-salinan`.slice(0, 80)): Sop {
  return { ...structuredClone(sop), id, version: '1', source: { seed: `salinan dari ${sop.id} versi ${sop.version}` } };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const out = [...items];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x);
  return out;
}

/** Number the steps 1..n in their current order; decision targets and `next` follow their steps. */
export function renumberSteps(steps: readonly SopStep[]): SopStep[] {
  const map = new Map<number, number>();
  steps.forEach((s, i) => {
    if (!map.has(s.no)) map.set(s.no, i + 1);
  });
  const to = (n: number) => map.get(n) ?? n;
  return steps.map((s, i) => {
    const step: SopStep = { ...s, no: i + 1 };
    if (s.decision) step.decision = { ...s.decision, yes: to(s.decision.yes), no: to(s.decision.no) };
    if (s.next !== undefined) step.next = to(s.next);
    return step;
  });
}

/** Remove a step; targets that pointed at it keep their number (validation then names them). */
export function removeStep(steps: readonly SopStep[], index: number): SopStep[] {
  return renumberSteps(steps.filter((_, i) => i !== index));
}

export function removeLane(sop: Sop, laneId: string): Sop {
  return { ...sop, lanes: sop.lanes.filter((l) => l.id !== laneId), steps: sop.steps.map((s) => ({ ...s, actors: s.actors.filter((a) => a !== laneId) })) };
}

/** A free lane id from a name: `Kepala UKPBJ` → `kepala-ukpbj` (`-2`, `-3` when taken). */
export function laneIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'pelaksana';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const list = (items: readonly string[]) => items.map((s) => s.trim()).filter(Boolean);
const text = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Trim texts, drop empty list lines, empty identity fields to null. */
export function cleanSop(sop: Sop): Sop {
  const out: Sop = {
    ...sop,
    number: text(sop.number),
    office: text(sop.office),
    title: sop.title.trim(),
    madeAt: text(sop.madeAt),
    revisedAt: text(sop.revisedAt),
    approvedAt: text(sop.approvedAt),
    approvedBy: text(sop.approvedBy),
    legalBasis: list(sop.legalBasis),
    qualifications: list(sop.qualifications),
    related: list(sop.related),
    equipment: list(sop.equipment),
    warnings: list(sop.warnings),
    recording: list(sop.recording),
    lanes: sop.lanes.map((l) => ({ ...l, id: l.id.trim(), name: l.name.trim() })),
    steps: sop.steps.map((s) => {
      const step: SopStep = { ...s, activity: s.activity.trim(), requirements: list(s.requirements), output: s.output.trim(), duration: parseDuration(s.duration.text.trim()) };
      if (step.kind !== 'decision') delete step.decision;
      if (step.pages && !step.pages.length) delete step.pages;
      if (step.notes !== undefined && !step.notes.trim()) delete step.notes;
      return step;
    }),
  };
  if (sop.effectiveAt !== undefined) out.effectiveAt = text(sop.effectiveAt);
  return out;
}

/** The errors an import of this SOP would give, path by path (empty when it can be saved). */
export function sopEditErrors(sop: Sop): SopFileError[] {
  const r = sopSchema.safeParse(cleanSop(sop), { error: sopErrorMap });
  return r.success ? [] : r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}
