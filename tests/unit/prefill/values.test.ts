import { describe, expect, it } from 'vitest';
import { bareName, formatDate, normaliseDateFormat, suggestUserId, toDate, toLocalPhone, toNip } from '../../../lib/prefill/values';

describe('prefill values', () => {
  it('phone: E.164 and written forms become local numbers; foreign numbers are refused', () => {
    expect(toLocalPhone('+6281234567890')).toEqual({ ok: true, value: '081234567890' });
    expect(toLocalPhone('+62 (0)21 555-1234')).toEqual({ ok: true, value: '0215551234' });
    expect(toLocalPhone('0812.3456.7890')).toEqual({ ok: true, value: '081234567890' });
    expect(toLocalPhone('+6598765432').ok).toBe(false);
    expect(toLocalPhone('12345').ok).toBe(false);
  });

  it('NIP: 18 digits once spaces and dots go', () => {
    expect(toNip('19850315 201001 1 003')).toEqual({ ok: true, value: '198503152010011003' });
    const bad = toNip('1985031520100110');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/18 digit/);
  });

  it('dates: formats from datepicker attributes, written in that format', () => {
    expect(normaliseDateFormat('DD-MM-YYYY')).toBe('dd-mm-yyyy');
    expect(normaliseDateFormat('dd/mm/yyyy')).toBe('dd/mm/yyyy');
    expect(normaliseDateFormat('yyyy-mm-dd')).toBe('yyyy-mm-dd');
    expect(normaliseDateFormat('dd-dd-yyyy')).toBeNull();
    expect(normaliseDateFormat('Tanggal')).toBeNull();
    expect(formatDate({ y: 2026, m: 3, d: 5 }, 'd/m/yy')).toBe('5/3/26');
    expect(formatDate({ y: 2026, m: 3, d: 5 }, 'dd.mm.yyyy')).toBe('05.03.2026');
    expect(toDate('5 Maret 2026', 'yyyy-mm-dd')).toEqual({ ok: true, value: '2026-03-05' });
    expect(toDate('30-02-2026', 'dd-mm-yyyy').ok).toBe(false);
  });

  it('User ID suggestion: [a-z0-9._], 3–30 characters, from the email or the name without titles', () => {
    expect(suggestUserId('Budi.Santoso@contoh.go.id', null)).toBe('budi.santoso');
    expect(suggestUserId('budi+spse@contoh.go.id', null)).toBe('budispse');
    expect(suggestUserId(null, 'Dr. H. Ahmad Yani, S.E., M.Si.')).toBe('ahmad.yani');
    expect(suggestUserId('ab@x.id', 'Ir. Siti  Nurhaliza-Putri')).toBe('siti.nurhaliza.putri');
    expect(suggestUserId(null, 'Sé Ñoño')).toBe('se.nono');
    const long = suggestUserId('muhammad.abdurrahman.wahid.alfatih.nugroho@contoh.go.id', null)!;
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long).toMatch(/^[a-z0-9._]+$/);
    expect(long).not.toMatch(/[._]$/);
    expect(suggestUserId(null, null)).toBeNull();
    expect(suggestUserId('x@y.id', 'Al')).toBeNull();
    expect(bareName('Drs. H. Ahmad Yani, M.M.')).toBe('Ahmad Yani');
  });
});
