// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageIdSchema, sopSchema, taughtPageIdFor, isTaughtPageId } from '../../../lib/sop/schema';
import { parseSiteProfile, teachPage, type SiteProfile } from '../../../lib/spse/profile';
import { recognise } from '../../../lib/spse/recognise';
import { locateFields, type FieldFound } from '../../../lib/spse/fields';
import { linkTaughtSteps, pageName } from '../../../lib/spse/taught';
import { pointerFor } from '../../../lib/spse/pointers';
import { TEACHABLE_ATTRIBUTES } from '../../../lib/spse/attributes';
import { personAttributeSchema } from '../../../lib/spse/routes';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { locate } from '../../../lib/sop/locate';
import { sandboxDoc } from './helpers';

const HOST = 'lpse.contohkab.go.id';
const URL_SATKER = `https://${HOST}/eproc4/admin/satker`;
const SOP_ID = 'oganilir-04-user-id-ppk';

function taughtSatker(): SiteProfile {
  const doc = sandboxDoc('/eproc4/admin/satker');
  const page = teachPage(URL_SATKER, doc, 'taught:satuan-kerja', {
    satkerCode: doc.querySelector('[name="satker.stk_kode"]')!,
    satker: doc.querySelector('[name="satker.stk_nama"]')!,
    address: doc.querySelector('[name="satker.stk_alamat"]')!,
  }, { title: 'Satuan Kerja', steps: [{ sopId: SOP_ID, stepNo: 4 }] });
  const r = parseSiteProfile({ format: 'pandu-site-profile', version: 1, host: HOST, pages: [page] });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.profile;
}

describe('taught page ids (issue 15 item 4)', () => {
  it('the page id schema keeps every built-in id and accepts taught ids', () => {
    for (const id of ['login', 'pegawai-form', 'role-access-approval', 'unknown', 'taught:satuan-kerja', 'taught:rup-2026']) expect(pageIdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ['satuan-kerja', 'taught:', 'taught:Satuan Kerja', 'taught:a--b', 'taught:-a', `taught:${'a'.repeat(80)}`]) expect(pageIdSchema.safeParse(id).success, id).toBe(false);
    expect(isTaughtPageId('taught:satuan-kerja')).toBe(true);
    expect(isTaughtPageId('pegawai-form')).toBe(false);
  });

  it('a free name becomes a taught id', () => {
    expect(taughtPageIdFor('Satuan Kerja (Admin PPE)')).toBe('taught:satuan-kerja-admin-ppe');
    expect(taughtPageIdFor('  Daftar Paket — Ü ')).toBe('taught:daftar-paket-u');
    expect(taughtPageIdFor('***')).toBeNull();
    expect(isTaughtPageId(taughtPageIdFor('x'.repeat(200))!)).toBe(true);
  });

  it('an SOP step may name a taught page', () => {
    const sop = getBuiltinSop(SOP_ID)!;
    const edited = { ...sop, steps: sop.steps.map((s) => (s.no === 4 ? { ...s, pages: [...(s.pages ?? []), 'taught:satuan-kerja'] } : s)) };
    expect(sopSchema.safeParse(edited).success).toBe(true);
    const bad = { ...sop, steps: sop.steps.map((s) => (s.no === 4 ? { ...s, pages: ['satuan kerja'] } : s)) };
    expect(sopSchema.safeParse(bad).success).toBe(false);
  });
});

