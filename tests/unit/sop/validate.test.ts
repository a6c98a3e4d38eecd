import { describe, expect, it } from 'vitest';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { exportCatalog, exportSop, sopFileName, sopOverview } from '../../../lib/sop/exportSop';
import { formatPath, formatSopErrors, validateSopFile, validateSopText } from '../../../lib/sop/validate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function sample(): Loose {
  return structuredClone(getBuiltinSop('oganilir-03-user-id-ulp')!);
}

function errorsOf(json: unknown) {
  const r = validateSopFile(json);
  if (r.ok) throw new Error('expected invalid');
  return r.errors;
}

describe('validateSopFile', () => {
  it('accepts one SOP and a pandu-sop-catalog', () => {
    const one = validateSopFile(sample());
    expect(one.ok && one.sops.map((s) => s.id)).toEqual(['oganilir-03-user-id-ulp']);
    const cat = validateSopFile(JSON.parse(exportCatalog([getBuiltinSop('oganilir-03-user-id-ulp')!, getBuiltinSop('kaltim-registrasi-verifikator-helpdesk-admin-agency')!])));
    expect(cat.ok && cat.sops.length).toBe(2);
  });

  it('names the JSON path of a bad duration unit, in Bahasa Indonesia', () => {
    const s = sample();
    s.steps[3].duration.unit = 'week';
    expect(errorsOf(s)).toEqual([{ path: 'steps[3].duration.unit', message: 'nilai harus salah satu dari minute, hour, day, workday' }]);
  });

  it('reports missing and mistyped fields with their paths', () => {
    const s = sample();
    delete s.title;
    s.steps[0].requirements = 'ATK';
    s.steps[1].no = 1.5;
    s.steps[2].marker = 'mulai';
    s.lanes[0].id = 'Admin PPE';
    s.steps[4].actors = [];
    const errors = errorsOf(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'wajib diisi' },
        { path: 'steps[0].requirements', message: 'harus berupa daftar (array), bukan teks' },
        { path: 'steps[1].no', message: 'harus berupa bilangan bulat, bukan angka' },
        { path: 'steps[2].marker', message: 'nilai harus salah satu dari start, end' },
        { path: 'lanes[0].id', message: expect.stringMatching(/huruf kecil/) },
        { path: 'steps[4].actors', message: 'tidak boleh kosong (minimal 1 butir)' },
      ]),
    );
    expect(formatSopErrors(errors)).toContain('title: wajib diisi');
  });

  it('checks beyond the shapes: unique step numbers, decision targets, actors in lanes', () => {
    const s = sample();
    s.steps[4].no = 4;
    s.steps[2].decision.no = 99;
    s.steps[1].actors = ['bendahara'];
    s.steps[0].next = 42;
    const errors = errorsOf(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'steps[4].no', message: 'nomor langkah 4 dipakai lebih dari sekali' },
        { path: 'steps[2].decision.no', message: 'langkah nomor 99 tidak ada' },
        { path: 'steps[1].actors[0]', message: 'pelaksana "bendahara" tidak ada di daftar lanes' },
        { path: 'steps[0].next', message: 'langkah nomor 42 tidak ada' },
      ]),
    );
  });

  it('requires decision data exactly on decision steps', () => {
    const s = sample();
    delete s.steps[2].decision;
    expect(errorsOf(s)).toEqual([{ path: 'steps[2].decision', message: expect.stringMatching(/wajib/) }]);
    const t = sample();
    t.steps[2].kind = 'process';
    expect(errorsOf(t)).toEqual([{ path: 'steps[2].kind', message: expect.stringMatching(/decision/) }]);
  });

  it('rejects duplicate lanes and unknown page ids', () => {
    const s = sample();
    s.lanes[1].id = 'pengarah-lpse';
    s.steps[3].pages = ['pegawai-form', 'dasbor'];
    const errors = errorsOf(s);
    expect(errors.map((e) => e.path)).toEqual(['steps[3].pages[1]']);
    delete s.steps[3].pages;
    expect(errorsOf(s).map((e) => e.path)).toContain('lanes[1].id');
  });

  it('prefixes catalog paths with sops[i] and rejects bad catalog headers and duplicates', () => {
    const s = sample();
    s.steps[3].duration.min = 'lima';
    expect(errorsOf({ format: 'pandu-sop-catalog', version: 1, sops: [sample(), s] })).toEqual([
      { path: 'sops[1].steps[3].duration.min', message: 'harus berupa angka, bukan teks' },
    ]);
    expect(errorsOf({ format: 'pandu-sop-catalog', version: 2, sops: [] })).toEqual([
      { path: 'version', message: 'nilai harus 1' },
      { path: 'sops', message: 'tidak boleh kosong (minimal 1 butir)' },
    ]);
    expect(errorsOf({ format: 'pandu-sop-catalog', version: 1, sops: [sample(), sample()] })).toEqual([
      { path: 'sops[1].id', message: 'SOP "oganilir-03-user-id-ulp" versi 1 sudah ada di sops[0]' },
    ]);
  });

  it('rejects what is not an object, and text that is not JSON', () => {
    expect(errorsOf([1, 2])[0]).toMatchObject({ path: '(berkas)', message: expect.stringMatching(/bukan daftar/) });
    expect(errorsOf(null)[0].path).toBe('(berkas)');
    const r = validateSopText('{ nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/bukan JSON yang sah/);
    expect(validateSopText('\uFEFF' + exportSop(sample())).ok).toBe(true);
  });

  it('formats paths', () => {
    expect(formatPath(['steps', 3, 'duration', 'unit'])).toBe('steps[3].duration.unit');
    expect(formatPath(['sops', 0, 'lanes', 2, 'id'])).toBe('sops[0].lanes[2].id');
    expect(formatPath([])).toBe('(berkas)');
  });
});

describe('exportSop', () => {
  it('round-trips through validation unchanged', () => {
    const sop = getBuiltinSop('belitung-49-registrasi-user-id-auditor')!;
    const r = validateSopText(exportSop(sop));
    expect(r.ok && r.sops[0]).toEqual(sop);
    expect(sopFileName({ id: sop.id, version: '2 beta' })).toBe('belitung-49-registrasi-user-id-auditor-v2_beta.json');
  });

  it('gives the CLI overview with lane names as actor', () => {
    const o = sopOverview(getBuiltinSop('oganilir-06-dokumen-penawaran-rhs')!);
    expect(o.steps[4]).toMatchObject({ no: 5, actor: 'Admin PPE LPSE, LKPP : BAPPENAS', duration: { text: '30 menit', min: 30, max: 30, unit: 'minute' } });
  });
});
