import { describe, expect, it } from 'vitest';
import { checkEmail, checkNip, checkPhone, findDates, isRealDate, parseIndonesianDate } from '../../../lib/letter/validate';

describe('checkNip', () => {
  it('accepts a structurally valid NIP written with spaces or dots', () => {
    for (const raw of ['19800101 200501 1 001', '198001012005011001', '19800101.200501.1.001', '1980 0101 2005011 001', '19800101-200501-1-001']) {
      const r = checkNip(raw);
      expect(r.ok, raw).toBe(true);
      expect(r.value).toBe('198001012005011001');
    }
    expect(checkNip('19850315 201001 2 003').parts).toEqual({ birthDate: '1985-03-15', tmt: '2010-01', sex: 'P', sequence: '003' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(checkNip('19840229 200901 2 001').ok).toBe(true);
  });

  it('rejects 17 and 19 digits, keeping the digits', () => {
    const short = checkNip('19800101 200501 1 01');
    expect(short.ok).toBe(false);
    expect(short.value).toBe('19800101200501101');
    expect(short.reasons[0]).toMatch(/18 digit.*17/);
    const long = checkNip('19800101 200501 1 0011');
    expect(long.ok).toBe(false);
    expect(long.reasons[0]).toMatch(/19 digit/);
  });

  it('rejects letters inside', () => {
    expect(checkNip('19800101 2005O1 1 001').reasons[0]).toMatch(/angka/);
  });

  it('rejects 30 February and month 13 birth dates', () => {
    expect(checkNip('19900230 201503 1 001').reasons.join()).toMatch(/tanggal lahir.*30-02-1990/);
    expect(checkNip('19901301 201503 1 001').ok).toBe(false);
    expect(checkNip('19890229 201503 1 001').ok).toBe(false); // 1989 is not a leap year
  });

  it('rejects a TMT before birth or less than 18 years after it', () => {
    expect(checkNip('19900101 198901 1 001').reasons.join()).toMatch(/sebelum tanggal lahir/);
    expect(checkNip('20001010 201801 2 001').reasons.join()).toMatch(/kurang dari 18 tahun/);
    expect(checkNip('20001010 201810 2 001').ok).toBe(true); // exactly 18 years
  });

  it('rejects a TMT month 00 or 13', () => {
    expect(checkNip('19800101 200500 1 001').reasons.join()).toMatch(/TMT/);
    expect(checkNip('19800101 200513 1 001').reasons.join()).toMatch(/TMT/);
  });

  it('rejects sex digit 3 and sequence 000', () => {
    expect(checkNip('19880808 201101 3 002').reasons.join()).toMatch(/jenis kelamin.*3/);
    expect(checkNip('19880808 201101 1 000').reasons.join()).toMatch(/nomor urut/);
  });
});

describe('checkEmail', () => {
  it('trims and lower-cases', () => {
    expect(checkEmail('  Budi.Santoso@BelitungKab.go.id ')).toEqual({ value: 'budi.santoso@belitungkab.go.id', ok: true, reasons: [] });
  });
  it('reports spaces inside, keeping the value', () => {
    const r = checkEmail('bayu segara@belitungkab.go.id');
    expect(r.ok).toBe(false);
    expect(r.value).toBe('bayu segara@belitungkab.go.id');
    expect(r.reasons).toEqual(['email mengandung spasi']);
  });
  it('reports a missing @, two @ and a missing domain', () => {
    expect(checkEmail('budi.belitungkab.go.id').ok).toBe(false);
    expect(checkEmail('budi@@belitungkab.go.id').ok).toBe(false);
    expect(checkEmail('budi@belitungkab').ok).toBe(false);
    expect(checkEmail('').reasons).toEqual(['email kosong']);
  });
});

describe('checkPhone', () => {
  it.each([
    ['0812-7788-1234', '+6281277881234'],
    ['0812 7788 1234', '+6281277881234'],
    ['0812.7100.2200', '+6281271002200'],
    ['(0821) 7300 4455', '+6282173004455'],
    ['62 812 7000 1122', '+6281270001122'],
    ['+62 811-7170-220', '+628117170220'],
    ['+62 (813) 7000-3344', '+6281370003344'],
    ['+62 (0)812 7788 1234', '+6281277881234'],
    ['0062 812 7788 1234', '+6281277881234'],
    ['0 8 1 2 - 3 4 5 6 - 7 8 9 0', '+6281234567890'],
    ['(0719) 21345', '+6271921345'],
  ])('%s → %s', (raw, e164) => {
    expect(checkPhone(raw)).toEqual({ value: e164, ok: true, reasons: [] });
  });

  it('rejects the country code written twice, keeping the raw value', () => {
    const r = checkPhone('+62 62 812-3456-7890');
    expect(r.ok).toBe(false);
    expect(r.value).toBe('+62 62 812-3456-7890');
    expect(r.reasons).toEqual(['kode negara 62 tertulis dua kali']);
    expect(checkPhone('6262812345678').ok).toBe(false);
  });

  it('rejects too short, too long, foreign and odd numbers', () => {
    expect(checkPhone('0812 34').reasons).toEqual(['nomor telepon terlalu pendek']);
    expect(checkPhone('0812 3456 7890 1234').reasons).toEqual(['nomor telepon terlalu panjang']);
    expect(checkPhone('+60 12 345 6789').reasons[0]).toMatch(/bukan nomor Indonesia/);
    expect(checkPhone('812 3456 7890').reasons[0]).toMatch(/diawali/);
    expect(checkPhone('0812-ABCD-1234').ok).toBe(false);
    expect(checkPhone('').ok).toBe(false);
  });
});

describe('dates', () => {
  it('reads Indonesian dates, abbreviations and DD-MM-YYYY', () => {
    expect(parseIndonesianDate('9 Februari 2026')).toBe('2026-02-09');
    expect(parseIndonesianDate('Tanjungpandan, 3 Maret 2026')).toBe('2026-03-03');
    expect(parseIndonesianDate('16 Feb 2026')).toBe('2026-02-16');
    expect(parseIndonesianDate('12 Agt 2026')).toBe('2026-08-12');
    expect(parseIndonesianDate('1 Agustus 2026')).toBe('2026-08-01');
    expect(parseIndonesianDate('23  Pebruari  2026')).toBe('2026-02-23');
    expect(parseIndonesianDate('5 Nop. 2026')).toBe('2026-11-05');
    expect(parseIndonesianDate('02-05-2026')).toBe('2026-05-02');
    expect(parseIndonesianDate('02/05/2026')).toBe('2026-05-02');
    expect(parseIndonesianDate('2026-05-02')).toBe('2026-05-02');
    expect(parseIndonesianDate('tidak ada tanggal')).toBeNull();
  });

  it('finds invalid dates and says why', () => {
    const [d] = findDates('Tanjungpandan, 30 Februari 2026');
    expect(d.iso).toBeNull();
    expect(d.reasons[0]).toMatch(/tidak sah/);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
  });
});
