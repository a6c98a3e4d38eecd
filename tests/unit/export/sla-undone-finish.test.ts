import { describe, expect, it } from 'vitest';
import { simpleCalendar } from '../../../lib/timing';
import { slaReport } from '../../../lib/export/sla';
import { finishUndoKey } from '../../../lib/log/lifecycle';
import { caseEventSchema } from '../../../lib/log/schema';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';

// Monday 2026-03-02; working hours 08:00–16:00 WIB, Monday–Friday.
const cal = simpleCalendar({ nationalHolidays: false });
const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;

describe('SLA report: an automatic finish taken back', () => {
  it('leaves the step running, not measured as finished', () => {
    const kase = mkCase('f', { receivedAt: T('02', '08:00') });
    const step = mkEvent('f', 1, T('02', '08:00'), T('02', '08:40'), { auto: true });
    const undo = caseEventSchema.parse({ id: 'ce-undo', caseId: 'f', kind: 'undone', at: T('02', '08:45'), recordedAt: T('02', '08:45'), undoes: finishUndoKey(step.id, step.finishedAt!) });
    const report = slaReport([kase], [step], { sops: [TEST_SOP], calendar: cal, now: T('02', '09:00'), caseEvents: [undo] });
    const row = report.steps.find((s) => s.stepNo === 1)!;
    expect(row.count).toBe(0);
    expect(row.open).toBe(1);
  });

  it('a finish that was not taken back is measured', () => {
    const kase = mkCase('g', { receivedAt: T('02', '08:00') });
    const step = mkEvent('g', 1, T('02', '08:00'), T('02', '08:40'), { auto: true });
    const report = slaReport([kase], [step], { sops: [TEST_SOP], calendar: cal, now: T('02', '09:00'), caseEvents: [] });
    const row = report.steps.find((s) => s.stepNo === 1)!;
    expect(row.count).toBe(1);
    expect(row.median).toBe(40);
  });
});
