import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { exportCatalog, exportSop } from '../../../lib/sop/exportSop';
import { IMPORTED_SOPS_KEY, importSopFile, loadImportedSops, removeImportedSop } from '../../../lib/sop/store';

const ulp = getBuiltinSop('oganilir-03-user-id-ulp')!;
const NOW = new Date('2026-01-05T02:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('SOP store (browser.storage.local)', () => {
  it('starts empty', async () => {
    expect(await loadImportedSops()).toEqual({ records: [], skipped: 0 });
  });

  it('imports a new SOP and a built-in id as a new version', async () => {
    const r1 = await importSopFile(exportSop({ ...ulp, id: 'lpse-uji-01' }), 'uji.json', NOW);
    expect(r1.ok).toBe(true);
    const r2 = await importSopFile(exportSop({ ...ulp, title: 'Revisi 2026' }), 'revisi.json', NOW);
    expect(r2.ok && r2.renumbered).toEqual([{ id: ulp.id, from: '1', to: '2' }]);
    const { records } = await loadImportedSops();
    expect(records.map((r) => [r.sop.id, r.sop.version, r.fileName, r.importedAt])).toEqual([
      ['lpse-uji-01', '1', 'uji.json', NOW.toISOString()],
      [ulp.id, '2', 'revisi.json', NOW.toISOString()],
    ]);
  });

  it('is all-or-nothing: one bad SOP in a catalog stores none, and the errors name it', async () => {
    await importSopFile(exportSop({ ...ulp, id: 'lpse-uji-01' }), 'a.json', NOW);
    const before = await browser.storage.local.get(IMPORTED_SOPS_KEY);
    const bad = JSON.parse(exportCatalog([{ ...ulp, id: 'lpse-uji-02' }, { ...ulp, id: 'lpse-uji-03' }]));
    bad.sops[1].steps[0].duration.unit = 'week';
    const r = await importSopFile(JSON.stringify(bad), 'b.json', NOW);
    expect(r).toEqual({ ok: false, errors: [{ path: 'sops[1].steps[0].duration.unit', message: 'nilai harus salah satu dari minute, hour, day, workday' }] });
    expect(await browser.storage.local.get(IMPORTED_SOPS_KEY)).toEqual(before);
    expect((await importSopFile('not json', 'c.json', NOW)).ok).toBe(false);
    expect(await browser.storage.local.get(IMPORTED_SOPS_KEY)).toEqual(before);
  });

  it('skips unreadable stored records without losing them on the next import', async () => {
    await browser.storage.local.set({ [IMPORTED_SOPS_KEY]: [{ broken: true }] });
    expect(await loadImportedSops()).toEqual({ records: [], skipped: 1 });
    await importSopFile(exportSop({ ...ulp, id: 'lpse-uji-01' }), 'a.json', NOW);
    const raw = (await browser.storage.local.get(IMPORTED_SOPS_KEY))[IMPORTED_SOPS_KEY] as unknown[];
    expect(raw).toHaveLength(2);
    expect(raw[0]).toEqual({ broken: true });
  });

  it('removes one imported version', async () => {
    await importSopFile(exportSop({ ...ulp, title: 'v2' }), 'a.json', NOW);
    await importSopFile(exportSop({ ...ulp, title: 'v3' }), 'b.json', NOW);
    expect(await removeImportedSop(ulp.id, '2')).toBe(true);
    expect(await removeImportedSop(ulp.id, '2')).toBe(false);
    expect((await loadImportedSops()).records.map((r) => r.sop.title)).toEqual(['v3']);
  });
});

describe('saveSopVersion', () => {
  it('appends a new version each time and keeps the older ones', async () => {
    const { saveSopVersion } = await import('../../../lib/sop/store');
    await saveSopVersion({ ...ulp, title: 'Versi editor A' }, NOW);
    await saveSopVersion({ ...ulp, title: 'Versi editor B' }, NOW);
    const { records } = await loadImportedSops();
    expect(records.map((r) => [r.sop.id, r.sop.version, r.sop.title, r.via])).toEqual([
      [ulp.id, '2', 'Versi editor A', 'editor'],
      [ulp.id, '3', 'Versi editor B', 'editor'],
    ]);
  });
});
