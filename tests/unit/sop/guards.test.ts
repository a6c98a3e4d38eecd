import { describe, expect, it } from 'vitest';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { caseWarnings, letterNumberKey } from '../../../lib/sop/guards';
import { currentStepOf, firstLpseStepNo, isOutsiderStep } from '../../../lib/sop/locate';
import { caseProgress, simpleCalendar } from '../../../lib/timing';

const sops = builtinCatalog();

describe('guards before opening a case', () => {
  const existing = [{ id: 'k1', letter: { number: '027/ULP/XI/2026', date: null, sender: null, subject: null, role: 'ppk' } }];

  it('warns when the letter number is already a case, naming it', () => {
    expect(letterNumberKey(' 027 / ulp / XI / 2026 ')).toBe('027/ULP/XI/2026');
    expect(caseWarnings({ letter: { number: '027 / ULP / XI / 2026', role: null }, sopId: 'oganilir-04-user-id-ppk' }, sops, existing)).toEqual([
      { kind: 'duplicate-letter', number: '027 / ULP / XI / 2026', caseIds: ['k1'] },
    ]);
    expect(caseWarnings({ letter: { number: '028/ULP/XI/2026', role: null }, sopId: 'oganilir-04-user-id-ppk' }, sops, existing)).toEqual([]);
  });

  it('warns when the letter’s role does not fit the chosen SOP (a PPK SOP from an auditor letter)', () => {
    const w = caseWarnings({ letter: { number: null, role: 'auditor' }, sopId: 'oganilir-04-user-id-ppk' }, sops, existing);
    expect(w).toEqual([{ kind: 'role-mismatch', role: 'auditor', sopId: 'oganilir-04-user-id-ppk', suggested: ['belitung-49-registrasi-user-id-auditor'] }]);
    expect(caseWarnings({ letter: { number: null, role: 'auditor' }, sopId: 'belitung-49-registrasi-user-id-auditor' }, sops, existing)).toEqual([]);
  });
});

describe('steps done by outsiders (SOP data)', () => {
  it('marks the vendor’s self-service steps, and a new case starts at the first LPSE step', () => {
    const sarolangun = getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!;
    const oganilir = getBuiltinSop('oganilir-01-registrasi-verifikasi-penyedia')!;
    expect(isOutsiderStep(sarolangun, sarolangun.steps[0])).toBe(true);
    const first = firstLpseStepNo(sarolangun);
    expect(first).toBeGreaterThan(1);
    expect(sarolangun.steps.find((s) => s.no === first)!.actors.some((a) => a !== 'penyedia')).toBe(true);
    expect(firstLpseStepNo(oganilir)).toBe(2);
    // A PPK letter step done with the LPSE secretary is an LPSE step.
    const ppk = getBuiltinSop('oganilir-04-user-id-ppk')!;
    expect(firstLpseStepNo(ppk)).toBe(1);
    const progress = caseProgress(oganilir, [], simpleCalendar(), '2026-11-23T09:00:00+07:00');
    expect(currentStepOf(oganilir, progress, [])).toBe(2);
  });
});
