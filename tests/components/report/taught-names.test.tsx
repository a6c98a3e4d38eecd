// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportPage, type ReportActions, type ReportData } from '../../../components/report/ReportPage';
import { settingsSchema } from '../../../lib/log/schema';
import { parseSiteProfile } from '../../../lib/spse/profile';

const at = '2026-03-03T10:00:00+07:00';

describe('the report names taught pages (issue 15 item 4)', () => {
  it('shows the name the LPSE gave a taught page beside its id, and built-in titles for the rest', () => {
    const parsed = parseSiteProfile({
      format: 'pandu-site-profile',
      version: 1,
      host: 'lpse.contoh.go.id',
      pages: [{ pageId: 'taught:satuan-kerja', title: 'Satuan Kerja', urlPattern: '/admin/satker', signature: { headings: ['Satuan Kerja'] }, fields: { satkerCode: '#stk_kode' } }],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const data: ReportData = {
      cases: [],
      events: [],
      problems: [
        { id: 'p1', at, url: 'https://lpse.contoh.go.id/eproc4/admin/satker', pageId: 'taught:satuan-kerja', kind: 'field-not-found', detail: 'Kode satker' },
        { id: 'p2', at, url: 'https://lpse.contoh.go.id/eproc4/admin/auditor/baru', pageId: 'auditor-form', kind: 'field-not-found', detail: 'NIP' },
      ],
      settings: settingsSchema.parse({}),
      profiles: [parsed.profile],
    };
    const actions = { exportBackup: async () => ({}), restore: async () => ({}), reload: async () => data, download: () => {}, openPrint: () => {} } as unknown as ReportActions;
    render(<ReportPage data={data} sops={[]} actions={actions} now={() => new Date(at)} />);
    const list = within(screen.getByTestId('problems-list'));
    expect(list.getByText('Satuan Kerja')).toBeTruthy();
    expect(list.getByText('taught:satuan-kerja')).toBeTruthy();
    expect(list.getByText('Formulir Auditor')).toBeTruthy();
  });
});
