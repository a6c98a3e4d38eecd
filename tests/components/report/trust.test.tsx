// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPage, type ReportActions, type ReportData } from '../../../components/report/ReportPage';
import { BACKUP_FORMAT, BACKUP_VERSION, settingsSchema } from '../../../lib/log/schema';
import { TEST_SOP } from '../../unit/export/fixtures';

afterEach(cleanup);

const T = '2026-03-02T09:00:00+07:00';
function data(extra: Partial<ReportData> = {}): ReportData {
  return { cases: [], events: [], problems: [], settings: settingsSchema.parse({}), ...extra };
}
function actions(): ReportActions {
  return {
    exportBackup: vi.fn(),
    restore: vi.fn(async () => ({ mode: 'merge' as const, added: 0, skipped: 0, conflicts: [] })),
    reload: vi.fn(async () => data()),
    download: vi.fn(),
    openPrint: vi.fn(),
  };
}

describe('report page: nothing hidden, nothing wrong restored (issue 11 items 6, 7)', () => {
  it('lists quarantined records with an Indonesian explanation, as text', () => {
    const quarantine = [{ id: 'events:e1@x', store: 'events' as const, key: 'e1', reasons: ['stepNo: minimal 1', '<b>bukan html</b>'], at: T, record: { stepNo: -7 } }];
    render(<ReportPage data={data({ quarantine })} sops={[TEST_SOP]} actions={actions()} />);
    const list = screen.getByTestId('quarantine-list');
    expect(list.textContent).toContain('Catatan dikarantina (1)');
    expect(list.textContent).toContain('tidak lolos pemeriksaan');
    expect(list.textContent).toContain('langkah');
    expect(list.textContent).toContain('stepNo: minimal 1');
    expect(list.querySelector('b')).toBeNull();
  });

  it('shows no quarantine section when there is none', () => {
    render(<ReportPage data={data()} sops={[TEST_SOP]} actions={actions()} />);
    expect(screen.queryByTestId('quarantine-list')).toBeNull();
  });

  it('refuses a backup file that is not UTF-8, with a message, and restores nothing', async () => {
    const a = actions();
    render(<ReportPage data={data()} sops={[TEST_SOP]} actions={a} />);
    const bytes = new Uint8Array([...new TextEncoder().encode(`{"format":"${BACKUP_FORMAT}","exportedBy":"Jos`), 0xe9, ...new TextEncoder().encode('"}')]);
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [new File([bytes], 'latin1.json')] } }));
    await waitFor(() => expect(screen.getByTestId('backup-notice').textContent).toMatch(/bukan teks UTF-8/));
    expect(a.restore).not.toHaveBeenCalled();
  });

  it('refuses a backup with a step of an unknown SOP or outside the date window', async () => {
    const a = actions();
    render(<ReportPage data={data()} sops={[TEST_SOP]} actions={a} />);
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: T,
      cases: [{ id: 'c1', sopId: 'sop-karangan', letter: {}, receivedAt: T, createdAt: T, updatedAt: T }],
      events: [{ id: 'e1', caseId: 'c1', stepNo: 1, startedAt: '0001-01-01T00:00:00Z', updatedAt: T }],
    };
    await act(async () => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [new File([JSON.stringify(backup)], 'b.json')] } }));
    await waitFor(() => expect(screen.getByTestId('backup-errors').textContent).toMatch(/events\[0\]\.startedAt/));
    expect(a.restore).not.toHaveBeenCalled();
  });
});
