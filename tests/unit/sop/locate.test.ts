import { describe, expect, it } from 'vitest';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { currentStepOf, locate, nextStepNo, previousStepNo, sopOfPage, stepsOnPage } from '../../../lib/sop/locate';
import { caseProgress, simpleCalendar } from '../../../lib/timing';
import type { StepEvent } from '../../../lib/log/schema';

const catalog = builtinCatalog();

describe('locate (page, case) → SOP steps', () => {
  it('every SPSE-side step of the catalog names pages that exist', () => {
    const withPages = catalog.flatMap((s) => s.steps.filter((st) => st.pages?.length));
    expect(withPages.length).toBeGreaterThan(3);
  });

  it('finds the auditor-form step of the Belitung SOP without a case', () => {
    const r = locate(catalog, { pageId: 'auditor-form' });
    expect(r.matches.some((m) => m.sop.id === 'belitung-49-registrasi-user-id-auditor')).toBe(true);
  });

  it('restricts to the case SOP and prefers its current step', () => {
    const sop = catalog.find((s) => stepsOnPage(s, 'auditor-form').length > 0)!;
    const step = stepsOnPage(sop, 'auditor-form')[0];
    const r = locate(catalog, { pageId: 'auditor-form', caseSopId: sop.id, currentStepNo: step.no });
    expect(r.best?.step.no).toBe(step.no);
    expect(r.ambiguous).toBe(false);
    expect(r.matches.every((m) => m.sop.id === sop.id)).toBe(true);
  });

  it('with a case whose current step happens elsewhere, nothing is "here"', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const r = locate(catalog, { pageId: 'auditor-list', caseSopId: sop.id, currentStepNo: 7 });
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.best).toBeNull();
    expect(r.ambiguous).toBe(false);
  });

  it('sopOfPage: the one SOP of a page, even when several of its steps happen there; none when SOPs share the page', () => {
    expect(locate(catalog, { pageId: 'admin-agency-form' }).matches.length).toBeGreaterThan(0);
    expect(sopOfPage(catalog, 'admin-agency-form')?.id).toBe('kaltim-registrasi-verifikator-helpdesk-admin-agency');
    expect(sopOfPage(catalog, 'auditor-list')?.id).toBe('belitung-49-registrasi-user-id-auditor');
    // The vendor pages serve two offices' verification SOPs: the user chooses.
    expect(sopOfPage(catalog, 'penyedia-verification-detail')).toBeNull();
    expect(sopOfPage(catalog, 'unknown')).toBeNull();
  });

  it('an unknown page matches nothing and never throws', () => {
    expect(locate(catalog, { pageId: 'unknown' })).toEqual({ matches: [], best: null, ambiguous: false });
    expect(locate(catalog, { pageId: 'auditor-form', caseSopId: 'tidak-ada' }).matches).toEqual([]);
  });

  it('reports ambiguity when several SOPs have a step on the page and no case is open', () => {
    const r = locate(catalog, { pageId: 'pegawai-form' });
    if (r.matches.length > 1) expect(r.ambiguous).toBe(true);
    else expect(r.ambiguous).toBe(false);
  });

  it('walks next/previous through the flow, following decisions', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const first = sop.steps[0].no;
    expect(previousStepNo(sop, first)).toBeNull();
    expect(nextStepNo(sop, first)).toBe(sop.steps[1].no);
    const decision = catalog.flatMap((s) => s.steps.map((st) => ({ s, st }))).find(({ st }) => st.decision);
    if (decision) {
      expect(nextStepNo(decision.s, decision.st.no, 'yes')).toBe(decision.st.decision!.yes);
      expect(nextStepNo(decision.s, decision.st.no, 'no')).toBe(decision.st.decision!.no);
    }
  });
});

describe('currentStepOf follows decisions', () => {
  const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
  const cal = simpleCalendar({ nationalHolidays: false });
  const ev = (stepNo: number, start: string, end: string | null, decision: 'yes' | 'no' | null = null): StepEvent => ({
    id: `e${stepNo}${start}`, caseId: 'c', stepNo, actor: null, startedAt: start, finishedAt: end, by: null, note: null, verdict: null, decision, updatedAt: start,
  });

  it('after "Tidak" on the verifier check the case goes back to step 1', () => {
    const events = [ev(1, '2026-11-23T01:00:00Z', '2026-11-23T01:01:00Z'), ev(2, '2026-11-23T01:01:00Z', '2026-11-23T01:02:00Z'), ev(3, '2026-11-23T01:02:00Z', '2026-11-23T01:03:00Z', 'no')];
    const p = caseProgress(sop, events, cal, '2026-11-23T01:04:00Z');
    expect(currentStepOf(sop, p, events)).toBe(1);
  });

  it('after "Ya" it goes on to step 4; a running step stays current', () => {
    const events = [ev(3, '2026-11-23T01:02:00Z', '2026-11-23T01:03:00Z', 'yes')];
    const p = caseProgress(sop, events, cal, '2026-11-23T01:04:00Z');
    expect(currentStepOf(sop, p, events)).toBe(4);
    const running = [...events, ev(4, '2026-11-23T01:04:00Z', null)];
    expect(currentStepOf(sop, caseProgress(sop, running, cal, '2026-11-23T01:05:00Z'), running)).toBe(4);
  });
});
