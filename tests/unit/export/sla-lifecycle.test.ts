import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { simpleCalendar } from '../../../lib/timing';
import { slaReport } from '../../../lib/export/sla';
import { exportSla } from '../../../lib/export/documents';
import { caseEventSchema, settingsSchema, type CaseEvent } from '../../../lib/log/schema';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';

// Monday 2026-03-02; working hours 08:00–16:00 WIB, Monday–Friday.
const cal = simpleCalendar({ nationalHolidays: false });
const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;
let seq = 0;
const ev = (caseId: string, kind: CaseEvent['kind'], at: string, over: Partial<CaseEvent> = {}): CaseEvent =>
  caseEventSchema.parse({ id: `ce-${++seq}`, caseId, kind, at, recordedAt: at, ...over });

/** a: done (closed by its last step) after a hold; b: cancelled; c: waiting; d: open with a redone step; e: auto-closed, then undone. */
function fixture() {
  const cases = ['a', 'b', 'c', 'd', 'e'].map((id) => mkCase(id, { receivedAt: T('02', '08:00') }));
  const autoStart = mkEvent('d', 1, T('02', '09:00'), null, { auto: true });
  const events = [
    mkEvent('a', 1, T('02', '08:00'), T('02', '10:30')), // 150 working minutes, 120 of them held
    mkEvent('d', 1, T('02', '08:00'), T('02', '08:10')),
    mkEvent('d', 1, T('02', '08:20'), T('02', '08:30')),
    autoStart, // undone below: never counted
  ];
  const caseEvents = [
    ev('a', 'held', T('02', '08:15'), { reason: 'menunggu SK' }),
    ev('a', 'resumed', T('02', '10:15')),
    ev('a', 'closed', T('03', '08:00'), { closeStatus: 'done', auto: true }),
    ev('b', 'closed', T('02', '09:00'), { closeStatus: 'cancelled', reason: 'ditarik' }),
    ev('c', 'held', T('02', '12:00'), { reason: 'menunggu pemohon' }),
    ev('d', 'step-redone', T('02', '08:20'), { stepNo: 1, reason: 'NIP salah' }),
    ev('d', 'undone', T('02', '09:05'), { undoes: autoStart.id }),
  ];
  const closeE = ev('e', 'closed', T('02', '09:00'), { closeStatus: 'done', auto: true });
  caseEvents.push(closeE, ev('e', 'undone', T('02', '09:10'), { undoes: closeE.id }));
  return { cases, events, caseEvents };
}

describe('SLA report: selesai / dibatalkan / menunggu, lead time, held time apart, rework', () => {
  const { cases, events, caseEvents } = fixture();
  const report = slaReport(cases, events, { sops: [TEST_SOP], calendar: cal, now: T('03', '10:00'), caseEvents });

  it('counts statuses from the ledger, per SOP and in total', () => {
    expect(report.sops[0]).toMatchObject({ cases: 5, casesDone: 1, casesCancelled: 1, casesWaiting: 1, rework: 1 });
    expect(report.totals).toMatchObject({ cases: 5, casesDone: 1, casesCancelled: 1, casesWaiting: 1, rework: 1 });
  });

  it('leaves held time out of step time and lead time, and shows it apart', () => {
    const step1 = report.steps.find((s) => s.stepNo === 1)!;
    // a: 150 − 120 = 30; d: 10 and 10 (the undone automatic start is not counted).
    expect(step1.count).toBe(3);
    expect(step1.median).toBe(10);
    const a = report.cases.find((r) => r.caseId === 'a')!;
    // Received Mon 08:00, closed Tue 08:00: 480 working minutes, 120 held.
    expect(a).toMatchObject({ status: 'done', closedAt: T('03', '08:00'), leadMinutes: 360, heldMinutes: 120, rework: 0 });
    expect(report.sops[0].leadMedian).toBe(360);
    const c = report.cases.find((r) => r.caseId === 'c')!;
    // Waiting since Mon 12:00 until now (Tue 10:00): 240 + 120 held; lead so far 240.
    expect(c).toMatchObject({ status: 'waiting', closedAt: null, heldMinutes: 360, leadMinutes: 240 });
    expect(report.cases.find((r) => r.caseId === 'e')).toMatchObject({ status: 'open', closedAt: null });
    expect(report.totals.heldMinutes).toBe(480);
  });

  it('CSV and XLSX carry the new counts and the per-case table', async () => {
    const settings = settingsSchema.parse({ csvSeparator: ',' });
    const csv = (await exportSla(report, 'csv', { settings, slaCsvTable: 'sops' })).body as string[];
    const [head, row] = csv.join('').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(head).toContain('Selesai,Dibatalkan,Menunggu,Median lama layanan (menit kerja),Waktu tunggu tidak dihitung (menit kerja),Pengerjaan ulang');
    expect(row).toContain(',5,1,1,1,360,480,1,');
    const perCase = ((await exportSla(report, 'csv', { settings, slaCsvTable: 'cases' })).body as string[]).join('');
    expect(perCase).toContain('Lama layanan (menit kerja)');
    expect(perCase).toMatch(/Selesai,.*,360,120,0,a/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportSla(report, 'xlsx', { settings })).body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Lama layanan per kasus')!;
    expect(sheet.getRow(1).values).toContain('Waktu tunggu (menit kerja)');
    expect(sheet.rowCount).toBe(6);
    const sops = wb.getWorksheet('Ringkasan SOP')!;
    expect(sops.getRow(1).values).toContain('Dibatalkan');
  });
});
