import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { parseDuration } from '../../../lib/sop/duration';
import { builtInPageIdSchema, sopSchema, type Duration } from '../../../lib/sop/schema';
import { validateSopFile } from '../../../lib/sop/validate';

const CATALOG_DIR = join(__dirname, '../../../lib/sop/catalog');

/**
 * Read from the seeds by hand: for every SOP, the "waktu" text of each step in seed order
 * (empty where the seed has none). The step count is the length of the list.
 */
const SEED_DURATIONS: Record<string, { seed: string; durations: string[] }> = {
  'oganilir-01-registrasi-verifikasi-penyedia': { seed: '001_c117b6c41bdb306c.txt', durations: ['2 menit', '2 menit', '5 menit', '5 menit', '10 menit', '2 menit', '3 menit'] },
  'oganilir-02-layanan-helpdesk': { seed: '001_c117b6c41bdb306c.txt', durations: ['10 menit', '10 menit', '25 menit', '5 menit', '5 menit'] },
  'oganilir-03-user-id-ulp': { seed: '001_c117b6c41bdb306c.txt', durations: ['10 menit', '10 menit', '25 menit', '15 menit', '5 menit'] },
  'oganilir-04-user-id-ppk': { seed: '001_c117b6c41bdb306c.txt', durations: ['10 menit', '10 menit', '25 menit', '15 menit', '5 menit'] },
  'oganilir-05-lupa-user-id-password': { seed: '001_c117b6c41bdb306c.txt', durations: ['10 menit', '10 menit', '25 menit', '15 menit', '5 menit'] },
  'oganilir-06-dokumen-penawaran-rhs': { seed: '001_c117b6c41bdb306c.txt', durations: ['15 menit', '10 menit', '10 menit', '25 menit', '30 menit', '15 menit', ''] },
  'sarolangun-registrasi-verifikasi-penyedia': {
    seed: '000_27f389686f0b5ece.txt',
    durations: [
      ...Array<string>(6).fill('Tidak ditentukan'),
      '7 (tujuh) hari kerja',
      'Setiap hari kerja pukul 09.00-15.00 wib',
      '15-30 menit',
      '15-30 menit',
      '15-30 menit',
      '10-15 menit',
    ],
  },
  'kemendagri-01-fasilitasi-pemanfaatan-spse': {
    seed: '002_53eb066568b74398.txt',
    durations: ['', '5 Menit', '5 Menit', '5 Menit', '30 Menit', '15 Menit', '15 Menit', '60 Menit', '5 Menit', '5 Menit', '30 Menit'],
  },
  'kaltim-registrasi-verifikator-helpdesk-admin-agency': { seed: '003_0d8d841fe9f87c46.txt', durations: ['3 Hari', 'N/A', '60 Menit', '30 Menit', '10 Menit'] },
  'belitung-49-registrasi-user-id-auditor': { seed: '004_81e17ee341dff1c9.txt', durations: ['', '10 menit', '15 Menit', '30 Menit', '15 menit', '60 menit', '10 menit', ''] },
};

/** What each distinct duration text must parse to. */
const PARSED: Record<string, Omit<Duration, 'text'>> = {
  '': { min: null, max: null, unit: null },
  'N/A': { min: null, max: null, unit: null },
  'Tidak ditentukan': { min: null, max: null, unit: null },
  '2 menit': { min: 2, max: 2, unit: 'minute' },
  '3 menit': { min: 3, max: 3, unit: 'minute' },
  '5 menit': { min: 5, max: 5, unit: 'minute' },
  '5 Menit': { min: 5, max: 5, unit: 'minute' },
  '10 menit': { min: 10, max: 10, unit: 'minute' },
  '10 Menit': { min: 10, max: 10, unit: 'minute' },
  '15 menit': { min: 15, max: 15, unit: 'minute' },
  '15 Menit': { min: 15, max: 15, unit: 'minute' },
  '25 menit': { min: 25, max: 25, unit: 'minute' },
  '30 menit': { min: 30, max: 30, unit: 'minute' },
  '30 Menit': { min: 30, max: 30, unit: 'minute' },
  '60 menit': { min: 60, max: 60, unit: 'minute' },
  '60 Menit': { min: 60, max: 60, unit: 'minute' },
  '15-30 menit': { min: 15, max: 30, unit: 'minute' },
  '10-15 menit': { min: 10, max: 15, unit: 'minute' },
  '3 Hari': { min: 3, max: 3, unit: 'day' },
  '7 (tujuh) hari kerja': { min: 7, max: 7, unit: 'workday' },
  'Setiap hari kerja pukul 09.00-15.00 wib': {
    min: null,
    max: null,
    unit: null,
    window: { days: 'Setiap hari kerja', from: '09:00', to: '15:00', zone: 'WIB' },
  },
};

const files = readdirSync(CATALOG_DIR).filter((f) => f.endsWith('.json'));

