import { z } from 'zod';
import { isoDate, verdictSchema, type Case, type StepEvent, type Verdict } from '../log/schema';
import { localDate, type OfficeTimeZone } from './dates';
import { parseIsoMs } from './fastdate';

/**
 * The filter shared by the agenda book, the SLA report, the report page and the CLI.
 *
 * - `from` / `to`: inclusive office-local dates of `receivedAt`.
 * - `sopId`: the case's SOP.
 * - `actor`: the case has a step done in that lane; the SLA report then also counts only the
 *   steps of that lane.
 * - `staff`: the case is assigned to, opened by, or has a step done by that person; the SLA
 *   report then counts only the steps that person did.
 * - `verdict`: the case's verdict, i.e. the worst stored verdict of its steps
 *   (late > warning > on-time).
 */
export const reportFilterSchema = z.object({
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  sopId: z.string().min(1).nullable().default(null),
  actor: z.string().min(1).nullable().default(null),
  staff: z.string().min(1).nullable().default(null),
  verdict: verdictSchema.nullable().default(null),
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;
export type ReportFilterInput = z.input<typeof reportFilterSchema>;

export const EMPTY_FILTER: ReportFilter = reportFilterSchema.parse({});

const VERDICT_RANK: Record<Verdict, number> = { 'on-time': 0, warning: 1, late: 2 };

/** The worst stored verdict of a case's steps (null when no step has one). */
export function caseVerdict(events: readonly StepEvent[]): Verdict | null {
  let worst: Verdict | null = null;
  for (const e of events) {
    if (e.verdict && (worst === null || VERDICT_RANK[e.verdict] > VERDICT_RANK[worst])) worst = e.verdict;
  }
  return worst;
}

/**
 * Events grouped by case id in one pass, in the order given. Nothing in the reports depends on
 * the order within a case (last finished step, worst verdict, statistics); pass `sort: true` for
 * lists in `startedAt` order.
 */
export function groupEventsByCase(events: readonly StepEvent[], opts: { sort?: boolean } = {}): Map<string, StepEvent[]> {
  const map = new Map<string, StepEvent[]>();
  for (const e of events) {
    const list = map.get(e.caseId);
    if (list) list.push(e);
    else map.set(e.caseId, [e]);
  }
  if (opts.sort) for (const list of map.values()) list.sort((a, b) => parseIsoMs(a.startedAt) - parseIsoMs(b.startedAt) || a.stepNo - b.stepNo);
  return map;
}

/** Does an event pass the event-level part of the filter (actor, staff)? */
export function eventMatches(e: StepEvent, f: ReportFilter): boolean {
  if (f.actor !== null && e.actor !== f.actor) return false;
  if (f.staff !== null && e.by !== f.staff) return false;
  return true;
}

/** Does a case pass the filter? `events` are the case's events. */
export function caseMatches(c: Case, events: readonly StepEvent[], f: ReportFilter, tz: OfficeTimeZone): boolean {
  if (f.sopId !== null && c.sopId !== f.sopId) return false;
  if (f.from !== null || f.to !== null) {
    const day = localDate(c.receivedAt, tz);
    if (f.from !== null && day < f.from) return false;
    if (f.to !== null && day > f.to) return false;
  }
  if (f.actor !== null && !events.some((e) => e.actor === f.actor)) return false;
  if (f.staff !== null && c.assignedTo !== f.staff && c.createdBy !== f.staff && !events.some((e) => e.by === f.staff)) return false;
  if (f.verdict !== null && caseVerdict(events) !== f.verdict) return false;
  return true;
}

export type SelectedCase = { case: Case; events: StepEvent[] };

const NO_EVENTS: StepEvent[] = [];

/** The cases that pass the filter, oldest `receivedAt` first (unless `sort: false`), each with its events. */
export function selectCases(
  cases: readonly Case[],
  eventsByCase: ReadonlyMap<string, StepEvent[]>,
  filter: ReportFilterInput | ReportFilter,
  tz: OfficeTimeZone,
  opts: { sort?: boolean } = {},
): SelectedCase[] {
  const f = reportFilterSchema.parse(filter);
  if (opts.sort === false) {
    const out: SelectedCase[] = [];
    for (const c of cases) {
      const events = eventsByCase.get(c.id) ?? NO_EVENTS;
      if (caseMatches(c, events, f, tz)) out.push({ case: c, events });
    }
    return out;
  }
  const keyed: { t: number; sc: SelectedCase }[] = [];
  for (const c of cases) {
    const events = eventsByCase.get(c.id) ?? NO_EVENTS;
    if (caseMatches(c, events, f, tz)) keyed.push({ t: parseIsoMs(c.receivedAt), sc: { case: c, events } });
  }
  keyed.sort((a, b) => a.t - b.t || (a.sc.case.id < b.sc.case.id ? -1 : a.sc.case.id > b.sc.case.id ? 1 : 0));
  return keyed.map((k) => k.sc);
}

/** Values offered by the filter controls: SOP ids, actor lanes, staff names seen in the data. */
export function filterOptions(cases: readonly Case[], events: readonly StepEvent[]): { sopIds: string[]; actors: string[]; staff: string[] } {
  const sopIds = new Set<string>();
  const actors = new Set<string>();
  const staff = new Set<string>();
  for (const c of cases) {
    sopIds.add(c.sopId);
    if (c.assignedTo) staff.add(c.assignedTo);
    if (c.createdBy) staff.add(c.createdBy);
  }
  for (const e of events) {
    if (e.actor) actors.add(e.actor);
    if (e.by) staff.add(e.by);
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'id'));
  return { sopIds: sort(sopIds), actors: sort(actors), staff: sort(staff) };
}
