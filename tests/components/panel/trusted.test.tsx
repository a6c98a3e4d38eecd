// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelApp, type PanelAppProps } from '../../../components/panel/PanelApp';
import { FillPreview } from '../../../components/prefill/FillPreview';
import { acceptUntrustedEventsForTests, blockUntrustedEvents, isTrustedEvent, trusted } from '../../../components/panel/trusted';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { locate } from '../../../lib/sop/locate';
import { planFill } from '../../../lib/prefill/plan';
import { BUDI, sandboxDoc } from '../../unit/prefill/helpers';
import type { Case } from '../../../lib/log/schema';

/** Issue 11 item 1: a page script's synthetic events must not write to the log or reveal people. */
const sops = builtinCatalog();
const belitung = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
const aCase: Case = {
  id: 'case-1',
  sopId: belitung.id,
  sopVersion: '1',
  letter: { number: '700/12/ITDA/2026', date: '2026-11-20', sender: 'Inspektorat Daerah', subject: 'Permohonan', role: 'auditor' },
  people: [{ name: 'Agus Wibowo, S.E.', nip: '197812312003121004', position: null, email: null, phone: null, doneAt: null }],
  receivedAt: '2026-11-23T01:00:00.000Z',
  status: 'open',
  assignedTo: null,
  createdBy: null,
  createdAt: '2026-11-23T01:00:00.000Z',
  updatedAt: '2026-11-23T01:00:00.000Z',
  note: null,
};

function panel(over: Partial<PanelAppProps>) {
  const located = locate(sops, { pageId: 'auditor-form', caseSopId: belitung.id, currentStepNo: 1 });
  const best = located.best ?? located.matches[0];
  const p: PanelAppProps = {
    match: { pageId: 'auditor-form', confidence: 0.95, role: 'admin-ppe' },
    lang: 'id',
    collapsed: false,
    onToggle: () => {},
    sops,
    cases: [aCase, { ...aCase, id: 'case-2' }],
    activeCase: aCase,
    located,
    shown: { sop: best.sop, step: best.step },
    ...over,
  };
  return render(<PanelApp {...p} />);
}

describe('untrusted (synthetic) events are ignored', () => {
  beforeEach(() => acceptUntrustedEventsForTests(false));

  it('isTrustedEvent reads the event or React’s nativeEvent', () => {
    expect(isTrustedEvent(new Event('click'))).toBe(false);
    expect(isTrustedEvent({ nativeEvent: { isTrusted: true } })).toBe(true);
    expect(isTrustedEvent({ isTrusted: true })).toBe(true);
    const fn = vi.fn();
    trusted(fn)(new Event('click') as never);
    expect(fn).not.toHaveBeenCalled();
  });

  it('selecting a case, “Mulai langkah” and “Selesai” do nothing for a synthetic event', () => {
    const onSelectCase = vi.fn();
    const onStart = vi.fn();
    const onFinish = vi.fn();
    panel({ onSelectCase, onStart, onFinish });
    fireEvent.change(screen.getByTestId('pandu-case-picker'), { target: { value: 'case-2' } });
    fireEvent.click(screen.getByTestId('pandu-start'));
    expect(onSelectCase).not.toHaveBeenCalled();
    expect(onStart).not.toHaveBeenCalled();
  });

  it('“Isi formulir”, picking a person and “Tandai selesai” do nothing for a synthetic event', () => {
    const onFill = vi.fn();
    const onMarkDone = vi.fn();
    const onPickPerson = vi.fn();
    const plan = planFill(sandboxDoc('/eproc4/admin/auditor/baru'), 'auditor-form', BUDI);
    render(<FillPreview lang="id" people={[BUDI, { ...BUDI, name: 'Siti' }]} donePeople={[]} plan={plan} onPickPerson={onPickPerson} onFill={onFill} onUndo={() => {}} onMarkDone={onMarkDone} filled={false} />);
    fireEvent.click(screen.getByTestId('pandu-fill-button'));
    fireEvent.click(screen.getByTestId('pandu-mark-done-button'));
    fireEvent.click(screen.getAllByRole('radio')[1]);
    expect(onFill).not.toHaveBeenCalled();
    expect(onMarkDone).not.toHaveBeenCalled();
    expect(onPickPerson).not.toHaveBeenCalled();
  });

  it('the same clicks work when the event is trusted (control)', () => {
    acceptUntrustedEventsForTests(true);
    const onStart = vi.fn();
    const onSelectCase = vi.fn();
    panel({ onStart, onSelectCase });
    fireEvent.change(screen.getByTestId('pandu-case-picker'), { target: { value: 'case-2' } });
    fireEvent.click(screen.getByTestId('pandu-start'));
    expect(onSelectCase).toHaveBeenCalledWith('case-2');
    expect(onStart).toHaveBeenCalled();
  });

  it('the shadow root drops synthetic events before anything inside sees them', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const button = document.createElement('button');
    root.append(button);
    const seen = vi.fn();
    button.addEventListener('click', seen);
    const stop = blockUntrustedEvents(root);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).not.toHaveBeenCalled();
    stop();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
