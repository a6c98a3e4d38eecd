// @vitest-environment jsdom
import ExcelJS from 'exceljs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPage, type ReportActions, type ReportData } from '../../../components/report/ReportPage';
import { mergeBackups, type RestoreResult } from '../../../lib/log/backup';
import { BACKUP_FORMAT, BACKUP_VERSION, settingsSchema, type Backup } from '../../../lib/log/schema';
import { mkCase, mkEvent, TEST_SOP } from '../../unit/export/fixtures';
import { parseCsv } from '../../unit/export/parse-csv';

afterEach(cleanup);

const T = (day: string, hm: string) => `2026-03-${day}T${hm}:00+07:00`;

function fixture(): ReportData {
  const cases = [
    mkCase('a', { receivedAt: T('02', '09:00'), assignedTo: 'Sari', status: 'done', letter: { number: '=cmd|\' /C calc\'!A0', sender: 'Inspektorat; Kab. "Ogan Ilir"' } }),
    mkCase('b', { receivedAt: T('09', '10:00'), assignedTo: 'Budi', letter: { number: '800/12/ITDA/2026', subject: 'Akun PPK' } }),
  ];
  const events = [
    mkEvent('a', 1, T('02', '09:00'), T('02', '09:20'), { verdict: 'on-time' }),
    mkEvent('b', 1, T('09', '10:00'), T('09', '11:00'), { verdict: 'late', by: 'Budi' }),
  ];
  return {
    cases,
    events,
    problems: [{ id: 'p1', at: T('03', '10:00'), url: 'https://spse.example/admin/auditor', pageId: 'auditor-form', kind: 'field-not-found', detail: 'Kolom "nip" <tidak> ditemukan' }],
    settings: settingsSchema.parse({ officeName: 'LPSE Uji', supervisorName: 'Kepala Uji', supervisorNip: '197503122000031002' }),
  };
}

function backupOf(d: ReportData): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T('10', '17:00'), exportedBy: null, cases: d.cases, events: d.events, caseEvents: [], problems: d.problems, settings: d.settings, profiles: [] };
}

/** A fake container over an in-memory backup, with the same merge semantics as lib/log. */
function fakeActions(initial: ReportData) {
  let current = backupOf(initial);
  const downloads: Array<{ filename: string; mime: string; parts: BlobPart[] }> = [];
  const printed: string[] = [];
  const actions: ReportActions = {
    exportBackup: async () => current,
    restore: vi.fn(async (b: Backup, mode: 'replace' | 'merge'): Promise<RestoreResult> => {
      if (mode === 'replace') {
        current = b;
        return { mode, added: b.cases.length + b.events.length, skipped: 0, conflicts: [] };
      }
      const m = mergeBackups(current, b);
      current = m.merged;
      return { mode, added: m.added, skipped: m.skipped, conflicts: m.conflicts };
    }),
    reload: async () => ({ cases: current.cases, events: current.events, problems: current.problems, settings: current.settings ?? initial.settings }),
    download: (f) => downloads.push(f),
    openPrint: (html) => printed.push(html),
  };
  return { actions, downloads, printed };
}

// jsdom's Blob cannot be read by Node's Response: the parts are strings (CSV) or bytes (XLSX).
const text = async (parts: BlobPart[]) => parts.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p as Uint8Array))).join('');

function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
}

