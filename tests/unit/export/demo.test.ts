import { describe, expect, it } from 'vitest';
import { demoBackup, demoCases, writeDemoBackup } from '../../../lib/export/demo';
import { slaReport } from '../../../lib/export/sla';
import { parseBackup } from '../../../lib/log/backup';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { calendarFromSettings, stepTiming } from '../../../lib/timing';

const sops = builtinCatalog();
const opts = { cases: 400, seed: 'uji', end: '2026-11-20', months: 6 };

describe('demo log', () => {
  const a = demoBackup(opts, sops);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(demoBackup(opts, sops))).toBe(JSON.stringify(a));
    expect(demoBackup({ ...opts, seed: 'lain' }, sops).cases[0].id).not.toBe(a.cases[0].id);
  });

  it('streams exactly the same JSON', async () => {
    let text = '';
    const counts = await writeDemoBackup(opts, sops, (c) => {
      text += c;
    });
    expect(text).toBe(JSON.stringify(a));
    expect(counts).toEqual({ cases: a.cases.length, events: a.events.length, problems: a.problems.length });
  });

  it('is a valid backup covering all 10 built-in SOPs, several staff, a mix of verdicts', () => {
    const r = parseBackup(JSON.parse(JSON.stringify(a)));
    expect(r.ok).toBe(true);
    expect(new Set(a.cases.map((c) => c.sopId)).size).toBe(10);
    expect(new Set(a.cases.map((c) => c.assignedTo)).size).toBeGreaterThanOrEqual(4);
    const verdicts = new Set(a.events.map((e) => e.verdict));
    for (const v of ['on-time', 'warning', 'late', null]) expect(verdicts.has(v as never)).toBe(true);
    expect(a.events.length / a.cases.length).toBeGreaterThan(7);
    expect(a.cases.some((c) => c.status === 'open')).toBe(true);
    expect(a.cases.every((c) => /\d/.test(c.letter.number ?? '') && c.letter.sender && c.letter.subject)).toBe(true);
  });

  it('receives letters at working times within the period, in order', () => {
    const cal = calendarFromSettings(a.settings!);
    let last = 0;
    for (const c of a.cases) {
      const t = Date.parse(c.receivedAt);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
      expect(c.receivedAt.endsWith('+07:00')).toBe(true);
      const hm = c.receivedAt.slice(11, 16);
      expect(hm >= '08:00' && hm <= '16:30').toBe(true);
      expect(stepTiming(cal, { min: 1, max: 1, unit: 'minute' }, c.receivedAt, c.receivedAt, 0).elapsedWorkingMinutes).toBe(0);
    }
    expect(a.cases[0].receivedAt >= '2026-05-20').toBe(true);
    expect(a.cases[a.cases.length - 1].receivedAt <= '2026-11-21').toBe(true);
  });

  it('stored verdicts agree with lib/timing', () => {
    const cal = calendarFromSettings(a.settings!);
    const byId = new Map(sops.map((s) => [s.id, s]));
    const caseSop = new Map(a.cases.map((c) => [c.id, c.sopId]));
    for (const e of a.events.slice(0, 800)) {
      if (!e.finishedAt) continue;
      const step = byId.get(caseSop.get(e.caseId)!)!.steps.find((s) => s.no === e.stepNo)!;
      expect(stepTiming(cal, step.duration, e.startedAt, e.finishedAt, 0).verdict).toBe(e.verdict);
    }
  });

  it('the SLA report recomputes the same verdicts', () => {
    const report = slaReport(a.cases, a.events, { sops, calendar: calendarFromSettings(a.settings!), now: a.exportedAt });
    const stored = { 'on-time': 0, warning: 0, late: 0 };
    for (const e of a.events) if (e.verdict && e.finishedAt) stored[e.verdict]++;
    expect(report.verdictCounts).toEqual(stored);
  });

  it('generates cases lazily', () => {
    const first = demoCases(opts, sops).next().value!;
    expect(first.case).toEqual(a.cases[0]);
  });
});

describe('demo log at scale', () => {
  it('never repeats an id (every case has its own random stream)', () => {
    const ids = new Set<string>();
    let n = 0;
    for (const dc of demoCases({ cases: 12_000, seed: 'skala', end: '2026-11-20', months: 12 }, sops)) {
      ids.add(dc.case.id);
      n++;
      for (const e of dc.events) {
        ids.add(e.id);
        n++;
      }
    }
    expect(ids.size).toBe(n);
  });
});
