import { describe, expect, it } from 'vitest';
import { isNik } from '../../../lib/letter/nik';

describe('isNik: a 16-digit population number, not a NIP', () => {
  it('reads the birth date in DDMMYY (women: day + 40)', () => {
    expect(isNik('7371041208900003')).toBe(true);
    expect(isNik('7371045208900003')).toBe(true);
  });
  it('a birth date no calendar has is no NIK (31 April; 30 February)', () => {
    expect(isNik('7371043104900003')).toBe(false);
    expect(isNik('7371047002900003')).toBe(false);
  });
  it('29 February stands: the century is unknown', () => {
    expect(isNik('7371042902880003')).toBe(true);
  });
  it('a NIP start (YYYYMMDD of a real date) or a serial of zeros is no NIK', () => {
    expect(isNik('1985031220100110')).toBe(false);
    expect(isNik('7371041208900000')).toBe(false);
  });
});
