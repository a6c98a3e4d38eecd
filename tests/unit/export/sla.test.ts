import { describe, expect, it } from 'vitest';
import { simpleCalendar } from '../../../lib/timing';
import { medianOfSorted, percentileOfSorted, slaReport, slaReportSchema, slaTables } from '../../../lib/export/sla';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';

// Monday 2026-03-02 is in ISO week 2026-W10; working hours 08:00–16:00 WIB, Monday–Friday.
const cal = simpleCalendar({ nationalHolidays: false });
const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;

describe('median and p90', () => {
  it('uses the mean of the middles and the nearest rank', () => {
    expect(medianOfSorted([])).toBeNull();
    expect(medianOfSorted([5])).toBe(5);
    expect(medianOfSorted([1, 2, 3, 10])).toBe(2.5);
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentileOfSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(percentileOfSorted([7], 0.9)).toBe(7);
  });
});

function data() {
  const cases = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => mkCase(id, { status: 'done', assignedTo: id === 'f' ? 'Budi' : 'Sari' }));
  const events = [
    // Step 1 (30 minutes): 10, 20, 30 (overnight: 15:50 → 08:20), 40, 60, 90 working minutes.
    mkEvent('a', 1, T('02', '08:00'), T('02', '08:10')),
    mkEvent('b', 1, T('02', '09:00'), T('02', '09:20')),
    mkEvent('c', 1, T('02', '15:50'), T('03', '08:20')),
    mkEvent('d', 1, T('09', '08:00'), T('09', '08:40'), { verdict: 'late' }),
    mkEvent('e', 1, T('09', '10:00'), T('09', '11:00')),
    mkEvent('f', 1, T('09', '12:00'), T('09', '13:30'), { by: 'Budi' }),
    // Step 2 (2 working days): 1.5, 2.0 (Fri 12:00 → Tue 12:00), 3.0.
    mkEvent('a', 2, T('02', '08:00'), T('03', '12:00')),
    mkEvent('b', 2, T('06', '12:00'), T('10', '12:00')),
    mkEvent('c', 2, T('02', '08:00'), T('05', '08:00')),
    // Step 3 (3 calendar days): 2 and 4 days.
    mkEvent('a', 3, T('02', '10:00'), T('04', '10:00')),
    mkEvent('b', 3, T('02', '10:00'), T('06', '10:00')),
    // Step 4 (no standard): 15 minutes; and a running step 1 started 2 working hours before now.
    mkEvent('a', 4, T('04', '10:00'), T('04', '10:15')),
    mkEvent('e', 4, T('10', '09:00'), null),
  ];
  const running = mkEvent('f', 2, T('10', '08:00'), null);
  return { cases, events: [...events, running] };
}

