import { describe, expect, it } from 'vitest';
import { findField, isFillable, locateFields, type FieldFound } from '../../../lib/spse/fields';
import { ROUTES } from '../../../lib/spse/routes';
import { FORM_FIELDS } from '../../../sandbox/forms';
import { parse, sandboxDoc, sandboxHtml } from './helpers';

const FORMS: [string, string, keyof typeof FORM_FIELDS][] = [
  ['admin-agency-form', '/admin/adminagency/baru', 'adminagency'],
  ['verifikator-form', '/admin/verifikator/baru', 'verifikator'],
  ['helpdesk-form', '/admin/helpdesk/baru', 'helpdesk'],
  ['auditor-form', '/admin/auditor/baru', 'auditor'],
  ['pegawai-form', '/pegawai/baru', 'pegawai'],
];

const found = (list: ReturnType<typeof locateFields>) => Object.fromEntries(list.filter((f): f is FieldFound => f.found).map((f) => [f.attribute, f]));

describe('locateFields on every sandbox form, both layouts and variant 2', () => {
  for (const [pageId, path, kind] of FORMS) {
    for (const prefix of ['/eproc4', '/lkpp']) {
      for (const q of ['', '?variant=2']) {
        it(`${prefix}${path}${q}`, () => {
          const doc = sandboxDoc(`${prefix}${path}${q}`);
          const located = locateFields(doc, pageId);
          const expected = Object.keys(ROUTES.find((r) => r.id === pageId)!.fields!);
          expect(located.map((f) => f.attribute)).toEqual(expected);
          for (const f of located) expect(f.found, f.attribute).toBe(true);
          const byAttr = found(located);
          expect(byAttr.nip.element.getAttribute('name')).toBe('pegawai.peg_nip');
          expect(byAttr.email.element.getAttribute('name')).toBe('pegawai.peg_email');
          expect(byAttr.userId.selector).toBe('input[name="pegawai.peg_namauser"]');
          // Every located element is one of the form's declared, non-password inputs.
          const allowed = FORM_FIELDS[kind].filter((d) => d.type !== 'password').map((d) => d.name);
          for (const f of Object.values(byAttr)) expect(allowed).toContain(f.element.getAttribute('name'));
          // No element is claimed twice.
          const els = Object.values(byAttr).map((f) => f.element);
          expect(new Set(els).size).toBe(els.length);
        });
      }
    }
  }

  it('checkbox roles come back as a group; selects and date inputs are found', () => {
    const byAttr = found(locateFields(sandboxDoc('/eproc4/pegawai/baru'), 'pegawai-form'));
    expect(byAttr.roles.elements.map((e) => e.getAttribute('value'))).toEqual(['PPK', 'PANITIA', 'PP']);
    expect(byAttr.golongan.element.tagName).toBe('SELECT');
    expect(byAttr.validUntil.element.getAttribute('data-provide')).toBe('datepicker');
  });
});

