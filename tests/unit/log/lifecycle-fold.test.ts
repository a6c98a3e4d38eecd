import { describe, expect, it } from 'vitest';
import {
  byLedgerOrder,
  casesWithDerivedState,
  deriveLifecycle,
  effectiveEvents,
  effectiveStepEvent,
  effectiveStepEvents,
  finishUndoKey,
  refusal,
  statusText,
  undoneKeys,
  withDerivedState,
} from '../../../lib/log/lifecycle';
import { caseEventSchema, caseSchema, stepEventSchema, type Case, type CaseEvent, type StepEvent } from '../../../lib/log/schema';

/** The pure fold of lib/log/lifecycle.ts, rule by rule (mutation testing, issue 19). */
const W = '2026-11-23T01:00:00.000Z';
const at = (minute: number) => new Date(Date.parse('2026-11-23T02:00:00.000Z') + minute * 60_000).toISOString();
let n = 0;
const ev = (kind: CaseEvent['kind'], minute: number, extra: Partial<CaseEvent> = {}): CaseEvent =>
  caseEventSchema.parse({ id: `ce${String(++n).padStart(3, '0')}`, caseId: 'c1', kind, at: at(minute), recordedAt: W, ...extra });
const step = (extra: Partial<StepEvent> = {}): StepEvent => stepEventSchema.parse({ id: 's1', caseId: 'c1', stepNo: 2, startedAt: at(0), updatedAt: W, ...extra });
const kase = (extra: Partial<Case> = {}): Case =>
  caseSchema.parse({ id: 'c1', sopId: 'sop', letter: {}, receivedAt: W, createdAt: W, updatedAt: W, status: 'open', ...extra });

describe('ledger order', () => {
  it('by `at`, then by when written, then by id; equal events compare 0', () => {
    const a = ev('held', 1, { id: 'b', recordedAt: at(5) });
    const b = ev('held', 1, { id: 'a', recordedAt: at(6) });
    const c = ev('held', 1, { id: 'c', recordedAt: at(6) });
    const d = ev('held', 0, { id: 'z', recordedAt: at(9) });
    expect([c, b, a, d].sort(byLedgerOrder).map((e) => e.id)).toEqual(['z', 'b', 'a', 'c']);
    expect(byLedgerOrder(a, a)).toBe(0);
    expect(byLedgerOrder(b, c)).toBeLessThan(0);
    expect(byLedgerOrder(c, b)).toBeGreaterThan(0);
    expect(byLedgerOrder(d, a)).toBeLessThan(0);
    expect(byLedgerOrder(a, b)).toBeLessThan(0);
  });
});

describe('undone events', () => {
  it('an `undone` event takes back the event it names and is not itself counted; an `undone` naming nothing takes back nothing', () => {
    const held = ev('held', 2);
    const resumed = ev('resumed', 1);
    const undo = ev('undone', 3, { undoes: held.id });
    const empty = ev('undone', 4, { undoes: null });
    expect(undoneKeys([held, undo, empty])).toEqual(new Set([held.id]));
    expect(undoneKeys([held, ev('held', 5, { undoes: resumed.id })])).toEqual(new Set());
    expect(effectiveEvents([held, undo, resumed, empty]).map((e) => e.id)).toEqual([resumed.id]);
    expect(effectiveEvents([held, resumed]).map((e) => e.id)).toEqual([resumed.id, held.id]);
  });

  it('step events: taken back whole, or only their automatic finish (then the step runs again)', () => {
    const finished = step({ finishedAt: at(10), verdict: 'on-time', autoFinished: true });
    expect(effectiveStepEvent(finished, new Set(['s1']))).toBeNull();
    expect(effectiveStepEvent(finished, new Set([finishUndoKey('s1', at(10))]))).toEqual({ ...finished, finishedAt: null, verdict: null, autoFinished: undefined });
    // a later finish (another instant) stands
    expect(effectiveStepEvent(finished, new Set([finishUndoKey('s1', at(9))]))).toBe(finished);
    const running = step();
    expect(effectiveStepEvent(running, new Set([finishUndoKey('s1', at(10))]))).toBe(running);
    expect(finishUndoKey('e9', at(1))).toBe(`e9#finish@${at(1)}`);
  });

  it('effectiveStepEvents drops what is taken back and returns a new list', () => {
    const a = step({ id: 'a' });
    const b = step({ id: 'b', finishedAt: at(3) });
    const list = [a, b];
    const same = effectiveStepEvents(list, []);
    expect(same).toEqual(list);
    expect(same).not.toBe(list);
    expect(effectiveStepEvents(list, [ev('undone', 1, { undoes: 'a' })])).toEqual([b]);
    expect(effectiveStepEvents(list, [ev('undone', 1, { undoes: finishUndoKey('b', at(3)) })])).toEqual([a, { ...b, finishedAt: null, verdict: null, autoFinished: undefined }]);
  });
});

