// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SopViewer } from '../../../components/sop/SopViewer';
import { getBuiltinSop } from '../../../lib/sop/catalog';

afterEach(cleanup);

const ulp = getBuiltinSop('oganilir-03-user-id-ulp')!;

function stepTable() {
  return screen.getByRole('table', { name: /Uraian prosedur/ });
}

describe('SopViewer', () => {
  it('shows the identity block and the side texts of the official layout', () => {
    render(<SopViewer sop={ulp} />);
    const identity = screen.getAllByRole('table')[0];
    expect(within(identity).getByText('Nomor SOP').closest('tr')).toHaveProperty('textContent', 'Nomor SOP03/LPSE/2012');
    expect(within(identity).getByText('05 Januari 2012')).toBeTruthy();
    expect(within(identity).getByText('Pengarah LPSE Kab Ogan Ilir')).toBeTruthy();
    for (const heading of ['Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan']) {
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    }
    expect(screen.getByText(/Peraturan Presiden Nomor 54 tahun 2010/)).toBeTruthy();
  });

  it('has one column per actor lane and one row per step', () => {
    render(<SopViewer sop={ulp} />);
    const table = stepTable();
    const laneHeads = table.querySelectorAll('th.sop-lane-head');
    expect([...laneHeads].map((th) => th.textContent)).toEqual(ulp.lanes.map((l) => l.name));
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows[3].textContent).toContain('Login dan menginput data ke system Website LPSE');
    expect(within(rows[3] as HTMLElement).getByText('15 menit')).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText('Data input dalam system website LPSE')).toBeTruthy();
    for (const head of ['Kelengkapan', 'Waktu', 'Output', 'Keterangan']) expect(within(table).getByRole('columnheader', { name: head })).toBeTruthy();
  });

  it('draws the symbol by kind in the actor lanes: terminator, diamond, rectangle', () => {
    render(<SopViewer sop={ulp} />);
    const rows = stepTable().querySelectorAll('tbody tr');
    const symbolsOf = (row: Element) => [...row.querySelectorAll('td.sop-lane')].map((td) => td.querySelector('svg')?.getAttribute('data-symbol') ?? null);
    expect(symbolsOf(rows[0])).toEqual([null, null, 'terminator', 'terminator']);
    expect(symbolsOf(rows[2])).toEqual(['decision', null, null, null]);
    expect(symbolsOf(rows[3])).toEqual([null, 'process', null, null]);
    expect(rows[2].querySelector('polygon')).toBeTruthy();
    expect(rows[0].querySelector('rect')?.getAttribute('rx')).toBe('12');
    expect(within(rows[0] as HTMLElement).getAllByRole('img', { name: 'Mulai' })).toHaveLength(2);
    expect(within(rows[4] as HTMLElement).getByRole('img', { name: 'Selesai' })).toBeTruthy();
    // decision targets and the seed's note are shown in Keterangan
    expect(rows[2].textContent).toContain('Bila data tdk lengkap agar dilengkapi');
    expect(rows[2].textContent).toContain('Ya → langkah 4; Tidak → langkah 1');
    // connectors between consecutive steps
    expect(rows[1].querySelector('.sop-v-in')).toBeTruthy();
    expect(rows[4].querySelector('.sop-v-out')).toBeNull();
  });

  it('keeps the OCR original of corrected text and lists the gaps', () => {
    render(<SopViewer sop={getBuiltinSop('oganilir-06-dokumen-penawaran-rhs')!} />);
    expect(screen.getAllByText('Teks asli (OCR)').length).toBeGreaterThan(0);
    expect(screen.getByText(/Seed terpotong di akhir/)).toBeTruthy();
  });

  it('prints with the Cetak button, by keyboard too', () => {
    const onPrint = vi.fn();
    render(<SopViewer sop={ulp} onPrint={onPrint} />);
    const button = screen.getByRole('button', { name: 'Cetak' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onPrint).toHaveBeenCalledTimes(1);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    cleanup();
    render(<SopViewer sop={ulp} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    expect(print).toHaveBeenCalled();
  });

  it('speaks English when asked', () => {
    render(<SopViewer sop={getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!} lang="en" />);
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Legal basis' })).toBeTruthy();
    expect(screen.getByText('Every working day, 09:00–15:00 WIB')).toBeTruthy();
    expect(screen.getAllByText('15–30 minutes')).toHaveLength(3);
  });
});
