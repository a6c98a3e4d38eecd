// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type OpenPanelResult, type PopupCase, type PopupData } from '../../../components/popup/PopupApp';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { settingsSchema, type Case, type StepEvent } from '../../../lib/log/schema';
import { calendarFromSettings } from '../../../lib/timing';

const SOP = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
const T0 = Date.parse('2026-11-24T02:00:00.000Z'); // a Tuesday, 09.00 WIB
const ALL_HOURS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { from: '00:00', to: '24:00' }]));
const calendar = calendarFromSettings(settingsSchema.parse({ workingHours: ALL_HOURS, nationalHolidays: false }), { from: 2000, to: 2100, dates: new Set() });

const kase = (id: string, status: Case['status'], number: string): Case =>
  ({ id, sopId: SOP.id, sopVersion: SOP.version, letter: { number, date: null, sender: 'Inspektorat Daerah', subject: 'User ID', role: 'auditor' }, people: [{ name: 'Agus Wibowo' }], receivedAt: new Date(T0 - 3_600_000).toISOString(), status, assignedTo: null, createdBy: null, createdAt: new Date(T0).toISOString(), updatedAt: new Date(T0).toISOString(), note: null }) as Case;
const event = (caseId: string, stepNo: number, startedAt: number, finishedAt: number | null): StepEvent =>
  ({ id: `${caseId}-${stepNo}`, caseId, stepNo, actor: null, startedAt: new Date(startedAt).toISOString(), finishedAt: finishedAt === null ? null : new Date(finishedAt).toISOString(), by: null, note: null, verdict: null, decision: null, updatedAt: new Date(startedAt).toISOString() }) as StepEvent;

/** Case A: step 2 (10-minute standard) runs since T0 − 5 min. Case B: step 1 done, nothing running. */
const cases: PopupCase[] = [
  { case: kase('a', 'open', '700/1/ITDA/2026'), sop: SOP, events: [event('a', 1, T0 - 20 * 60_000, T0 - 10 * 60_000), event('a', 2, T0 - 5 * 60_000, null)], ledger: [] },
  { case: kase('b', 'open', '700/2/ITDA/2026'), sop: SOP, events: [event('b', 1, T0 - 20 * 60_000, T0 - 10 * 60_000)], ledger: [] },
];

let now = T0;
const clock = () => now;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  now = T0;
});
afterEach(() => vi.useRealTimers());

function show(lang: 'id' | 'en', data: PopupData = { kind: 'ready', cases, calendar }, onOpenPanel = vi.fn(async (): Promise<OpenPanelResult> => ({ kind: 'opened' }))) {
  const view = render(<PopupApp lang={lang} onLangChange={() => {}} data={data} onOpenPanel={onOpenPanel} reportUrl="chrome-extension://x/report.html" optionsUrl="chrome-extension://x/options.html" clock={clock} />);
  return { ...view, onOpenPanel };
}

describe('toolbar popup', () => {
  it('lists the open cases; the running step shows the panel’s timer badge, which counts on every second', () => {
    const { container } = show('id');
    const items = container.querySelectorAll('[data-testid="popup-case"]');
    expect([...items].map((i) => i.getAttribute('data-case-id'))).toEqual(['a', 'b']);
    const timer = items[0].querySelector('[data-testid="pandu-timer"]')!;
    expect(timer.textContent).toMatch(/^5 menit kerja · 50% terpakai tepat waktu/);
    expect(items[1].querySelector('[data-testid="pandu-timer"]')).toBeNull();
    expect(items[1].textContent).toMatch(/Langkah 2: .* — belum dimulai/);
    // 4 minutes later: 9 of 10 minutes, the verdict turns to "hampir lewat"
    now = T0 + 4 * 60_000;
    act(() => vi.advanceTimersByTime(1000));
    expect(timer.textContent).toMatch(/^9 menit kerja · 90% terpakai hampir lewat/);
    expect(timer.getAttribute('data-verdict')).toBe('warning');
  });

  it('the open-panel button has the focus, is keyboard-operable and says what happened', async () => {
    const { onOpenPanel } = show('id');
    const button = screen.getByRole('button', { name: 'Buka panel di tab ini' });
    expect(document.activeElement).toBe(button);
    await act(async () => fireEvent.click(button));
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Panel terbuka di tab SPSE.');
  });

  it('without an SPSE tab it says so, in the chosen language', async () => {
    show('en', undefined, vi.fn(async (): Promise<OpenPanelResult> => ({ kind: 'no-tab' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open panel on this tab' })));
    expect(screen.getByRole('status').textContent).toBe('No SPSE tab in this window. Open SPSE and try again.');
  });

  it('links to the report and the settings', () => {
    show('id');
    expect(screen.getByRole('link', { name: 'Laporan' }).getAttribute('href')).toBe('chrome-extension://x/report.html');
    expect(screen.getByRole('link', { name: 'Pengaturan' }).getAttribute('href')).toBe('chrome-extension://x/options.html');
  });

  it('in English, nothing Indonesian but the records themselves', () => {
    const { container } = show('en');
    const text = container.textContent ?? '';
    expect(text).toContain('Open cases today');
    expect(text).toMatch(/5 working minutes · 50% elapsed on time/);
    for (const word of ['Langkah', 'menit', 'terpakai', 'tepat waktu', 'Buka', 'Laporan', 'Pengaturan', 'belum dimulai', 'Kasus']) expect(text, word).not.toContain(word);
  });

  it('an empty list and a read failure are said, not shown blank', () => {
    const { container, rerender } = show('id', { kind: 'ready', cases: [], calendar });
    expect(container.textContent).toContain('Tidak ada kasus terbuka.');
    rerender(<PopupApp lang="en" onLangChange={() => {}} data={{ kind: 'error', message: 'boom' }} onOpenPanel={async () => ({ kind: 'opened' })} reportUrl="r" optionsUrl="o" clock={clock} />);
    expect(screen.getByRole('alert').textContent).toBe('Could not read the records: boom');
  });
});
