// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FillPreview, type FillPreviewProps } from '../../../components/prefill/FillPreview';
import { planFill, type FillPlan } from '../../../lib/prefill/plan';
import type { Applicant } from '../../../lib/letter/schema';
import { BUDI, input, sandboxDoc } from '../../unit/prefill/helpers';

const SITI: Applicant = { name: 'Siti Aminah, S.T.', nip: '199001012015032001', position: 'Anggota', email: 'siti@contoh.go.id', phone: '+6281311112222' };
const XSS: Applicant = { name: '<img src=x onerror="alert(1)">Eko', nip: null, position: null, email: null, phone: null };

/** A real plan: the edit form of ppk01 (conflicts), NIP field removed (missing), golongan not in the list (skipped). */
function editPlan(): FillPlan {
  const doc = sandboxDoc('/eproc4/pegawai/edit/6');
  input(doc, 'pegawai.peg_nip').closest('.form-group')!.remove();
  return planFill(doc, 'pegawai-form', BUDI, { extra: { golongan: 'V/z' } });
}

function setup(over: Partial<FillPreviewProps> = {}) {
  const props: FillPreviewProps = {
    lang: 'id',
    people: [BUDI, SITI, XSS],
    donePeople: [],
    plan: editPlan(),
    onPickPerson: vi.fn(),
    onFill: vi.fn(),
    onUndo: vi.fn(),
    onMarkDone: vi.fn(),
    filled: false,
    ...over,
  };
  const utils = render(<FillPreview {...props} />);
  return { props, ...utils, rerender: (o: Partial<FillPreviewProps>) => utils.rerender(<FillPreview {...props} {...o} />) };
}

const rowOf = (attribute: string) => screen.getAllByTestId('pandu-fill-row').find((r) => r.getAttribute('data-attribute') === attribute)!;

