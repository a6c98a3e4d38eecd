/**
 * Reading and writing SPSE form controls the way a user would: what kind of control it is,
 * its current value, and setting a value so that page scripts (jQuery plugins, frameworks,
 * bootstrap-datepicker) notice. Only visible, enabled controls are filled; secret controls
 * (passwords, hidden inputs, anything named like a token, CSRF value, one-time code, PIN,
 * secret or captcha) are recognised here and refused everywhere, whatever their label says.
 */
import { hasSecretName, isDisabledControl, isRenderedControl } from '../spse/control-guard';
import { isFillable, type FieldElement } from '../spse/fields';
import { matchKey, normaliseDateFormat } from './values';
import type { ControlKind } from './plan-schema';

export { isRenderedControl, isSecretName } from '../spse/control-guard';

export type { ControlKind } from './plan-schema';

/**
 * Never read, fill or store: password and hidden inputs, and any control whose name or id
 * looks like a token, CSRF value, one-time code, PIN, secret, captcha or password.
 */
export function isSecretControl(el: Element | null | undefined): boolean {
  if (!el) return true;
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'password' || type === 'hidden') return true;
  }
  return hasSecretName(el);
}

/** A control Pandu may look at and plan for: fillable, not secret, visible (maybe disabled). */
export function isVisiblePlainControl(el: Element | null | undefined): el is FieldElement {
  return !!el && isFillable(el) && !isSecretControl(el) && isRenderedControl(el);
}

/** A control Pandu may fill: fillable, not secret, visible and enabled. */
export function isSafeControl(el: Element | null | undefined): el is FieldElement {
  return isVisiblePlainControl(el) && !isDisabledControl(el);
}

/** Throws if `el` is a secret control (defence in depth: callers filter first). */
export function assertNotSecret(el: Element): asserts el is FieldElement {
  if (!isSafeControl(el)) throw new Error(`Pandu tidak pernah mengisi kolom ini (${el.getAttribute('name') ?? el.tagName.toLowerCase()})`);
}

function hasDatepickerHint(el: Element): boolean {
  if (el.getAttribute('data-provide') === 'datepicker') return true;
  if (el.hasAttribute('data-date-format')) return true;
  if (/(^|\s)(datepicker|date-picker|tanggal|date)(\s|$)/i.test(el.getAttribute('class') ?? '')) return true;
  return normaliseDateFormat(el.getAttribute('placeholder')) !== null;
}

export function controlKind(el: FieldElement): ControlKind {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'textarea';
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'checkbox') return 'checkbox';
  if (type === 'radio') return 'radio';
  if (type === 'date') return 'date';
  return hasDatepickerHint(el) ? 'datepicker' : 'text';
}

/**
 * The date format an input expects: `yyyy-mm-dd` for `type=date`; a datepicker's
 * `data-date-format` or placeholder; else dd-mm-yyyy (how SPSE writes dates).
 */
export function dateFormatOf(el: FieldElement): string {
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'date') return 'yyyy-mm-dd';
  return normaliseDateFormat(el.getAttribute('data-date-format')) ?? normaliseDateFormat(el.getAttribute('placeholder')) ?? 'dd-mm-yyyy';
}

export function isReadOnly(el: FieldElement): boolean {
  return isDisabledControl(el) || (el.tagName !== 'SELECT' && el.hasAttribute('readonly'));
}

