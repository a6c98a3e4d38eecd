// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cssPathFor, parseSiteProfile, teachPage, urlPatternFor, type SiteProfile } from '../../../lib/spse/profile';
import { recognise } from '../../../lib/spse/recognise';
import { locateFields, type FieldFound } from '../../../lib/spse/fields';
import { parse, sandboxDoc } from './helpers';

const HOST = 'lpse.kaltimprov.go.id';
const satkerProfile = {
  format: 'pandu-site-profile',
  version: 1,
  host: HOST,
  pages: [
    {
      pageId: 'satker-form',
      title: 'Satuan Kerja',
      role: 'admin-ppe',
      urlPattern: '/admin/satker',
      signature: { headings: ['Satuan Kerja', 'Tambah Satuan Kerja'], inputNames: ['satker.stk_nama'] },
      fields: { name: 'input[name="satker.stk_nama"]', phone: '#stk_telepon', address: 'form > div:nth-of-type(3) > input' },
    },
  ],
};

describe('parseSiteProfile', () => {
  it('accepts a valid profile (object or JSON text with BOM)', () => {
    const r = parseSiteProfile(satkerProfile);
    expect(r.ok).toBe(true);
    expect(parseSiteProfile('\uFEFF' + JSON.stringify(satkerProfile)).ok).toBe(true);
  });

  it('names the JSON path in Indonesian', () => {
    const bad = {
      ...satkerProfile,
      version: 2,
      host: 'https://lpse.x.go.id/eproc4',
      pages: [{ ...satkerProfile.pages[0], urlPattern: 'admin/satker', fields: { nip: 'input[name=', umur: 'x' }, signature: { headings: [] } }],
    };
    const r = parseSiteProfile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    expect(text).toContain('version: nilai harus 1');
    expect(text).toContain('host: host harus nama host');
    expect(text).toContain('pages[0].urlPattern: pola URL harus diawali');
    expect(text).toContain('pages[0].fields.nip: selector CSS tidak sah');
    expect(text).toMatch(/pages\[0\]\.fields(\.umur)?: /);
    expect(text).toContain('pages[0].signature.headings: tidak boleh kosong');
  });

  it('rejects non-JSON, wrong format and duplicate pages', () => {
    const notJson = parseSiteProfile('{oops');
    expect(!notJson.ok && notJson.errors[0]).toMatch(/^\(berkas\): bukan JSON yang sah/);
    const fmt = parseSiteProfile({ ...satkerProfile, format: 'x' });
    expect(!fmt.ok && fmt.errors[0]).toContain('format: nilai harus "pandu-site-profile"');
    const dup = parseSiteProfile({ ...satkerProfile, pages: [satkerProfile.pages[0], satkerProfile.pages[0]] });
    expect(!dup.ok && dup.errors[0]).toContain('pages[1].pageId');
    const extra = parseSiteProfile({ ...satkerProfile, extra: 1 });
    expect(!extra.ok && extra.errors[0]).toContain('kunci tidak dikenal: extra');
  });
});

