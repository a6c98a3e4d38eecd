import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { agendaRows } from '../../../lib/export/agenda';
import { exportAgenda, exportSla } from '../../../lib/export/documents';
import { slaReport } from '../../../lib/export/sla';
import { sheetName } from '../../../lib/export/xlsx';
import { settingsSchema } from '../../../lib/log/schema';
import { simpleCalendar } from '../../../lib/timing';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const settings = settingsSchema.parse({ officeName: 'LPSE Uji' });
const cases = [
  mkCase('a', { receivedAt: '2026-03-02T09:30:00+07:00', letter: { number: '=1+2', date: '2026-02-27' }, assignedTo: 'Sari' }),
  mkCase('b', { receivedAt: '2026-03-03T23:45:00+07:00', letter: { date: null } }),
];
const events = [mkEvent('a', 1, '2026-03-02T09:30:00+07:00', '2026-03-02T10:30:00+07:00')];

describe('XLSX export', () => {
  it('agenda: frozen header, widths, real date cells, text kept as text', async () => {
    const rows = agendaRows(cases, events, { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' });
    const result = await exportAgenda(rows, 'xlsx', { settings });
    expect(result.filename).toBe('buku-agenda_semua.xlsx');
    const wb = await load(result.body as Uint8Array);
    const ws = wb.getWorksheet('Buku Agenda Surat Masuk')!;
    expect(ws).toBeDefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'No urut', 'Tanggal terima', 'Nomor surat', 'Tanggal surat', 'Asal surat', 'Perihal', 'Diteruskan kepada', 'Tindak lanjut / output', 'Keterangan']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getColumn(6).width).toBe(40);
    const received = ws.getCell('B2').value;
    expect(received).toBeInstanceOf(Date);
    // The office-local wall time, as Excel shows it.
    expect((received as Date).toISOString()).toBe('2026-03-02T09:30:00.000Z');
    expect(ws.getCell('B2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(ws.getCell('D2').value).toBeInstanceOf(Date);
    expect((ws.getCell('D2').value as Date).toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A2').value).toBe(1);
    // A formula-looking letter number stays a plain string cell (exceljs writes it as text, not a formula).
    expect(ws.getCell('C2').value).toBe('=1+2');
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('G2').value).toBe('Sari');
    expect((ws.getCell('B3').value as Date).toISOString()).toBe('2026-03-03T23:45:00.000Z');
    expect(ws.getCell('D3').value).toBeNull();
    expect(ws.rowCount).toBe(3);
  });

  it('SLA: one sheet per table, shares as percentages', async () => {
    const report = slaReport(cases, events, { sops: [TEST_SOP], calendar: simpleCalendar({ nationalHolidays: false }), now: '2026-03-10T10:00:00+07:00' });
    const result = await exportSla(report, 'xlsx', { settings });
    const wb = await load(result.body as Uint8Array);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan SOP', 'Per langkah', 'Lama layanan per kasus', 'Tren mingguan', 'Langkah terlambat']);
    const steps = wb.getWorksheet('Per langkah')!;
    expect(steps.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(steps.getCell('B2').value).toBe(1);
    expect(steps.getCell('G2').value).toBe(60);
    expect(steps.getCell('L2').value).toBe(0);
    expect(steps.getCell('L2').numFmt).toBe('0.0%');
    const late = wb.getWorksheet('Langkah terlambat')!;
    expect(late.getCell('E2').value).toBeInstanceOf(Date);
  });

  it('sheet names are valid and unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Per/langkah: [1]?', taken)).toBe('Per langkah   1');
    expect(sheetName('Per/langkah: [1]?', taken)).toBe('Per langkah   1 2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});

describe('XLSX progress', () => {
  it('reports progress every 5,000 rows and at the end', async () => {
    const many = Array.from({ length: 11_000 }, (_, i) => mkCase(`m${i}`));
    const rows = agendaRows(many, [], { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' });
    const seen: number[] = [];
    const r = await exportAgenda(rows, 'xlsx', { settings, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([5000, 10000, 11000]);
    expect((r.body as Uint8Array).length).toBeGreaterThan(10_000);
  });
});