describe('ReportPage', () => {
  it('shows the agenda, SLA summary, weekly chart and recognition problems in Indonesian', () => {
    const data = fixture();
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={fakeActions(data).actions} now={() => new Date(T('10', '10:00'))} />);
    expect(screen.getByRole('heading', { name: 'Pandu SPSE — Laporan' })).toBeTruthy();
    const agenda = screen.getByTestId('agenda-table');
    expect(within(agenda).getAllByRole('row')).toHaveLength(3);
    expect(within(agenda).getByText('No urut')).toBeTruthy();
    expect(within(agenda).getByText("=cmd|' /C calc'!A0")).toBeTruthy();
    expect(within(agenda).getByText('02/03/2026 09:00')).toBeTruthy();
    expect(screen.getByTestId('sla-totals').textContent).toBe('1 langkah sesuai mutu baku dari 2 yang diukur (50%); 1 terlambat.');
    const chart = screen.getByTestId('weekly-chart');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.querySelector('[data-week="2026-W10"] title')?.textContent).toBe('Minggu ke-10 2026: 100% (1/1)');
    expect(within(screen.getByTestId('problems-list')).getByText('Kolom "nip" <tidak> ditemukan')).toBeTruthy();
    expect(within(screen.getByTestId('problems-list')).getByText('kolom tidak ditemukan')).toBeTruthy();
    expect(within(screen.getByTestId('sla-late')).getByText('800/12/ITDA/2026')).toBeTruthy();
  });

  it('filters by staff, verdict and period', () => {
    const data = fixture();
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={fakeActions(data).actions} />);
    fireEvent.change(screen.getByTestId('filter-staff'), { target: { value: 'Budi' } });
    expect(within(screen.getByTestId('agenda-table')).getAllByRole('row')).toHaveLength(2);
    expect(within(screen.getByTestId('agenda-table')).getByText('800/12/ITDA/2026')).toBeTruthy();
    fireEvent.change(screen.getByTestId('filter-verdict'), { target: { value: 'on-time' } });
    expect(screen.getByText('Belum ada surat untuk saringan ini.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    fireEvent.change(screen.getByTestId('filter-to'), { target: { value: '2026-03-05' } });
    expect(within(screen.getByTestId('agenda-table')).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByTestId('sla-totals').textContent).toContain('dari 1 yang diukur');
  });

  it('downloads a formula-safe CSV with the chosen separator, an XLSX and a print view', async () => {
    const data = fixture();
    const { actions, downloads, printed } = fakeActions(data);
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={actions} />);
    fireEvent.change(screen.getByTestId('csv-separator'), { target: { value: ';' } });
    await act(async () => fireEvent.click(screen.getByTestId('download-agenda-csv')));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].filename).toBe('buku-agenda_semua.csv');
    const csv = await text(downloads[0].parts);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[0].slice(0, 3)).toEqual(['No urut', 'Tanggal terima', 'Nomor surat']);
    expect(rows[1][2]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1][4]).toBe('Inspektorat; Kab. "Ogan Ilir"');
    expect(screen.getByTestId('export-notice').textContent).toContain('siap diunduh');

    await act(async () => fireEvent.click(screen.getByTestId('download-sla-xlsx')));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const wb = new ExcelJS.Workbook();
    expect(downloads[1].parts[0]).toBeInstanceOf(Uint8Array);
    await wb.xlsx.load(Buffer.from(downloads[1].parts[0] as Uint8Array) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('Per langkah');

    fireEvent.change(screen.getByTestId('sla-csv-table'), { target: { value: 'late' } });
    await act(async () => fireEvent.click(screen.getByTestId('download-sla-csv')));
    await waitFor(() => expect(downloads).toHaveLength(3));
    const late = parseCsv((await text(downloads[2].parts)).slice(1), ';');
    expect(late[0].slice(0, 3)).toEqual(['Kode SOP', 'Langkah', 'Nomor surat']);
    expect(late.slice(1).map((r) => r[2])).toEqual(['800/12/ITDA/2026']);

    fireEvent.change(screen.getByTestId('print-place'), { target: { value: 'Indralaya' } });
    await act(async () => fireEvent.click(screen.getByTestId('print-agenda')));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toContain('Mengetahui,');
    expect(printed[0]).toContain('Indralaya, ');
    expect(printed[0]).toContain('Kepala Uji');
  });

  it('refuses an invalid backup with Indonesian errors and changes nothing', async () => {
    const data = fixture();
    const { actions } = fakeActions(data);
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={actions} />);
    const bad = { ...backupOf(data), cases: [{ ...data.cases[0], receivedAt: 'kemarin' }] };
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [jsonFile('rusak.json', bad)] } }));
    await waitFor(() => expect(screen.getByTestId('backup-notice')).toBeTruthy());
    expect(screen.getByRole('alert').textContent).toContain('Cadangan tidak sah — tidak ada yang diubah');
    expect(screen.getByTestId('backup-errors').textContent).toContain('cases[0].receivedAt');
    expect(actions.restore).not.toHaveBeenCalled();
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [jsonFile('bukan.json', 'bukan json')] } }));
    await waitFor(() => expect(screen.getByTestId('backup-errors').textContent).toContain('bukan JSON yang sah'));
    expect(actions.restore).not.toHaveBeenCalled();
    expect(within(screen.getByTestId('agenda-table')).getAllByRole('row')).toHaveLength(3);
  });

  it('restores a backup (replace) only after confirmation, downloading an automatic backup first', async () => {
    const data = fixture();
    const { actions, downloads } = fakeActions(data);
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={actions} />);
    fireEvent.change(screen.getByTestId('restore-mode'), { target: { value: 'replace' } });
    const only = { ...backupOf(data), cases: [data.cases[1]], events: [data.events[1]] };
    // Cancelling changes nothing.
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [jsonFile('b.json', only)] } }));
    expect(screen.getByTestId('replace-confirm').textContent).toContain('Ganti SELURUH catatan di browser ini dengan isi "b.json" (1 kasus)?');
    expect(actions.restore).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('replace-no'));
    expect(screen.getByTestId('backup-notice').textContent).toContain('tidak ada yang diubah');
    expect(actions.restore).not.toHaveBeenCalled();
    expect(downloads).toHaveLength(0);
    // Confirming downloads the current log first, then replaces it.
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [jsonFile('b.json', only)] } }));
    await act(async () => fireEvent.click(screen.getByTestId('replace-yes')));
    await waitFor(() => expect(screen.getByTestId('backup-notice').textContent).toContain('Dipulihkan (ganti semua catatan): 2 catatan ditulis'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].filename).toMatch(/^pandu-cadangan-otomatis_\d{4}-\d{2}-\d{2}T/);
    expect(JSON.parse(await text(downloads[0].parts)).cases).toHaveLength(data.cases.length);
    expect(screen.getByTestId('backup-notice').textContent).toContain('Cadangan otomatis diunduh');
    expect(within(screen.getByTestId('agenda-table')).getAllByRole('row')).toHaveLength(2);
  });

  it("merges colleagues' backups and lists the conflicts", async () => {
    const data = fixture();
    const { actions } = fakeActions(data);
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={actions} />);
    const colleague = { ...backupOf(data), cases: [mkCase('c', { receivedAt: T('10', '09:00'), assignedTo: 'Dewi' }), { ...data.cases[0], note: 'diubah' }], events: [] };
    const same = backupOf(data);
    await act(async () => fireEvent.change(screen.getByTestId('merge-files'), { target: { files: [jsonFile('dewi.json', colleague), jsonFile('sama.json', same)] } }));
    await waitFor(() => expect(screen.getByTestId('backup-notice').textContent).toContain('Digabung dari 2 berkas: 1 catatan baru'));
    const conflicts = screen.getByTestId('merge-conflicts');
    expect(within(conflicts).getAllByRole('listitem')).toHaveLength(1);
    expect(conflicts.textContent).toContain('case a (dari dewi.json)');
    expect(within(screen.getByTestId('agenda-table')).getAllByRole('row')).toHaveLength(4);
  });

  it('speaks English when asked', () => {
    const data = fixture();
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={fakeActions(data).actions} initialLang="en" />);
    expect(screen.getByRole('heading', { name: 'Pandu SPSE — Reports' })).toBeTruthy();
    expect(within(screen.getByTestId('agenda-table')).getByText('Letter number')).toBeTruthy();
  });
});

