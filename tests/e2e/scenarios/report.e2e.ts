import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { agendaRows, agendaTable } from '../../../lib/export/agenda';
import { neutraliseFormula } from '../../../lib/export/csv';
import { demoBackup } from '../../../lib/export/demo';
import { columnHeaders, tableTextRows } from '../../../lib/export/table';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { parseCsv } from '../../unit/export/parse-csv';
import { documentOf, useE2E, type E2EPage, type Scope } from '../driver';

/**
 * The report page of the built extension: seed the log through the page's own restore control,
 * download the agenda as CSV and XLSX through its buttons, parse the files and compare them
 * with the rows lib/export computes for the same backup; open the print view.
 */
const env = useE2E();

const sops = builtinCatalog();
const backup = demoBackup({ cases: 40, seed: 'e2e-report', end: '2026-11-20', months: 3 }, sops);
// One letter with an injection payload and the separator in its fields.
backup.cases[0] = { ...backup.cases[0], letter: { ...backup.cases[0].letter, number: "=cmd|' /C calc'!A0", sender: 'Dinas; "Kutip", Baris\nBaru' } };
const settings = backup.settings!;
const expected = agendaRows(backup.cases, backup.events, { sops, timeZone: settings.timeZone });
const expectedCsv = [columnHeaders(agendaTable(expected).columns), ...[...tableTextRows(agendaTable(expected), settings.timeZone, 'csv')].map((r) => r.map((c) => (c === null || c === undefined ? '' : typeof c === 'string' ? neutraliseFormula(c) : String(c))))];

const files = mkdtempSync(join(tmpdir(), 'pandu-e2e-report-'));
const fileWith = (name: string, text: string) => {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
};

let page: E2EPage;
let doc: Scope;

beforeAll(async () => {
  page = await env.browser.newPage(env.browser.extensionUrl('report.html'));
  doc = documentOf(page);
  await doc.waitFor({ selector: 'h1', hasText: 'Pandu SPSE — Laporan' });
});

describe(`[${env.name}] report page (built extension)`, () => {
  it('refuses an invalid backup and changes nothing', async () => {
    await doc.setFiles('[data-testid="restore-file"]', [fileWith('rusak.json', '{"format":"pandu-spse-backup","version":1}')]);
    await doc.until(() => doc.text('[data-testid="backup-notice"]'), (t) => !!t?.includes('Cadangan tidak sah'));
    await expect(doc.count('[data-testid="agenda-table"] tbody tr')).resolves.toBe(0);
    await doc.waitFor({ selector: 'p', hasText: 'Belum ada surat untuk saringan ini.' });
  });

  it('restores a backup through the page', async () => {
    await doc.setFiles('[data-testid="restore-file"]', [fileWith('cadangan.json', JSON.stringify(backup))]);
    await doc.waitFor({ selector: '[data-testid="backup-notice"]', hasText: 'Dipulihkan' });
    await doc.waitFor('[data-testid="agenda-table"]');
    await expect(doc.count('[data-testid="agenda-table"] tbody tr')).resolves.toBe(expected.length);
    await page.screenshot('report-page');
  });

  it('downloads the agenda as CSV (separator ;) equal to the expected rows', async () => {
    await doc.select('[data-testid="csv-separator"]', ';');
    const download = await page.download(() => doc.click('[data-testid="download-agenda-csv"]'));
    expect(download.name).toBe('buku-agenda_semua.csv');
    const text = readFileSync(download.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows).toEqual(expectedCsv);
    expect(rows[1][2]).toBe("'=cmd|' /C calc'!A0");
  });

  it('downloads the agenda as XLSX with a frozen header and date cells', async () => {
    const download = await page.download(() => doc.click('[data-testid="download-agenda-xlsx"]'));
    expect(download.name).toBe('buku-agenda_semua.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(download.path) as unknown as ExcelJS.Buffer);
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
    const download = await page.download(() => doc.click('[data-testid="download-sla-xlsx"]'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(download.path) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan SOP', 'Per langkah', 'Lama layanan per kasus', 'Tren mingguan', 'Langkah terlambat']);
  });

  it('opens the agenda’s print view: every row, the place typed, the letter text escaped', async () => {
    // The print view opens in a new window; remember its address (windows opened by an extension
    // page are not visible to WebDriver BiDi) and read the document it shows.
    await page.evaluate(`(() => { const open = window.open.bind(window); window.__panduOpened = []; window.open = (url, ...rest) => { window.__panduOpened.push(String(url)); return open(url, ...rest); }; })()`);
    await doc.type('[data-testid="print-place"]', 'Tanjungpandan');
    await doc.click('[data-testid="print-agenda"]');
    await page.waitUntil('window.__panduOpened.length > 0');
    const view = await page.evaluate<{ title: string; rows: number; place: boolean; injected: number; sender: boolean }>(`(async () => {
      const html = await (await fetch(window.__panduOpened[0])).text();
      const d = new DOMParser().parseFromString(html, 'text/html');
      return {
        title: d.querySelector('h1')?.textContent ?? '',
        rows: d.querySelectorAll('table tbody tr').length,
        place: d.querySelector('.signature')?.textContent.includes('Tanjungpandan') ?? false,
        injected: d.querySelectorAll('body script, table b, table br').length,
        sender: [...d.querySelectorAll('td')].some((td) => td.textContent.includes('Dinas; "Kutip", Baris')),
      };
    })()`);
    expect(view.title).toMatch(/Agenda/i);
    expect(view.rows).toBe(expected.length);
    expect(view.place).toBe(true);
    expect(view.sender).toBe(true);
    expect(view.injected).toBe(0);
  });
});
