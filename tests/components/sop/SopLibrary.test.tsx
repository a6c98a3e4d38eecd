// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { SopLibrary } from '../../../components/sop/SopLibrary';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { exportCatalog, exportSop } from '../../../lib/sop/exportSop';
import { loadImportedSops } from '../../../lib/sop/store';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const ulp = getBuiltinSop('oganilir-03-user-id-ulp')!;

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

async function upload(f: File) {
  const input = screen.getByLabelText(/Impor SOP/) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [f] } });
}

describe('SopLibrary', () => {
  it('lists the built-in SOPs and searches them', async () => {
    render(<SopLibrary />);
    await screen.findByText('10 SOP');
    const list = screen.getByRole('list', { name: 'Pustaka SOP' });
    expect(within(list).getAllByRole('button')).toHaveLength(10);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'belitung auditor' } });
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'SOP.TPD.01' } });
    expect(within(list).getByRole('button').textContent).toContain('Fasilitasi Layanan Pemanfaatan');
  });

  it('opens an SOP in the viewer and exports it as JSON', async () => {
    const download = vi.fn();
    render(<SopLibrary download={download} />);
    await screen.findByText('10 SOP');
    fireEvent.click(screen.getByRole('button', { name: /Permohonan Registrasi USER ID Auditor/ }));
    expect(screen.getByRole('article', { name: 'Permohonan Registrasi USER ID Auditor pada LPSE' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ekspor JSON' }));
    expect(download).toHaveBeenCalledWith('belitung-49-registrasi-user-id-auditor-v1.json', exportSop(getBuiltinSop('belitung-49-registrasi-user-id-auditor')!));
  });

  it('shows the precise error list of a bad import and changes nothing', async () => {
    render(<SopLibrary />);
    await screen.findByText('10 SOP');
    const bad = JSON.parse(exportCatalog([{ ...ulp, id: 'lpse-uji-01' }, { ...ulp, id: 'lpse-uji-02' }]));
    bad.sops[1].steps[3].duration.unit = 'week';
    delete bad.sops[0].title;
    await upload(file('rusak.json', JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('rusak.json tidak diimpor; tidak ada yang berubah');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['sops[0].title: wajib diisi', 'sops[1].steps[3].duration.unit: nilai harus salah satu dari minute, hour, day, workday']);
    expect(screen.getByText('10 SOP')).toBeTruthy();
    expect((await loadImportedSops()).records).toEqual([]);
  });

  it('imports a valid file; the same id becomes a new version shown beside the old one', async () => {
    render(<SopLibrary />);
    await screen.findByText('10 SOP');
    await upload(file('revisi.json', exportSop({ ...ulp, title: 'Pemberian User ID ULP (revisi 2026)' })));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Diimpor: 1 SOP dari revisi.json.');
    expect(status.textContent).toContain('disimpan sebagai versi 2 (versi 1 sudah ada)');
    expect(screen.getByText('10 SOP')).toBeTruthy();
    expect(screen.getByText('2 versi')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Pemberian User ID ULP (revisi 2026)' })).toBeTruthy();
    const select = screen.getByRole('combobox', { name: /Versi/ }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['1', '2']);
    fireEvent.change(select, { target: { value: '1' } });
    expect(screen.getByRole('article', { name: ulp.title })).toBeTruthy();
    await waitFor(async () => expect((await loadImportedSops()).records).toHaveLength(1));
  });
});
