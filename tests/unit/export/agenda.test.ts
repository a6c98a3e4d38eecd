import { describe, expect, it } from 'vitest';
import { agendaRows, agendaRowSchema, agendaTable, followUpText, sopIndex } from '../../../lib/export/agenda';
import { filterOptions, reportFilterSchema } from '../../../lib/export/filter';
import { tableTextRows } from '../../../lib/export/table';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';

const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;

function data() {
  const cases = [
    mkCase('c2', { receivedAt: T('05', '10:00'), assignedTo: 'Budi', status: 'done', letter: { number: '005/UKPBJ/III/2026', sender: 'UKPBJ Setda', subject: 'Akun PPK baru' } }),
    mkCase('c1', { receivedAt: T('02', '09:30'), assignedTo: 'Sari', note: 'menunggu SK', letter: { date: null, sender: null } }),
    mkCase('c3', { receivedAt: '2026-03-31T23:30:00+07:00', assignedTo: null, status: 'cancelled', sopId: 'lain-02-reset' }),
    // 00:30 WIB on 1 April is still 31 March in UTC: the period is judged in office time.
    mkCase('c4', { receivedAt: '2026-03-31T17:30:00Z', createdBy: 'Dewi' }),
  ];
  const events = [
    mkEvent('c2', 1, T('05', '10:00'), T('05', '10:20'), { verdict: 'on-time', by: 'Budi' }),
    mkEvent('c2', 2, T('05', '10:20'), T('09', '10:20'), { verdict: 'late', by: 'Budi' }),
    mkEvent('c1', 1, T('02', '09:30'), T('02', '09:50'), { verdict: 'warning' }),
    mkEvent('c1', 2, T('02', '10:00'), null),
  ];
  return { cases, events };
}

describe('agendaRows', () => {
  const { cases, events } = data();
  const opts = { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' as const };

  it('numbers rows in order of receipt and fills every column', () => {
    const rows = agendaRows(cases, events, opts);
    expect(rows.map((r) => [r.no, r.caseId])).toEqual([
      [1, 'c1'],
      [2, 'c2'],
      [3, 'c3'],
      [4, 'c4'],
    ]);
    for (const r of rows) expect(() => agendaRowSchema.parse(r)).not.toThrow();
    expect(rows[0]).toMatchObject({
      letterNumber: '800/c1/2026',
      letterDate: null,
      sender: '',
      subject: 'Permohonan akun auditor',
      forwardedTo: 'Sari',
      followUp: 'Surat tercatat',
      note: 'Dalam proses — menunggu SK',
      verdict: 'warning',
    });
    expect(rows[1]).toMatchObject({ forwardedTo: 'Budi', followUp: 'Dokumen terverifikasi', note: 'Selesai', verdict: 'late', sender: 'UKPBJ Setda' });
    // No finished step: the status; unknown SOP: the status too.
    expect(rows[3]).toMatchObject({ followUp: 'Dalam proses', verdict: null, forwardedTo: '' });
    expect(rows[2]).toMatchObject({ followUp: 'Dibatalkan', note: 'Dibatalkan' });
  });

  it('English labels', () => {
    const rows = agendaRows(cases, events, { ...opts, lang: 'en' });
    expect(rows[0].note).toBe('In progress — menunggu SK');
  });

  it('filters by period in office time', () => {
    expect(agendaRows(cases, events, { ...opts, filter: { from: '2026-03-03', to: '2026-03-31' } }).map((r) => r.caseId)).toEqual(['c2', 'c3']);
    expect(agendaRows(cases, events, { ...opts, filter: { from: '2026-04-01' } }).map((r) => r.caseId)).toEqual(['c4']);
    expect(agendaRows(cases, events, { ...opts, filter: { to: '2026-03-02' } }).map((r) => r.caseId)).toEqual(['c1']);
  });

  it('filters by SOP, actor, staff and verdict', () => {
    const ids = (f: object) => agendaRows(cases, events, { ...opts, filter: f }).map((r) => r.caseId);
    expect(ids({ sopId: 'lain-02-reset' })).toEqual(['c3']);
    expect(ids({ actor: 'admin-ppe' })).toEqual(['c1', 'c2']);
    expect(ids({ actor: 'kepala-lpse' })).toEqual([]);
    expect(ids({ staff: 'Budi' })).toEqual(['c2']);
    expect(ids({ staff: 'Sari' })).toEqual(['c1']);
    expect(ids({ staff: 'Dewi' })).toEqual(['c4']);
    expect(ids({ verdict: 'late' })).toEqual(['c2']);
    expect(ids({ verdict: 'warning' })).toEqual(['c1']);
    expect(ids({ verdict: 'on-time' })).toEqual([]);
    // Numbering restarts after filtering.
    expect(agendaRows(cases, events, { ...opts, filter: { staff: 'Budi' } })[0].no).toBe(1);
  });

  it('rejects a bad filter with an Indonesian message', () => {
    const r = reportFilterSchema.safeParse({ from: '01-03-2026' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toContain('format tanggal');
  });

  it('offers filter options from the data', () => {
    expect(filterOptions(cases, events)).toEqual({ sopIds: ['lain-02-reset', TEST_SOP.id].sort(), actors: ['admin-ppe'], staff: ['Budi', 'Dewi', 'Sari'] });
  });

  it('follow-up uses the step finished last', () => {
    const c = mkCase('z');
    const evs = [mkEvent('z', 2, T('02', '09:00'), T('02', '12:00')), mkEvent('z', 1, T('02', '08:00'), T('02', '09:00'))];
    expect(followUpText(c, evs, sopIndex([TEST_SOP]))).toBe('Dokumen terverifikasi');
  });

  it('text rows for CSV and print', () => {
    const rows = agendaRows(cases, events, opts);
    const [csv] = [...tableTextRows(agendaTable(rows), 'Asia/Jakarta', 'csv')];
    expect(csv.slice(0, 4)).toEqual([1, '2026-03-02 09:30', '800/c1/2026', '']);
    const [print] = [...tableTextRows(agendaTable(rows), 'Asia/Jakarta', 'print')];
    expect(print.slice(0, 2)).toEqual(['1', '02/03/2026 09:30']);
    const c4 = [...tableTextRows(agendaTable(rows), 'Asia/Jakarta', 'csv')][3];
    expect(c4[1]).toBe('2026-04-01 00:30');
    expect(c4[3]).toBe('2026-03-01');
  });
});