describe('FillPreview', () => {
  it('shows the person picker with who is done, and picks by keyboard-accessible radios', () => {
    const { props } = setup({ donePeople: [0] });
    const picker = screen.getByTestId('pandu-person-picker');
    expect(within(picker).getByText(/1 dari 3 selesai/)).toBeTruthy();
    const radios = within(picker).getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(3);
    // The first person not done is picked.
    expect(radios.map((r) => r.checked)).toEqual([false, true, false]);
    expect(radios[0].closest('label')!.textContent).toContain('✓');
    expect(radios[0].closest('label')!.getAttribute('data-done')).toBe('true');
    expect(radios[1].closest('label')!.textContent).not.toContain('✓');
    expect(within(picker).getByRole('radio', { name: /2\. Siti Aminah, S\.T\./ })).toBe(radios[1]);
    fireEvent.click(radios[2]);
    expect(props.onPickPerson).toHaveBeenCalledWith(2);
    expect(radios[2].checked).toBe(true);
    // Mark done acts on the picked person, then moves on to the next one not done (wrapping).
    fireEvent.click(screen.getByRole('button', { name: 'Tandai selesai' }));
    expect(props.onMarkDone).toHaveBeenCalledWith(2);
    expect(props.onPickPerson).toHaveBeenLastCalledWith(1);
    expect(radios[1].checked).toBe(true);
  });

  it('hides the picker for a single person and follows a controlled `picked`', () => {
    setup({ people: [BUDI] });
    expect(screen.queryByTestId('pandu-person-picker')).toBeNull();
    expect(screen.getByTestId('pandu-fill-preview').textContent).toContain('Dr. Budi  Santoso');
    cleanup();
    setup({ picked: 2, donePeople: [2] });
    const radios = within(screen.getByTestId('pandu-person-picker')).getAllByRole('radio') as HTMLInputElement[];
    expect(radios[2].checked).toBe(true);
    const done = screen.getByTestId('pandu-mark-done-button') as HTMLButtonElement;
    expect(done.disabled).toBe(true);
    expect(done.textContent).toBe('Sudah selesai ✓');
  });

  it('shows the plan: current and new values, overwrites, skipped rows with reason, missing fields', () => {
    setup();
    const name = rowOf('name');
    expect(within(name).getByRole('rowheader').textContent).toBe('Nama lengkap');
    expect(name.textContent).toContain('Dewi Lestari');
    expect(name.textContent).toContain('Dr. Budi Santoso, S.E., M.Si.');
    expect(name.textContent).toContain('akan menimpa nilai lama');
    expect(name.getAttribute('data-conflict')).toBe('true');
    expect(rowOf('mobile').textContent).toContain('081234567890');
    expect(rowOf('mobile').textContent).toContain('akan diisi');
    expect(rowOf('mobile').textContent).toContain('(kosong)');
    const gol = rowOf('golongan');
    expect(gol.getAttribute('data-skip')).toBe('true');
    expect(gol.textContent).toContain('Pilihan "V/z" tidak ada di daftar Golongan; pilih sendiri.');
    // Fields the letter has nothing for: one line, not table rows.
    expect(rowOf('nik')).toBeUndefined();
    const noValue = screen.getByTestId('pandu-fill-novalue');
    expect(noValue.textContent).toMatch(/^Tidak ada data dari surat \(isi sendiri bila perlu\): NIK, Telepon, .*Peran\.$/);
    expect(noValue.querySelector('[data-attribute="nik"]')).toBeTruthy();
    // The existing User ID is kept, the suggestion is not offered.
    expect(rowOf('userId').textContent).toContain('saran User ID tidak dipakai');
    expect(screen.getByTestId('pandu-fill-missing').textContent).toContain('kolom tidak ditemukan: NIP');
    expect(screen.getByTestId('pandu-fill-summary').textContent).toBe('3 kolom akan diisi, 2 menimpa nilai lama, 3 dilewati.');
    expect(screen.getByRole('note').textContent).toBe('Pandu tidak menekan tombol Simpan — periksa lalu tekan Simpan sendiri.');
  });

  it('marks a suggested User ID', () => {
    setup({ plan: planFill(sandboxDoc('/eproc4/pegawai/baru'), 'pegawai-form', BUDI) });
    expect(rowOf('userId').textContent).toContain('budi.santoso');
    expect(rowOf('userId').textContent).toContain('saran — periksa dulu');
  });

  it('fill, then undo: buttons, focus and status follow `filled`', () => {
    const { props, rerender } = setup();
    expect(screen.queryByTestId('pandu-undo-button')).toBeNull();
    const fill = screen.getByTestId('pandu-fill-button') as HTMLButtonElement;
    expect(fill.textContent).toBe('Isi formulir');
    fill.focus();
    fireEvent.click(fill);
    expect(props.onFill).toHaveBeenCalledTimes(1);
    rerender({ filled: true });
    const undo = screen.getByTestId('pandu-undo-button');
    expect(undo.textContent).toBe('Batalkan isian');
    expect((screen.getByTestId('pandu-fill-button') as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(undo);
    expect(screen.getByText(/Formulir sudah diisi/)).toBeTruthy();
    fireEvent.click(undo);
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    rerender({ filled: false });
    expect(screen.queryByTestId('pandu-undo-button')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('pandu-fill-button'));
  });

  it('waits for a plan, and offers no fill when nothing would change', () => {
    const { rerender } = setup({ plan: null });
    expect(screen.getByText('Menyiapkan rencana isian…').getAttribute('role')).toBe('status');
    expect((screen.getByTestId('pandu-fill-button') as HTMLButtonElement).disabled).toBe(true);
    rerender({ plan: { pageId: 'pegawai-form', rows: [], missing: [] } });
    expect(screen.getByText('Tidak ada kolom yang perlu diisi.')).toBeTruthy();
    expect((screen.getByTestId('pandu-fill-button') as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders letter values as text, never as HTML', () => {
    const doc = sandboxDoc('/eproc4/pegawai/baru');
    const plan = planFill(doc, 'pegawai-form', { ...BUDI, name: '<b onmouseover="x()">Budi</b>' });
    const { container } = setup({ plan, picked: 2 });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('radio', { name: /<img src=x onerror="alert\(1\)">Eko/ })).toBeTruthy();
    expect(rowOf('name').textContent).toContain('<b onmouseover="x()">Budi</b>');
  });

  it('speaks English when asked', () => {
    setup({ lang: 'en', donePeople: [1] });
    expect(screen.getByText('Fill the form from the letter')).toBeTruthy();
    expect(within(rowOf('name')).getByRole('rowheader').textContent).toBe('Full name');
    expect(rowOf('name').textContent).toContain('will overwrite the old value');
    expect(rowOf('golongan').textContent).toContain('No such option in the list');
    expect(screen.getByTestId('pandu-fill-missing').textContent).toContain('field not found: NIP');
    expect(screen.getByRole('button', { name: 'Fill the form' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Pandu does not press Save');
  });
});