describe('profiles take precedence', () => {
  const profile = (parseSiteProfile(satkerProfile) as { ok: true; profile: SiteProfile }).profile;

  it('a taught page is recognised on its host only', () => {
    const doc = sandboxDoc('/eproc4/admin/satker');
    expect(recognise(`https://${HOST}/eproc4/admin/satker`, doc).pageId).toBe('unknown');
    const m = recognise(`https://${HOST}/eproc4/admin/satker`, doc, [profile]);
    expect(m).toMatchObject({ pageId: 'satker-form', source: 'profile', role: 'admin-ppe' });
    expect(recognise('https://lpse.lain.go.id/eproc4/admin/satker', doc, [profile]).pageId).toBe('unknown');
  });

  it('a taught built-in id replaces the built-in definition (e.g. a renamed auditor form)', () => {
    const html = sandboxDoc('/eproc4/admin/auditor/baru').documentElement.outerHTML.replace(/Tambah Auditor/g, 'Registrasi APIP').replace(/pegawai\.peg_nip/g, 'nomor_induk');
    const doc = parse(html);
    const url = `https://${HOST}/eproc4/apip/registrasi`;
    expect(recognise(url, doc).pageId).not.toBe('auditor-form');
    const taught = { ...profile, pages: [{ pageId: 'auditor-form', urlPattern: '/apip/registrasi', signature: { headings: ['Registrasi APIP'] }, fields: { nip: 'input[name="nomor_induk"]' } }] };
    const p = parseSiteProfile(taught);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const m = recognise(url, doc, [p.profile]);
    expect(m).toMatchObject({ pageId: 'auditor-form', role: 'admin-ppe', source: 'profile' });
    const fields = locateFields(doc, 'auditor-form', p.profile);
    const nip = fields.find((f) => f.attribute === 'nip') as FieldFound;
    expect(nip).toMatchObject({ found: true, source: 'profile', matchedBy: 'selector' });
    expect(nip.element.getAttribute('name')).toBe('nomor_induk');
    expect(fields.find((f) => f.attribute === 'email')).toMatchObject({ found: true, source: 'built-in' });
  });

  it('locateFields uses taught selectors, even for a page Pandu does not know', () => {
    const doc = sandboxDoc('/eproc4/admin/satker');
    const fields = locateFields(doc, 'satker-form', [profile]);
    expect(fields.map((f) => [f.attribute, f.found])).toEqual([
      ['name', true],
      ['phone', true],
      ['address', true],
    ]);
    expect((fields[2] as FieldFound).element.getAttribute('name')).toBe('satker.stk_alamat');
  });
});

describe('cssPathFor and teaching', () => {
  it('prefers name, then id, then a path; the selector finds the same element', () => {
    const doc = parse(`<body><form id="f">
      <input name="a.b" id="x"><input name="dup"><input name="dup"><input id='we"ird'>
      <div><span><input></span></div>
      <input type="checkbox" name="grp" value="1"><input type="checkbox" name="grp" value="2">
    </form><div><p><textarea></textarea></p></div></body>`);
    const inputs = [...doc.querySelectorAll('input, textarea')];
    expect(cssPathFor(inputs[0])).toBe('input[name="a.b"]');
    expect(cssPathFor(inputs[3])).toBe('input[id="we\\"ird"]');
    expect(cssPathFor(inputs[5])).toBe('input[name="grp"]');
    for (const el of [inputs[0], inputs[1], inputs[2], inputs[3], inputs[4], inputs[7]]) {
      expect(doc.querySelector(cssPathFor(el)), cssPathFor(el)).toBe(el);
    }
    expect(cssPathFor(inputs[4])).toMatch(/^\[id="f"\] > /);
  });

  it('teachPage builds a valid profile page from the current document', () => {
    const doc = sandboxDoc('/eproc4/admin/satker');
    const page = teachPage(`https://${HOST}/eproc4/admin/satker`, doc, 'satker-form', {
      name: doc.querySelector('[name="satker.stk_nama"]')!,
      phone: doc.querySelector('[name="satker.stk_telepon"]')!,
    });
    expect(page.urlPattern).toBe('/admin/satker');
    expect(page.signature.headings).toContain('satuan kerja');
    expect(page.fields).toEqual({ name: 'input[name="satker.stk_nama"]', phone: 'input[name="satker.stk_telepon"]' });
    const profile = parseSiteProfile({ format: 'pandu-site-profile', version: 1, host: HOST, pages: [page] });
    expect(profile.ok).toBe(true);
    if (profile.ok) expect(recognise(`https://${HOST}/eproc4/admin/satker`, doc, [profile.profile]).pageId).toBe('satker-form');
    expect(urlPatternFor('https://x.go.id/eproc4/pegawai/edit/12?x=1')).toBe('/pegawai/edit/:id');
  });
});
