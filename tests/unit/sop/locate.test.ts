import { describe, expect, it } from 'vitest';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { locate, nextStepNo, previousStepNo, stepsOnPage } from '../../../lib/sop/locate';

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
