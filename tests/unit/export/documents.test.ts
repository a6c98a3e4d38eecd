import { describe, expect, it } from 'vitest';
import { agendaRows } from '../../../lib/export/agenda';
import { bodyBytes, exportAgenda, exportSla, periodText } from '../../../lib/export/documents';
import { reportFilterSchema } from '../../../lib/export/filter';
import { slaReport } from '../../../lib/export/sla';
import { settingsSchema } from '../../../lib/log/schema';
import { simpleCalendar } from '../../../lib/timing';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';
import { parseCsv } from './parse-csv';

const settings = settingsSchema.parse({ csvSeparator: ';', officeName: 'LPSE Uji' });
const cases = Array.from({ length: 12 }, (_, i) => mkCase(`c${i}`, { receivedAt: `2026-03-${String(i + 2).padStart(2, '0')}T09:00:00+07:00` }));
const events = cases.map((c, i) => mkEvent(c.id, 1, c.receivedAt, c.receivedAt.replace('09:00', i % 3 ? '09:10' : '10:00')));

describe('documents', () => {
  it('period text', () => {
    expect(periodText(undefined)).toBe('Semua periode');
    expect(periodText(reportFilterSchema.parse({ from: '2026-03-01', to: '2026-03-31' }))).toBe('Periode: 01/03/2026 s.d. 31/03/2026');
    expect(periodText(reportFilterSchema.parse({ from: '2026-03-01' }), 'en')).toBe('Period: 01/03/2026 to …');
  });

  it('agenda CSV uses the settings separator and reports progress', async () => {
    const rows = agendaRows(cases, events, { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' });
    const progress: number[] = [];
    const filter = reportFilterSchema.parse({ from: '2026-03-01', to: '2026-03-31' });
    const r = await exportAgenda(rows, 'csv', { settings, filter, onProgress: (d) => progress.push(d) });
    expect(r.filename).toBe('buku-agenda_2026-03-01_2026-03-31.csv');
    expect(r.mime).toBe('text/csv;charset=utf-8');
    const text = new TextDecoder().decode(bodyBytes(r));
    const parsed = parseCsv(text.replace(/^\uFEFF/, ''), ';');
    expect(parsed).toHaveLength(13);
    expect(parsed[1].slice(0, 2)).toEqual(['1', '2026-03-02 09:00']);
    expect(progress.at(-1)).toBe(12);
  });

  it('SLA CSV picks the table; HTML is a print document', async () => {
    const report = slaReport(cases, events, { sops: [TEST_SOP], calendar: simpleCalendar({ nationalHolidays: false }) });
    const weekly = await exportSla(report, 'csv', { settings, slaCsvTable: 'weekly', separator: ',' });
    const rows = parseCsv((weekly.body as string[]).join('').slice(1), ',');
    expect(rows[0]).toEqual(['Minggu (ISO)', 'Langkah diukur', 'Sesuai mutu baku', 'Persentase tepat waktu (%)']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['2026-W10', '2026-W11']);
    const late = await exportSla(report, 'csv', { settings, slaCsvTable: 'late' });
    // 60-minute steps on 2, 5, 11 March are late; the one on Sunday 8 March has no working time.
    expect(parseCsv((late.body as string[]).join('').slice(1), ';')).toHaveLength(4);
    const html = await exportSla(report, 'html', { settings, lang: 'en' });
    expect(html.filename).toBe('laporan-sla_semua.html');
    expect((html.body as string[])[0]).toContain('<h2>Per step</h2>');
  });
});
