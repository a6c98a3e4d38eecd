// @vitest-environment jsdom
import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { NewCase } from '../../../components/panel/NewCase';
import { StepCard } from '../../../components/panel/StepCard';
import { PanelShell } from '../../../components/panel/PanelShell';
import { resetFocusRequest } from '../../../components/common/focus';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { parseLetter } from '../../../lib/letter';
import type { StepProgress } from '../../../lib/timing';

const sops = builtinCatalog();
const letterText = readFileSync(join(__dirname, '../../fixtures/log/surat-ppk.txt'), 'utf8');
const noExtract = async () => ({ error: 'tidak dipakai' });

beforeEach(resetFocusRequest);
afterEach(cleanup);

describe('keyboard: focus moves to the next logical control, never to <body>', () => {
  it('"Baca surat" → "Simpan & buka kasus" (or "Simpan hasil pemeriksaan" → "Buka kasus")', async () => {
    const onOpen = vi.fn();
    render(<NewCase lang="id" sops={sops} extract={noExtract} parse={parseLetter} onOpen={onOpen} onCancel={() => {}} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: letterText } });
    const read = screen.getAllByRole('button').find((b) => b.textContent === 'Baca surat')!;
    read.focus();
    await act(async () => fireEvent.click(read));
    // The letter's people read cleanly and a SOP fits: the focus is on the one-press way
    // ("Simpan & buka kasus"); the two-step way stays below it (another SOP or received time).
    expect(document.activeElement).toBe(await screen.findByTestId('pandu-letter-open'));
    const confirm = await screen.findByTestId('pandu-letter-confirm');
    confirm.focus();
    await act(async () => fireEvent.click(confirm));
    const open = await screen.findByTestId('pandu-open-case');
    expect(document.activeElement).toBe(open);
    await act(async () => fireEvent.click(open));
    expect(onOpen).toHaveBeenCalled();
  });

  it('a page load never takes the focus from SPSE (no action, no focus move)', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    render(<StepCard lang="id" sop={sop} step={sop.steps[1]} progress={null} canAct busy={false} onStart={() => {}} onFinish={() => {}} onGo={() => {}} previousNo={null} nextNo={null} />);
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('"Mulai langkah" → "Selesai"', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const step = sop.steps.find((s) => s.kind !== 'decision')!;
    const props = { lang: 'id' as const, sop, step, canAct: true, busy: false, onStart: () => {}, onFinish: () => {}, onGo: () => {}, previousNo: null, nextNo: null };
    const { rerender } = render(<StepCard {...props} progress={null} />);
    const start = screen.getByTestId('pandu-start');
    start.focus();
    fireEvent.click(start);
    // The background stores the start; the card comes back with the step running.
    rerender(<StepCard {...props} progress={{ no: step.no, status: 'running', timing: null } as unknown as StepProgress} />);
    expect(document.activeElement).toBe(screen.getByTestId('pandu-finish'));
  });

  it('Escape closes what is open', () => {
    const onEscape = vi.fn();
    render(
      <PanelShell collapsed={false} onToggle={() => {}} lang="id" onEscape={onEscape}>
        <input aria-label="isian" />
      </PanelShell>,
    );
    fireEvent.keyDown(screen.getByLabelText('isian'), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Ciutkan panel');
  });
});
