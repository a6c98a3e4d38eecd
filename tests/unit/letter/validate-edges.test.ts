import { describe, expect, it } from 'vitest';
import { checkEmail, checkNip, checkPhone, findDates, isRealDate, isoDate, monthNumber, parseIndonesianDate } from '../../../lib/letter/validate';

/** Exact messages and the boundaries of every rule in lib/letter/validate.ts. */

describe('isRealDate / isoDate', () => {
  it('integers only, months 1–12, days from 1 to the month length', () => {
    expect(isRealDate(2026.5, 1, 1)).toBe(false);
    expect(isRealDate(2026, 1.5, 1)).toBe(false);
    expect(isRealDate(2026, 1, 1.5)).toBe(false);
    expect(isRealDate(2026, 0, 1)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
    expect(isRealDate(2026, 12, 31)).toBe(true);
    expect(isRealDate(2026, 1, 0)).toBe(false);
    expect(isRealDate(2026, 1, 1)).toBe(true);
    expect(isRealDate(2026, 4, 30)).toBe(true);
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
  });
  it('pads year, month and day', () => {
    expect(isoDate(987, 1, 2)).toBe('0987-01-02');
    expect(isoDate(2026, 11, 30)).toBe('2026-11-30');
  });
});

describe('checkNip: exact results', () => {
  it('a valid NIP: value, ok, no reasons, its parts (1 = L)', () => {
    expect(checkNip('19800101 200501 1 001')).toEqual({ value: '198001012005011001', ok: true, reasons: [], parts: { birthDate: '1980-01-01', tmt: '2005-01', sex: 'L', sequence: '001' } });
  });
  it('empty, or only separators', () => {
    expect(checkNip('')).toEqual({ value: '', ok: false, reasons: ['NIP kosong'], parts: null });
    expect(checkNip(' - . ')).toEqual({ value: '', ok: false, reasons: ['NIP kosong'], parts: null });
  });
  it('letters and wrong length, with the value kept', () => {
    expect(checkNip('19800101 2005O1 1 001')).toEqual({ value: '198001012005O11001', ok: false, reasons: ['NIP hanya boleh berisi angka'], parts: null });
    expect(checkNip('19800101 200501 1 01')).toEqual({ value: '19800101200501101', ok: false, reasons: ['NIP harus 18 digit, tertulis 17 digit'], parts: null });
  });
  it('birth year before 1900 and TMT year before 1900', () => {
    expect(checkNip('18991231 202001 1 001').reasons).toEqual(['tanggal lahir pada NIP (31-12-1899) bukan tanggal yang sah']);
    expect(checkNip('19000101 192001 1 001').ok).toBe(true);
    // TMT year 1900 is a valid month (it is then too early for the birth date, which is the reason)
    expect(checkNip('19000101 190001 1 001').reasons).toEqual(['TMT pengangkatan pada NIP sebelum tanggal lahir']);
    expect(checkNip('19800101 189901 1 001').reasons).toEqual(['TMT pengangkatan pada NIP (1899-01) bukan bulan yang sah']);
    expect(checkNip('19800101 200500 1 001').reasons).toEqual(['TMT pengangkatan pada NIP (2005-00) bukan bulan yang sah']);
    expect(checkNip('19800101 200512 1 001').ok).toBe(true);
  });
  it('TMT in the birth month, one month later, one month short of 18 years, exactly 18 years', () => {
    expect(checkNip('19900101 199001 1 001').reasons).toEqual(['TMT pengangkatan pada NIP sebelum tanggal lahir']);
    expect(checkNip('19900101 199002 1 001').reasons).toEqual(['TMT pengangkatan pada NIP kurang dari 18 tahun setelah tanggal lahir']);
    expect(checkNip('19900201 200801 1 001').reasons).toEqual(['TMT pengangkatan pada NIP kurang dari 18 tahun setelah tanggal lahir']);
    expect(checkNip('19900201 200802 1 001').ok).toBe(true);
  });
  it('every reason at once, in order, and no parts', () => {
    expect(checkNip('19900230 201503 0 000')).toEqual({
      value: '199002302015030000',
      ok: false,
      reasons: ['tanggal lahir pada NIP (30-02-1990) bukan tanggal yang sah', 'digit jenis kelamin pada NIP harus 1 atau 2, tertulis 0', 'nomor urut pada NIP tidak boleh 000'],
      parts: null,
    });
  });
});

describe('checkEmail: exact results', () => {
  it('mailto: removed in any case; blank is empty', () => {
    expect(checkEmail('mailto:Budi@Contoh.go.id')).toEqual({ value: 'budi@contoh.go.id', ok: true, reasons: [] });
    expect(checkEmail(' MAILTO:budi@contoh.go.id')).toEqual({ value: 'budi@contoh.go.id', ok: true, reasons: [] });
    expect(checkEmail('   ')).toEqual({ value: '', ok: false, reasons: ['email kosong'] });
    // only a leading mailto: is a link prefix
    expect(checkEmail('info.mailto:budi@contoh.go.id')).toEqual({ value: 'info.mailto:budi@contoh.go.id', ok: false, reasons: ['format email tidak sah'] });
  });
  it('one reason each: spaces first, then the @ count, then the form', () => {
    expect(checkEmail('bu di@@x.go.id').reasons).toEqual(['email mengandung spasi']);
    expect(checkEmail('budi.contoh.go.id').reasons).toEqual(['email harus berisi tepat satu tanda @']);
    expect(checkEmail('budi@@contoh.go.id').reasons).toEqual(['email harus berisi tepat satu tanda @']);
    expect(checkEmail('budi@contoh').reasons).toEqual(['format email tidak sah']);
  });
  it('the form: local part, labels, a top-level domain of two letters or more', () => {
    for (const ok of ['a@b.co', 'x_y+z@sub.contoh.go.id', "o'neil@mail.com", 'a.b.c@d-e.id']) expect(checkEmail(ok).ok, ok).toBe(true);
    for (const bad of ['a@b.c', 'a@-b.com', 'a@b-.com', 'a.@b.com', '.a@b.com', 'a@b..com', 'a@.b.com', 'a@b.co1', 'a(b)@c.com']) expect(checkEmail(bad).ok, bad).toBe(false);
  });
});

describe('checkPhone: exact results and boundaries', () => {
  it('blank, odd characters, foreign, no prefix', () => {
    expect(checkPhone('   ')).toEqual({ value: '', ok: false, reasons: ['nomor telepon kosong'] });
    expect(checkPhone(' 0812-ABCD-1234 ')).toEqual({ value: '0812-ABCD-1234', ok: false, reasons: ['nomor telepon hanya boleh berisi angka, spasi, titik, tanda hubung, kurung, dan + di depan'] });
    expect(checkPhone('++62 812 3456 7890').ok).toBe(false);
    expect(checkPhone('0812+3456+7890').ok).toBe(false);
    expect(checkPhone('+60 12 345 6789')).toEqual({ value: '+60 12 345 6789', ok: false, reasons: ['nomor telepon bukan nomor Indonesia (+62)'] });
    expect(checkPhone('812 3456 7890')).toEqual({ value: '812 3456 7890', ok: false, reasons: ['nomor telepon harus diawali 0, 62, atau +62'] });
  });
  it('slashes are separators; the trunk 0 after 62, +62 or 0062 is dropped', () => {
    expect(checkPhone('0812/7788/1234').value).toBe('+6281277881234');
    expect(checkPhone('62 0812 7788 1234').value).toBe('+6281277881234');
    expect(checkPhone('+62 0812 7788 1234').value).toBe('+6281277881234');
    expect(checkPhone('0062 0812 7788 1234').value).toBe('+6281277881234');
  });
  it('a second 0 is an error: 00…, +62 00…', () => {
    expect(checkPhone('00812 7788 1234').reasons).toEqual(['nomor telepon tidak sah (angka 0 berlebih)']);
    expect(checkPhone('+62 00812 7788 1234').reasons).toEqual(['nomor telepon tidak sah (angka 0 berlebih)']);
  });
  it('62 twice only for a mobile number of 11 digits or more behind it', () => {
    expect(checkPhone('+62 6281 2345 67')).toEqual({ value: '+626281234567', ok: true, reasons: [] });
    expect(checkPhone('+62 6281 2345 678').reasons).toEqual(['kode negara 62 tertulis dua kali']);
    expect(checkPhone('0062 62 812 3456 7890').reasons).toEqual(['kode negara 62 tertulis dua kali']);
    // 628 inside the number is no second country code
    expect(checkPhone('+62 8162 8123 456')).toEqual({ value: '+6281628123456', ok: true, reasons: [] });
    // a landline in area 062x behind +62 is not a doubled country code
    expect(checkPhone('+62 6271 2345 678')).toEqual({ value: '+6262712345678', ok: true, reasons: [] });
  });
  it('national number of 8 to 12 digits', () => {
    expect(checkPhone('0812 3456').reasons).toEqual(['nomor telepon terlalu pendek']);
    expect(checkPhone('0812 34567')).toEqual({ value: '+6281234567', ok: true, reasons: [] });
    expect(checkPhone('0812 3456 78901')).toEqual({ value: '+62812345678901', ok: true, reasons: [] });
    expect(checkPhone('0812 3456 789012').reasons).toEqual(['nomor telepon terlalu panjang']);
  });
});

describe('dates: exact results', () => {
  it('monthNumber: names and abbreviations in any case, a trailing dot allowed', () => {
    expect(monthNumber('MEI')).toBe(5);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('agt')).toBe(8);
    expect(monthNumber('Desember')).toBe(12);
    expect(monthNumber('bulan')).toBeNull();
    expect(monthNumber('se.pt')).toBeNull(); // only a trailing dot is dropped
  });
  it('findDates: every date in order with its position and text', () => {
    const text = 'Dikirim 1 Mei 2026, diterima 02/05/2026; arsip 2026-05-04 dan 3-Jun-2026.';
    expect(findDates(text)).toEqual([
      { iso: '2026-05-01', index: text.indexOf('1 Mei'), text: '1 Mei 2026', reasons: [] },
      { iso: '2026-05-02', index: text.indexOf('02/05'), text: '02/05/2026', reasons: [] },
      { iso: '2026-05-04', index: text.indexOf('2026-05-04'), text: '2026-05-04', reasons: [] },
      { iso: '2026-06-03', index: text.indexOf('3-Jun'), text: '3-Jun-2026', reasons: [] },
    ]);
  });
  it('an impossible date: no iso, the reason quotes it', () => {
    expect(findDates('31/04/2026')).toEqual([{ iso: null, index: 0, text: '31/04/2026', reasons: ['tanggal "31/04/2026" tidak sah'] }]);
    expect(findDates('2026-13-01')[0].iso).toBeNull();
    expect(parseIndonesianDate('31/04/2026 lalu 01/05/2026')).toBeNull();
    expect(parseIndonesianDate('02.05.2026')).toBe('2026-05-02');
    expect(findDates('12345-05-2026 dan 2026-5-02')).toEqual([]);
  });
});
