// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanNpwp, readVendor } from '../../../lib/spse/vendor';

const doc = (html: string) => {
  const d = document.implementation.createHTMLDocument('x');
  d.body.innerHTML = html;
  return d;
};

describe('readVendor', () => {
  it('reads name and NPWP from a th/td detail table (SPSE layout)', () => {
    const d = doc(`<table><tbody>
      <tr><th class="bgwarning">Nama Penyedia</th><td> CV  Maju Jaya </td></tr>
      <tr><th>Bentuk Usaha</th><td>CV</td></tr>
      <tr><th>NPWP</th><td>01.234.567.8-901.000</td></tr></tbody></table>`);
    expect(readVendor(d)).toEqual({ name: 'CV Maju Jaya', npwp: '01.234.567.8-901.000' });
  });

  it('reads dt/dd pairs and labels ending in a colon', () => {
    const d = doc('<dl><dt>Nama Perusahaan :</dt><dd>PT Sinar</dd><dt>NPWP:</dt><dd>0123456789012345</dd></dl>');
    expect(readVendor(d)).toEqual({ name: 'PT Sinar', npwp: '0123456789012345' });
  });

  it('ignores a list table whose first column is not a label, and an NPWP that is not one', () => {
    expect(readVendor(doc('<table><tr><th>No</th><th>Nama Penyedia</th></tr><tr><td>1</td><td>CV A</td></tr></table>'))).toBeNull();
    expect(readVendor(doc('<table><tr><th>NPWP</th><td>belum ada</td></tr><tr><th>Nama Penyedia</th><td>CV B</td></tr></table>'))).toEqual({ name: 'CV B', npwp: null });
  });

  it('takes the first row of each label, bounded in length', () => {
    const long = 'P'.repeat(500);
    const r = readVendor(doc(`<table><tr><th>Nama Penyedia</th><td>${long}</td></tr><tr><th>Nama Penyedia</th><td>Kedua</td></tr></table>`));
    expect(r?.name).toHaveLength(200);
  });
});

describe('cleanNpwp', () => {
  it('accepts 15 or 16 digits, formatted or not', () => {
    expect(cleanNpwp('01.234.567.8-901.000')).toBe('01.234.567.8-901.000');
    expect(cleanNpwp(' 012345678901234 ')).toBe('012345678901234');
    expect(cleanNpwp('0123456789012345')).toBe('0123456789012345');
  });
  it('refuses other lengths and letters', () => {
    expect(cleanNpwp('01.234.567.8-901.00')).toBeNull();
    expect(cleanNpwp('01234567890123456')).toBeNull();
    expect(cleanNpwp('01.234.567.8-901.00O')).toBeNull();
  });
});
