// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterIntake as Intake, type LetterIntakeProps } from '../../../components/letter/LetterIntake';
import { extractText } from '../../../lib/documents';
import { parseLetter } from '../../../lib/letter/parse';
import { parseExtracted } from '../../../lib/letter/scan-evidence';
import type { ScanInfo } from '../../../lib/documents/ocr-layout';

const LetterIntake = (p: Omit<LetterIntakeProps, 'extract' | 'parse'> & Partial<Pick<LetterIntakeProps, 'extract' | 'parse'>>) => <Intake extract={(f) => extractText(f)} parse={parseLetter} {...p} />;
import type { ParsedLetter } from '../../../lib/letter/schema';

// jsdom replaces URL, so fixtures are found from the project root.
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/letters', name), 'utf8');
const letter12 = fixture('12-problems.txt');
const letter01 = fixture('01-inspektorat-kv.txt');

afterEach(cleanup);

function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Tempel teks surat permohonan / nota dinas'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Baca surat' }));
}

describe('LetterIntake', () => {
  it('reads a pasted letter into an editable review with letter fields, people and signatory', () => {
    render(<LetterIntake onConfirm={() => {}} />);
    paste(letter01);
    expect((screen.getByLabelText('Nomor surat') as HTMLInputElement).value).toBe('700/045/INSP/2026');
    expect((screen.getByLabelText('Tanggal surat') as HTMLInputElement).value).toBe('2026-02-09');
    expect((screen.getByLabelText('Permohonan untuk') as HTMLSelectElement).value).toBe('auditor');
    expect(within(screen.getByTestId('pandu-letter-people')).getAllByTestId('pandu-letter-person')).toHaveLength(2);
    expect((screen.getByLabelText('Nama — pegawai ke-1') as HTMLInputElement).value).toBe('Dr. Budi Santoso, S.E., M.Si.');
    expect((screen.getByLabelText('No. HP — pegawai ke-2') as HTMLInputElement).value).toBe('+6281933445566');
    expect(screen.getByTestId('pandu-letter-signatory').textContent).toContain('Drs. H. Ahmad Yani, M.M.');
    // The Perihal was joined from two lines: flagged, and the review quotes its source line.
    expect(screen.getByTestId('pandu-letter-problems').textContent).toContain('Dibaca dari beberapa baris — periksa');
    expect(screen.getAllByTestId('pandu-letter-source').map((q) => q.textContent)).toContainEqual(expect.stringMatching(/^baris \d+: “Perihal/));
    // Confidence is shown subtly, as a tooltip with the source line.
    expect(screen.getByLabelText('Nomor surat').getAttribute('title')).toMatch(/keyakinan 95% · baris 9/);
  });

  it('highlights problems with their Indonesian message, re-checks on edit, and confirms normalised values', () => {
    const onConfirm = vi.fn<(l: ParsedLetter) => void>();
    render(<LetterIntake onConfirm={onConfirm} />);
    paste(letter12);
    const email = screen.getByLabelText('Email — pegawai ke-1') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(email.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('Email tidak sah: email mengandung spasi');
    expect(screen.getByTestId('pandu-letter-problems').textContent).toContain('pegawai ke-2: Email belum ada');

    fireEvent.change(email, { target: { value: 'Bayu.Segara@BelitungKab.go.id' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(screen.getByLabelText('No. HP — pegawai ke-1'), { target: { value: '0812 3456 7890' } });
    fireEvent.change(screen.getByLabelText('Email — pegawai ke-2'), { target: { value: 'citra@belitungkab.go.id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hapus pegawai ke-3' }));
    expect(screen.getAllByTestId('pandu-letter-person')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('pandu-letter-confirm'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const got = onConfirm.mock.calls[0][0];
    expect(got.people[0]).toEqual({ name: 'Bayu Segara, S.E.', nip: '199002302015031001', position: 'Ketua Tim', email: 'bayu.segara@belitungkab.go.id', phone: '+6281234567890', action: 'create' });
    expect(got.people).toHaveLength(2);
    // The bad NIPs are still reported, never hidden.
    expect(got.problems.map((p) => p.field)).toEqual(['people[0].nip', 'people[1].nip']);
  });

  it('marks fields read with low confidence', () => {
    render(<LetterIntake onConfirm={() => {}} />);
    // A jabatan guessed from brackets in a sentence (not a list item's apposition, read at item confidence).
    paste('Mohon dibuatkan akun untuk Sdr. Budi Santoso, S.E. NIP 19800101 200501 1 001 (Pengendali Teknis, email budi@x.go.id).');
    const position = screen.getByLabelText('Jabatan / peran — pegawai ke-1');
    expect((position as HTMLInputElement).value).toBe('Pengendali Teknis');
    expect(position.getAttribute('data-unsure')).toBe('true');
    expect(screen.getByLabelText('NIP — pegawai ke-1').getAttribute('data-unsure')).toBeNull();
  });

  it('renders the letter text as text, never as HTML', () => {
    render(<LetterIntake onConfirm={() => {}} />);
    paste('Hal : <img src=x onerror="alert(1)"> Permohonan User ID PPK\nNama : <b>Budi</b>\nNIP : 19800101 200501 1 001');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByTestId('pandu-letter-source').textContent).toContain('<img src=x onerror="alert(1)">');
    expect((screen.getByLabelText('Nama — pegawai ke-1') as HTMLInputElement).value).toBe('<b>Budi</b>');
  });

  it('reads a dropped .txt file and a picked file', async () => {
    render(<LetterIntake onConfirm={() => {}} lang="en" />);
    const file = new File([letter01], '01.txt', { type: 'text/plain' });
    fireEvent.drop(screen.getByTestId('pandu-letter-drop'), { dataTransfer: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('pandu-letter-review')).toBeTruthy());
    expect((screen.getByLabelText('Letter number') as HTMLInputElement).value).toBe('700/045/INSP/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Use another letter' }));
    fireEvent.change(screen.getByLabelText('Choose a letter file'), { target: { files: [new File(['x'], 'foto.png', { type: 'image/png' })] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/berupa gambar/));
  });

  it('asks for text instead of reading an empty paste; Ctrl+Enter reads', () => {
    render(<LetterIntake onConfirm={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Baca surat' }));
    expect(screen.getByRole('alert').textContent).toBe('Teks surat masih kosong.');
    const area = screen.getByLabelText('Tempel teks surat permohonan / nota dinas');
    fireEvent.change(area, { target: { value: letter01 } });
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
    expect(screen.getByTestId('pandu-letter-review')).toBeTruthy();
  });

  it('adds a person and lets the role be chosen by keyboard-operable controls', () => {
    const onConfirm = vi.fn<(l: ParsedLetter) => void>();
    render(<LetterIntake onConfirm={onConfirm} />);
    paste('Nama : Budi\nNIP : 19800101 200501 1 001');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah pegawai' }));
    fireEvent.change(screen.getByLabelText('Nama — pegawai ke-2'), { target: { value: 'Sari' } });
    fireEvent.change(screen.getByLabelText('Permohonan untuk'), { target: { value: 'pokja' } });
    fireEvent.click(screen.getByTestId('pandu-letter-confirm'));
    const got = onConfirm.mock.calls[0][0];
    expect(got.letter.role).toBe('pokja');
    expect(got.people.map((p) => p.name)).toEqual(['Budi', 'Sari']);
    expect(got.problems).toContainEqual(expect.objectContaining({ field: 'people[1].nip', message: 'NIP belum ada' }));
  });
});

describe('LetterIntake with a scanned letter', () => {
  const scanText = ['DINAS SOSIAL', 'Nomor : 460/12/Dinsos/2026', 'Hal : Permohonan User ID PPK', 'Lahat, 2 Maret 2026', '', 'Nama : Ratna Dewi, S.E.', 'NIP : 19880808 201101 2 006', 'Jabatan : PPK', 'Email : ratna.dewi@lahatkab.go.id', 'HP : 0812 7990 1122'].join('\n');
  const scan: ScanInfo = {
    pages: 1,
    confidence: 0.9,
    lines: scanText.split('\n').map((t, i) => ({
      confidence: t ? 0.95 : null,
      words: t.split(' ').filter(Boolean).map((w) => ({ text: w, confidence: w === 'Dewi,' ? 0.5 : 0.95 })),
      page: 1,
      box: t ? { x: 10, y: 30 * i, width: 300, height: 20 } : null,
      crop: t ? `data:image/jpeg;base64,LINE${i + 1}` : undefined,
    })),
  };

  it('shows OCR progress with Batal, then each value’s scan confidence and the scanned line of a flagged value', async () => {
    let finish: (v: { text: string; scan: ScanInfo }) => void = () => {};
    const extract = vi.fn((_f: unknown, control?: { onProgress?: (p: { stage: 'recognize'; page: number; pages: number; progress: number }) => void }) => {
      control?.onProgress?.({ stage: 'recognize', page: 1, pages: 2, progress: 0.5 });
      return new Promise<{ text: string; scan: ScanInfo }>((r) => (finish = r));
    });
    const parse = vi.fn((text: string, s?: ScanInfo) => parseExtracted({ text, scan: s }, parseLetter));
    render(<LetterIntake onConfirm={() => {}} extract={extract} parse={parse} />);
    fireEvent.drop(screen.getByTestId('pandu-letter-drop'), { dataTransfer: { files: [new File(['x'], 'surat.jpg', { type: 'image/jpeg' })] } });
    await waitFor(() => expect(screen.getByTestId('pandu-letter-progress').textContent).toContain('Membaca hasil pindai: halaman 1 dari 2, 50%'));
    expect(within(screen.getByTestId('pandu-letter-progress')).getByRole('button', { name: 'Batal' })).toBeTruthy();
    finish({ text: scanText, scan });
    await waitFor(() => expect(screen.getByTestId('pandu-letter-review')).toBeTruthy());
    expect(parse).toHaveBeenCalledWith(scanText, scan);
    expect(screen.getAllByTestId('pandu-letter-ocr').map((s) => s.textContent?.trim())).toContain('pindai 50%');
    // The name read unsure (line 6), and the e-mail that repeats its unsure word (line 9).
    const crops = screen.getAllByTestId('pandu-letter-crop') as HTMLImageElement[];
    expect(crops.map((c) => c.getAttribute('alt'))).toEqual(['Potongan hasil pindai baris 6', 'Potongan hasil pindai baris 9']);
    const crop = crops[0];
    expect(crop.getAttribute('src')).toBe('data:image/jpeg;base64,LINE6');
    expect(crop.getAttribute('alt')).toBe('Potongan hasil pindai baris 6');
  });

  it('"Batal" ends the reading at once with a message and tells the reader to stop', async () => {
    let signal: AbortSignal | undefined;
    const extract = vi.fn((_f: unknown, control?: { signal?: AbortSignal }) => {
      signal = control?.signal;
      return new Promise<never>(() => {});
    });
    render(<LetterIntake onConfirm={() => {}} extract={extract} />);
    fireEvent.drop(screen.getByTestId('pandu-letter-drop'), { dataTransfer: { files: [new File(['x'], 'surat.png', { type: 'image/png' })] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Pembacaan berkas dibatalkan.'));
    expect(signal?.aborted).toBe(true);
  });
});
