// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FillSection } from '../../../components/panel/FillSection';
import { caseSchema } from '../../../lib/log/schema';
import { renderSandboxPage } from '../../../sandbox/pages';
import type { SenderDefaults } from '../../../lib/prefill/letter-values';

const at = '2026-11-23T08:00:00+07:00';
const person = { name: 'Lestari Handayani, S.T.', nip: '198606062010122003', position: 'PPK', email: 'lestari@contoh.go.id', phone: null, doneAt: null };

function showSandbox(path: string) {
  const page = new DOMParser().parseFromString(renderSandboxPage(path).html, 'text/html');
  document.title = page.title;
  document.body.innerHTML = page.body.innerHTML;
}

const planRow = (attribute: string) => screen.getAllByTestId('pandu-fill-row').find((r) => r.getAttribute('data-attribute') === attribute);

describe('FillSection: what the letter says, and what is asked once per sender (issue 15 item 5)', () => {
  beforeEach(() => showSandbox('/eproc4/pegawai/baru'));

  it('a PPK letter fills the role; the satker it does not name is asked once with the form’s own choices, then filled', () => {
    const kase = caseSchema.parse({ id: 'k1', sopId: 'oganilir-04-user-id-ppk', letter: { sender: 'Dinas Pekerjaan Umum', role: 'ppk' }, people: [person], receivedAt: at, createdAt: at, updatedAt: at });
    let remembered: SenderDefaults | null = null;
    const onRemember = vi.fn((v: SenderDefaults) => (remembered = v));
    const { rerender } = render(<FillSection lang="id" pageId="pegawai-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} senderDefaults={null} onRemember={onRemember} />);
    expect(planRow('roles')?.getAttribute('data-skip')).toBe('false');
    expect(planRow('roles')?.textContent).toContain('PPK');

    const ask = screen.getByTestId('pandu-ask-sender');
    expect(ask.textContent).toContain('Dinas Pekerjaan Umum');
    const satker = within(ask).getByLabelText('Satuan kerja') as HTMLSelectElement;
    expect(Array.from(satker.options).map((o) => o.textContent)).toEqual(['—', 'Sekretariat Dinas Kesehatan', 'Bidang Bina Marga', 'Sekretariat Bappeda']);
    expect(within(ask).queryByLabelText('Peran')).toBeNull(); // the letter said the role
    fireEvent.change(satker, { target: { value: '21' } });
    fireEvent.click(within(ask).getByTestId('pandu-ask-sender-save'));
    expect(onRemember).toHaveBeenCalledWith({ satker: '21' });

    rerender(<FillSection lang="id" pageId="pegawai-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} senderDefaults={remembered} onRemember={onRemember} />);
    expect(planRow('satker')?.getAttribute('data-skip')).toBe('false');
    expect(planRow('satker')?.textContent).toContain('Bidang Bina Marga');
    expect(screen.queryByTestId('pandu-ask-sender')).toBeNull();
  });

  it('an auditor letter fills No./Tanggal Surat Tugas and Instansi Auditor', () => {
    showSandbox('/eproc4/admin/auditor/baru');
    const kase = caseSchema.parse({
      id: 'k2',
      sopId: 'belitung-49-registrasi-user-id-auditor',
      letter: { sender: 'INSPEKTORAT DAERAH', role: 'auditor', assignmentNumber: '700/031/ST/INSP/2026', assignmentDate: '2026-02-02' },
      people: [person],
      receivedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    render(<FillSection lang="id" pageId="auditor-form" activeCase={kase} profiles={[]} onMarkDone={() => {}} onRemember={() => {}} />);
    expect(planRow('assignmentLetterNumber')?.textContent).toContain('700/031/ST/INSP/2026');
    expect(planRow('assignmentLetterDate')?.textContent).toContain('02-02-2026');
    expect(planRow('agency')?.textContent).toContain('INSPEKTORAT DAERAH');
    for (const a of ['assignmentLetterNumber', 'assignmentLetterDate', 'agency']) expect(planRow(a)?.getAttribute('data-skip'), a).toBe('false');
  });
});
