import { describe, expect, it } from 'vitest';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { flowLayout, symbolKind } from '../../../lib/sop/flow';

describe('flowLayout', () => {
  it('puts one symbol per actor lane with the kind of the step', () => {
    const sop = getBuiltinSop('oganilir-03-user-id-ulp')!;
    const rows = flowLayout(sop);
    expect(rows).toHaveLength(5);
    const symbols = rows.map((row) => row.map((c) => c.symbol));
    // lanes: pengarah-lpse, admin-agency, sekretaris-lpse, pokja
    expect(symbols[0]).toEqual([null, null, 'terminator', 'terminator']);
    expect(symbols[2]).toEqual(['decision', null, null, null]);
    expect(symbols[3]).toEqual([null, 'process', null, null]);
    expect(symbols[4]).toEqual([null, 'terminator', null, null]);
  });

  it('connects consecutive steps with elbows: out of the previous lane, along the top, into the next', () => {
    const sop = getBuiltinSop('oganilir-03-user-id-ulp')!;
    const rows = flowLayout(sop);
    // step 1 primary lane: pokja (3); step 2: sekretaris (2)
    expect(rows[0].map((c) => c.lineIn)).toEqual([false, false, false, false]);
    expect(rows[0][3].lineOut).toBe(true);
    expect(rows[1].map((c) => c.top)).toEqual(['none', 'none', 'right', 'left']);
    expect(rows[1][2].lineIn).toBe(true);
    // step 3 (pengarah, 0) ← step 2 (sekretaris, 2)
    expect(rows[2].map((c) => c.top)).toEqual(['right', 'full', 'left', 'none']);
    // the end step has no line out
    expect(rows[4].some((c) => c.lineOut)).toBe(false);
    // step 1 has two actors: joined at mid-height
    expect(rows[0].map((c) => c.middle)).toEqual(['none', 'none', 'right', 'left']);
  });

  it('maps markers and kinds to symbols', () => {
    expect(symbolKind({ marker: 'start', kind: 'process' })).toBe('terminator');
    expect(symbolKind({ marker: 'end', kind: 'process' })).toBe('terminator');
    expect(symbolKind({ marker: null, kind: 'decision' })).toBe('decision');
    expect(symbolKind({ marker: null, kind: 'process' })).toBe('process');
  });
});