/** The visible text naming a checkbox / radio: its wrapping label or `label[for=id]`. */
export function choiceText(el: Element): string {
  const wrap = el.closest('label');
  if (wrap) return (wrap.textContent ?? '').replace(/\s+/g, ' ').trim();
  const id = el.getAttribute('id');
  if (id) {
    for (const l of Array.from(el.ownerDocument.querySelectorAll('label'))) {
      if (l.getAttribute('for') === id) return (l.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
  }
  return el.getAttribute('value') ?? '';
}

/** Current value and its human text. Checkbox groups: checked values joined by ",". */
export function readControl(el: FieldElement, group: readonly FieldElement[] = [el]): { value: string; text: string } {
  const kind = controlKind(el);
  if (kind === 'checkbox' || kind === 'radio') {
    const on = group.filter((c) => (c as HTMLInputElement).checked);
    return { value: on.map((c) => c.getAttribute('value') ?? 'on').join(','), text: on.map(choiceText).join(', ') };
  }
  if (kind === 'select') {
    const s = el as HTMLSelectElement;
    const opt = s.selectedIndex >= 0 ? s.options[s.selectedIndex] : null;
    return { value: s.value, text: opt && s.value !== '' ? cleanOptionText(opt) : '' };
  }
  return { value: (el as HTMLInputElement).value, text: (el as HTMLInputElement).value };
}

function cleanOptionText(o: HTMLOptionElement): string {
  return (o.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The choices a select, checkbox group or radio group offers (value and visible text; the empty
 * placeholder left out), for asking the user once which one a sender's letters mean. Others: none.
 */
export function listChoices(group: readonly FieldElement[]): { value: string; text: string }[] {
  const el = group[0];
  if (!el) return [];
  const kind = controlKind(el);
  if (kind === 'select') return Array.from((el as HTMLSelectElement).options).filter((o) => o.value !== '' && !o.disabled).map((o) => ({ value: o.value, text: cleanOptionText(o) }));
  if (kind === 'checkbox' || kind === 'radio') return group.map((c) => ({ value: c.getAttribute('value') ?? 'on', text: choiceText(c) }));
  return [];
}

/** The option of a select whose value or text equals `wanted` (case-insensitive); placeholders never. */
export function matchOption(select: HTMLSelectElement, wanted: string): { value: string; text: string } | null {
  const w = matchKey(wanted);
  if (!w) return null;
  const opts = Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
  const hit = opts.find((o) => matchKey(o.value) === w) ?? opts.find((o) => matchKey(cleanOptionText(o)) === w);
  return hit ? { value: hit.value, text: cleanOptionText(hit) } : null;
}

/**
 * The checkboxes / radio of a group matching `wanted` ("PPK, PANITIA" or "PPK;Panitia/Pokja"),
 * by value or visible text. Returns the matched values and what could not be matched.
 */
export function matchChoices(group: readonly FieldElement[], wanted: string, single: boolean): { values: string[]; texts: string[]; unmatched: string[] } {
  const parts = (single ? [wanted] : wanted.split(/[,;]/)).map((p) => p.trim()).filter(Boolean);
  const values: string[] = [];
  const texts: string[] = [];
  const unmatched: string[] = [];
  for (const p of parts) {
    const k = matchKey(p);
    const hit = group.find((c) => matchKey(c.getAttribute('value')) === k) ?? group.find((c) => matchKey(choiceText(c)) === k);
    if (!hit) unmatched.push(p);
    else if (!values.includes(hit.getAttribute('value') ?? 'on')) {
      values.push(hit.getAttribute('value') ?? 'on');
      texts.push(choiceText(hit));
    }
  }
  return { values, texts, unmatched };
}

// ---------------------------------------------------------------- writing

/** The prototype's own `value` / `checked` setter, bypassing instance-level trackers (React). */
function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | null {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d?.set) return d.set;
  }
  return null;
}

export function setNativeValue(el: FieldElement, value: string): void {
  assertNotSecret(el);
  const set = nativeSetter(el, 'value');
  if (set) set.call(el, value);
  else el.value = value;
}

export function setNativeChecked(el: HTMLInputElement, checked: boolean): void {
  assertNotSecret(el);
  const set = nativeSetter(el, 'checked');
  if (set) set.call(el, checked);
  else el.checked = checked;
}

/** Events are built from the element's own window (the page's, or a test's JSDOM). */
function win(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as Window & typeof globalThis;
}

export function fire(el: Element, type: 'input' | 'change'): void {
  const w = win(el);
  const E = type === 'input' && typeof w.InputEvent === 'function' ? w.InputEvent : w.Event;
  el.dispatchEvent(new E(type, { bubbles: true, cancelable: false }));
}

/** A neutral key release (no key code: never Enter) so datepicker plugins re-read the value. */
export function fireKeyup(el: Element): void {
  const w = win(el);
  el.dispatchEvent(new w.KeyboardEvent('keyup', { bubbles: true, cancelable: true, key: 'Unidentified' }));
}

export function focusControl(el: FieldElement): void {
  try {
    el.focus({ preventScroll: true });
  } catch {
    /* a control that cannot take focus is still filled */
  }
}

/** Blur a datepicker so its dropdown closes; a synthetic blur when it never took focus. */
export function blurControl(el: FieldElement): void {
  if (el.ownerDocument.activeElement === el) {
    el.blur();
    return;
  }
  const w = win(el);
  el.dispatchEvent(new w.FocusEvent('blur', { bubbles: false }));
  el.dispatchEvent(new w.FocusEvent('focusout', { bubbles: true }));
}
