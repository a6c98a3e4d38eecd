// @vitest-environment jsdom
import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { NewCase } from '../../../components/panel/NewCase';
import { QuickLetter } from '../../../components/panel/QuickLetter';
import { PanelShell } from '../../../components/panel/PanelShell';
import { focusNextAfterThis, resetFocusRequest } from '../../../components/common/focus';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { parseLetter } from '../../../lib/letter';
import { caseSchema } from '../../../lib/log/schema';
import { panelLayout } from '../../../lib/extension/panel-layout';

/** Issue 16 item 7: letter in hand → case open → form filled in at most 4 actions; item 1: the resize handle. */
const sops = builtinCatalog();
const letterText = readFileSync(join(__dirname, '../../fixtures/letters/01-inspektorat-kv.txt'), 'utf8');
const noExtract = async () => ({ error: 'tidak dipakai' });
const AUDITOR_SOP = 'belitung-49-registrasi-user-id-auditor';

/** A paste: one input event of type insertFromPaste carrying the whole letter. */
function paste(el: HTMLElement, text: string) {
  // The prototype's setter, as the browser does (React's value tracker then sees the change).
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, text);
  fireEvent(el, new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}

beforeEach(resetFocusRequest);
afterEach(cleanup);

describe('the letter box at the top of the panel', () => {
  it('a pasted letter starts the case at once; typing does not', () => {
    const onLetter = vi.fn();
    render(<QuickLetter lang="id" autoFocus onLetter={onLetter} />);
    const box = screen.getByRole('textbox');
    expect(box.hasAttribute('data-pandu-autofocus')).toBe(true);
    fireEvent.change(box, { target: { value: 'N' } });
    expect(onLetter).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '' } });
    paste(box, letterText);
    expect(onLetter).toHaveBeenCalledWith(letterText);
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('Ctrl+Enter reads a typed letter', () => {
    const onLetter = vi.fn();
    render(<QuickLetter lang="en" autoFocus={false} onLetter={onLetter} />);
    const box = screen.getByRole('textbox');
    expect(box.hasAttribute('data-pandu-autofocus')).toBe(false);
    expect(screen.getByLabelText(/A new letter\? Paste its text here/)).toBe(box);
    fireEvent.change(box, { target: { value: 'Nomor: 1/2026' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(onLetter).toHaveBeenCalledWith('Nomor: 1/2026');
  });
});

describe('from the pasted letter to the open case in one press', () => {
  it('reads the handed-over letter at once, focuses "Simpan & buka kasus", opens the case with the suggested SOP', async () => {
    const onOpen = vi.fn();
    const findByLetter = vi.fn(async () => []);
    focusNextAfterThis(); // the paste into the letter box asked for the next control
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={onOpen} onCancel={() => {}} findByLetter={findByLetter} initial={{ text: letterText }} />);
    const quick = await screen.findByTestId('pandu-letter-open');
    expect(document.activeElement).toBe(quick);
    expect(screen.getByTestId('pandu-quick-open').textContent).toContain('Permohonan Registrasi USER ID Auditor');
    await act(async () => fireEvent.click(quick));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const req = onOpen.mock.calls[0][0];
    expect(req.sopId).toBe(AUDITOR_SOP);
    expect(req.letter.number).toBe('700/045/INSP/2026');
    expect(req.people.length).toBeGreaterThan(0);
    expect(Math.abs(Date.parse(req.receivedAt) - Date.now())).toBeLessThan(60_000);
    expect(findByLetter).toHaveBeenCalledWith('700/045/INSP/2026');
  });

  it('a letter already on record is not opened again: the SOP step shows the warning', async () => {
    const onOpen = vi.fn();
    const existing = caseSchema.parse({ id: 'existing-case-1', sopId: AUDITOR_SOP, letter: { number: '700/045/INSP/2026' }, receivedAt: '2026-11-20T09:00:00+07:00', createdAt: '2026-11-20T09:00:00+07:00', updatedAt: '2026-11-20T09:00:00+07:00' });
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={onOpen} onCancel={() => {}} findByLetter={async () => [existing]} initial={{ text: letterText }} />);
    await act(async () => fireEvent.click(await screen.findByTestId('pandu-letter-open')));
    await screen.findByTestId('pandu-duplicate-letter');
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.getByTestId('pandu-open-case')).toBeTruthy();
  });

  it('a letter with a problem in its people (what goes into the form) offers only the two-step way', async () => {
    const broken = letterText.replace('19800101 200501 1 001', '19801301 200501 1 00');
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={() => {}} onCancel={() => {}} initial={{ text: broken }} />);
    await screen.findByTestId('pandu-letter-review');
    expect(screen.getByTestId('pandu-letter-problems').textContent).toMatch(/Perlu diperiksa/);
    expect(screen.queryByTestId('pandu-letter-open')).toBeNull();
  });

  it('a pasted letter in the full intake box is read at once, without "Baca surat"', async () => {
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={() => {}} onCancel={() => {}} />);
    paste(screen.getByRole('textbox'), letterText);
    await screen.findByTestId('pandu-letter-review');
  });
});

describe('the resize handle (a focusable separator)', () => {
  it('carries its width and bounds; arrow keys resize and are remembered; the shortcut focuses the letter box', () => {
    const onResize = vi.fn();
    const layout = panelLayout(1366, 400);
    render(
      <PanelShell collapsed={false} onToggle={() => {}} lang="id" layout={layout} onResize={onResize} focusOnOpen>
        <textarea aria-label="surat" data-pandu-autofocus="" />
      </PanelShell>,
    );
    const handle = screen.getByRole('separator', { name: /Lebar panel/ });
    expect(handle.getAttribute('aria-valuenow')).toBe('400');
    expect(handle.getAttribute('aria-valuemin')).toBe('300');
    expect(handle.getAttribute('aria-valuemax')).toBe('819');
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle.tabIndex).toBe(0);
    expect(document.activeElement).toBe(screen.getByLabelText('surat'));
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(onResize).toHaveBeenLastCalledWith(420, true);
    fireEvent.keyDown(handle, { key: 'End' });
    expect(onResize).toHaveBeenLastCalledWith(819, true);
    fireEvent.keyDown(handle, { key: 'x' });
    expect(onResize).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('pandu-panel').style.width).toBe('400px');
    expect(screen.getByTestId('pandu-panel').getAttribute('data-mode')).toBe('dock');
  });

  it('a file dropped on the panel starts a case with it', () => {
    const onDropLetter = vi.fn();
    render(
      <PanelShell collapsed={false} onToggle={() => {}} lang="id" onDropLetter={onDropLetter}>
        <p>isi</p>
      </PanelShell>,
    );
    const file = new File(['Nomor: 1'], 'surat.txt', { type: 'text/plain' });
    fireEvent.drop(screen.getByText('isi'), { dataTransfer: { files: [file], types: ['Files'] } });
    expect(onDropLetter).toHaveBeenCalledTimes(1);
    expect(onDropLetter.mock.calls[0][0].files[0]).toBe(file);
  });
});
