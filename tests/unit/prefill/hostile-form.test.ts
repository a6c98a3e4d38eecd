// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/prefill/apply';
import { isRenderedControl, isSafeControl, isSecretControl } from '../../../lib/prefill/controls';
import { planFill } from '../../../lib/prefill/plan';
import { BUDI } from './helpers';

/** A hostile page: decoys hidden in every way jsdom can express without layout. */
function hostileDoc(body: string): Document {
  const html = `<!doctype html><html><head><style>.gone{display:none}.ghost{visibility:hidden}</style></head><body><form>${body}</form></body></html>`;
  return new JSDOM(html, { url: 'https://lpse.example.go.id/eproc4/pegawai/baru', pretendToBeVisual: true }).window.document;
}
const value = (doc: Document, sel: string) => (doc.querySelector(sel) as HTMLInputElement).value;

describe('pre-fill against a hostile form', () => {
  it('fills the visible input, never a display:none decoy with the same name', () => {
    const doc = hostileDoc(`
      <input class="gone" id="decoy1" name="pegawai.peg_nama">
      <div style="display:none"><input id="decoy2" name="pegawai.peg_nip"></div>
      <input id="real-nama" name="pegawai.peg_nama">
      <input id="real-nip" name="pegawai.peg_nip">`);
    const plan = planFill(doc, 'pegawai-form', BUDI);
    const res = applyFill(doc, plan);
    expect(value(doc, '#real-nama')).toBe('Dr. Budi Santoso, S.E., M.Si.');
    expect(value(doc, '#real-nip')).toBe('198503152010011003');
    expect(value(doc, '#decoy1')).toBe('');
    expect(value(doc, '#decoy2')).toBe('');
    expect(res.applied.map((a) => a.attribute)).toEqual(expect.arrayContaining(['name', 'nip']));
  });

  it('never fills a token- or secret-looking control, even labelled "User ID"', () => {
    const doc = hostileDoc(`
      <label for="tok">User ID</label><input id="tok" name="authenticity_token">
      <label for="csrf">Nama Lengkap</label><input id="csrf" name="csrf_field">
      <label for="t2">NIP</label><input id="t2" name="_token">
      <label for="otp">Email</label><input id="otp" name="otp">
      <label for="pin">No. HP</label><input id="pin" name="pin">
      <label for="sec">Jabatan</label><input id="sec" name="client_secret">`);
    const plan = planFill(doc, 'pegawai-form', BUDI, { userId: 'budi.santoso' });
    applyFill(doc, plan);
    for (const id of ['tok', 'csrf', 't2', 'otp', 'pin', 'sec']) expect(value(doc, `#${id}`), id).toBe('');
    expect(plan.rows.filter((r) => !r.skip)).toEqual([]);
  });

  it('recognises secret-looking names and ids', () => {
    const doc = hostileDoc('');
    const make = (attrs: Record<string, string>) => {
      const el = doc.createElement('input');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      doc.querySelector('form')!.append(el);
      return el;
    };
    for (const name of ['authenticity_token', 'authenticityToken', 'csrf', 'csrfmiddlewaretoken', '_token', 'xsrf-token', 'X-XSRF', 'otp', 'otp_code', 'pin', 'user_pin', 'secret', 'captcha', 'g-recaptcha-response', 'password', 'newPassword', 'kata_sandi', 'totp', 'nonce']) {
      expect(isSecretControl(make({ name })), name).toBe(true);
      expect(isSecretControl(make({ id: name })), `id ${name}`).toBe(true);
    }
    for (const name of ['pegawai.peg_nama', 'pegawai.peg_nip', 'pinjaman', 'spinner_value', 'pegawai.peg_jabatan', 'topik']) {
      expect(isSecretControl(make({ name })), name).toBe(false);
    }
  });

  it('decides visibility from styles, the hidden attribute, type=hidden and ancestors', () => {
    const doc = hostileDoc(`
      <input id="ok" name="a">
      <input id="c1" class="gone" name="b">
      <input id="c2" class="ghost" name="c">
      <input id="c3" hidden name="d">
      <input id="c4" type="hidden" name="e">
      <div hidden><input id="c5" name="f"></div>
      <div class="ghost"><input id="c6" name="g"></div>
      <div style="opacity:0"><input id="c7" name="h"></div>
      <input id="c8" style="position:absolute;left:-10000px" name="i">
      <fieldset disabled><input id="c9" name="j"></fieldset>
      <input id="c10" disabled name="k">
      <div inert><input id="c11" name="l"></div>`);
    const el = (id: string) => doc.getElementById(id)!;
    expect(isRenderedControl(el('ok'))).toBe(true);
    expect(isSafeControl(el('ok'))).toBe(true);
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']) expect(isRenderedControl(el(id)), id).toBe(false);
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11']) expect(isSafeControl(el(id)), id).toBe(false);
  });
});
