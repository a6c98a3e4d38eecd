// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { SopEditor } from '../../../components/sop/SopEditor';
import { SopLibrary } from '../../../components/sop/SopLibrary';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { draftSop } from '../../../lib/sop/draft';
import type { Sop } from '../../../lib/sop/schema';
import { loadImportedSops } from '../../../lib/sop/store';
import { validateSopFile } from '../../../lib/sop/validate';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const HELPDESK = join(process.cwd(), 'tests/fixtures/sop/helpdesk-pasted.txt');
const kaltim = getBuiltinSop('kaltim-registrasi-verifikator-helpdesk-admin-agency')!;

function setup(sop: Sop = kaltim, problems = [] as { path: string; message: string }[]) {
  const save = vi.fn(async (s: Sop) => ({ id: s.id, version: '2' }));
  render(<SopEditor initial={sop} problems={problems} save={save} />);
  return { save };
}

const stepBox = (n: number) => screen.getByRole('group', { name: `Langkah ${n}` });

describe('SopEditor', () => {
  it('labels every input, reads the mutu baku live and updates the official layout beside the form', () => {
    const { container } = render(<SopEditor initial={kaltim} save={vi.fn()} />);
    for (const el of container.querySelectorAll('.sop-editor-form input, .sop-editor-form textarea, .sop-editor-form select')) {
      const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label');
      expect(labelled, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
    const time = within(stepBox(3)).getByLabelText(/Mutu baku waktu/);
    expect(time).toHaveProperty('value', '60 Menit');
    expect(screen.getByTestId('reading-2').textContent).toBe('Terbaca: 60 menit');
    fireEvent.change(time, { target: { value: '1 x 24 jam' } });
    expect(screen.getByTestId('reading-2').textContent).toBe('Terbaca: 24 jam');
    expect(container.querySelector('.sop-viewer tr[data-step="3"] .sop-time')?.textContent).toBe('1 x 24 jam');
    fireEvent.change(time, { target: { value: 'secepatnya' } });
    expect(screen.getByTestId('reading-2').textContent).toMatch(/Tidak terbaca/);
  });

  it('validates as you type with the import messages, and blocks the save until fixed', () => {
    const { save } = setup();
    const title = screen.getByLabelText('Nama SOP');
    fireEvent.change(title, { target: { value: '' } });
    expect(screen.getByTestId('editor-errors').textContent).toContain('title: tidak boleh kosong');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Simpan sebagai versi baru' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText(/ID SOP/), { target: { value: 'Bukan Slug' } });
    expect(screen.getByTestId('editor-errors').textContent).toContain('id: id SOP harus huruf kecil, angka dan tanda hubung');
    // The same message an import of that file gives.
    const imported = validateSopFile({ ...kaltim, id: 'Bukan Slug' });
    expect(imported.ok ? [] : imported.errors.map((e) => e.message)).toContain('id SOP harus huruf kecil, angka dan tanda hubung');
    // A decision pointing at a missing step is named.
    const kind = within(stepBox(2)).getByLabelText('Jenis langkah');
    fireEvent.change(kind, { target: { value: 'decision' } });
    fireEvent.change(within(stepBox(2)).getByLabelText('Jika tidak, ke langkah'), { target: { value: '9' } });
    expect(screen.getByTestId('editor-errors').textContent).toContain('steps[1].decision.no: langkah nomor 9 tidak ada');
    fireEvent.change(title, { target: { value: 'Registrasi akun' } });
    fireEvent.change(screen.getByLabelText(/ID SOP/), { target: { value: kaltim.id } });
    fireEvent.change(within(stepBox(2)).getByLabelText('Jika tidak, ke langkah'), { target: { value: '1' } });
    expect(screen.queryByTestId('editor-errors')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('adds, moves and removes steps; numbers and decision targets follow; saves the result', async () => {
    const { save } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah langkah' }));
    const six = stepBox(6);
    fireEvent.change(within(six).getByLabelText('Uraian kegiatan'), { target: { value: 'Memeriksa akun baru di SPSE' } });
    fireEvent.change(within(six).getByLabelText(/Mutu baku waktu/), { target: { value: '15 menit' } });
    fireEvent.click(within(six).getByLabelText('Kepala LPSE'));
    fireEvent.click(within(six).getByText(/Halaman SPSE/));
    fireEvent.click(within(six).getByLabelText('Daftar Verifikator'));
    // Step 2 becomes a decision whose "no" goes back to step 1; then step 1 moves down.
    fireEvent.change(within(stepBox(2)).getByLabelText('Jenis langkah'), { target: { value: 'decision' } });
    fireEvent.change(within(stepBox(2)).getByLabelText('Pertanyaan keputusan'), { target: { value: 'SK lengkap?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turun: Langkah 1' }));
    expect(within(stepBox(1)).getByLabelText('Uraian kegiatan')).toHaveProperty('value', kaltim.steps[1].activity);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus: Langkah 5' }));
    // Outsider steps: the applicant's lane is marked as outside the LPSE.
    fireEvent.click(screen.getByLabelText(/Pelaksana 1 pihak luar LPSE/));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const saved = save.mock.calls[0][0];
    expect(saved.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    expect(saved.steps[0].decision).toEqual({ question: 'SK lengkap?', yes: 3, no: 2 });
    expect(saved.steps[4]).toMatchObject({ activity: 'Memeriksa akun baru di SPSE', actors: ['kepala-lpse', 'admin-ppe'], duration: { text: '15 menit', min: 15, max: 15, unit: 'minute' }, pages: ['verifikator-list'] });
    expect(saved.lanes[0]).toEqual({ id: 'kepala-lpse', name: 'Kepala LPSE', outsider: true });
    expect(saved.lanes[1]).toEqual({ id: 'admin-ppe', name: 'Admin PPE' });
    expect(validateSopFile(saved).ok).toBe(true);
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('versi 2'));
  });

  it('adds, renames, reorders and removes lanes from the keyboard-reachable controls', () => {
    const { container } = render(<SopEditor initial={kaltim} save={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah pelaksana' }));
    fireEvent.change(screen.getByLabelText('Nama pelaksana 3'), { target: { value: 'Verifikator' } });
    fireEvent.click(screen.getByRole('button', { name: 'Naik: Verifikator' }));
    expect([...container.querySelectorAll('.sop-viewer th.sop-lane-head')].map((th) => th.textContent)).toEqual(['Kepala LPSE', 'Verifikator', 'Admin PPE']);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus: Admin PPE' }));
    expect(screen.getByTestId('editor-errors').textContent).toContain('steps[2].actors: tidak boleh kosong (minimal 1 butir)');
  });

  it('shows the flags of a document draft beside their fields', () => {
    const text = readFileSync(HELPDESK, 'utf8');
    const d = draftSop(text);
    render(<SopEditor initial={d.sop} problems={[...d.problems, { path: 'steps[0].actors', message: 'pelaksana disimpulkan; periksa' }]} save={vi.fn()} />);
    expect(within(stepBox(3)).getByText(/langkah keputusan: pertanyaan dan tujuan ya\/tidak disimpulkan/)).toBeTruthy();
    expect(within(stepBox(1)).getByText(/pelaksana disimpulkan; periksa/)).toBeTruthy();
    // The flag moves with its step.
    fireEvent.click(screen.getByRole('button', { name: 'Turun: Langkah 1' }));
    expect(within(stepBox(2)).getByText(/pelaksana disimpulkan; periksa/)).toBeTruthy();
  });
});

describe('SopLibrary with the editor', () => {
  it('edits a built-in SOP and stores a new version next to the old one', async () => {
    render(<SopLibrary initialId={kaltim.id} />);
    await screen.findByText('10 SOP');
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah (simpan sebagai versi baru)' }));
    fireEvent.change(within(stepBox(3)).getByLabelText(/Mutu baku waktu/), { target: { value: '45 menit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
    await screen.findByText(/Disimpan: kaltim-registrasi-verifikator-helpdesk-admin-agency versi 2/);
    const { records } = await loadImportedSops();
    expect(records.map((r) => [r.sop.id, r.sop.version, r.sop.steps[2].duration.text, r.via])).toEqual([[kaltim.id, '2', '45 menit', 'editor']]);
    fireEvent.click(screen.getByRole('button', { name: 'Tutup editor' }));
    expect((screen.getByLabelText(/^Versi/) as HTMLSelectElement).value).toBe('2');
  });

  it('drafts from pasted text and opens the draft in the editor with its flags', async () => {
    render(<SopLibrary readDocument={vi.fn()} />);
    await screen.findByText('10 SOP');
    fireEvent.click(screen.getByRole('button', { name: 'Draf dari dokumen SOP…' }));
    const text = readFileSync(HELPDESK, 'utf8');
    fireEvent.change(screen.getByLabelText(/Tempel teks SOP/), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat draf' }));
    expect(screen.getByLabelText('Nama SOP')).toHaveProperty('value', 'Layanan Helpdesk Pengguna SPSE');
    expect(screen.getByText(/Perlu diperiksa/)).toBeTruthy();
  });

  it('duplicates a built-in SOP as a new SOP (version 1 under a new id)', async () => {
    render(<SopLibrary initialId={kaltim.id} />);
    await screen.findByText('10 SOP');
    fireEvent.click(await screen.findByRole('button', { name: 'Duplikat sebagai SOP baru' }));
    expect(screen.getByLabelText(/ID SOP/)).toHaveProperty('value', `${kaltim.id}-salinan`);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sebagai versi baru' }));
    await screen.findByText(/versi 1/);
    const { records } = await loadImportedSops();
    expect(records.map((r) => [r.sop.id, r.sop.version])).toEqual([[`${kaltim.id}-salinan`, '1']]);
  });

  it('a scanned PDF shows the reader message', async () => {
    const readDocument = vi.fn(async () => ({ error: 'PDF ini hasil pindaian (gambar) tanpa teks. OCR belum tersedia di Pandu.' }));
    render(<SopLibrary readDocument={readDocument} />);
    await screen.findByText('10 SOP');
    fireEvent.click(screen.getByRole('button', { name: 'Draf dari dokumen SOP…' }));
    fireEvent.change(screen.getByLabelText(/pilih berkas/), { target: { files: [new File(['x'], 'scan.pdf', { type: 'application/pdf' })] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/OCR belum tersedia/);
  });
});
