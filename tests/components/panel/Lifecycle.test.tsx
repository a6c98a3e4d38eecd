// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { CaseLifecycle } from '../../../components/panel/CaseLifecycle';
import { TimerBadge } from '../../../components/panel/TimerBadge';
import { StepCard } from '../../../components/panel/StepCard';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { caseEventSchema, caseSchema, type CaseEvent } from '../../../lib/log/schema';
import { caseProgress, clockState, formatResume, simpleCalendar, stepTiming } from '../../../lib/timing';

const W = (date: string, time: string) => `${date}T${time}:00+07:00`;
const cal = simpleCalendar({ nationalHolidays: false });
const kase = caseSchema.parse({ id: 'k1', sopId: 'oganilir-04-user-id-ppk', letter: {}, receivedAt: W('2026-11-23', '08:00'), createdAt: W('2026-11-23', '08:00'), updatedAt: W('2026-11-23', '08:00') });
let n = 0;
const ev = (kind: CaseEvent['kind'], at: string, over: Partial<CaseEvent> = {}) => caseEventSchema.parse({ id: `e${++n}`, caseId: 'k1', kind, at, recordedAt: at, ...over });

describe('CaseLifecycle (panel)', () => {
  it('an open case can be held (a reason is required), closed as done, or cancelled with a reason', () => {
    const onTransition = vi.fn();
    render(<CaseLifecycle lang="id" kase={kase} ledger={[]} busy={false} onTransition={onTransition} />);
    expect(screen.getByTestId('pandu-case-status').textContent).toBe('Berjalan');
    expect(screen.queryByTestId('pandu-reopen')).toBeNull();
    fireEvent.click(screen.getByTestId('pandu-hold'));
    fireEvent.click(screen.getByTestId('pandu-reason-save'));
    expect(screen.getByRole('alert').textContent).toBe('Alasan wajib diisi.');
    expect(onTransition).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('pandu-reason'), { target: { value: 'menunggu SK PPK' } });
    fireEvent.click(screen.getByTestId('pandu-reason-save'));
    expect(onTransition).toHaveBeenLastCalledWith({ action: 'hold', reason: 'menunggu SK PPK' });
    fireEvent.click(screen.getByTestId('pandu-close-done'));
    expect(onTransition).toHaveBeenLastCalledWith({ action: 'close', closeStatus: 'done' });
    fireEvent.click(screen.getByTestId('pandu-cancel-case'));
    fireEvent.change(screen.getByTestId('pandu-reason'), { target: { value: 'ditarik pemohon' } });
    fireEvent.click(screen.getByTestId('pandu-reason-save'));
    expect(onTransition).toHaveBeenLastCalledWith({ action: 'close', closeStatus: 'cancelled', reason: 'ditarik pemohon' });
  });

  it('a waiting case shows since when and why, and resumes', () => {
    const onTransition = vi.fn();
    render(<CaseLifecycle lang="id" kase={kase} ledger={[ev('held', W('2026-11-23', '09:00'), { reason: 'menunggu kelengkapan' })]} busy={false} onTransition={onTransition} />);
    expect(screen.getByTestId('pandu-case-status').textContent).toBe('Menunggu');
    expect(screen.getByTestId('pandu-waiting').textContent).toBe('Menunggu sejak 2026-11-23 09:00: menunggu kelengkapan. Jam layanan ditahan.');
    expect(screen.queryByTestId('pandu-hold')).toBeNull();
    fireEvent.click(screen.getByTestId('pandu-resume'));
    expect(onTransition).toHaveBeenCalledWith({ action: 'resume' });
  });

  it('a case closed automatically says so, can be undone, and reopens only with a reason', () => {
    const onTransition = vi.fn();
    const onUndo = vi.fn();
    const closed = ev('closed', W('2026-11-23', '10:00'), { closeStatus: 'done', auto: true, reason: 'langkah terakhir (5) selesai' });
    render(<CaseLifecycle lang="id" kase={kase} ledger={[closed]} busy={false} onTransition={onTransition} onUndo={onUndo} />);
    expect(screen.getByTestId('pandu-case-status').textContent).toBe('Selesai');
    expect(screen.getByTestId('pandu-closed').textContent).toContain('(otomatis: langkah terakhir selesai)');
    expect(screen.queryByTestId('pandu-hold')).toBeNull();
    fireEvent.click(screen.getByTestId('pandu-undo-close'));
    expect(onUndo).toHaveBeenCalledWith(closed.id);
    fireEvent.click(screen.getByTestId('pandu-reopen'));
    fireEvent.change(screen.getByTestId('pandu-reason'), { target: { value: 'email salah' } });
    fireEvent.click(screen.getByTestId('pandu-reason-save'));
    expect(onTransition).toHaveBeenCalledWith({ action: 'reopen', reason: 'email salah' });
  });
});

