// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { LpseHosts } from '../../../components/options/LpseHosts';
import { originPatternFor } from '../../../lib/spse/hosts';

function setup(granted = true) {
  const hosts: string[] = [];
  const props = {
    lang: 'id' as const,
    list: vi.fn(async () => [...hosts]),
    add: vi.fn(async (input: string) => {
      const pattern = originPatternFor(input);
      if (!pattern) return { ok: false as const, error: 'Alamat tidak valid. Contoh: lpse.kaltimprov.go.id' };
      if (!granted) return { ok: false as const, error: 'Izin akses ke situs tersebut tidak diberikan.' };
      hosts.push(pattern);
      return { ok: true as const, pattern };
    }),
    remove: vi.fn(async (p: string) => void hosts.splice(hosts.indexOf(p), 1)),
  };
  render(<LpseHosts {...props} />);
  return { hosts, props };
}

describe('LpseHosts (options)', () => {
  it('adds an LPSE host after permission and lists it; removes it again', async () => {
    const { hosts } = setup();
    fireEvent.change(screen.getByLabelText(/Alamat situs/), { target: { value: 'https://lpse.kaltimprov.go.id/eproc4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah & minta izin' }));
    expect((await screen.findByRole('status')).textContent).toBe('Ditambahkan: *://lpse.kaltimprov.go.id/*');
    expect(hosts).toEqual(['*://lpse.kaltimprov.go.id/*']);
    await screen.findByText('*://lpse.kaltimprov.go.id/*');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(hosts).toEqual([]));
  });

  it('says why a host was not added', async () => {
    setup(false);
    fireEvent.change(screen.getByLabelText(/Alamat situs/), { target: { value: 'bukan alamat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah & minta izin' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Alamat tidak valid/);
    fireEvent.change(screen.getByLabelText(/Alamat situs/), { target: { value: 'lpse.contoh.go.id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah & minta izin' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Izin akses/));
  });
});
