// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: Array<{ type: string; payload: any }> = [];
vi.mock('../../../lib/messaging/client', () => ({
  sendMessage: vi.fn(async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return { profile: payload };
  }),
}));

const { TeachSection } = await import('../../../components/panel/TeachSection');
const { getBuiltinSop } = await import('../../../lib/sop/catalog');
const { renderSandboxPage } = await import('../../../sandbox/pages');

// jsdom has no CSS.escape (the browser has): enough of it for the ids of the sandbox page.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/["\\\]]/g, '\\$&') };

const SOP = getBuiltinSop('oganilir-04-user-id-ppk')!;

beforeEach(() => {
  sent.length = 0;
  // The sandbox's Satuan Kerja page as the SPSE page under the panel.
  const html = renderSandboxPage('/eproc4/admin/satker').html;
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.title = page.title;
  document.body.innerHTML = page.body.innerHTML;
  window.history.replaceState(null, '', '/eproc4/admin/satker');
});

describe('teach any page (issue 15 item 4)', () => {
  it('names a new page freely, links its SOP step and maps satker inputs — by keyboard alone', async () => {
    const onSaved = vi.fn(async () => {});
    const host = document.createElement('div');
    document.body.append(host);
    render(<TeachSection lang="id" pageId="unknown" host={() => host} profiles={[]} sops={[SOP]} onSaved={onSaved} onCancel={() => {}} />, { container: host });

    // An unknown page starts as a new page: the name field is there, saving waits for a name.
    expect((screen.getByLabelText('Halaman ini adalah') as HTMLSelectElement).value).toBe('new');
    expect((screen.getByTestId('pandu-teach-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Nama halaman'), { target: { value: 'Satuan Kerja' } });
    expect(screen.getByTestId('pandu-teach-id').textContent).toBe('Disimpan sebagai taught:satuan-kerja');

    fireEvent.change(screen.getByLabelText('SOP di halaman ini'), { target: { value: SOP.id } });
    fireEvent.change(screen.getByLabelText('Langkah SOP di halaman ini'), { target: { value: '4' } });

    // Picking by keyboard: "Pilih kolom" for Kode satker, then Enter on the page's input.
    const pickByKeyboard = async (label: string, name: string) => {
      fireEvent.click(screen.getByRole('button', { name: `Pilih kolom: ${label}` }));
      const input = document.querySelector(`[name="${name}"]`)!;
      await act(async () => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      });
      await waitFor(() => expect(screen.getByText(new RegExp(`name=${name.replace('.', '\\.')}`))).toBeTruthy());
    };
    await pickByKeyboard('Kode satker', 'satker.stk_kode');
    await pickByKeyboard('Satuan kerja', 'satker.stk_nama');

    fireEvent.click(screen.getByTestId('pandu-teach-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = sent.find((m) => m.type === 'profile.put')!;
    expect(put.payload.id).toMatch(/\|taught:satuan-kerja$/);
    expect(put.payload.data).toMatchObject({
      pageId: 'taught:satuan-kerja',
      title: 'Satuan Kerja',
      steps: [{ sopId: SOP.id, stepNo: 4 }],
      urlPattern: '/admin/satker',
      fields: { satkerCode: 'input[name="satker.stk_kode"]', satker: 'input[name="satker.stk_nama"]' },
    });
  });

  it('re-teaching a taught page keeps its name and step link', async () => {
    const profile = {
      format: 'pandu-site-profile' as const,
      version: 1 as const,
      host: 'localhost',
      pages: [{ pageId: 'taught:satuan-kerja', title: 'Satuan Kerja', urlPattern: '/admin/satker', signature: { headings: ['Satuan Kerja'] }, fields: {}, steps: [{ sopId: SOP.id, stepNo: 4 }] }],
    };
    render(<TeachSection lang="en" pageId="taught:satuan-kerja" host={() => null} profiles={[profile]} sops={[SOP]} onSaved={async () => {}} onCancel={() => {}} />);
    expect((screen.getByLabelText('This page is') as HTMLSelectElement).value).toBe('taught:satuan-kerja');
    expect((screen.getByLabelText('SOP on this page') as HTMLSelectElement).value).toBe(SOP.id);
    expect((screen.getByLabelText('SOP step on this page') as HTMLSelectElement).value).toBe('4');
    fireEvent.click(screen.getByTestId('pandu-teach-save'));
    await waitFor(() => expect(sent.some((m) => m.type === 'profile.put')).toBe(true));
    expect(sent[0].payload.data).toMatchObject({ pageId: 'taught:satuan-kerja', title: 'Satuan Kerja', steps: [{ sopId: SOP.id, stepNo: 4 }] });
  });
});