describe('honest timer badge', () => {
  const thirty = { min: 30, max: 30, unit: 'minute' as const };
  it('outside working hours it says so and when counting resumes', () => {
    const now = W('2026-11-27', '18:00'); // Friday evening
    const timing = stepTiming(cal, thirty, W('2026-11-27', '15:50'), null, now);
    const clock = clockState(cal, now);
    render(<TimerBadge timing={timing} lang="id" clock={clock} resumeText={clock.kind === 'off-hours' ? formatResume(clock.resumesAt!, cal, now) : null} calendarMinutes={130} />);
    expect(screen.getByTestId('pandu-timer').textContent).toContain('10 menit kerja · 33% terpakai tepat waktu · Di luar jam kerja — dihitung lagi Senin 08.00 WIB');
    expect(screen.getByTestId('pandu-timer').dataset.clock).toBe('off-hours');
    const details = screen.getByTestId('pandu-timer-details').textContent!;
    expect(details).toContain('Waktu kalender: 2 j 10 m');
    expect(details).toContain('Waktu kerja: 10 menit');
  });

  it('inside hours it ticks without a note; while held it says the clock is held and shows held time', () => {
    const timing = stepTiming(cal, thirty, W('2026-11-26', '10:00'), null, W('2026-11-26', '10:05'));
    const { unmount } = render(<TimerBadge timing={timing} lang="id" clock={clockState(cal, W('2026-11-26', '10:05'))} />);
    expect(screen.queryByTestId('pandu-timer-still')).toBeNull();
    unmount();
    const holds = [{ from: W('2026-11-26', '10:10'), to: null }];
    const held = stepTiming(cal, thirty, W('2026-11-26', '10:00'), null, W('2026-11-26', '11:00'), holds);
    render(<TimerBadge timing={held} lang="id" clock={clockState(cal, W('2026-11-26', '11:00'), holds)} />);
    expect(screen.getByTestId('pandu-timer-still').textContent).toContain('Ditahan (menunggu) — tidak dihitung');
    expect(screen.getByTestId('pandu-timer-held').textContent).toBe('Waktu tunggu (tidak dihitung): 50 menit kerja');
  });
});

describe('StepCard on a finished step', () => {
  it('offers "Ulangi langkah" with a reason instead of a second silent start', () => {
    const sop = getBuiltinSop('oganilir-04-user-id-ppk')!;
    const step = sop.steps[0];
    const events = [{ id: 's1', caseId: 'k1', stepNo: step.no, actor: null, startedAt: W('2026-11-23', '09:00'), finishedAt: W('2026-11-23', '09:05'), by: null, note: null, verdict: null, decision: null, updatedAt: W('2026-11-23', '09:05') }];
    const progress = caseProgress(sop, events, cal, W('2026-11-23', '09:10')).steps[0];
    const onStart = vi.fn();
    const onRedo = vi.fn();
    render(<StepCard lang="id" sop={sop} step={step} progress={progress} canAct busy={false} onStart={onStart} onFinish={() => {}} onGo={() => {}} previousNo={null} nextNo={2} onRedo={onRedo} />);
    expect(screen.queryByTestId('pandu-start')).toBeNull();
    fireEvent.click(screen.getByTestId('pandu-redo'));
    expect((screen.getByTestId('pandu-redo-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('pandu-redo-reason'), { target: { value: 'NIP salah' } });
    fireEvent.click(screen.getByTestId('pandu-redo-save'));
    expect(onRedo).toHaveBeenCalledWith('NIP salah');
    expect(onStart).not.toHaveBeenCalled();
  });
});