describe('slaReport', () => {
  const { cases, events } = data();
  const report = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, now: T('10', '10:00') });

  it('matches the schema', () => {
    expect(() => slaReportSchema.parse(report)).not.toThrow();
  });

  it('step 1: working minutes, median, p90, verdicts, share', () => {
    const s1 = report.steps.find((s) => s.stepNo === 1)!;
    expect(s1).toMatchObject({ unit: 'minute', count: 6, median: 35, p90: 90, onTime: 2, warning: 1, late: 3, open: 0, standard: '30 menit' });
    expect(s1.withinShare).toBeCloseTo(0.5, 10);
  });

  it('step 2: working days, with a running step already counted', () => {
    const s2 = report.steps.find((s) => s.stepNo === 2)!;
    expect(s2).toMatchObject({ unit: 'workday', count: 3, median: 2, p90: 3, onTime: 1, warning: 1, late: 1, open: 1, openLate: 0 });
    expect(s2.withinShare).toBeCloseTo(2 / 3, 10);
  });

  it('step 3: calendar days', () => {
    const s3 = report.steps.find((s) => s.stepNo === 3)!;
    expect(s3).toMatchObject({ unit: 'day', count: 2, median: 3, p90: 4, onTime: 1, warning: 0, late: 1 });
    expect(s3.withinShare).toBe(0.5);
  });

  it('step 4: measured without a standard, running step open', () => {
    const s4 = report.steps.find((s) => s.stepNo === 4)!;
    expect(s4).toMatchObject({ unit: 'minute', count: 1, median: 15, p90: 15, onTime: 0, late: 0, withinShare: null, open: 1 });
  });

  it('per SOP and totals', () => {
    expect(report.sops).toHaveLength(1);
    expect(report.sops[0]).toMatchObject({ sopId: TEST_SOP.id, sopTitle: TEST_SOP.title, cases: 6, casesDone: 6, stepsMeasured: 12, stepsWithStandard: 11, stepsLate: 5 });
    expect(report.sops[0].withinShare).toBeCloseTo(6 / 11, 10);
    expect(report.totals).toMatchObject({ cases: 6, stepsMeasured: 12, stepsWithStandard: 11, onTime: 4, warning: 2, late: 5 });
  });

  it('lists the late steps with their share used', () => {
    expect(report.late.map((l) => `${l.caseId}:${l.stepNo}`)).toEqual(['c:2', 'b:3', 'd:1', 'e:1', 'f:1']);
    const f1 = report.late.find((l) => l.caseId === 'f')!;
    expect(f1).toMatchObject({ elapsed: 90, used: 3, by: 'Budi', letterNumber: '800/f/2026', unit: 'minute' });
  });

  it('weekly on-time series by ISO week of the finish date', () => {
    // W10 (2–8 March): step1 a,b,c (3 within) + step2 a (within), c (late) + step3 a (within), b (late) → 5/7.
    // W11 (9–15 March): step1 d,e,f late; step2 b warning → 1/4.
    expect(report.weekly).toEqual([
      { week: '2026-W10', measured: 7, within: 5, share: 5 / 7 },
      { week: '2026-W11', measured: 4, within: 1, share: 1 / 4 },
    ]);
  });

  it('filters: staff counts only that person\'s steps; actor only that lane', () => {
    const budi = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, now: T('10', '10:00'), filter: { staff: 'Budi' } });
    expect(budi.totals.cases).toBe(1);
    expect(budi.steps.map((s) => [s.stepNo, s.count])).toEqual([[1, 1]]);
    const kepala = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, now: T('10', '10:00'), filter: { actor: 'kepala-lpse' } });
    expect(kepala.steps.map((s) => s.stepNo)).toEqual([3]);
    expect(kepala.totals.cases).toBe(2);
    const period = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, filter: { from: '2026-03-03', to: '2026-03-31' } });
    expect(period.totals.cases).toBe(0);
    const lateCases = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, filter: { verdict: 'late' } });
    expect(lateCases.totals.cases).toBe(1);
  });

  it('running step past its standard counts as running late', () => {
    const r = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, now: T('13', '15:00') });
    expect(r.steps.find((s) => s.stepNo === 2)).toMatchObject({ open: 1, openLate: 1 });
  });

  it('tables carry unit labels', () => {
    const t = slaTables(report, 'id');
    expect(t.steps.rows[0].unitLabel).toBe('menit kerja');
    expect(t.late.rows).toHaveLength(5);
  });

  it('cases of an unknown SOP are still reported (no standard)', () => {
    const c = mkCase('x', { sopId: 'tidak-ada' });
    const r = slaReport([c], [mkEvent('x', 1, T('02', '08:00'), T('02', '09:00'))], { sops: [TEST_SOP], calendar: cal });
    expect(r.steps[0]).toMatchObject({ sopId: 'tidak-ada', sopTitle: 'tidak-ada', count: 1, median: 60, withinShare: null });
  });
});

describe('slaReport paths', () => {
  it('the one-pass path (no grouping) and the grouped path give the same report', async () => {
    const { demoBackup } = await import('../../../lib/export/demo');
    const { builtinCatalog } = await import('../../../lib/sop/catalog');
    const { calendarFromSettings } = await import('../../../lib/timing');
    const { groupEventsByCase } = await import('../../../lib/export/filter');
    const sops = builtinCatalog();
    const b = demoBackup({ cases: 600, seed: 'jalur', end: '2026-11-20' }, sops);
    const calendar = calendarFromSettings(b.settings!);
    for (const filter of [{}, { from: '2026-08-01', to: '2026-10-31' }, { sopId: 'oganilir-04-user-id-ppk' }]) {
      const direct = slaReport(b.cases, b.events, { sops, calendar, now: b.exportedAt, filter });
      const grouped = slaReport(b.cases, b.events, { sops, calendar, now: b.exportedAt, filter, eventsByCase: groupEventsByCase(b.events) });
      expect(direct).toEqual(grouped);
      expect(direct.totals.stepsMeasured).toBeGreaterThan(0);
    }
  });
});

describe('slaReport with SOP versions', () => {
  it('measures each case against the version it started with', () => {
    const v2 = { ...TEST_SOP, version: '2', steps: TEST_SOP.steps.map((s) => (s.no === 1 ? { ...s, duration: { text: '2 jam', min: 2, max: 2, unit: 'hour' as const } } : s)) };
    const cases = [mkCase('old', { status: 'done' }), mkCase('new', { status: 'done', sopVersion: '2' })];
    // 45 working minutes each: late against "30 menit" (version 1), on time against "2 jam" (version 2).
    const events = [mkEvent('old', 1, T('02', '08:00'), T('02', '08:45')), mkEvent('new', 1, T('02', '08:00'), T('02', '08:45'))];
    const report = slaReport(cases, events, { sops: [TEST_SOP, v2], calendar: cal, now: T('10', '10:00') });
    const rows = report.steps.filter((s) => s.stepNo === 1).map((s) => [s.sopTitle, s.standard, s.late, s.onTime]);
    expect(rows).toEqual([
      [`${TEST_SOP.title} (versi 1)`, '30 menit', 1, 0],
      [`${TEST_SOP.title} (versi 2)`, '2 jam', 0, 1],
    ]);
  });
});
