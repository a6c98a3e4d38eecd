import { z } from 'zod';
import { caseStatusSchema, isoDateTime, verdictSchema, type Case, type CaseEvent, type StepEvent, type Verdict } from '../log/schema';
import { deriveLifecycle, effectiveStepEvent, undoneKeys, type Lifecycle } from '../log/lifecycle';
import { heldWorkingMs } from '../timing/held';
import type { Sop, SopStep } from '../sop/schema';
import { compareVersions, sopLookup } from '../sop/library';
import { formatDuration, parseDuration } from '../sop/duration';
import { DAY_MS, MINUTE_MS, ZONE_OFFSET_MINUTES, dateOfDay, type WorkCalendar } from '../timing/calendar';
import { standardOf, usedShare, verdictForShare } from '../timing/verdict';
import { isoWeek } from './dates';
import { statusLabel } from './agenda';
import { parseIsoMs } from './fastdate';
import { caseMatches, eventMatches, groupEventsByCase, reportFilterSchema, selectCases, type ReportFilter, type ReportFilterInput } from './filter';
import type { Column, Table } from './table';
import { WorkTimeIndex } from '../timing/worktime';

/**
 * The SLA report: how long each SOP step took against its mutu baku.
 *
 * - Only finished steps are measured; running steps are counted as `open` (and `openLate` when
 *   they are already past the standard at `now`).
 * - Minute and hour standards are measured in working minutes; `day` standards in calendar days
 *   and `workday` standards in working days (as lib/timing's verdicts do). Steps without a
 *   standard are measured in working minutes and have no share.
 * - Median: the middle value (mean of the two middle values for an even count).
 *   p90: nearest rank, the value at position ⌈0.9·n⌉ of the sorted values.
 * - "Within mutu baku" = verdict on-time or warning (warning = ≥ 80 % of the standard used).
 *   Verdicts are recomputed from the timestamps with the current calendar, so the statistics and
 *   the verdicts always agree.
 * - The weekly series groups measured steps by the ISO week of their (office-local) finish date.
 * - Case status (selesai / dibatalkan / menunggu) comes from each case's ledger (`caseEvents`).
 *   Held time (menunggu) is left out of every step's and case's working time and shown apart;
 *   automatic events taken back ("undone") are ignored; explicit step restarts count as rework.
 * - Lead time (lama layanan) of a case: working minutes from receipt to its close (or `now` while
 *   it is not closed), held time left out.
 */

export const measureUnitSchema = z.enum(['minute', 'day', 'workday']);
export type MeasureUnit = z.infer<typeof measureUnitSchema>;

