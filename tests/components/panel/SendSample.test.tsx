// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SendSample, sampleFileName } from '../../../components/panel/SendSample';
import { capturePage } from '../../../lib/spse/capture';

/** A live form page with personal data typed in, and the panel's host element beside it. */
function livePage(): { doc: Document; host: Element } {
  const doc = document.implementation.createHTMLDocument('Tambah Auditor');
  doc.body.innerHTML = `<div class="navbar"><span class="user-name">Rahmawati Kusumaningrum</span></div>
<h3 class="card-header">Tambah Auditor</h3>
<form><label for="nama">Nama</label><input id="nama" name="pegawai.peg_nama">
<label for="nip">NIP</label><input id="nip" name="pegawai.peg_nip">
<input type="hidden" name="authenticityToken" value="f3c9a1d2e8b7a6c5d4e3f2a1b0c9d8e7"></form>
<table><thead><tr><th>Nama</th><th>Email</th></tr></thead><tbody><tr><td>Sri Wahyuningsih</td><td>sri.w@contoh.go.id</td></tr></tbody></table>
<script>var secret = "sessionSecret-9981";</script><img src="foto.jpg">`;
  (doc.querySelector('#nama') as HTMLInputElement).value = 'Bambang Sutrisno Wibowo';
  (doc.querySelector('#nip') as HTMLInputElement).value = '198203152009031004';
  const host = doc.createElement('pandu-panel');
  host.setAttribute('data-leak', 'panel-only-text');
  doc.body.append(host);
  return { doc, host };
}

const PERSONAL = ['Bambang', '198203152009031004', 'Rahmawati', 'Sri Wahyuningsih', 'sri.w@contoh.go.id', 'sessionSecret-9981', 'f3c9a1d2e8b7a6c5d4e3f2a1b0c9d8e7'];

describe('"Kirim contoh halaman" in the panel (issue 15 item 3)', () => {
  it('shows the redacted capture as text before anything is written, then saves exactly that on "Simpan berkas"', () => {
    const { doc, host } = livePage();
    const save = vi.fn();
    const capture = () => capturePage(doc, { url: 'https://lpse.contoh.go.id/eproc4/admin/auditor/baru?x=1', pageId: 'auditor-form', ignore: host });
    render(<SendSample lang="id" pageId="auditor-form" capture={capture} save={save} onClose={() => {}} now={() => new Date(2026, 10, 29, 10, 5)} />);

    // The preview: counts of what is removed, the structure kept, the file's text.
    expect(save).not.toHaveBeenCalled();
    const stats = screen.getByTestId('pandu-sample-stats').textContent ?? '';
    expect(stats).toMatch(/2 isian dikosongkan|3 isian dikosongkan/);
    expect(stats).toContain('1 skrip');
    expect(screen.getByTestId('pandu-sample-inputs').textContent).toContain('pegawai.peg_nama · text');
    const text = screen.getByTestId('pandu-sample-text');
    // Shown as text: the file's markup appears as characters, no element of it is rendered.
    expect(text.textContent).toContain('<!DOCTYPE html>');
    expect(text.querySelector('input, table, form, h3')).toBeNull();
    const section = screen.getByTestId('pandu-sample');
    for (const v of PERSONAL) expect(section.textContent, v).not.toContain(v);
    expect(text.textContent).not.toContain('pandu-panel');

    fireEvent.click(screen.getByTestId('pandu-sample-save'));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, html] = save.mock.calls[0];
    expect(name).toBe('contoh-halaman-auditor-form-20261129-1005.html');
    expect(html).toBe(text.textContent);
    for (const v of PERSONAL) expect(html, v).not.toContain(v);
    expect(screen.getByTestId('pandu-sample-saved').textContent).toContain(name);
  });

  it('is reachable by keyboard: the heading takes focus on open, the buttons are real buttons; English strings too', () => {
    const { doc } = livePage();
    render(<SendSample lang="en" pageId="x" capture={() => capturePage(doc, { url: 'https://a.go.id/' })} save={() => {}} onClose={() => {}} />);
    expect(document.activeElement?.id).toBe('pandu-sample-title');
    expect(screen.getByRole('button', { name: 'Save the file' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.getByText(/without its data/)).toBeTruthy();
  });

  it('says so when the capture fails, and offers nothing to save', () => {
    render(<SendSample lang="id" pageId="x" capture={() => { throw new Error('dokumen rusak'); }} save={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('dokumen rusak');
    expect((screen.getByTestId('pandu-sample-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('names files safely, also for taught page ids', () => {
    expect(sampleFileName('taught:satuan-kerja', new Date(2026, 0, 2, 3, 4))).toBe('contoh-halaman-taught-satuan-kerja-20260102-0304.html');
    expect(sampleFileName('', new Date(2026, 0, 2, 3, 4))).toBe('contoh-halaman-halaman-20260102-0304.html');
  });
});