describe('deriveLifecycle', () => {
  it('without lifecycle events the stored status stands; with any, the events decide from "open"', () => {
    expect(deriveLifecycle(kase({ status: 'done' }), []).status).toBe('done');
    expect(deriveLifecycle(kase({ status: 'done' }), [ev('step-redone', 1, { stepNo: 3 })]).status).toBe('done');
    expect(deriveLifecycle(kase({ status: 'done' }), [ev('held', 1)]).status).toBe('waiting');
    expect(deriveLifecycle(kase({ status: 'cancelled' }), [ev('resumed', 1)]).status).toBe('open');
  });

  it('a hold only from open, a resume only from waiting; the hold span ends at the resume', () => {
    const life = deriveLifecycle(kase(), [ev('resumed', 0), ev('held', 1, { reason: 'berkas kurang' }), ev('held', 2, { reason: 'lagi' }), ev('resumed', 3), ev('resumed', 4)]);
    expect(life.status).toBe('open');
    expect(life.holds).toEqual([{ from: at(1), to: at(3), reason: 'berkas kurang' }]);
  });

  it('closing from waiting ends the hold; closeStatus names done or cancelled (done when missing); a closed case ignores hold, resume and close', () => {
    const life = deriveLifecycle(kase(), [ev('held', 1), ev('closed', 2, { closeStatus: 'cancelled', reason: 'ditarik', auto: false }), ev('held', 3), ev('resumed', 4), ev('closed', 5, { closeStatus: 'done', reason: 'x', auto: true })]);
    expect(life).toMatchObject({ status: 'cancelled', closedAt: at(2), closeReason: 'ditarik', closedAutomatically: false, reopenCount: 0 });
    expect(life.holds).toEqual([{ from: at(1), to: at(2), reason: null }]);
    const auto = deriveLifecycle(kase(), [ev('closed', 1, { auto: true, reason: null })]);
    expect(auto).toMatchObject({ status: 'done', closedAt: at(1), closeReason: null, closedAutomatically: true });
    // closing while open leaves the (closed) holds alone
    const closedOpen = deriveLifecycle(kase(), [ev('held', 1), ev('resumed', 2), ev('closed', 3)]);
    expect(closedOpen.holds).toEqual([{ from: at(1), to: at(2), reason: null }]);
  });

  it('reopening only a closed case clears the close and counts; reopening an open or waiting case does nothing', () => {
    const life = deriveLifecycle(kase(), [ev('reopened', 0), ev('closed', 1, { auto: true, reason: 'selesai' }), ev('reopened', 2), ev('held', 3), ev('reopened', 4)]);
    expect(life).toMatchObject({ status: 'waiting', closedAt: null, closeReason: null, closedAutomatically: false, reopenCount: 1 });
    const twice = deriveLifecycle(kase(), [ev('closed', 1, { closeStatus: 'cancelled' }), ev('reopened', 2), ev('closed', 3), ev('reopened', 4)]);
    expect(twice.reopenCount).toBe(2);
    expect(twice.status).toBe('open');
  });

  it('redone steps in order (a redo without a step number is ignored); the first done mark per person wins; stored marks stay', () => {
    const life = deriveLifecycle(kase({ people: [{ name: 'A', doneAt: at(-5) }, { name: 'B' }, { name: 'C' }] as Case['people'] }), [
      ev('step-redone', 1, { stepNo: 4 }),
      ev('step-redone', 2, { stepNo: null }),
      ev('step-redone', 3, { stepNo: 2 }),
      ev('person-done', 4, { person: 0 }),
      ev('person-done', 5, { person: 1 }),
      ev('person-done', 6, { person: 1 }),
      ev('person-done', 7, { person: null }),
    ]);
    expect(life.redoneSteps).toEqual([4, 2]);
    expect([...life.peopleDone]).toEqual([
      [0, at(-5)],
      [1, at(5)],
    ]);
    expect(life.status).toBe('open');
  });
});

describe('derived cases', () => {
  it('withDerivedState: the derived status and done marks, nothing else changed', () => {
    const c = kase({ people: [{ name: 'A' }, { name: 'B', doneAt: at(1) }] as Case['people'] });
    const d = withDerivedState(c, [ev('held', 2), ev('person-done', 3, { person: 0 })]);
    expect(d).toEqual({ ...c, status: 'waiting', people: [{ ...c.people[0], doneAt: at(3) }, c.people[1]] });
  });

  it('casesWithDerivedState: each case with its own events; cases without events unchanged; a new list', () => {
    const a = kase({ id: 'a' });
    const b = kase({ id: 'b', status: 'done' });
    const cases = [a, b];
    const none = casesWithDerivedState(cases, []);
    expect(none).toEqual(cases);
    expect(none).not.toBe(cases);
    const out = casesWithDerivedState(cases, [ev('held', 1, { caseId: 'a' }), ev('reopened', 2, { caseId: 'b' }), ev('held', 3, { caseId: 'a' })]);
    expect(out.map((c) => c.status)).toEqual(['waiting', 'open']);
    const onlyA = casesWithDerivedState(cases, [ev('held', 1, { caseId: 'a' })]);
    expect(onlyA[1]).toBe(b);
  });
});

