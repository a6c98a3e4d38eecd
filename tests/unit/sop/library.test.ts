import { describe, expect, it } from 'vitest';
import { builtinCatalog, getBuiltinSop } from '../../../lib/sop/catalog';
import { compareVersions, findSop, mergeLibrary, planImport, searchLibrary, type StoredSop } from '../../../lib/sop/library';
import type { Sop } from '../../../lib/sop/schema';

const NOW = '2026-01-05T02:00:00.000Z';
const ulp = getBuiltinSop('oganilir-03-user-id-ulp')!;

function custom(id: string, version = '1', title = 'SOP Uji'): Sop {
  return { ...ulp, id, version, title };
}

describe('planImport: never a silent overwrite', () => {
  it('adds a new id as it is', () => {
    const plan = planImport(builtinCatalog(), [], [custom('lpse-uji-01')], NOW, 'uji.json');
    expect(plan.renumbered).toEqual([]);
    expect(plan.added).toEqual([{ sop: custom('lpse-uji-01'), importedAt: NOW, fileName: 'uji.json' }]);
  });

  it('stores an SOP with a built-in id as a new version', () => {
    const plan = planImport(builtinCatalog(), [], [{ ...ulp, title: 'Diubah' }], NOW);
    expect(plan.renumbered).toEqual([{ id: ulp.id, from: '1', to: '2' }]);
    expect(plan.added[0].sop).toMatchObject({ id: ulp.id, version: '2', title: 'Diubah' });
  });

  it('stores a second import of the same id as the next version, also within one file', () => {
    const first: StoredSop = { sop: custom(ulp.id, '2'), importedAt: NOW };
    const plan = planImport(builtinCatalog(), [first], [custom(ulp.id, '2'), custom(ulp.id, '2')], NOW);
    expect(plan.added.map((a) => a.sop.version)).toEqual(['3', '4']);
  });

  it('keeps a version string that is still free', () => {
    const plan = planImport(builtinCatalog(), [], [custom(ulp.id, '2024-revisi')], NOW);
    expect(plan.renumbered).toEqual([]);
    expect(plan.added[0].sop.version).toBe('2024-revisi');
  });
});

describe('mergeLibrary and findSop', () => {
  it('groups versions of an id, latest last, built-ins first', () => {
    const imported: StoredSop[] = [
      { sop: custom(ulp.id, '10', 'Sepuluh'), importedAt: NOW },
      { sop: custom(ulp.id, '2', 'Dua'), importedAt: NOW },
      { sop: custom('lpse-uji-01'), importedAt: NOW },
    ];
    const items = mergeLibrary(builtinCatalog(), imported);
    expect(items).toHaveLength(11);
    expect(items[0].id).toBe('oganilir-01-registrasi-verifikasi-penyedia');
    const item = items.find((i) => i.id === ulp.id)!;
    expect(item.versions.map((v) => [v.sop.version, v.origin])).toEqual([
      ['1', 'builtin'],
      ['2', 'imported'],
      ['10', 'imported'],
    ]);
    expect(item.latest.sop.title).toBe('Sepuluh');
    expect(findSop(items, ulp.id)?.title).toBe('Sepuluh');
    expect(findSop(items, ulp.id, '1')?.title).toBe(ulp.title);
    expect(findSop(items, ulp.id, '7')).toBeUndefined();
    expect(findSop(items, 'nope')).toBeUndefined();
  });

  it('compares versions numerically', () => {
    expect(['10', '2', '1'].sort(compareVersions)).toEqual(['1', '2', '10']);
  });
});

describe('searchLibrary', () => {
  const items = mergeLibrary(builtinCatalog(), []);
  const ids = (q: string) => searchLibrary(items, q).map((i) => i.id);

  it('finds by title, office, number and step text, any case, all words', () => {
    expect(ids('auditor')).toEqual(['belitung-49-registrasi-user-id-auditor']);
    expect(ids('kalimantan')).toEqual(['kaltim-registrasi-verifikator-helpdesk-admin-agency']);
    expect(ids('SOP.TPD.01')).toEqual(['kemendagri-01-fasilitasi-pemanfaatan-spse']);
    expect(ids('04/LPSE/2012')).toEqual(['oganilir-04-user-id-ppk']);
    expect(ids('rhs')).toEqual(['oganilir-06-dokumen-penawaran-rhs']);
    expect(ids('kartu kuning')).toEqual(['oganilir-01-registrasi-verifikasi-penyedia']);
    expect(ids('OGAN ilir password')).toEqual(expect.arrayContaining(['oganilir-03-user-id-ulp', 'oganilir-04-user-id-ppk', 'oganilir-05-lupa-user-id-password']));
    expect(ids('OGAN ilir password')).not.toContain('belitung-49-registrasi-user-id-auditor');
    expect(ids('')).toHaveLength(10);
    expect(ids('tidak-ada-di-mana-mana')).toEqual([]);
  });
});

describe('saving from the editor', () => {
  it('planSave always makes the next version and never reuses one', async () => {
    const { planSave, sopLookup } = await import('../../../lib/sop/library');
    const { getBuiltinSop, builtinCatalog } = await import('../../../lib/sop/catalog');
    const base = getBuiltinSop('oganilir-03-user-id-ulp')!;
    const first = planSave(builtinCatalog(), [], { ...base, title: 'Edit A', version: '1' }, '2026-01-01T00:00:00Z');
    expect(first).toMatchObject({ via: 'editor', importedAt: '2026-01-01T00:00:00Z', sop: { id: base.id, version: '2', title: 'Edit A' } });
    const second = planSave(builtinCatalog(), [first], { ...first.sop, title: 'Edit B' }, '2026-01-02T00:00:00Z');
    expect(second.sop.version).toBe('3');
    const fresh = planSave(builtinCatalog(), [], { ...base, id: 'lpse-baru', version: '7' }, '2026-01-01T00:00:00Z');
    expect(fresh.sop.version).toBe('1');
    const find = sopLookup([base, first.sop, second.sop]);
    expect(find(base.id, '2')?.title).toBe('Edit A');
    expect(find(base.id)?.title).toBe('Edit B');
    expect(find(base.id, '9')?.title).toBe('Edit B');
    expect(find('nope')).toBeUndefined();
  });
});