describe('field matchers', () => {
  it('labels only: names and ids unknown to Pandu are found through visible labels (local and national)', () => {
    for (const prefix of ['/eproc4', '/lkpp']) {
      const opaque = new Map<string, string>();
      const o = (col: string) => opaque.get(col) ?? (opaque.set(col, `q${opaque.size}`), opaque.get(col)!);
      const html = sandboxHtml(`${prefix}/admin/auditor/baru`)
        .replace(/name="(?:pegawai|auditor)\.([a-z_]+)"/g, (_m, c: string) => `name="${o(c)}"`)
        .replace(/ (id|for)="(?:pegawai|auditor)_([a-z_]+)"/g, (_m, a: string, c: string) => ` ${a}="el-${o(c)}"`);
      expect(html).not.toContain('peg_nip');
      const byAttr = found(locateFields(parse(html), 'auditor-form'));
      for (const attr of ['userId', 'name', 'nip', 'email', 'phone', 'mobile', 'agency', 'assignmentLetterNumber', 'validUntil']) {
        expect(byAttr[attr]?.matchedBy, `${prefix} ${attr}`).toBe('label');
      }
      expect(byAttr.nip.element.closest('.form-group, tr')!.textContent).toContain('NIP');
    }
  });

  it('labels without `for` (variant 2) resolve through the row', () => {
    const doc = sandboxDoc('/eproc4/admin/verifikator/baru?variant=2');
    expect(doc.querySelector('label[for]')).toBeNull();
    const hit = findField(doc, [{ label: 'No. HP' }]);
    expect(hit?.element.getAttribute('name')).toBe('pegawai.peg_mobile');
    const th = parse('<table><tr><th>NIP :</th><td><input name="a"></td></tr><tr><th>Email</th><td><input name="b"></td></tr></table><dl><dt>Jabatan</dt><dd><input name="c"></dd></dl>');
    expect(findField(th, [{ label: 'NIP' }])?.element.getAttribute('name')).toBe('a');
    expect(findField(th, [{ label: 'Jabatan' }])?.element.getAttribute('name')).toBe('c');
  });

  it('names only: no labels at all', () => {
    const doc = parse('<form><input name="pegawai.peg_nip"><input name="data[peg_email]"><input id="pegawai_peg_nama"><input name="peg_mobile"></form>');
    expect(findField(doc, [{ name: 'pegawai.peg_nip' }])?.matchedBy).toBe('name');
    expect(findField(doc, [{ name: 'pegawai.peg_email' }, { column: 'peg_email' }])?.element.getAttribute('name')).toBe('data[peg_email]');
    expect(findField(doc, [{ column: 'peg_mobile' }])?.matchedBy).toBe('column');
    expect(findField(doc, [{ id: 'pegawai_peg_nama' }])?.matchedBy).toBe('id');
    expect(findField(doc, [{ column: 'peg_nik' }, { label: 'NIK' }])).toBeNull();
    const located = locateFields(doc, 'helpdesk-form');
    const nik = located.find((f) => f.attribute === 'nik')!;
    expect(nik.found).toBe(false);
    if (!nik.found) expect(nik.message).toContain('tidak ditemukan');
  });

  it('never returns a password, a hidden input or the authenticityToken, whatever the matcher says', () => {
    const doc = parse(`<form>
      <input type="hidden" name="authenticityToken" value="t" id="tok">
      <input type="text" name="authenticityToken" id="tok2">
      <label for="pw">NIP</label><input type="password" id="pw" name="pegawai.peg_nip">
      <input type="hidden" name="pegawai.peg_email">
      <label>Email <input type="PASSWORD" name="e2"></label>
    </form>`);
    for (const m of [{ name: 'authenticityToken' }, { id: 'tok' }, { id: 'tok2' }, { name: 'pegawai.peg_nip' }, { column: 'peg_nip' }, { label: 'NIP' }, { id: 'pw' }, { name: 'pegawai.peg_email' }, { label: 'Email' }, { selector: 'input' }, { selector: 'form' }]) {
      expect(findField(doc, [m]), JSON.stringify(m)).toBeNull();
    }
    const located = locateFields(sandboxDoc('/eproc4/admin/auditor/baru'), 'auditor-form');
    for (const f of located) if (f.found) for (const e of f.elements) expect(isFillable(e)).toBe(true);
    const login = locateFields(sandboxDoc('/eproc4/login'), 'login');
    expect(login.map((f) => f.attribute)).toEqual(['userId']);
    expect(found(login).userId.element.getAttribute('name')).toBe('txtUserId');
  });

  it('unknown page id or broken document → an empty or not-found list, never a throw', () => {
    expect(locateFields(sandboxDoc('/eproc4/admin/satker'), 'unknown')).toEqual([]);
    expect(() => locateFields(null as unknown as Document, 'auditor-form')).not.toThrow();
    expect(locateFields(parse(''), 'auditor-form').every((f) => !f.found)).toBe(true);
    expect(findField(parse('<input name="a">'), [{ selector: '!!bad[' }])).toBeNull();
  });
});
