// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { PanelApp, type PanelAppProps } from '../../../components/panel/PanelApp';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { locate } from '../../../lib/sop/locate';
import { caseProgress, simpleCalendar } from '../../../lib/timing';
import type { Case, StepEvent } from '../../../lib/log/schema';

const sops = builtinCatalog();
const belitung = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
const cal = simpleCalendar({ timeZone: 'Asia/Jakarta', nationalHolidays: false });

const aCase: Case = {
  id: 'case-1',
  sopId: belitung.id,
  sopVersion: '1',
  letter: { number: '700/12/ITDA/2026', date: '2026-11-20', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
  people: [{ name: 'Agus Wibowo, S.E.', nip: null, position: null, email: null, phone: null, doneAt: null }],
  receivedAt: '2026-11-23T01:00:00.000Z',
  status: 'open',
  assignedTo: null,
  createdBy: null,
  createdAt: '2026-11-23T01:00:00.000Z',
  updatedAt: '2026-11-23T01:00:00.000Z',
  note: null,
};

function ev(stepNo: number, startedAt: string, finishedAt: string | null, decision: 'yes' | 'no' | null = null): StepEvent {
  return { id: `e${stepNo}`, caseId: aCase.id, stepNo, actor: null, startedAt, finishedAt, by: null, note: null, verdict: null, decision, updatedAt: startedAt };
}

function props(over: Partial<PanelAppProps>): PanelAppProps {
  return { match: { pageId: 'unknown', confidence: 0, role: null }, lang: 'id', collapsed: false, onToggle: () => {}, sops, cases: [], ...over };
}

describe('panel states', () => {
  it('recognised page with a located step (no open case)', () => {
    const match = { pageId: 'auditor-form', confidence: 0.95, role: 'admin-ppe' };
    const located = locate(sops, { pageId: 'auditor-form' });
    const best = located.best ?? located.matches[0];
    render(<PanelApp {...props({ match, located, shown: best ? { sop: best.sop, step: best.step } : null })} />);
    expect(screen.getByTestId('pandu-page').textContent).toContain('Formulir Auditor');
    expect(screen.getByTestId('pandu-no-case').textContent).toMatch(/Belum ada kasus terbuka/);
    const step = screen.getByTestId('pandu-step');
    expect(within(step).getByText(/Pelaksana:/).parentElement!.textContent).toContain('Admin');
    // no case → no start/finish buttons
    expect(screen.queryByTestId('pandu-start')).toBeNull();
  });

  it('unknown page: calm message and a manual SOP/step chooser', () => {
    const onChoose = vi.fn();
    render(<PanelApp {...props({ onChoose })} />);
    expect(screen.getByTestId('pandu-page').textContent).toBe('Halaman belum dikenali');
    const manual = screen.getByTestId('pandu-manual');
    fireEvent.change(within(manual).getByLabelText('Pilih SOP'), { target: { value: belitung.id } });
    expect(onChoose).toHaveBeenCalledWith(belitung.id, belitung.steps[0].no);
  });

  it('several matches: the user picks one', () => {
    const onChoose = vi.fn();
    const m = locate(sops, { pageId: 'pegawai-form' });
    const located = m.matches.length > 1 ? m : { matches: [...m.matches, ...locate(sops, { pageId: 'auditor-form' }).matches], best: null, ambiguous: true };
    render(<PanelApp {...props({ match: { pageId: 'pegawai-form', confidence: 0.9, role: 'admin-agency' }, located, onChoose })} />);
    const list = screen.getByTestId('pandu-several');
    const buttons = within(list).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(1);
    fireEvent.click(buttons[1]);
    expect(onChoose).toHaveBeenCalledWith(located.matches[1].sop.id, located.matches[1].step.no);
  });

  it('a running decision step asks its question and branches', () => {
    const onFinish = vi.fn();
    const events = [ev(1, '2026-11-23T01:00:00Z', '2026-11-23T01:05:00Z'), ev(2, '2026-11-23T01:05:00Z', '2026-11-23T01:10:00Z'), ev(3, '2026-11-23T01:10:00Z', null)];
    const progress = caseProgress(belitung, events, cal, '2026-11-23T01:20:00Z');
    const step = belitung.steps.find((s) => s.no === 3)!;
    render(<PanelApp {...props({ cases: [aCase], activeCase: aCase, progress, shown: { sop: belitung, step }, onFinish })} />);
    const decision = screen.getByTestId('pandu-decision');
    expect(decision.textContent).toContain('Berkas persyaratan registrasi auditor lengkap?');
    fireEvent.click(within(decision).getByRole('button', { name: 'Tidak' }));
    expect(onFinish).toHaveBeenCalledWith('no');
    // live timer: 10 working minutes of 15 → 67 %, on time
    expect(screen.getByTestId('pandu-timer').dataset.verdict).toBe('on-time');
    expect(screen.getByTestId('pandu-timer').textContent).toContain('10 menit kerja');
  });

  it('an open case: picker, start button, flow with the current step marked', () => {
    const onStart = vi.fn();
    const onSelectCase = vi.fn();
    const progress = caseProgress(belitung, [], cal, '2026-11-23T01:20:00Z');
    const step = belitung.steps[0];
    render(<PanelApp {...props({ cases: [aCase], activeCase: aCase, progress, shown: { sop: belitung, step }, onStart, onSelectCase })} />);
    fireEvent.click(screen.getByTestId('pandu-start'));
    expect(onStart).toHaveBeenCalled();
    const picker = screen.getByTestId('pandu-case-picker') as HTMLSelectElement;
    expect(picker.value).toBe('case-1');
    fireEvent.change(picker, { target: { value: '' } });
    expect(onSelectCase).toHaveBeenCalledWith(null);
    const current = screen.getByTestId('pandu-flow').querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain(`${step.no}.`);
  });

  it('lists the open cases with their current step and verdict', () => {
    const onSelectCase = vi.fn();
    const other = { ...aCase, id: 'case-2', letter: { ...aCase.letter, number: '800/1/2026' } };
    render(
      <PanelApp
        {...props({
          cases: [aCase, other],
          activeCase: aCase,
          onSelectCase,
          summaries: [
            { caseId: 'case-1', currentStep: 3, verdict: 'late', done: false },
            { caseId: 'case-2', currentStep: null, verdict: 'on-time', done: true },
          ],
        })}
      />,
    );
    const items = screen.getByTestId('pandu-case-list').querySelectorAll('li');
    expect(items[0].textContent).toContain('Langkah 3');
    expect(items[0].textContent).toContain('terlambat');
    expect(items[1].textContent).toContain('selesai');
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button'));
    expect(onSelectCase).toHaveBeenCalledWith('case-2');
  });

  it('a late running step is flagged', () => {
    const events = [ev(6, '2026-11-23T01:00:00Z', null)];
    const progress = caseProgress(belitung, events, cal, '2026-11-23T03:00:00Z');
    const step = belitung.steps.find((s) => s.no === 6)!;
    render(<PanelApp {...props({ cases: [aCase], activeCase: aCase, progress, shown: { sop: belitung, step } })} />);
    expect(screen.getByTestId('pandu-timer').dataset.verdict).toBe('late');
    expect(screen.getByTestId('pandu-finish')).toBeTruthy();
  });

  it('speaks English too', () => {
    render(<PanelApp {...props({ lang: 'en' })} />);
    expect(screen.getByTestId('pandu-page').textContent).toBe('Page not recognised yet');
  });

  it('collapses to a small tab', () => {
    const onToggle = vi.fn();
    const { rerender } = render(<PanelApp {...props({ lang: 'en', onToggle })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse panel' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<PanelApp {...props({ lang: 'en', onToggle, collapsed: true })} />);
    expect(screen.queryByTestId('pandu-panel')).toBeNull();
    expect(screen.getByTestId('pandu-tab')).toBeTruthy();
  });

  it('opened from the keyboard shortcut, the focus moves into the panel', () => {
    render(<PanelApp {...props({ focusOnOpen: true })} />);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Ciutkan panel');
  });

  it('names a built-in field that was not found', () => {
    render(<PanelApp {...props({ match: { pageId: 'auditor-form', confidence: 0.8, role: null }, missingFields: ['NIP'] })} />);
    expect(screen.getByTestId('pandu-missing-field').textContent).toBe('Kolom tidak ditemukan: NIP');
  });
});
