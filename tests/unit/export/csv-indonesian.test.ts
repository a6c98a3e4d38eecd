import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bodyBytes, exportSla } from '../../../lib/export/documents';
import { slaReport } from '../../../lib/export/sla';
import { settingsSchema } from '../../../lib/log/schema';
import { simpleCalendar } from '../../../lib/timing';
import { mkCase, mkEvent, TEST_SOP } from './fixtures';
import { parseCsv } from './parse-csv';

/**
 * What Excel with an Indonesian (id-ID) locale does with a CSV: the list separator is `;`, the
 * decimal separator `,`, and a cell is a number only when it is digits with at most one decimal
 * comma (no `%`, no decimal point). Anything else stays text.
 */
function idIdCell(cell: string): number | string {
  return /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell;
}

const cases = Array.from({ length: 7 }, (_, i) => mkCase(`c${i}`, { receivedAt: `2026-03-${String(i + 2).padStart(2, '0')}T09:00:00+07:00` }));
// Six of seven on time (~85.7 %), a duration with decimals in the per-step table.
const events = cases.map((c, i) => mkEvent(c.id, 1, c.receivedAt, c.receivedAt.replace('09:00', i === 0 ? '11:07' : '09:10')));
const report = slaReport(cases, events, { sops: [TEST_SOP], calendar: simpleCalendar({ nationalHolidays: false }) });

async function csvText(settingsInput: Record<string, unknown>, lang: 'id' | 'en', table: 'weekly' | 'sops' | 'steps') {
  const settings = settingsSchema.parse(settingsInput);
  return new TextDecoder().decode(bodyBytes(await exportSla(report, 'csv', { settings, lang, slaCsvTable: table }))).replace(/^\uFEFF/, '');
}

describe('CSV for Indonesian offices', () => {
  it('an Indonesian UI writes `;` with decimal commas by default, and shares as numbers that id-ID Excel reads back', async () => {
    const text = await csvText({}, 'id', 'sops');
    const rows = parseCsv(text, ';');
    expect(rows[0].length).toBeGreaterThan(3); // split on `;` = one column per field
    expect(text).not.toMatch(/\d%/);
    const header = rows[0];
    const share = header.findIndex((h) => h.startsWith('Sesuai mutu baku (%)'));
    expect(share).toBeGreaterThan(-1);
    const read = rows.slice(1).map((r) => r.map(idIdCell));
    const expected = report.sops.map((s) => Math.round((s.withinShare ?? 0) * 1000) / 10);
    expect(read.map((r) => r[share])).toEqual(expected);
    expect(expected.some((v) => !Number.isInteger(v))).toBe(true); // a real decimal went through
    for (const r of read) expect(typeof r[share]).toBe('number');
  });

  it('decimal numbers round-trip through id-ID parsing (steps table)', async () => {
    const rows = parseCsv(await csvText({}, 'id', 'steps'), ';');
    const header = rows[0];
    const mean = header.indexOf('Median');
    expect(mean).toBeGreaterThan(-1);
    const back = rows.slice(1).map((r) => idIdCell(r[mean]));
    expect(back).toEqual(report.steps.map((s) => (s.median === null ? '' : Math.round(s.median * 100) / 100)));
  });

  it('an English UI keeps `,` and decimal points; an explicit choice wins over the language', async () => {
    const en = parseCsv(await csvText({}, 'en', 'weekly'), ',');
    expect(en[0]).toEqual(['ISO week', 'Steps measured', 'Within standard', 'On-time share (%)']);
    expect(en.slice(1).every((r) => /^\d+(\.\d+)?$/.test(r[3]))).toBe(true);
    const forcedComma = parseCsv(await csvText({ csvSeparator: ',' }, 'id', 'weekly'), ',');
    expect(forcedComma[0]).toHaveLength(4);
    expect(forcedComma.slice(1).every((r) => !r[3].includes(','))).toBe(true);
  });

  it('XLSX keeps percent cells numeric with a percent format', async () => {
    const settings = settingsSchema.parse({});
    const r = await exportSla(report, 'xlsx', { settings, lang: 'id' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bodyBytes(r) as unknown as ExcelJS.Buffer);
    const sops = wb.worksheets[0];
    const headers = (sops.getRow(1).values as unknown[]).map(String);
    const col = headers.indexOf('Sesuai mutu baku');
    expect(col).toBeGreaterThan(0);
    const cell = sops.getRow(2).getCell(col);
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('0.0%');
  });
});
