import { describe, expect, it } from 'vitest';
import { parseIsoMs } from '../../../lib/export/fastdate';

describe('parseIsoMs', () => {
  it.each([
    '2026-03-02T08:00:00+07:00',
    '2026-03-02T08:00:00Z',
    '2026-03-02T08:00:00.123Z',
    '2026-03-02T08:00:00.1+09:00',
    '2024-02-29T23:59:59-03:30',
    '1999-12-31T00:00:00+00:00',
    '2026-12-31T23:59:59.999999+08:00',
    '2026-03-02',
    'bukan tanggal',
  ])('%s agrees with Date.parse', (s) => {
    expect(parseIsoMs(s)).toEqual(Date.parse(s));
  });
  it('agrees over many instants', () => {
    for (let t = Date.parse('2020-01-01T00:00:00Z'); t < Date.parse('2030-01-01T00:00:00Z'); t += 86_400_000 * 3.7 + 12_345) {
      const iso = new Date(t).toISOString();
      expect(parseIsoMs(iso)).toBe(t);
      const plus7 = new Date(t + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
      expect(parseIsoMs(plus7)).toBe(Math.floor(t / 1000) * 1000);
    }
  });
});
