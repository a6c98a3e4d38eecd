import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundedText, idThousands } from '../../lib/bounds';

describe('limits in Indonesian messages', () => {
  it('idThousands writes numbers as toLocaleString("id-ID") does', () => {
    for (const n of [0, 7, 999, 1000, 2000, 10_000, 30_000_000, 5_000_000, 123_456_789, -1500]) expect(idThousands(n)).toBe(n.toLocaleString('id-ID'));
  });

  it('the message names the limit', () => {
    const r = boundedText(10_000).safeParse('x'.repeat(10_001));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toBe('terlalu panjang (maks. 10.000 karakter)');
  });

  it('schemas are built without toLocaleString (it loads locale data when a module loads, in every SPSE tab)', () => {
    const code = readFileSync('lib/bounds.ts', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/\.toLocaleString\(/);
  });
});
