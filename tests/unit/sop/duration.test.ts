import { describe, expect, it } from 'vitest';
import { durationMaxMinutes, formatDuration, parseDuration } from '../../../lib/sop/duration';

type Row = [text: string, min: number | null, max: number | null, unit: 'minute' | 'hour' | 'day' | 'workday' | null];

/** Strings as written in the seeds (first block) and variants people write (second block). */
const FROM_SEEDS: Row[] = [
  ['2 menit', 2, 2, 'minute'], // Ogan Ilir SOP 01
  ['5 menit', 5, 5, 'minute'],
  ['10 menit', 10, 10, 'minute'],
  ['3 menit', 3, 3, 'minute'],
  ['25 menit', 25, 25, 'minute'], // Ogan Ilir SOP 02–05
  ['15 menit', 15, 15, 'minute'],
  ['30 menit', 30, 30, 'minute'], // Ogan Ilir SOP 06
  ['Tidak ditentukan', null, null, null], // Sarolangun 1–6
  ['Tidak\nditentukan', null, null, null],
  ['7 (tujuh) hari kerja', 7, 7, 'workday'], // Sarolangun 7
  ['7 (tujuh)\nhari kerja', 7, 7, 'workday'],
  ['15-30 menit', 15, 30, 'minute'], // Sarolangun 9–11
  ['15-30\nmenit', 15, 30, 'minute'],
  ['10-15 menit', 10, 15, 'minute'], // Sarolangun 12
  ['5 Menit', 5, 5, 'minute'], // Kemendagri
  ['30 Menit', 30, 30, 'minute'],
  ['15 Menit', 15, 15, 'minute'],
  ['60 Menit', 60, 60, 'minute'],
  ['3 Hari', 3, 3, 'day'], // Kaltim
  ['N/A', null, null, null],
  ['10 Menit', 10, 10, 'minute'],
  ['60 menit', 60, 60, 'minute'], // Belitung
  ['', null, null, null],
];

const VARIANTS: Row[] = [
  ['15 – 30 Menit', 15, 30, 'minute'],
  ['15—30 menit', 15, 30, 'minute'],
  ['15 s.d. 30 menit', 15, 30, 'minute'],
  ['15 sampai 30 menit', 15, 30, 'minute'],
  ['30-15 menit', 15, 30, 'minute'],
  ['1 jam', 1, 1, 'hour'],
  ['2 Jam', 2, 2, 'hour'],
  ['1 x 24 jam', 24, 24, 'hour'],
  ['sejam', 1, 1, 'hour'],
  ['0,5 jam', 0.5, 0.5, 'hour'],
  ['tujuh hari kerja', 7, 7, 'workday'],
  ['3 (tiga) Hari Kerja', 3, 3, 'workday'],
  ['2 HK', 2, 2, 'workday'],
  ['1 minggu', 7, 7, 'day'],
  ['lima menit', 5, 5, 'minute'],
  ['± 10 menit', 10, 10, 'minute'],
  ['maks. 60 menit', 60, 60, 'minute'],
  ['-', null, null, null],
  ['n/a', null, null, null],
  ['tidak ada', null, null, null],
  ['  ', null, null, null],
  ['segera', null, null, null],
  ['menit', null, null, null],
  ['10', null, null, null],
];

describe('parseDuration', () => {
  for (const [text, min, max, unit] of [...FROM_SEEDS, ...VARIANTS]) {
    it(`${JSON.stringify(text)} → ${min}–${max} ${unit}`, () => {
      const d = parseDuration(text);
      expect(d).toMatchObject({ text, min, max, unit });
      expect(d.window).toBeUndefined();
    });
  }

  it('reads a service window (Sarolangun step 8) without a length', () => {
    expect(parseDuration('Setiap hari kerja pukul 09.00-15.00 wib')).toEqual({
      text: 'Setiap hari kerja pukul 09.00-15.00 wib',
      min: null,
      max: null,
      unit: null,
      window: { days: 'Setiap hari kerja', from: '09:00', to: '15:00', zone: 'WIB' },
    });
  });

  it('reads window variants: OCR line breaks, s.d., WITA, no zone', () => {
    expect(parseDuration('Setiap hari\nkerja pukul\n09.00-\n15.00 wib').window).toEqual({ days: 'Setiap hari\nkerja', from: '09:00', to: '15:00', zone: 'WIB' });
    expect(parseDuration('Senin–Jumat pukul 8.00 s.d. 16.00 WITA').window).toEqual({ days: 'Senin–Jumat', from: '08:00', to: '16:00', zone: 'WITA' });
    expect(parseDuration('pukul 07:30 - 12:00').window).toEqual({ days: '', from: '07:30', to: '12:00', zone: null });
  });

  it('never throws on odd input and keeps the text', () => {
    for (const odd of ['(((', 'pukul 99.99-88.88', '1e999 menit', 'x'.repeat(5000), undefined as unknown as string, null as unknown as string]) {
      const d = parseDuration(odd);
      expect(d.unit === null || typeof d.unit === 'string').toBe(true);
    }
    expect(parseDuration('pukul 99.99-88.88')).toMatchObject({ unit: null });
    expect(parseDuration('Kira-kira sebentar')).toEqual({ text: 'Kira-kira sebentar', min: null, max: null, unit: null });
  });
});

describe('formatDuration', () => {
  it('formats in both languages', () => {
    expect(formatDuration(parseDuration('15 – 30 Menit'), 'id')).toBe('15–30 menit');
    expect(formatDuration(parseDuration('15 – 30 Menit'), 'en')).toBe('15–30 minutes');
    expect(formatDuration(parseDuration('1 jam'), 'en')).toBe('1 hour');
    expect(formatDuration(parseDuration('7 (tujuh) hari kerja'), 'id')).toBe('7 hari kerja');
    expect(formatDuration(parseDuration('7 (tujuh) hari kerja'), 'en')).toBe('7 working days');
    expect(formatDuration(parseDuration('0,5 jam'), 'id')).toBe('0,5 jam');
    expect(formatDuration(parseDuration('N/A'), 'id')).toBe('tidak ditentukan');
    expect(formatDuration(parseDuration(''), 'en')).toBe('not specified');
    expect(formatDuration(parseDuration('segera'), 'id')).toBe('segera');
    expect(formatDuration(parseDuration('Setiap hari kerja pukul 09.00-15.00 wib'), 'id')).toBe('Setiap hari kerja, 09.00–15.00 WIB');
    expect(formatDuration(parseDuration('Setiap hari kerja pukul 09.00-15.00 wib'), 'en')).toBe('Every working day, 09:00–15:00 WIB');
  });

  it('gives the upper bound in minutes for minute and hour units', () => {
    expect(durationMaxMinutes(parseDuration('15-30 menit'))).toBe(30);
    expect(durationMaxMinutes(parseDuration('1 jam'))).toBe(60);
    expect(durationMaxMinutes(parseDuration('3 Hari'))).toBeNull();
    expect(durationMaxMinutes(parseDuration('N/A'))).toBeNull();
  });
});
