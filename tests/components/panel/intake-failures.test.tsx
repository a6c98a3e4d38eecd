// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing';
import { LetterIntake } from '../../../components/letter/LetterIntake';
import { SopLibrary } from '../../../components/sop/SopLibrary';
import { parseLetter } from '../../../lib/letter/parse';
import { readOwnBytes } from '../../../lib/extension/bytes';
import { MAX_LETTER_CHARS } from '../../../lib/letter/limits';

/** Issue 13 item 1: the file intake copies the bytes first, and every failure is shown to the user. */
beforeEach(() => fakeBrowser.reset());

describe('letter file intake', () => {
  it('copies the File’s bytes into the script’s own buffer before anything else', async () => {
    const page = new Uint8Array([37, 80, 68, 70, 45, 49]).buffer;
    const r = await readOwnBytes({ arrayBuffer: async () => page });
    if ('error' in r) throw new Error(r.error);
    expect(r.bytes.buffer).not.toBe(page);
    expect([...r.bytes]).toEqual([37, 80, 68, 70, 45, 49]);
    expect(await readOwnBytes({ arrayBuffer: async () => new ArrayBuffer(11) }, 10)).toEqual({ error: 'Berkas terlalu besar (maks. 0 MB).' });
  });

  it('a reader that throws (Firefox: “Permission denied to access property constructor”) is shown, not swallowed', async () => {
    const extract = async () => {
      throw new Error('Permission denied to access property "constructor"');
    };
    render(<LetterIntake onConfirm={() => {}} extract={extract} parse={parseLetter} />);
    const input = screen.getByLabelText('Pilih berkas surat') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'surat.pdf', { type: 'application/pdf' })] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Berkas surat tidak dapat dibaca: Permission denied to access property "constructor"');
  });

  it('a parse that fails in the background is shown too', async () => {
    const parse = async () => {
      throw new Error('Pesan letter.parse tidak valid');
    };
    render(<LetterIntake onConfirm={() => {}} extract={async () => ({ text: 'x' })} parse={parse} />);
    fireEvent.change(screen.getByLabelText('Tempel teks surat permohonan / nota dinas'), { target: { value: 'Nomor: 1/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Baca surat' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Surat tidak dapat dibaca: Pesan letter.parse tidak valid/);
  });

  it('too long a pasted text gets a clear message and is not parsed', async () => {
    let parsed = 0;
    render(<LetterIntake onConfirm={() => {}} extract={async () => ({ text: 'x' })} parse={(t) => (parsed++, parseLetter(t))} />);
    fireEvent.change(screen.getByLabelText('Tempel teks surat permohonan / nota dinas'), { target: { value: 'a'.repeat(MAX_LETTER_CHARS + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Baca surat' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(new RegExp(`terlalu panjang \\(${MAX_LETTER_CHARS + 1} karakter`));
    expect(parsed).toBe(0);
  });
});

describe('SOP library file import', () => {
  it('a file that cannot be read is shown as an error naming the file', async () => {
    render(<SopLibrary />);
    await screen.findByText('10 SOP');
    const broken = new File(['{}'], 'rusak.json', { type: 'application/json' });
    for (const method of ['text', 'arrayBuffer', 'bytes'])
      Object.defineProperty(broken, method, { value: () => Promise.reject(new Error('NotReadableError: berkas tidak dapat dibaca')) });
    fireEvent.change(screen.getByLabelText(/Impor SOP/), { target: { files: [broken] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('rusak.json');
    expect(alert.textContent).toContain('NotReadableError: berkas tidak dapat dibaca');
  });
});
