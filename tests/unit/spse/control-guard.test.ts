import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hasSecretName, isDisabledControl, isRenderedControl, isSecretName } from '../../../lib/spse/control-guard';

/** Every rule of lib/spse/control-guard.ts on its own (mutation testing, issue 19). */
function doc(body: string): Document {
  return new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://lpse.example.go.id/eproc4/x', pretendToBeVisual: true }).window.document;
}
const el = (d: Document, sel: string) => d.querySelector(sel)!;

describe('isSecretName', () => {
  it('every secret fragment, anywhere in the name, any case', () => {
    for (const name of ['authenticity_token', 'apiToken', 'csrf', 'X-XSRF', 'client_secret', 'g-captcha', 'Passwort', 'kata_sandi', 'katasandi', 'passcode', 'nonceValue']) {
      expect(isSecretName(name), name).toBe(true);
    }
  });

  it('every secret word once split on camelCase and punctuation; the same letters inside a word do not count', () => {
    for (const name of ['otp', 'userOtp', 'totp_code', 'hotp', 'userPin', 'pin-baru', 'pwd', 'mfa.code', '2fa', 'sandi', 'cardCvv', 'cvc', 'x9Pin']) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['pinjaman', 'opinion', 'spindle', 'hotpot', 'sandiwara', 'nama', 'nip', 'email', 'jabatan', 'username']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });

  it('no name is not secret', () => {
    expect(isSecretName(null)).toBe(false);
    expect(isSecretName(undefined)).toBe(false);
    expect(isSecretName('')).toBe(false);
  });
});

describe('hasSecretName', () => {
  it('looks at the name, the id and the password / one-time-code autocomplete tokens', () => {
    const d = doc(`
      <input id="a" name="otp_code"><input id="userPin" name="x"><input id="c" name="nama">
      <input id="d" autocomplete="current-password"><input id="e" autocomplete="section-x new-password">
      <input id="f" autocomplete="ONE-TIME-CODE"><input id="g" autocomplete="new-password-hint">
      <input id="h" autocomplete="xcurrent-password"><input id="i" autocomplete="username">
      <input id="j" autocomplete="current-password section-y">`);
    expect(hasSecretName(el(d, '#a'))).toBe(true);
    expect(hasSecretName(el(d, '#userPin'))).toBe(true);
    expect(hasSecretName(el(d, '#c'))).toBe(false);
    expect(hasSecretName(el(d, '#d'))).toBe(true);
    expect(hasSecretName(el(d, '#e'))).toBe(true);
    expect(hasSecretName(el(d, '#f'))).toBe(true);
    expect(hasSecretName(el(d, '#g'))).toBe(false);
    expect(hasSecretName(el(d, '#h'))).toBe(false);
    expect(hasSecretName(el(d, '#i'))).toBe(false);
    expect(hasSecretName(el(d, '#j'))).toBe(true);
  });
});

