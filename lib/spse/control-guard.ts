/**
 * Which page controls Pandu may never touch, whatever a field map, a taught profile or a label
 * says. The SPSE page is untrusted: a hostile form can hide a decoy with the same name before the
 * real input, or label a CSRF token "User ID". Two rules, used by the field locator (so a decoy is
 * never even found) and again by pre-fill (defence in depth):
 *
 * - **Secret-looking names.** A control whose `name` or `id` looks like a token, a CSRF/XSRF
 *   value, a one-time code, a PIN, a secret, a captcha or a password.
 * - **Not rendered.** Only controls a user can see: not `type=hidden`, no `hidden` attribute,
 *   no `display:none` / `visibility:hidden` / `opacity:0` / `content-visibility:hidden` on the
 *   control or an ancestor, not `inert`, not parked far off-screen. Decided from computed styles
 *   (tests run in jsdom, which has no layout), plus `checkVisibility()` where the browser has it.
 */

/** Name fragments that mark a secret wherever they occur in a name or id. */
const SECRET_FRAGMENT = /authenticity|token|csrf|xsrf|secret|captcha|passw|kata_?sandi|passcode|nonce/i;
/** Whole words (after splitting camelCase and punctuation) that mark a secret. */
const SECRET_WORDS = new Set(['otp', 'totp', 'hotp', 'pin', 'pwd', 'mfa', '2fa', 'sandi', 'cvv', 'cvc']);

/** `userPin` → ["user", "pin"]; `otp_code` → ["otp", "code"]. */
function words(name: string): string[] {
  // Stryker disable next-line MethodExpression,Regex: equivalent — empty pieces (from dropping the filter or the `+`) are never secret words.
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a control name or id looks like a token, CSRF value, one-time code, PIN, secret or password. */
export function isSecretName(name: string | null | undefined): boolean {
  if (!name) return false;
  if (SECRET_FRAGMENT.test(name)) return true;
  return words(name).some((w) => SECRET_WORDS.has(w));
}

/** The control's name or id (or autocomplete hint) marks it as secret. */
export function hasSecretName(el: Element): boolean {
  if (isSecretName(el.getAttribute('name')) || isSecretName(el.getAttribute('id'))) return true;
  const ac = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  return /(^|\s)(current-password|new-password|one-time-code)(\s|$)/.test(ac);
}

/** Pixel offset beyond which a positioned control is treated as parked off-screen. */
const OFF_SCREEN_PX = -999;

function px(v: string): number {
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : 0;
}

function hiddenByStyle(s: CSSStyleDeclaration): boolean {
  if (s.display === 'none' || s.contentVisibility === 'hidden') return true;
  if (s.opacity !== '' && Number.parseFloat(s.opacity) === 0) return true;
  if (s.position === 'absolute' || s.position === 'fixed') {
    if (px(s.left) <= OFF_SCREEN_PX || px(s.top) <= OFF_SCREEN_PX) return true;
  }
  return false;
}

/**
 * True when a user can see the control: see the module comment for the rules. `visibility` is
 * inherited (in browsers and jsdom), so the control's own computed value decides it; `display`,
 * `opacity`, `hidden` and `inert` are checked on every ancestor.
 */
export function isRenderedControl(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
  const view = el.ownerDocument?.defaultView;
  if (!view || !el.isConnected) return false;
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.hasAttribute('inert')) return false;
    const s = n === el ? own : view.getComputedStyle(n);
    if (hiddenByStyle(s)) return false;
  }
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true })) return false;
  return true;
}

/** Disabled directly, through a disabled fieldset, or inside an inert subtree. */
export function isDisabledControl(el: Element): boolean {
  if ((el as HTMLInputElement).disabled === true || el.hasAttribute('disabled')) return true;
  try {
    if (el.matches(':disabled')) return true;
  } catch {
    /* a selector engine without :disabled */
  }
  return el.closest('fieldset[disabled], [inert]') !== null;
}