describe('catalog data files', () => {
  it('holds the 10 SOPs of the seeds, one file each, named after the id', () => {
    expect(files.sort()).toEqual(Object.keys(SEED_DURATIONS).map((id) => `${id}.json`).sort());
    expect(builtinCatalog().map((s) => s.id).sort()).toEqual(Object.keys(SEED_DURATIONS).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const raw: unknown = JSON.parse(readFileSync(join(CATALOG_DIR, file), 'utf8'));

      it('validates (schema and consistency) and is stored in its parsed form', () => {
        const r = validateSopFile(raw);
        expect(r.ok ? [] : r.errors).toEqual([]);
        // The file is exactly what the schema produces: no stripped keys, nothing defaulted.
        expect(sopSchema.parse(raw)).toEqual(raw);
      });

      const sop = sopSchema.parse(raw);
      const expected = SEED_DURATIONS[sop.id];

      it('is version 1 from its seed, with start marker and steps numbered 1..n in order', () => {
        expect(`${sop.id}.json`).toBe(file);
        expect(sop.version).toBe('1');
        expect(sop.source.seed).toBe(expected.seed);
        expect(sop.steps.map((s) => s.no)).toEqual(sop.steps.map((_, i) => i + 1));
        expect(sop.steps[0].marker).toBe('start');
      });

      it('has the step count and the duration text of every step as in the seed', () => {
        expect(sop.steps.length).toBe(expected.durations.length);
        expect(sop.steps.map((s) => s.duration.text)).toEqual(expected.durations);
      });

      it('stores each duration as parseDuration reads its text, and as expected', () => {
        for (const step of sop.steps) {
          expect(step.duration).toEqual(parseDuration(step.duration.text));
          expect(step.duration).toEqual({ text: step.duration.text, ...PARSED[step.duration.text] });
        }
      });

      it('keeps corrected activity text beside the OCR original', () => {
        for (const step of sop.steps) if (step.activitySource !== undefined) expect(step.activitySource).not.toBe(step.activity);
      });

      it('uses only known page ids and recognised lane ids', () => {
        for (const step of sop.steps) for (const p of step.pages ?? []) expect(builtInPageIdSchema.options).toContain(p);
        const known = ['kepala-lpse', 'pengarah-lpse', 'sekretaris-lpse', 'admin-ppe', 'admin-agency', 'verifikator', 'helpdesk', 'staf-lpse', 'penyedia', 'pokja', 'ppk', 'auditor', 'kepala-biro', 'menteri', 'sekjen', 'kapus', 'kabid', 'kasubbid', 'staf', 'lkpp', 'pengguna', 'ulp-ppk'];
        for (const lane of sop.lanes) expect(known).toContain(lane.id);
      });
    });
  }
});

describe('what the seeds say, modelled', () => {
  it('records the gaps named in the brief', () => {
    expect(getBuiltinSop('oganilir-06-dokumen-penawaran-rhs')!.gaps.join(' ')).toMatch(/terpotong/);
    expect(getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!.gaps.join(' ')).toMatch(/identitas/);
    expect(getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!.number).toBeNull();
  });

  it('models decisions: Ogan Ilir 03/04/05 incomplete data, SOP 06 berhasil/tidak, Belitung verifier check', () => {
    for (const id of ['oganilir-03-user-id-ulp', 'oganilir-04-user-id-ppk', 'oganilir-05-lupa-user-id-password']) {
      const step = getBuiltinSop(id)!.steps[2];
      expect(step).toMatchObject({ kind: 'decision', notes: 'Bila data tdk lengkap agar dilengkapi', decision: { yes: 4, no: 1 } });
    }
    expect(getBuiltinSop('oganilir-06-dokumen-penawaran-rhs')!.steps[4]).toMatchObject({ kind: 'decision', decision: { yes: 6 } });
    expect(getBuiltinSop('belitung-49-registrasi-user-id-auditor')!.steps[2]).toMatchObject({ kind: 'decision', actors: ['verifikator'], decision: { yes: 4, no: 1 } });
  });

  it('puts SPSE pages on the steps done in SPSE', () => {
    expect(getBuiltinSop('kaltim-registrasi-verifikator-helpdesk-admin-agency')!.steps[2].pages).toEqual(
      expect.arrayContaining(['admin-agency-form', 'verifikator-form', 'helpdesk-form']),
    );
    expect(getBuiltinSop('belitung-49-registrasi-user-id-auditor')!.steps[5].pages).toContain('auditor-form');
    expect(getBuiltinSop('oganilir-03-user-id-ulp')!.steps[3].pages).toContain('pegawai-form');
    expect(getBuiltinSop('oganilir-04-user-id-ppk')!.steps[3].pages).toContain('pegawai-form');
    expect(getBuiltinSop('sarolangun-registrasi-verifikasi-penyedia')!.steps[8].pages).toContain('penyedia-verification-detail');
    expect(getBuiltinSop('oganilir-01-registrasi-verifikasi-penyedia')!.steps[4].pages).toContain('penyedia-verification-detail');
  });

  it('ends where the seed ends: every complete SOP has an end step, the cut-off SOP 06 has none', () => {
    for (const sop of builtinCatalog()) {
      const ends = sop.steps.filter((s) => s.marker === 'end');
      if (sop.id === 'oganilir-06-dokumen-penawaran-rhs') expect(ends).toEqual([]);
      else expect(ends.map((s) => s.no)).toEqual([sop.steps.length]);
    }
  });

  it('caches the validated catalog', () => {
    expect(builtinCatalog()).toBe(builtinCatalog());
    expect(getBuiltinSop('nope')).toBeUndefined();
  });
});
