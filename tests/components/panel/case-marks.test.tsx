// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { StepCard } from '../../../components/panel/StepCard';
import { ForwardTo } from '../../../components/panel/ForwardTo';
import { getBuiltinSop } from '../../../lib/sop/catalog';

const sop = getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!;
const step = sop.steps.find((s) => s.requirements.length >= 2)!;
const base = { lang: 'id' as const, sop, step, progress: null, canAct: true, busy: false, onStart: () => {}, onFinish: () => {}, onGo: () => {}, previousNo: null, nextNo: null };

describe('kelengkapan ticks come from the case ledger', () => {
  it('shows the stored ticks and reports a change with the step and the item', () => {
    const onCheck = vi.fn();
    const { rerender } = render(<StepCard {...base} checked={new Map([[`${step.no}:1`, true]])} onCheck={onCheck} />);
    const boxes = within(screen.getByRole('group', { name: /kelengkapan|persyaratan/i })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked).slice(0, 2)).toEqual([false, true]);
    fireEvent.click(boxes[0]);
    expect(onCheck).toHaveBeenCalledWith(step.no, 0, true);
    // Controlled by the ledger: nothing changes until the stored event comes back (a reload shows the same).
    expect(boxes[0].checked).toBe(false);
    rerender(<StepCard {...base} checked={new Map([[`${step.no}:0`, true], [`${step.no}:1`, true]])} onCheck={onCheck} />);
    expect((screen.getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
  });
});

describe('"Diteruskan kepada"', () => {
  it('is settable and shows the current holder', () => {
    const onForward = vi.fn();
    render(<ForwardTo lang="id" current="Kepala LPSE" busy={false} onForward={onForward} />);
    expect(screen.getByTestId('pandu-forwarded').textContent).toContain('Kepala LPSE');
    const input = screen.getByLabelText('Diteruskan kepada');
    fireEvent.change(input, { target: { value: ' Admin PPE (Rudi) ' } });
    fireEvent.click(screen.getByTestId('pandu-forward-save'));
    expect(onForward).toHaveBeenCalledWith('Admin PPE (Rudi)');
  });

  it('says in the chosen language that the name is missing', () => {
    const onForward = vi.fn();
    render(<ForwardTo lang="en" current={null} busy={false} onForward={onForward} />);
    fireEvent.click(screen.getByTestId('pandu-forward-save'));
    expect(onForward).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Forwarded to.*required/i);
  });
});