describe('taught profiles: name, step link and any input', () => {
  it('any input can be mapped: satker code and name, roles, surat tugas, instansi, dates', () => {
    for (const a of ['satkerCode', 'satker', 'roles', 'assignmentLetterNumber', 'assignmentLetterDate', 'agency', 'validUntil', 'packageName'] as const) expect(TEACHABLE_ATTRIBUTES).toContain(a);
    expect(new Set(TEACHABLE_ATTRIBUTES)).toEqual(new Set(personAttributeSchema.options));
  });

  it('a taught page keeps its name, its SOP step and its fields, and validates on import', () => {
    const p = taughtSatker().pages[0];
    expect(p).toMatchObject({ pageId: 'taught:satuan-kerja', title: 'Satuan Kerja', steps: [{ sopId: SOP_ID, stepNo: 4 }], urlPattern: '/admin/satker' });
    expect(p.fields).toEqual({ satkerCode: 'input[name="satker.stk_kode"]', satker: 'input[name="satker.stk_nama"]', address: 'input[name="satker.stk_alamat"]' });
  });

  it('a taught page needs its name; a step link needs an SOP id and a step number (Indonesian errors with the path)', () => {
    const base = { pageId: 'taught:satuan-kerja', urlPattern: '/admin/satker', signature: { headings: ['Satuan Kerja'] } };
    const noTitle = parseSiteProfile({ format: 'pandu-site-profile', version: 1, host: HOST, pages: [base] });
    expect(!noTitle.ok && noTitle.errors.join('\n')).toContain('pages[0].title: halaman ajaran harus punya nama');
    const badStep = parseSiteProfile({ format: 'pandu-site-profile', version: 1, host: HOST, pages: [{ ...base, title: 'Satker', steps: [{ sopId: 'Bukan Id', stepNo: 0 }] }] });
    expect(!badStep.ok && badStep.errors.join('\n')).toMatch(/pages\[0\]\.steps\[0\]\.(sopId|stepNo)/);
    const badId = parseSiteProfile({ format: 'pandu-site-profile', version: 1, host: HOST, pages: [{ ...base, pageId: 'taught:Satuan Kerja', title: 'x' }] });
    expect(!badId.ok && badId.errors.join('\n')).toContain('pages[0].pageId');
  });

  it('is recognised on its host with its taught id, and its fields are found by the taught selectors', () => {
    const profile = taughtSatker();
    const doc = sandboxDoc('/eproc4/admin/satker');
    expect(recognise(URL_SATKER, doc).pageId).toBe('unknown');
    expect(recognise(URL_SATKER, doc, [profile])).toMatchObject({ pageId: 'taught:satuan-kerja', source: 'profile' });
    // Base-path independent like the built-in pages: the same LPSE served from its root.
    expect(recognise(`https://${HOST}/admin/satker`, sandboxDoc('/admin/satker'), [profile]).pageId).toBe('taught:satuan-kerja');
    const code = locateFields(doc, 'taught:satuan-kerja', [profile]).find((f) => f.attribute === 'satkerCode') as FieldFound;
    expect(code).toMatchObject({ found: true, source: 'profile' });
    expect(code.element.getAttribute('name')).toBe('satker.stk_kode');
  });

  it('the panel and the report name it by its taught name', () => {
    const profiles = [taughtSatker()];
    expect(pageName('taught:satuan-kerja', 'id', profiles)).toBe('Satuan Kerja');
    expect(pageName('taught:satuan-kerja', 'en', profiles)).toBe('Satuan Kerja');
    expect(pageName('taught:lain', 'id', profiles)).toBe('Halaman ajaran: lain');
    expect(pageName('pegawai-form', 'id', profiles)).toBe('Formulir Pegawai (PPK/Pokja)');
  });

  it('its SOP step is found on it: the link joins the step’s pages without changing the SOP', () => {
    const sop = getBuiltinSop(SOP_ID)!;
    const before = JSON.stringify(sop);
    const linked = linkTaughtSteps([sop], [taughtSatker()]);
    expect(JSON.stringify(sop)).toBe(before);
    expect(linked[0].steps.find((s) => s.no === 4)!.pages).toContain('taught:satuan-kerja');
    const here = locate(linked, { pageId: 'taught:satuan-kerja' });
    expect(here.best?.step.no).toBe(4);
    expect(locate([sop], { pageId: 'taught:satuan-kerja' }).best).toBeNull();
    // Nothing taught: the very same array (no re-render churn).
    const sops = [sop];
    expect(linkTaughtSteps(sops, [])).toBe(sops);
  });

  it('pointers resolve through taught profiles: a link to the taught page, and its Simpan on arrival', () => {
    const profiles = [taughtSatker()];
    const p = pointerFor(['taught:satuan-kerja'], 'home', `https://${HOST}/eproc4/home`, 'id', profiles);
    expect(p.open).toEqual({ pageId: 'taught:satuan-kerja', title: 'Satuan Kerja', href: `https://${HOST}/eproc4/admin/satker` });
    const there = pointerFor(['taught:satuan-kerja'], 'taught:satuan-kerja', URL_SATKER, 'id', profiles);
    expect(there.open).toBeNull();
    expect(there.target?.selectors).toContain('button[name="simpan"]');
    // Without the profile the taught page cannot be resolved: no link rather than a wrong one.
    expect(pointerFor(['taught:satuan-kerja'], 'home', `https://${HOST}/eproc4/home`, 'id').open).toBeNull();
  });
});