export const slaStepRowSchema = z.object({
  sopId: z.string(),
  sopTitle: z.string(),
  stepNo: z.number().int(),
  activity: z.string(),
  /** The mutu baku as written ("15 – 30 Menit"). */
  standard: z.string(),
  /** What `median` and `p90` count: working minutes, calendar days or working days. */
  unit: measureUnitSchema,
  /** Finished steps measured. */
  count: z.number().int().nonnegative(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  onTime: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  late: z.number().int().nonnegative(),
  /** (on-time + warning) / count; null without a standard or without measured steps. */
  withinShare: z.number().min(0).max(1).nullable(),
  open: z.number().int().nonnegative(),
  openLate: z.number().int().nonnegative(),
});
export type SlaStepRow = z.infer<typeof slaStepRowSchema>;

export const slaSopRowSchema = z.object({
  sopId: z.string(),
  sopTitle: z.string(),
  cases: z.number().int().nonnegative(),
  casesDone: z.number().int().nonnegative(),
  casesCancelled: z.number().int().nonnegative(),
  casesWaiting: z.number().int().nonnegative(),
  /** Median lead time of the done cases, working minutes (held time left out); null without done cases. */
  leadMedian: z.number().nullable(),
  /** Working minutes the cases spent held (menunggu), shown apart. */
  heldMinutes: z.number().int().nonnegative(),
  /** Explicit step restarts ("ulangi langkah"). */
  rework: z.number().int().nonnegative(),
  stepsMeasured: z.number().int().nonnegative(),
  stepsWithStandard: z.number().int().nonnegative(),
  stepsLate: z.number().int().nonnegative(),
  withinShare: z.number().min(0).max(1).nullable(),
});
export type SlaSopRow = z.infer<typeof slaSopRowSchema>;

export const lateStepRowSchema = z.object({
  sopId: z.string(),
  stepNo: z.number().int(),
  activity: z.string(),
  caseId: z.string(),
  letterNumber: z.string(),
  by: z.string(),
  startedAt: isoDateTime,
  finishedAt: isoDateTime,
  elapsed: z.number(),
  unit: measureUnitSchema,
  standard: z.string(),
  /** Share of the standard used (1.5 = 150 %). */
  used: z.number(),
});
export type LateStepRow = z.infer<typeof lateStepRowSchema>;

export const caseLeadRowSchema = z.object({
  sopId: z.string(),
  caseId: z.string(),
  letterNumber: z.string(),
  status: caseStatusSchema,
  receivedAt: isoDateTime,
  /** When the case was closed (done or cancelled); null while open or waiting. */
  closedAt: isoDateTime.nullable(),
  /** Working minutes from receipt to close (or now), held time left out. */
  leadMinutes: z.number().int().nonnegative(),
  heldMinutes: z.number().int().nonnegative(),
  rework: z.number().int().nonnegative(),
});
export type CaseLeadRow = z.infer<typeof caseLeadRowSchema>;

export const weekPointSchema = z.object({
  /** ISO week, `2026-W07`. */
  week: z.string(),
  measured: z.number().int().nonnegative(),
  within: z.number().int().nonnegative(),
  share: z.number().min(0).max(1),
});
export type WeekPoint = z.infer<typeof weekPointSchema>;

export const slaReportSchema = z.object({
  generatedAt: isoDateTime,
  filter: reportFilterSchema,
  sops: z.array(slaSopRowSchema),
  steps: z.array(slaStepRowSchema),
  late: z.array(lateStepRowSchema),
  weekly: z.array(weekPointSchema),
  /** One row per case: status, lead time, held time, rework. */
  cases: z.array(caseLeadRowSchema),
  totals: z.object({
    cases: z.number().int(),
    casesDone: z.number().int(),
    casesCancelled: z.number().int(),
    casesWaiting: z.number().int(),
    heldMinutes: z.number().int(),
    rework: z.number().int(),
    stepsMeasured: z.number().int(),
    stepsWithStandard: z.number().int(),
    onTime: z.number().int(),
    warning: z.number().int(),
    late: z.number().int(),
    withinShare: z.number().nullable(),
  }),
  verdictCounts: z.record(verdictSchema, z.number().int()),
});
export type SlaReport = z.infer<typeof slaReportSchema>;

export type SlaOptions = {
  sops: readonly Sop[];
  calendar: WorkCalendar;
  filter?: ReportFilterInput | ReportFilter;
  /** For running steps (default: the current time). */
  now?: string | number | Date;
  /** Events already grouped by case. */
  eventsByCase?: ReadonlyMap<string, StepEvent[]>;
  /** A working-time index to reuse between reports with the same calendar. */
  index?: WorkTimeIndex;
  /** The case ledger (lifecycle events) of the cases; without it, each case's stored status counts. */
  caseEvents?: readonly CaseEvent[];
};

/** Median of sorted values (mean of the two middles for an even count). */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (0 < p ≤ 1) of sorted values. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  return sorted[Math.min(n, rank) - 1];
}

export function measureUnitOf(step: Pick<SopStep, 'duration'> | undefined): MeasureUnit {
  const u = standardOf(step?.duration)?.unit;
  return u === 'day' ? 'day' : u === 'workday' ? 'workday' : 'minute';
}

type StepAcc = {
  step: SopStep | undefined;
  stepNo: number;
  unit: MeasureUnit;
  hasStandard: boolean;
  /** Share of the standard per unit measured (lib/timing's usedShare is linear in the elapsed time). */
  perUnit: number;
  values: number[];
  onTime: number;
  warning: number;
  late: number;
  open: number;
  openLate: number;
};

