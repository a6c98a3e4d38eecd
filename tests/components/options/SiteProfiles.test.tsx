// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SiteProfiles } from '../../../components/options/SiteProfiles';
import type { PageProfileRecord } from '../../../lib/log/schema';
import { parseSiteProfile } from '../../../lib/spse/profile';
import { recordsForProfile } from '../../../lib/extension/site-profiles';

function setup() {
  const store: PageProfileRecord[] = [];
  const props = {
    lang: 'id' as const,
    list: vi.fn(async () => [...store]),
    remove: vi.fn(async (id: string) => void store.splice(store.findIndex((r) => r.id === id), 1)),
    exportHost: vi.fn(async () => {}),
    importText: vi.fn(async (text: string) => {
      const r = parseSiteProfile(text);
      if (!r.ok) return r;
      for (const rec of recordsForProfile(r.profile)) store.push({ ...rec, updatedAt: '2026-11-26T00:00:00.000Z' });
      return { ok: true as const, host: r.profile.host, count: r.profile.pages.length };
    }),
  };
  render(<SiteProfiles {...props} />);
  return { store, props };
}

const upload = (content: string, name = 'profil.json') => {
  const file = new File([content], name, { type: 'application/json' });
  fireEvent.change(screen.getByTestId('site-profile-import'), { target: { files: [file] } });
};

describe('SiteProfiles (options)', () => {
  it('a bad file shows the path-named errors and changes nothing', async () => {
    const { store } = setup();
    upload(JSON.stringify({ format: 'pandu-site-profile', version: 1, host: 'lpse.contoh.go.id', pages: [{ pageId: 'auditor-form', urlPattern: '/admin/auditor/baru', signature: { headings: ['Tambah Auditor'] }, fields: { nip: '<script>' } }] }), 'rusak.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('rusak.json');
    expect(alert.textContent).toContain('pages[0].fields.nip');
    expect(store).toHaveLength(0);
    expect(screen.getByText('Belum ada profil halaman.')).toBeTruthy();
  });

  it('a valid file is imported, listed by host, exportable and removable', async () => {
    const { store, props } = setup();
    upload(JSON.stringify({ format: 'pandu-site-profile', version: 1, host: 'lpse.contoh.go.id', pages: [{ pageId: 'auditor-form', urlPattern: '/admin/auditor/baru', signature: { headings: ['Tambah Auditor'] }, fields: { nip: '[name="x.nip"]' } }] }));
    await screen.findByRole('status');
    expect(store).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('lpse.contoh.go.id')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Ekspor JSON' }));
    expect(props.exportHost).toHaveBeenCalledWith('lpse.contoh.go.id');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(store).toHaveLength(0));
  });
});