describe('one language at a time on the report page', () => {
  it('Indonesian: "Minggu ke-10", "Persentil 90", lane names instead of lane ids, decimal commas', () => {
    const data = fixture();
    data.events = data.events.map((e) => ({ ...e, actor: TEST_SOP.lanes[0].id }));
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={fakeActions(data).actions} now={() => new Date(T('10', '10:00'))} />);
    const chart = screen.getByTestId('weekly-chart');
    expect(chart.querySelector('[data-week="2026-W10"] title')?.textContent).toBe('Minggu ke-10 2026: 100% (1/1)');
    expect(chart.textContent).not.toMatch(/W\d/);
    expect(within(screen.getByTestId('sla-steps')).getByText('Persentil 90')).toBeTruthy();
    const actor = screen.getByTestId('filter-actor') as HTMLSelectElement;
    const labels = [...actor.options].map((o) => o.textContent);
    expect(labels).toContain(TEST_SOP.lanes[0].name);
    expect(labels).not.toContain(TEST_SOP.lanes[0].id);
  });

  it('English: "Week 10", "90th percentile"', () => {
    const data = fixture();
    render(<ReportPage data={data} sops={[TEST_SOP]} actions={fakeActions(data).actions} initialLang="en" now={() => new Date(T('10', '10:00'))} />);
    expect(screen.getByTestId('weekly-chart').querySelector('[data-week="2026-W10"] title')?.textContent).toBe('Week 10, 2026: 100% (1/1)');
    expect(within(screen.getByTestId('sla-steps')).getByText('90th percentile')).toBeTruthy();
  });
});