type SopAcc = {
  sop: Sop | undefined;
  sopId: string;
  cases: number;
  casesDone: number;
  casesCancelled: number;
  casesWaiting: number;
  leads: number[];
  heldMinutes: number;
  rework: number;
  steps: Map<number, StepAcc>;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const NO_EVENTS: StepEvent[] = [];
const NO_LEDGER: CaseEvent[] = [];

/** The SLA report over the cases and events that pass the filter. */
export function slaReport(cases: readonly Case[], events: readonly StepEvent[], opts: SlaOptions): SlaReport {
  const filter = reportFilterSchema.parse(opts.filter ?? {});
  const cal = opts.calendar;
  const tz = cal.timeZone;
  const index = opts.index && opts.index.cal === cal ? opts.index : new WorkTimeIndex(cal);
  const nowMs = opts.now === undefined ? Date.now() : opts.now instanceof Date ? opts.now.getTime() : typeof opts.now === 'number' ? opts.now : Date.parse(opts.now);
  const sopOf = sopLookup(opts.sops);
  const versionsOf = new Map<string, number>();
  for (const s of opts.sops) versionsOf.set(s.id, (versionsOf.get(s.id) ?? 0) + 1);
  const eventFilter = filter.actor !== null || filter.staff !== null;

  const sopAccs = new Map<string, SopAcc>();
  const late: LateStepRow[] = [];
  const weeks = new Map<string, { measured: number; within: number }>();
  const weekOfDay = new Map<number, string>();
  const offsetMs = ZONE_OFFSET_MINUTES[tz] * MINUTE_MS;
  const verdictCounts: Record<Verdict, number> = { 'on-time': 0, warning: 0, late: 0 };

  const ledgerByCase = new Map<string, CaseEvent[]>();
  for (const e of opts.caseEvents ?? []) {
    const list = ledgerByCase.get(e.caseId);
    if (list) list.push(e);
    else ledgerByCase.set(e.caseId, [e]);
  }
  const undone = undoneKeys(opts.caseEvents ?? []);
  const lifeOf = new Map<string, Lifecycle>();
  const caseRows: CaseLeadRow[] = [];

  const sopAccOf = (c: Case): SopAcc => {
    // One accumulator per SOP version: each case is measured against the version it started with.
    const key = `${c.sopId}@${c.sopVersion}`;
    let sa = sopAccs.get(key);
    if (!sa) {
      sa = { sop: sopOf(c.sopId, c.sopVersion), sopId: c.sopId, cases: 0, casesDone: 0, casesCancelled: 0, casesWaiting: 0, leads: [], heldMinutes: 0, rework: 0, steps: new Map() };
      sopAccs.set(key, sa);
    }
    const life = deriveLifecycle(c, ledgerByCase.get(c.id) ?? NO_LEDGER);
    lifeOf.set(c.id, life);
    sa.cases++;
    if (life.status === 'done') sa.casesDone++;
    else if (life.status === 'cancelled') sa.casesCancelled++;
    else if (life.status === 'waiting') sa.casesWaiting++;
    const received = parseIsoMs(c.receivedAt);
    const end = Math.max(received, life.closedAt ? Math.min(nowMs, parseIsoMs(life.closedAt)) : nowMs);
    const held = life.holds.length ? Math.floor(heldWorkingMs(cal, life.holds, received, end, nowMs) / MINUTE_MS) : 0;
    const lead = Math.max(0, Math.floor(index.workingMs(received, end) / MINUTE_MS) - held);
    if (life.status === 'done') sa.leads.push(lead);
    sa.heldMinutes += held;
    sa.rework += life.redoneSteps.length;
    caseRows.push({
      sopId: c.sopId,
      caseId: c.id,
      letterNumber: c.letter.number ?? '',
      status: life.status,
      receivedAt: c.receivedAt,
      closedAt: life.closedAt,
      leadMinutes: lead,
      heldMinutes: held,
      rework: life.redoneSteps.length,
    });
    return sa;
  };

  /** One event: working time once, from the index; verdict; statistics. */
  const take = (recorded: StepEvent, c: Case, sa: SopAcc): void => {
    // Automatic events taken back: a start never counts; a finish leaves the step running.
    const e = undone.size ? effectiveStepEvent(recorded, undone) : recorded;
    if (!e) return;
    let acc = sa.steps.get(e.stepNo);
    if (!acc) {
      const step = sa.sop?.steps.find((s) => s.no === e.stepNo);
      acc = {
        step,
        stepNo: e.stepNo,
        unit: measureUnitOf(step),
        hasStandard: standardOf(step?.duration) !== null,
        perUnit: usedShare(step?.duration, { workingMinutes: 1, calendarDays: 1, workingDays: 1 }) ?? 0,
        values: [],
        onTime: 0,
        warning: 0,
        late: 0,
        open: 0,
        openLate: 0,
      };
      sa.steps.set(e.stepNo, acc);
    }
    const start = parseIsoMs(e.startedAt);
    const finished = e.finishedAt !== null;
    const end = finished ? parseIsoMs(e.finishedAt as string) : Math.max(start, nowMs);
    if (!finished && !acc.hasStandard) {
      acc.open++;
      return;
    }
    // Working time once per event, from the index; held time (rare) left out.
    let value = acc.unit === 'minute' ? index.workingMs(start, end) / MINUTE_MS : acc.unit === 'day' ? WorkTimeIndex.calendarDays(start, end) : index.workingDays(start, end);
    const holds = lifeOf.get(c.id)?.holds;
    if (holds?.length) value = Math.max(0, value - heldIn(holds, start, end, acc.unit));
    const used = acc.hasStandard ? value * acc.perUnit : null;
    const verdict = verdictForShare(used);
    if (!finished) {
      acc.open++;
      if (verdict === 'late') acc.openLate++;
      return;
    }
    acc.values.push(acc.unit === 'minute' ? Math.floor(value) : value);
    if (verdict === null) return;
    verdictCounts[verdict]++;
    if (verdict === 'on-time') acc.onTime++;
    else if (verdict === 'warning') acc.warning++;
    else {
      acc.late++;
      late.push({
        sopId: c.sopId,
        stepNo: e.stepNo,
        activity: acc.step?.activity ?? '',
        caseId: c.id,
        letterNumber: c.letter.number ?? '',
        by: e.by ?? '',
        startedAt: e.startedAt,
        finishedAt: e.finishedAt as string,
        elapsed: round2(acc.unit === 'minute' ? Math.floor(value) : value),
        unit: acc.unit,
        standard: acc.step?.duration.text ?? '',
        used: round2(used as number),
      });
    }
    const day = Math.floor((end + offsetMs) / DAY_MS);
    let week = weekOfDay.get(day);
    if (week === undefined) {
      week = isoWeek(dateOfDay(day));
      weekOfDay.set(day, week);
    }
    let w = weeks.get(week);
    if (!w) {
      w = { measured: 0, within: 0 };
      weeks.set(week, w);
    }
    w.measured++;
    if (verdict !== 'late') w.within++;
  };

  if (opts.eventsByCase === undefined && filter.actor === null && filter.staff === null && filter.verdict === null) {
    // Nothing needs a case's events together: one pass over the events, no grouping.
    const selected = new Map<string, { c: Case; sa: SopAcc }>();
    for (const c of cases) if (caseMatches(c, NO_EVENTS, filter, tz)) selected.set(c.id, { c, sa: sopAccOf(c) });
    for (const e of events) {
      const sel = selected.get(e.caseId);
      if (sel) take(e, sel.c, sel.sa);
    }
  } else {
    const byCase = opts.eventsByCase ?? groupEventsByCase(events);
    for (const { case: c, events: evs } of selectCases(cases, byCase, filter, tz, { sort: false })) {
      const sa = sopAccOf(c);
      for (const e of evs) if (!eventFilter || eventMatches(e, filter)) take(e, c, sa);
    }
  }

  /** Held time inside [start, end) in the unit a step is measured in. */
  function heldIn(holds: Lifecycle['holds'], start: number, end: number, unit: MeasureUnit): number {
    if (unit === 'minute') return heldWorkingMs(cal, holds, start, end, nowMs) / MINUTE_MS;
    let total = 0;
    for (const h of holds) {
      const a = Math.max(start, parseIsoMs(h.from));
      const b = Math.min(end, h.to === null ? nowMs : parseIsoMs(h.to));
      if (b > a) total += unit === 'day' ? WorkTimeIndex.calendarDays(a, b) : index.workingDays(a, b);
    }
    return total;
  }

  const sops: SlaSopRow[] = [];
  const steps: SlaStepRow[] = [];
  const totals = { cases: 0, casesDone: 0, casesCancelled: 0, casesWaiting: 0, heldMinutes: 0, rework: 0, stepsMeasured: 0, stepsWithStandard: 0, onTime: 0, warning: 0, late: 0, withinShare: null as number | null };
  const sopOrder = [...sopAccs.values()].sort((a, b) => a.sopId.localeCompare(b.sopId) || compareVersions(a.sop?.version ?? '', b.sop?.version ?? ''));
  for (const sa of sopOrder) {
    const title = sa.sop ? `${sa.sop.title}${(versionsOf.get(sa.sopId) ?? 0) > 1 ? ` (versi ${sa.sop.version})` : ''}` : sa.sopId;
    let measured = 0;
    let withStd = 0;
    let lateN = 0;
    let within = 0;
    const stepAccs = [...sa.steps.values()].sort((a, b) => a.stepNo - b.stepNo);
    for (const acc of stepAccs) {
      const sorted = Float64Array.from(acc.values).sort();
      const judged = acc.onTime + acc.warning + acc.late;
      measured += sorted.length;
      withStd += judged;
      lateN += acc.late;
      within += acc.onTime + acc.warning;
      totals.onTime += acc.onTime;
      totals.warning += acc.warning;
      totals.late += acc.late;
      const med = medianOfSorted(sorted);
      const p90 = percentileOfSorted(sorted, 0.9);
      steps.push({
        sopId: sa.sopId,
        sopTitle: title,
        stepNo: acc.stepNo,
        activity: acc.step?.activity ?? '',
        standard: acc.step?.duration.text ?? '',
        unit: acc.unit,
        count: sorted.length,
        median: med === null ? null : round2(med),
        p90: p90 === null ? null : round2(p90),
        onTime: acc.onTime,
        warning: acc.warning,
        late: acc.late,
        withinShare: acc.hasStandard && judged > 0 ? (acc.onTime + acc.warning) / judged : null,
        open: acc.open,
        openLate: acc.openLate,
      });
    }
    totals.cases += sa.cases;
    totals.casesDone += sa.casesDone;
    totals.casesCancelled += sa.casesCancelled;
    totals.casesWaiting += sa.casesWaiting;
    totals.heldMinutes += sa.heldMinutes;
    totals.rework += sa.rework;
    totals.stepsMeasured += measured;
    totals.stepsWithStandard += withStd;
    sops.push({
      sopId: sa.sopId,
      sopTitle: title,
      cases: sa.cases,
      casesDone: sa.casesDone,
      casesCancelled: sa.casesCancelled,
      casesWaiting: sa.casesWaiting,
      leadMedian: medianOfSorted(Float64Array.from(sa.leads).sort()),
      heldMinutes: sa.heldMinutes,
      rework: sa.rework,
      stepsMeasured: measured,
      stepsWithStandard: withStd,
      stepsLate: lateN,
      withinShare: withStd > 0 ? within / withStd : null,
    });
  }
  totals.withinShare = totals.stepsWithStandard > 0 ? (totals.onTime + totals.warning) / totals.stepsWithStandard : null;
  late.sort((a, b) => parseIsoMs(a.finishedAt) - parseIsoMs(b.finishedAt) || a.stepNo - b.stepNo);
  const weekly = [...weeks.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([week, w]) => ({ week, measured: w.measured, within: w.within, share: w.within / w.measured }));
  return {
    generatedAt: new Date(nowMs).toISOString(),
    filter,
    sops,
    steps,
    late,
    weekly,
    cases: caseRows.sort((a, b) => a.sopId.localeCompare(b.sopId) || parseIsoMs(a.receivedAt) - parseIsoMs(b.receivedAt) || (a.caseId < b.caseId ? -1 : 1)),
    totals,
    verdictCounts,
  };
}

const UNIT_LABEL = { minute: { id: 'menit kerja', en: 'working minutes' }, day: { id: 'hari', en: 'days' }, workday: { id: 'hari kerja', en: 'working days' } };

export function measureUnitLabel(unit: MeasureUnit, lang: 'id' | 'en' = 'id'): string {
  return UNIT_LABEL[unit][lang];
}

/** The step table with the unit spelled out (for every format). */
export type SlaStepTableRow = SlaStepRow & { unitLabel: string };
export type LateTableRow = LateStepRow & { unitLabel: string };

export const SLA_SOP_COLUMNS: readonly Column<SlaSopRow>[] = [
  { key: 'sopId', id: 'Kode SOP', en: 'SOP id', width: 34, kind: 'text' },
  { key: 'sopTitle', id: 'Nama SOP', en: 'SOP', width: 44, kind: 'text' },
  { key: 'cases', id: 'Jumlah kasus', en: 'Cases', width: 12, kind: 'int' },
  { key: 'casesDone', id: 'Selesai', en: 'Done', width: 10, kind: 'int' },
  { key: 'casesCancelled', id: 'Dibatalkan', en: 'Cancelled', width: 11, kind: 'int' },
  { key: 'casesWaiting', id: 'Menunggu', en: 'Waiting', width: 10, kind: 'int' },
  { key: 'leadMedian', id: 'Median lama layanan (menit kerja)', en: 'Median lead time (working minutes)', width: 16, kind: 'number' },
  { key: 'heldMinutes', id: 'Waktu tunggu tidak dihitung (menit kerja)', en: 'Held time not counted (working minutes)', width: 16, kind: 'int' },
  { key: 'rework', id: 'Pengerjaan ulang', en: 'Rework', width: 11, kind: 'int' },
  { key: 'stepsWithStandard', id: 'Langkah bermutu baku', en: 'Steps with a standard', width: 14, kind: 'int' },
  { key: 'stepsLate', id: 'Langkah terlambat', en: 'Late steps', width: 12, kind: 'int' },
  { key: 'withinShare', id: 'Sesuai mutu baku', en: 'Within standard', width: 14, kind: 'percent' },
];

export const SLA_STEP_COLUMNS: readonly Column<SlaStepTableRow>[] = [
  { key: 'sopId', id: 'Kode SOP', en: 'SOP id', width: 34, kind: 'text' },
  { key: 'stepNo', id: 'Langkah', en: 'Step', width: 8, kind: 'int' },
  { key: 'activity', id: 'Uraian kegiatan', en: 'Activity', width: 44, kind: 'text' },
  { key: 'standard', id: 'Mutu baku (waktu)', en: 'Standard (time)', width: 18, kind: 'text' },
  { key: 'unitLabel', id: 'Satuan', en: 'Unit', width: 14, kind: 'text' },
  { key: 'count', id: 'Jumlah', en: 'Count', width: 9, kind: 'int' },
  { key: 'median', id: 'Median', en: 'Median', width: 10, kind: 'number' },
  { key: 'p90', id: 'Persentil 90', en: '90th percentile', width: 11, kind: 'number' },
  { key: 'onTime', id: 'Tepat waktu', en: 'On time', width: 10, kind: 'int' },
  { key: 'warning', id: 'Peringatan', en: 'Warning', width: 10, kind: 'int' },
  { key: 'late', id: 'Terlambat', en: 'Late', width: 10, kind: 'int' },
  { key: 'withinShare', id: 'Sesuai mutu baku', en: 'Within standard', width: 14, kind: 'percent' },
  { key: 'open', id: 'Berjalan', en: 'Running', width: 10, kind: 'int' },
  { key: 'openLate', id: 'Berjalan terlambat', en: 'Running late', width: 12, kind: 'int' },
];

export const LATE_COLUMNS: readonly Column<LateTableRow>[] = [
  { key: 'sopId', id: 'Kode SOP', en: 'SOP id', width: 34, kind: 'text' },
  { key: 'stepNo', id: 'Langkah', en: 'Step', width: 8, kind: 'int' },
  { key: 'letterNumber', id: 'Nomor surat', en: 'Letter number', width: 28, kind: 'text' },
  { key: 'by', id: 'Petugas', en: 'Staff', width: 20, kind: 'text' },
  { key: 'startedAt', id: 'Mulai', en: 'Started', width: 17, kind: 'datetime' },
  { key: 'finishedAt', id: 'Selesai', en: 'Finished', width: 17, kind: 'datetime' },
  { key: 'elapsed', id: 'Lama', en: 'Elapsed', width: 10, kind: 'number' },
  { key: 'unitLabel', id: 'Satuan', en: 'Unit', width: 14, kind: 'text' },
  { key: 'standard', id: 'Mutu baku', en: 'Standard', width: 18, kind: 'text' },
  { key: 'used', id: 'Terpakai', en: 'Used', width: 10, kind: 'percent' },
  { key: 'caseId', id: 'ID kasus', en: 'Case id', width: 38, kind: 'text' },
];

export type CaseLeadTableRow = Omit<CaseLeadRow, 'status'> & { status: string };

export const CASE_LEAD_COLUMNS: readonly Column<CaseLeadTableRow>[] = [
  { key: 'sopId', id: 'Kode SOP', en: 'SOP id', width: 34, kind: 'text' },
  { key: 'letterNumber', id: 'Nomor surat', en: 'Letter number', width: 28, kind: 'text' },
  { key: 'status', id: 'Status', en: 'Status', width: 14, kind: 'text' },
  { key: 'receivedAt', id: 'Diterima', en: 'Received', width: 17, kind: 'datetime' },
  { key: 'closedAt', id: 'Ditutup', en: 'Closed', width: 17, kind: 'datetime' },
  { key: 'leadMinutes', id: 'Lama layanan (menit kerja)', en: 'Lead time (working minutes)', width: 14, kind: 'int' },
  { key: 'heldMinutes', id: 'Waktu tunggu (menit kerja)', en: 'Held (working minutes)', width: 14, kind: 'int' },
  { key: 'rework', id: 'Pengerjaan ulang', en: 'Rework', width: 11, kind: 'int' },
  { key: 'caseId', id: 'ID kasus', en: 'Case id', width: 38, kind: 'text' },
];

export const WEEK_COLUMNS: readonly Column<WeekPoint>[] = [
  { key: 'week', id: 'Minggu (ISO)', en: 'ISO week', width: 12, kind: 'text' },
  { key: 'measured', id: 'Langkah diukur', en: 'Steps measured', width: 14, kind: 'int' },
  { key: 'within', id: 'Sesuai mutu baku', en: 'Within standard', width: 14, kind: 'int' },
  { key: 'share', id: 'Persentase tepat waktu', en: 'On-time share', width: 14, kind: 'percent' },
];

/** A step's mutu baku in the report's language: the SOP's own words in Indonesian, read and written out in English. */
export function standardText(text: string, lang: 'id' | 'en'): string {
  return lang === 'id' || !text.trim() ? text : formatDuration(parseDuration(text), 'en');
}

/** The SLA report as tables: per SOP, per step, late steps, weekly series. */
export function slaTables(report: SlaReport, lang: 'id' | 'en' = 'id'): {
  sops: Table<SlaSopRow>;
  steps: Table<SlaStepTableRow>;
  late: Table<LateTableRow>;
  weekly: Table<WeekPoint>;
  cases: Table<CaseLeadTableRow>;
} {
  return {
    sops: { title: { id: 'Ringkasan SOP', en: 'SOP summary' }, columns: SLA_SOP_COLUMNS, rows: report.sops },
    steps: {
      title: { id: 'Per langkah', en: 'Per step' },
      columns: SLA_STEP_COLUMNS,
      rows: report.steps.map((r) => ({ ...r, standard: standardText(r.standard, lang), unitLabel: measureUnitLabel(r.unit, lang) })),
    },
    late: {
      title: { id: 'Langkah terlambat', en: 'Late steps' },
      columns: LATE_COLUMNS,
      rows: report.late.map((r) => ({ ...r, standard: standardText(r.standard, lang), unitLabel: measureUnitLabel(r.unit, lang) })),
    },
    weekly: { title: { id: 'Tren mingguan', en: 'Weekly trend' }, columns: WEEK_COLUMNS, rows: report.weekly },
    cases: {
      title: { id: 'Lama layanan per kasus', en: 'Lead time per case' },
      columns: CASE_LEAD_COLUMNS,
      rows: report.cases.map((r) => ({ ...r, status: statusLabel(r.status, lang) })),
    },
  };
}
