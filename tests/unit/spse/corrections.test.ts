/**
 * Issue 15: one test per correction of the site data from public evidence
 * (/work/shared/spse-reference.md, "Found in public sources since").
 */
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../lib/spse/recognise';
import { isFillable, locateFields, type FieldFound } from '../../../lib/spse/fields';
import { routeById } from '../../../lib/spse/routes';
import { SANDBOX_PAGES } from '../../../sandbox/pages';
import { ROUTES } from '../../../lib/spse/routes';
import { parse, sandboxDoc, sandboxHtml } from './helpers';

const found = (doc: Document, pageId: string) =>
  Object.fromEntries(locateFields(doc, pageId).filter((f): f is FieldFound => f.found).map((f) => [f.attribute, f.element.getAttribute('name')]));

describe('correction: the national host runs SPSE 4.5 (footer "Aplikasi SPSE v4.5u…", Bootstrap 4.6.2, no noscript)', () => {
  it('national sandbox pages carry the captured conventions and are recognised by them', () => {
    const html = sandboxHtml('/kemenkeu/admin/auditor/baru');
    expect(html).toContain('Aplikasi SPSE v4.5u20250321');
    expect(html).toContain('bootstrap@4.6.2');
    expect(html).not.toContain('<noscript>');
    expect(html).toMatch(/class="table table-sm table-bordered"/);
    expect(html).toMatch(/<th class="bgwarning">/);
    expect(recognise('https://spse.inaproc.id/kemenkeu/admin/auditor/baru', parse(html))).toMatchObject({ pageId: 'auditor-form', layout: 'national', version: '4.5u20250321' });
  });
  it('without the favicon (another host), Bootstrap 4.6 + th.bgwarning still say national', () => {
    const html = sandboxHtml('/lkpp/pegawai/baru').replace(/<link rel="icon"[^>]*>/, '');
    expect(recognise('https://lpse.contoh.go.id/pegawai/baru', parse(html))).toMatchObject({ pageId: 'pegawai-form', layout: 'national' });
  });
});

describe('correction: some LPSEs serve SPSE at their host\'s root', () => {
  const pages = SANDBOX_PAGES.filter((p) => p.layouts.includes('local') && ROUTES.some((r) => r.id === p.pageId));
  for (const p of pages) {
    it(`${p.path} served at the root`, () => {
      const r = sandboxHtml(p.path);
      const m = recognise(`https://lpse.contohkab.go.id${p.path}`, parse(r));
      expect(m).toMatchObject({ pageId: p.pageId, base: '', layout: 'local', isSpse: true });
      expect(m.confidence).toBeGreaterThanOrEqual(0.8);
    });
  }
});

describe('correction: SPSE 4.5 logs in in two steps with TOTP', () => {
  for (const base of ['/eproc4', '/lkpp', '']) {
    it(`the TOTP step at "${base || '/'}" is the login page; its code is never fillable`, () => {
      const doc = sandboxDoc(`${base}/login/otp`);
      expect(recognise(`https://lpse.contoh.go.id${base}/login/otp`, doc)).toMatchObject({ pageId: 'login', isSpse: true });
      const otp = doc.querySelector('input[name="otp"]');
      expect(otp).not.toBeNull();
      expect(isFillable(otp)).toBe(false);
      expect(locateFields(doc, 'login').every((f) => !f.found)).toBe(true);
    });
  }
  it('the login page file cites the source', () => expect(routeById('login')!.notes).toMatch(/two steps with TOTP/));
});

describe('correction: akun.inaproc.id labels ("Tipe Profil", "Username pada Platform Sebelumnya", …)', () => {
  it('the sandbox detail shows the documented labels and is recognised with full label evidence', () => {
    const html = sandboxHtml('/akun/verifikasi-akses/9002');
    for (const l of ['<dt>Tipe Profil</dt>', 'Username pada Platform Sebelumnya', 'Alamat Satuan Kerja', 'Upload Surat Keterangan Kerja/Surat Tugas', '<dd>APIP</dd>']) expect(html).toContain(l);
    const m = recognise('https://akun.inaproc.id/verifikasi-akses/9002', parse(html));
    expect(m.pageId).toBe('role-access-approval');
    expect(m.confidence).toBe(1);
  });
});

describe('correction: the auditor request asks for "Satuan Kerja yang Diperiksa"', () => {
  it('an auditor form with that label maps it to satker', () => {
    const doc = parse(`<body><div id="footer">SPSE v4.5u20240101</div><h3>Tambah Auditor</h3><form>
      <label for="a">Nomor Surat Tugas</label><input id="a" name="st">
      <label for="b">Satuan Kerja yang Diperiksa</label><input id="b" name="skpd">
      <label for="c">Nama Paket</label><input id="c" name="paket"></form></body>`);
    expect(found(doc, 'auditor-form')).toMatchObject({ assignmentLetterNumber: 'st', satker: 'skpd' });
  });
});

describe('correction: PPK are rows of their own table (ppk.ppk_nomor_sk)', () => {
  it('a PPK form that binds ppk.ppk_nomor_sk gets the SK number', () => {
    const doc = parse(`<body><h3>Tambah Pegawai</h3><form><label>Nomor SK</label><input name="ppk.ppk_nomor_sk"><input name="pegawai.peg_nama"></form></body>`);
    expect(found(doc, 'pegawai-form')).toMatchObject({ skNumber: 'ppk.ppk_nomor_sk', name: 'pegawai.peg_nama' });
  });
});

describe('correction: the 3.x Admin Agency menu item is "Catatan/Log Akses"', () => {
  it('the Admin Agency sandbox menu names it, and home still tells the role', () => {
    const doc = sandboxDoc('/eproc4/home?role=agency');
    expect([...doc.querySelectorAll('nav a')].map((a) => a.textContent)).toContain('Catatan/Log Akses');
    expect(recognise('https://lpse.contoh.go.id/eproc4/home', doc).role).toBe('admin-agency');
  });
});
