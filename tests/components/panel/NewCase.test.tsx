// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { NewCase } from '../../../components/panel/NewCase';
import { walkInToCase } from '../../../components/panel/WalkInCase';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { caseSchema } from '../../../lib/log/schema';
import { parseLetter } from '../../../lib/letter';

const sops = builtinCatalog();
const letterText = readFileSync(join(__dirname, '../../fixtures/log/surat-ppk.txt'), 'utf8');
const noExtract = async () => ({ error: 'tidak dipakai' });

async function readLetter() {
  fireEvent.change(screen.getByRole('textbox'), { target: { value: letterText } });
  await act(async () => fireEvent.click(screen.getAllByRole('button').find((b) => /Baca|Read/.test(b.textContent ?? ''))!));
  await act(async () => fireEvent.click(await screen.findByTestId('pandu-letter-confirm')));
}

describe('NewCase guards', () => {
  it('warns that the letter number is already a case and links it; warns when the role does not fit the SOP', async () => {
    const number = letterText.match(/Nomor\s*:\s*(\S+)/)![1];
    const existing = caseSchema.parse({ id: 'existing-case-1', sopId: 'oganilir-04-user-id-ppk', letter: { number }, receivedAt: '2026-11-20T09:00:00+07:00', createdAt: '2026-11-20T09:00:00+07:00', updatedAt: '2026-11-20T09:00:00+07:00' });
    const findByLetter = vi.fn(async () => [existing]);
    const onShowCase = vi.fn();
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={() => {}} onCancel={() => {}} findByLetter={findByLetter} onShowCase={onShowCase} />);
    await readLetter();
    await waitFor(() => expect(screen.getByTestId('pandu-duplicate-letter').textContent).toContain(`Surat nomor ${number} sudah tercatat sebagai kasus`));
    expect(findByLetter).toHaveBeenCalledWith(number);
    fireEvent.click(screen.getByText(/buka kasus itu/));
    expect(onShowCase).toHaveBeenCalledWith('existing-case-1');
    // The PPK letter with an auditor SOP chosen: a warning naming the fitting SOP.
    fireEvent.change(screen.getByLabelText('SOP untuk kasus ini'), { target: { value: 'belitung-49-registrasi-user-id-auditor' } });
    expect(screen.getByTestId('pandu-role-mismatch').textContent).toMatch(/meminta peran "ppk".*Yang cocok: .*PPK/i);
    fireEvent.change(screen.getByLabelText('SOP untuk kasus ini'), { target: { value: 'oganilir-04-user-id-ppk' } });
    expect(screen.queryByTestId('pandu-role-mismatch')).toBeNull();
  });
});

describe('Kasus baru tanpa surat', () => {
  it('opens a walk-in case for the verifikator without a letter, starting at the first LPSE step', () => {
    const onOpenWalkIn = vi.fn();
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={() => {}} onCancel={() => {}} onOpenWalkIn={onOpenWalkIn} walkInInitial={{ applicant: 'CV Maju Jaya', npwp: '01.234.567.8-901.000' }} />);
    fireEvent.click(screen.getByTestId('pandu-walk-in-start'));
    expect(screen.getByRole('heading', { name: 'Kasus baru tanpa surat' })).toBeTruthy();
    fireEvent.click(screen.getByTestId('pandu-walk-in-open'));
    expect(screen.getByRole('alert').textContent).toBe('Isi pemohon, perihal dan SOP.');
    fireEvent.change(screen.getByTestId('pandu-walk-in-subject'), { target: { value: 'Verifikasi berkas penyedia' } });
    fireEvent.change(screen.getByTestId('pandu-walk-in-sop'), { target: { value: 'oganilir-01-registrasi-verifikasi-penyedia' } });
    expect(screen.getByTestId('pandu-walk-in-start').textContent).toBe('Kasus mulai di langkah 2 (langkah LPSE pertama).');
    fireEvent.click(screen.getByTestId('pandu-walk-in-open'));
    const req = onOpenWalkIn.mock.calls[0][0];
    expect(req).toMatchObject({ applicant: 'CV Maju Jaya', npwp: '01.234.567.8-901.000', subject: 'Verifikasi berkas penyedia', channel: 'walk-in', sopId: 'oganilir-01-registrasi-verifikasi-penyedia' });
    const c = walkInToCase(req);
    expect(c.letter).toEqual({ number: null, date: null, sender: 'CV Maju Jaya', subject: 'Verifikasi berkas penyedia', role: null });
    expect(c.people).toEqual([{ name: 'CV Maju Jaya' }]);
    expect(c.note).toBe('Kasus baru tanpa surat (datang langsung) · NPWP 01.234.567.8-901.000');
  });
});