describe('refusals, in Indonesian', () => {
  it('names the status', () => {
    expect(['open', 'waiting', 'done', 'cancelled'].map((s) => statusText(s as Case['status']))).toEqual(['sedang berjalan', 'sedang menunggu', 'sudah selesai', 'sudah dibatalkan']);
  });

  it('every transition in every status', () => {
    const table = (['open', 'waiting', 'done', 'cancelled'] as const).map((s) => (['hold', 'resume', 'close', 'reopen', 'step'] as const).map((t) => refusal(s, t)));
    expect(table).toEqual([
      [null, 'Kasus sedang berjalan, tidak sedang menunggu; tidak ada yang dilanjutkan.', null, 'Kasus sedang berjalan; hanya kasus yang selesai atau dibatalkan dapat dibuka kembali.', null],
      [
        'Kasus sedang menunggu; hanya kasus yang sedang berjalan dapat ditunda.',
        null,
        null,
        'Kasus sedang menunggu; hanya kasus yang selesai atau dibatalkan dapat dibuka kembali.',
        'Kasus sedang menunggu (jam ditahan): lanjutkan kasus dulu (case resume), lalu kerjakan langkahnya.',
      ],
      [
        'Kasus sudah selesai; hanya kasus yang sedang berjalan dapat ditunda.',
        'Kasus sudah selesai, tidak sedang menunggu; tidak ada yang dilanjutkan.',
        'Kasus sudah selesai; buka kembali dulu bila perlu diubah.',
        null,
        'Kasus sudah selesai: langkah tidak dapat dimulai atau diselesaikan. Buka kembali kasus dengan alasan (case reopen) bila memang perlu.',
      ],
      [
        'Kasus sudah dibatalkan; hanya kasus yang sedang berjalan dapat ditunda.',
        'Kasus sudah dibatalkan, tidak sedang menunggu; tidak ada yang dilanjutkan.',
        'Kasus sudah dibatalkan; buka kembali dulu bila perlu diubah.',
        null,
        'Kasus sudah dibatalkan: langkah tidak dapat dimulai atau diselesaikan. Buka kembali kasus dengan alasan (case reopen) bila memang perlu.',
      ],
    ]);
  });
});

describe('marks and forwarding in the fold (kelengkapan ticks, "Diteruskan kepada")', () => {
  it('the last tick of a requirement wins; incomplete tick events are ignored', () => {
    const life = deriveLifecycle(kase(), [
      ev('requirement-checked', 1, { stepNo: 2, requirement: 0, checked: true }),
      ev('requirement-checked', 2, { stepNo: 2, requirement: 1, checked: true }),
      ev('requirement-checked', 3, { stepNo: 2, requirement: 0, checked: false }),
      ev('requirement-checked', 4, { stepNo: null, requirement: 3, checked: true }),
      ev('requirement-checked', 5, { stepNo: 2, requirement: null, checked: true }),
      ev('requirement-checked', 6, { stepNo: 2, requirement: 4, checked: null }),
    ]);
    expect([...life.requirementsChecked.values()]).toEqual([false, true]);
    expect(life.requirementsChecked.size).toBe(2);
  });

  it('a forward sets who the case goes to; without one the case keeps its own assignee', () => {
    const mine = kase({ assignedTo: 'Ani' });
    expect(withDerivedState(mine, []).assignedTo).toBe('Ani');
    expect(withDerivedState(mine, [ev('held', 1)]).assignedTo).toBe('Ani');
    expect(withDerivedState(mine, [ev('forwarded', 1, { forwardedTo: 'Budi' })]).assignedTo).toBe('Budi');
    expect(deriveLifecycle(mine, [ev('forwarded', 1, { forwardedTo: 'Budi' }), ev('forwarded', 2, { forwardedTo: null })]).forwardedTo).toBe('Budi');
  });

  it('a case closed by hand is not closed automatically; one closed by its last step is', () => {
    expect(deriveLifecycle(kase(), [ev('closed', 1, { closeStatus: 'done' })]).closedAutomatically).toBe(false);
    expect(deriveLifecycle(kase(), []).closedAutomatically).toBe(false);
    expect(deriveLifecycle(kase(), [ev('closed', 1, { closeStatus: 'done', auto: true })]).closedAutomatically).toBe(true);
  });

  it('folding without ledger events returns new arrays, never the caller’s', () => {
    const cases = [kase()];
    const out = casesWithDerivedState(cases, []);
    expect(out).toEqual(cases);
    expect(out).not.toBe(cases);
    const steps = [step()];
    const kept = effectiveStepEvents(steps, []);
    expect(kept).toEqual(steps);
    expect(kept).not.toBe(steps);
    const events = [ev('held', 2), ev('resumed', 1)];
    const ordered = effectiveEvents(events);
    expect(ordered.map((e) => e.kind)).toEqual(['resumed', 'held']);
    expect(events.map((e) => e.kind)).toEqual(['held', 'resumed']); // the input is not sorted in place
  });
});