describe('isRenderedControl', () => {
  it('a plain visible control is rendered; a hidden input, a disconnected one are not', () => {
    const d = doc('<input id="a" name="nama"><input id="b" type="HIDDEN" name="x"><select id="s"><option>x</option></select>');
    expect(isRenderedControl(el(d, '#a'))).toBe(true);
    expect(isRenderedControl(el(d, '#s'))).toBe(true);
    expect(isRenderedControl(el(d, '#b'))).toBe(false);
    const loose = d.createElement('input');
    expect(isRenderedControl(loose)).toBe(false);
  });

  it('own visibility hidden or collapse hides it; visibility on an ancestor is inherited', () => {
    const d = doc(`<input id="a" style="visibility:hidden"><input id="b" style="visibility:collapse">
      <div style="visibility:hidden"><input id="c"></div><div style="visibility:hidden"><input id="d" style="visibility:visible"></div>`);
    expect(isRenderedControl(el(d, '#a'))).toBe(false);
    expect(isRenderedControl(el(d, '#b'))).toBe(false);
    expect(isRenderedControl(el(d, '#c'))).toBe(false);
    expect(isRenderedControl(el(d, '#d'))).toBe(true);
  });

  it('hidden, inert, display:none or opacity 0 on the control or any ancestor hide it', () => {
    const d = doc(`<input id="a" hidden><div hidden><input id="b"></div><div inert><input id="c"></div>
      <input id="d" style="display:none"><div style="display:none"><input id="e"></div>
      <input id="f" style="opacity:0"><div style="opacity:0"><input id="g"></div>
      <input id="h" style="opacity:0.5"><input id="i" inert>`);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'i']) expect(isRenderedControl(el(d, `#${id}`)), id).toBe(false);
    expect(isRenderedControl(el(d, '#h'))).toBe(true);
  });

  it('parked off-screen (absolute or fixed, at -999px or beyond) hides it; nearer, or not positioned, does not', () => {
    const d = doc(`<input id="a" style="position:absolute;left:-999px"><input id="b" style="position:fixed;top:-5000px">
      <input id="c" style="position:absolute;left:-998px"><input id="d" style="position:relative;left:-5000px">
      <input id="e" style="position:absolute;top:-998px;left:10px"><div style="position:absolute;left:-2000px"><input id="f"></div>
      <input id="g" style="position:absolute;left:auto;top:auto"><input id="h" style="position:absolute;top:-999px">`);
    expect(isRenderedControl(el(d, '#a'))).toBe(false);
    expect(isRenderedControl(el(d, '#b'))).toBe(false);
    expect(isRenderedControl(el(d, '#c'))).toBe(true);
    expect(isRenderedControl(el(d, '#d'))).toBe(true);
    expect(isRenderedControl(el(d, '#e'))).toBe(true);
    expect(isRenderedControl(el(d, '#f'))).toBe(false);
    expect(isRenderedControl(el(d, '#g'))).toBe(true);
    expect(isRenderedControl(el(d, '#h'))).toBe(false);
  });

  it('content-visibility:hidden hides it (computed style as the browser reports it)', () => {
    const d = doc('<input id="a"><input id="b">');
    const view = d.defaultView!;
    const real = view.getComputedStyle.bind(view);
    view.getComputedStyle = ((e: Element) => {
      const s = real(e);
      if (e.id !== 'a') return s;
      return new Proxy(s, { get: (t, k) => (k === 'contentVisibility' ? 'hidden' : Reflect.get(t, k)) });
    }) as typeof view.getComputedStyle;
    expect(isRenderedControl(el(d, '#a'))).toBe(false);
    expect(isRenderedControl(el(d, '#b'))).toBe(true);
  });

  it("the browser's own checkVisibility has the last word, asked with every check on", () => {
    const d = doc('<input id="a"><input id="b">');
    const asked: object[] = [];
    const answer = (id: string, visible: boolean) =>
      Object.defineProperty(el(d, id), 'checkVisibility', { value: (o?: object) => (asked.push(o ?? {}), visible) });
    answer('#a', false);
    answer('#b', true);
    expect(isRenderedControl(el(d, '#a'))).toBe(false);
    expect(isRenderedControl(el(d, '#b'))).toBe(true);
    expect(asked[0]).toEqual({ checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
  });
});

describe('isDisabledControl', () => {
  it('disabled directly, by attribute, through a disabled fieldset or inert subtree', () => {
    const d = doc(`<input id="a" disabled><fieldset disabled><input id="b"></fieldset><div inert><input id="c"></div>
      <input id="d"><fieldset><input id="e"></fieldset><div id="x" disabled></div>`);
    for (const id of ['a', 'b', 'c']) expect(isDisabledControl(el(d, `#${id}`)), id).toBe(true);
    expect(isDisabledControl(el(d, '#d'))).toBe(false);
    expect(isDisabledControl(el(d, '#e'))).toBe(false);
    // a non-control carrying the attribute counts too (the attribute alone decides)
    expect(isDisabledControl(el(d, '#x'))).toBe(true);
  });

  it('the disabled property alone, and :disabled alone, each decide', () => {
    const d = doc('<input id="a"><input id="b">');
    (el(d, '#a') as HTMLInputElement).disabled = true;
    expect(isDisabledControl(el(d, '#a'))).toBe(true);
    const b = el(d, '#b');
    b.matches = ((s: string) => s === ':disabled') as typeof b.matches;
    expect(isDisabledControl(b)).toBe(true);
  });

  it('a selector engine without :disabled falls back to the fieldset / inert check', () => {
    const d = doc('<fieldset disabled><input id="a"></fieldset><input id="b">');
    for (const id of ['a', 'b']) {
      const e = el(d, `#${id}`);
      e.matches = (() => {
        throw new Error('unsupported');
      }) as typeof e.matches;
    }
    expect(isDisabledControl(el(d, '#a'))).toBe(true);
    expect(isDisabledControl(el(d, '#b'))).toBe(false);
  });
});
