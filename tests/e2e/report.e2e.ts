import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaRows, agendaTable } from '../../lib/export/agenda';
import { neutraliseFormula } from '../../lib/export/csv';
import { demoBackup } from '../../lib/export/demo';
import { columnHeaders, tableTextRows } from '../../lib/export/table';
import { builtinCatalog } from '../../lib/sop/catalog';
import { parseCsv } from '../unit/export/parse-csv';
import { launchBrowser, screenshotPath, type Launched } from './harness';

/**
 * The report page of the built extension: seed the log through the page's own restore control,
 * download the agenda as CSV and XLSX through its buttons, parse the files and compare them
 * with the rows lib/export computes for the same backup.
 */

const sops = builtinCatalog();
const backup = demoBackup({ cases: 40, seed: 'e2e-report', end: '2026-11-20', months: 3 }, sops);
// One letter with an injection payload and the separator in its fields.
backup.cases[0] = { ...backup.cases[0], letter: { ...backup.cases[0].letter, number: "=cmd|' /C calc'!A0", sender: 'Dinas; "Kutip", Baris\nBaru' } };
const settings = backup.settings!;
const expected = agendaRows(backup.cases, backup.events, { sops, timeZone: settings.timeZone });
const expectedCsv = [columnHeaders(agendaTable(expected).columns), ...[...tableTextRows(agendaTable(expected), settings.timeZone, 'csv')].map((r) => r.map((c) => (c === null || c === undefined ? '' : typeof c === 'string' ? neutraliseFormula(c) : String(c))))];

let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('report.html'));
  await page.getByRole('heading', { name: 'Pandu SPSE — Laporan' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('report page (built extension, Chromium)', () => {
  it('refuses an invalid backup and changes nothing', async () => {
    await page.setInputFiles('[data-testid="restore-file"]', { name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"pandu-spse-backup","version":1}') });
    await expect(page.getByTestId('backup-notice').textContent()).resolves.toContain('Cadangan tidak sah');
    await expect(page.getByText('Belum ada surat untuk saringan ini.').isVisible()).resolves.toBe(true);
  });

  it('restores a backup through the page', async () => {
    await page.setInputFiles('[data-testid="restore-file"]', { name: 'cadangan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page.getByTestId('backup-notice').filter({ hasText: 'Dipulihkan' }).waitFor();
    await page.getByTestId('agenda-table').waitFor();
    await expect(page.getByTestId('agenda-table').locator('tbody tr').count()).resolves.toBe(expected.length);
    await page.screenshot({ path: screenshotPath('report-page'), fullPage: true });
  });

  it('downloads the agenda as CSV (separator ;) equal to the expected rows', async () => {
    await page.getByTestId('csv-separator').selectOption(';');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-agenda-csv').click()]);
    expect(download.suggestedFilename()).toBe('buku-agenda_semua.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows).toEqual(expectedCsv);
    expect(rows[1][2]).toBe("'=cmd|' /C calc'!A0");
  });

  it('downloads the agenda as XLSX with a frozen header and date cells', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-agenda-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('buku-agenda_semua.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(expected.length + 1);
    for (let i = 0; i < expected.length; i++) {
      const row = ws.getRow(i + 2);
      const want = expected[i];
      expect(row.getCell(1).value).toBe(want.no);
      const received = row.getCell(2).value as Date;
      expect(received).toBeInstanceOf(Date);
      expect(received.toISOString().slice(0, 16).replace('T', ' ')).toBe(expectedCsv[i + 1][1]);
      expect(row.getCell(3).value).toBe(want.letterNumber);
      expect((row.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(want.letterDate);
      expect(row.getCell(5).value).toBe(want.sender);
      expect(row.getCell(7).value).toBe(want.forwardedTo);
      expect(row.getCell(8).value).toBe(want.followUp);
    }
  });

  it('downloads the SLA report as XLSX', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-sla-xlsx').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan SOP', 'Per langkah', 'Tren mingguan', 'Langkah terlambat']);
  });
});
