import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../unit/export/parse-csv';
import { documentOf, poll, useE2E, WAIT_MS, type E2EPage, type Scope } from '../driver';

/**
 * The report page of the built extension: seed the log through the page's own restore control,
 * download the agenda as CSV and XLSX through its buttons, parse the files and compare them with
 * rows written out by hand below (never computed with lib/export); open the print view.
 */
const env = useE2E();

const SOP = 'belitung-49-registrasi-user-id-auditor';
const T = '2026-11-10T00:00:00.000Z';
const caseOf = (id: string, receivedAt: string, status: string, letter: object, assignedTo: string | null, note: string | null) => ({
  id, sopId: SOP, sopVersion: '1', letter: { role: 'auditor', ...letter }, people: [], receivedAt, status, assignedTo, createdBy: 'Rina', createdAt: receivedAt, updatedAt: T, note,
});
const eventOf = (id: string, caseId: string, stepNo: number, startedAt: string, finishedAt: string | null) => ({
  id, caseId, stepNo, actor: null, startedAt, finishedAt, by: 'Rina', note: null, verdict: null, decision: null, updatedAt: T,
});
/** Three letters, stored out of order; one carries a formula payload and the separator in its fields. */
const backup = {
  format: 'pandu-spse-backup',
  version: 1,
  exportedAt: T,
  exportedBy: 'Rina',
  cases: [
    caseOf('kasus-b', '2026-11-05T07:15:00.000Z', 'open', { number: "=cmd|' /C calc'!A0", date: null, sender: 'Dinas; "Kutip", Baris\nBaru', subject: 'Reset password' }, null, 'menunggu berkas'),
    caseOf('kasus-a', '2026-11-02T01:30:00.000Z', 'done', { number: '700/045/INSP/2026', date: '2026-10-30', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor' }, 'Rina', null),
    caseOf('kasus-c', '2026-11-04T16:30:00.000Z', 'cancelled', { number: '027/12/PBJ/2026', date: '2026-11-04', sender: 'Bagian PBJ', subject: 'User ID Pokja' }, 'Budi', null),
  ],
  events: [
    eventOf('e-a1', 'kasus-a', 1, '2026-11-02T01:30:00.000Z', '2026-11-02T01:40:00.000Z'),
    eventOf('e-a8', 'kasus-a', 8, '2026-11-03T02:00:00.000Z', '2026-11-03T03:00:00.000Z'),
    eventOf('e-b1', 'kasus-b', 1, '2026-11-05T07:15:00.000Z', '2026-11-05T07:20:00.000Z'),
    eventOf('e-b2', 'kasus-b', 2, '2026-11-05T07:20:00.000Z', null),
  ],
  problems: [],
  settings: { timeZone: 'Asia/Jakarta', nationalHolidays: false },
  profiles: [],
};

/**
 * The agenda as staff would write it: received order, times in WIB (UTC+7), the output of the step
 * finished last (from the SOP: step 8 "USER ID Auditor", step 1 "Surat Permohonan + …"), else the
 * status; remarks = status, then the case note; a cell starting with "=" is neutralised with "'".
 */
const STEP1_OUTPUT = 'Surat Permohonan + Berkas Persyaratan (Surat Tugas Pemeriksaan + Data Auditor (Nama, NIP, Jabatan Tim, No HP, email))';
const expectedCsv = [
  ['No urut', 'Tanggal terima', 'Nomor surat', 'Tanggal surat', 'Asal surat', 'Perihal', 'Diteruskan kepada', 'Tindak lanjut / output', 'Keterangan'],
  ['1', '2026-11-02 08:30', '700/045/INSP/2026', '2026-10-30', 'Inspektorat Daerah', 'Permohonan User ID Auditor', 'Rina', 'USER ID Auditor', 'Selesai'],
  ['2', '2026-11-04 23:30', '027/12/PBJ/2026', '2026-11-04', 'Bagian PBJ', 'User ID Pokja', 'Budi', 'Dibatalkan', 'Dibatalkan'],
  ['3', '2026-11-05 14:15', "'=cmd|' /C calc'!A0", '', 'Dinas; "Kutip", Baris\nBaru', 'Reset password', '', STEP1_OUTPUT, 'Dalam proses — menunggu berkas'],
];
/** The same rows as typed cells in the XLSX: numbers, dates (wall time in UTC fields), text. */
const expectedSheet = [
  [1, '2026-11-02T08:30', '700/045/INSP/2026', '2026-10-30', 'Inspektorat Daerah', 'Permohonan User ID Auditor', 'Rina', 'USER ID Auditor', 'Selesai'],
  [2, '2026-11-04T23:30', '027/12/PBJ/2026', '2026-11-04', 'Bagian PBJ', 'User ID Pokja', 'Budi', 'Dibatalkan', 'Dibatalkan'],
  [3, '2026-11-05T14:15', "=cmd|' /C calc'!A0", null, 'Dinas; "Kutip", Baris\nBaru', 'Reset password', null, STEP1_OUTPUT, 'Dalam proses — menunggu berkas'],
] as const;

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
    await expect(doc.count('[data-testid="agenda-table"] tbody tr')).resolves.toBe(expectedCsv.length - 1);
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
    expect(rows[3][2]).toBe("'=cmd|' /C calc'!A0");
  });

  it('downloads the agenda as XLSX with a frozen header and date cells', async () => {
    const download = await page.download(() => doc.click('[data-testid="download-agenda-xlsx"]'));
    expect(download.name).toBe('buku-agenda_semua.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(download.path) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(expectedSheet.length + 1);
    for (let i = 0; i < expectedSheet.length; i++) {
      const row = ws.getRow(i + 2);
      const [no, received, number, letterDate, sender, subject, forwardedTo, followUp, note] = expectedSheet[i];
      expect(row.getCell(1).value).toBe(no);
      expect((row.getCell(2).value as Date).toISOString().slice(0, 16)).toBe(received);
      expect(row.getCell(3).value).toBe(number);
      const date = row.getCell(4).value;
      expect(date === null ? null : (date as Date).toISOString().slice(0, 10)).toBe(letterDate);
      expect(row.getCell(5).value).toBe(sender);
      expect(row.getCell(6).value).toBe(subject);
      expect(row.getCell(7).value || null).toBe(forwardedTo);
      expect(row.getCell(8).value).toBe(followUp);
      expect(row.getCell(9).value).toBe(note);
    }
  });

  it('downloads the SLA report as XLSX', async () => {
    const download = await page.download(() => doc.click('[data-testid="download-sla-xlsx"]'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(download.path) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan SOP', 'Per langkah', 'Lama layanan per kasus', 'Tren mingguan', 'Langkah terlambat']);
  });

  it('"Cetak buku agenda" opens the print dialog at once for the agenda: every row, the place typed, the letter text escaped, no hint tab', async () => {
    // The document is printed from a hidden frame of the report page (no new tab, no "Tekan Ctrl+P").
    await page.evaluate(`(() => { const open = window.open.bind(window); window.__panduOpened = []; window.open = (url, ...rest) => { window.__panduOpened.push(String(url)); return open(url, ...rest); }; })()`);
    await doc.type('[data-testid="print-place"]', 'Tanjungpandan');
    await doc.click('[data-testid="print-agenda"]');
    await poll(() => page.evaluate<boolean>(`document.querySelector('iframe[data-pandu-print]')?.dataset.printed === 'true'`), Boolean, WAIT_MS, 'the print frame to print');
    const view = await page.evaluate<{ title: string; rows: number; place: boolean; injected: number; sender: boolean; hint: boolean; pages: boolean; opened: number; sandbox: string }>(`(() => {
      const frame = document.querySelector('iframe[data-pandu-print]');
      const d = frame.contentDocument;
      return {
        title: d.querySelector('h1')?.textContent ?? '',
        rows: d.querySelectorAll('table tbody tr:not(.closing-row)').length,
        place: d.querySelector('.signature')?.textContent.includes('Tanjungpandan') ?? false,
        injected: d.querySelectorAll('body script, table b, table br').length,
        sender: [...d.querySelectorAll('td')].some((td) => td.textContent.includes('Dinas; "Kutip", Baris')),
        hint: d.body.textContent.includes('Ctrl+P'),
        pages: [...d.querySelectorAll('style')].some((s) => s.textContent.includes('counter(page)')),
        opened: window.__panduOpened.length,
        sandbox: frame.getAttribute('sandbox') ?? '',
      };
    })()`);
    expect(view.title).toMatch(/Agenda/i);
    expect(view.rows).toBe(expectedSheet.length);
    expect(view.place).toBe(true);
    expect(view.sender).toBe(true);
    expect(view.injected).toBe(0);
    expect(view.hint).toBe(false);
    expect(view.pages).toBe(true);
    expect(view.opened).toBe(0);
    expect(view.sandbox).not.toContain('allow-scripts');
  });
});
