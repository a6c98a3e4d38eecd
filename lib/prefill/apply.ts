/**
 * Apply a confirmed fill plan to the page, the way a user would type it: focus, the native
 * value setter (so frameworks and jQuery plugins see the change), then bubbling `input` and
 * `change` events; datepickers also get a neutral `keyup` and `blur` so they re-read the value
 * and close. Filled controls are highlighted (`data-pandu-filled="true"` + an outline) and
 * `undo()` puts back the previous values, the exact previous inline style and attributes.
 *
 * Fill, never submit: nothing here submits a form, clicks a button or presses Enter. Password,
 * hidden and invisible inputs, disabled ones and anything named like a token, CSRF value,
 * one-time code, PIN or secret are refused even if a plan names them.
 */
import type { PersonAttribute } from '../spse/routes';
import type { FieldElement } from '../spse/fields';
import {
  blurControl,
  controlKind,
  fire,
  fireKeyup,
  focusControl,
  isReadOnly,
  isSafeControl,
  isVisiblePlainControl,
  readControl,
  setNativeChecked,
  setNativeValue,
  type ControlKind,
} from './controls';
import { namesSecret, SECRET_ROW_MESSAGE, type FillPlan, type FillRow } from './plan';

export const FILLED_ATTR = 'data-pandu-filled';
/** The highlight outline (inline, `!important` so page focus styles do not hide it). */
export const HIGHLIGHT_OUTLINE = '2px solid #f0ad4e';

export type ApplyOptions = {
  /** Fill only these attributes (e.g. the rows the user kept ticked). */
  onlyAttributes?: readonly PersonAttribute[];
};
export type AppliedField = { attribute: PersonAttribute; selector: string; previous: string };
export type FailedField = { attribute: PersonAttribute; selector: string; message: string };
export type FillResult = {
  applied: AppliedField[];
  /** Rows that could not be filled now (control gone, read-only, refused). */
  failed: FailedField[];
  /** Restore previous values (with input/change events) and remove highlights. Idempotent. */
  undo: () => void;
};

type Snapshot = {
  el: FieldElement;
  kind: ControlKind;
  value: string;
  checked: boolean;
  style: string | null;
  filled: string | null;
};

function snapshot(el: FieldElement): Snapshot {
  return {
    el,
    kind: controlKind(el),
    value: el.value,
    checked: (el as HTMLInputElement).checked === true,
    style: el.getAttribute('style'),
    filled: el.getAttribute(FILLED_ATTR),
  };
}

function highlight(el: FieldElement): void {
  el.setAttribute(FILLED_ATTR, 'true');
  el.style.setProperty('outline', HIGHLIGHT_OUTLINE, 'important');
  el.style.setProperty('outline-offset', '1px', 'important');
}

function restoreAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** The focused element, looking inside open shadow roots (the panel lives in one). */
function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  for (let i = 0; i < 20 && a?.shadowRoot?.activeElement; i++) a = a.shadowRoot.activeElement;
  return a;
}

/** The controls a row names, now; null with a message when it cannot be filled. */
function resolveRow(doc: Document, row: FillRow): { els: FieldElement[] } | { message: string } {
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(row.selector));
  } catch {
    return { message: `selector tidak sah: ${row.selector}` };
  }
  if (!found.length) return { message: 'kolom tidak ditemukan lagi di halaman' };
  const group = row.kind === 'checkbox' || row.kind === 'radio';
  const els = group ? found : found.slice(0, 1);
  if (!els.every(isVisiblePlainControl)) return { message: 'kolom ini tidak pernah diisi oleh Pandu' };
  const ctrls = els as FieldElement[];
  if (ctrls.some(isReadOnly) || !ctrls.every(isSafeControl)) return { message: 'kolom hanya-baca atau nonaktif' };
  if (group && ctrls.some((c) => controlKind(c) !== row.kind)) return { message: 'jenis kolom berubah' };
  return { els: ctrls };
}

function writeValue(el: FieldElement, kind: ControlKind, value: string): void {
  focusControl(el);
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'change');
  if (kind === 'datepicker') {
    fireKeyup(el);
    blurControl(el);
  }
}

function writeChecked(el: HTMLInputElement, checked: boolean): void {
  focusControl(el);
  setNativeChecked(el, checked);
  fire(el, 'input');
  fire(el, 'change');
}

/**
 * Fill the non-skipped rows of `plan` into `doc`. Returns what was filled (with previous
 * values) and an `undo`.
 */
export function applyFill(doc: Document, plan: FillPlan, opts: ApplyOptions = {}): FillResult {
  // The plan comes from planFill in this same panel (typed by fillPlanSchema); every row is still
  // checked against the page below (secret, hidden and read-only controls are never written).
  // A plan naming a secret outright is refused before anything is touched.
  if (plan.rows.some(namesSecret)) throw new Error(SECRET_ROW_MESSAGE);
  const only = opts.onlyAttributes ? new Set(opts.onlyAttributes) : null;
  const applied: AppliedField[] = [];
  const failed: FailedField[] = [];
  const snaps: Snapshot[] = [];
  const prevActive = deepActive(doc);

  for (const row of plan.rows) {
    if (row.skip || (only && !only.has(row.attribute))) continue;
    const r = resolveRow(doc, row);
    if ('message' in r) {
      failed.push({ attribute: row.attribute, selector: row.selector, message: r.message });
      continue;
    }
    const { els } = r;
    const previous = readControl(els[0], els).value;
    if (row.kind === 'checkbox' || row.kind === 'radio') {
      const want = new Set(row.newValue.split(',').filter(Boolean));
      const changes = els.filter((c) => (c as HTMLInputElement).checked !== want.has(c.getAttribute('value') ?? 'on'));
      if (!changes.length) continue;
      for (const c of els) snaps.push(snapshot(c));
      // Radios: switch the new one on (the browser turns the old one off); boxes: each one.
      const ordered = row.kind === 'radio' ? changes.filter((c) => want.has(c.getAttribute('value') ?? 'on')) : changes;
      for (const c of ordered) writeChecked(c as HTMLInputElement, want.has(c.getAttribute('value') ?? 'on'));
      for (const c of els) highlight(c);
    } else {
      const el = els[0];
      if (el.value === row.newValue) continue;
      snaps.push(snapshot(el));
      writeValue(el, controlKind(el), row.newValue);
      highlight(el);
    }
    applied.push({ attribute: row.attribute, selector: row.selector, previous });
  }

  // Leave no page control focused by Pandu (blur runs the page's own checks); give focus back.
  const active = doc.activeElement;
  if (active && snaps.some((s) => s.el === active)) (active as HTMLElement).blur();
  if (prevActive && prevActive !== doc.body && prevActive !== deepActive(doc) && typeof (prevActive as HTMLElement).focus === 'function') {
    try {
      (prevActive as HTMLElement).focus({ preventScroll: true });
    } catch {
      /* ignore */
    }
  }

  let undone = false;
  const undo = () => {
    if (undone) return;
    undone = true;
    for (const s of [...snaps].reverse()) {
      if (!s.el.isConnected) continue;
      if (s.kind === 'checkbox' || s.kind === 'radio') {
        const el = s.el as HTMLInputElement;
        if (el.checked !== s.checked) {
          setNativeChecked(el, s.checked);
          fire(el, 'input');
          fire(el, 'change');
        }
      } else if (s.el.value !== s.value) {
        setNativeValue(s.el, s.value);
        fire(s.el, 'input');
        fire(s.el, 'change');
        if (s.kind === 'datepicker') fireKeyup(s.el);
      }
      restoreAttr(s.el, 'style', s.style);
      restoreAttr(s.el, FILLED_ATTR, s.filled);
    }
  };
  return { applied, failed, undo };
}

/** Remove every Pandu highlight from the page (values are left as they are). */
export function clearHighlights(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${FILLED_ATTR}]`))) {
    el.removeAttribute(FILLED_ATTR);
    (el as HTMLElement).style?.removeProperty('outline');
    (el as HTMLElement).style?.removeProperty('outline-offset');
    if (el.getAttribute('style') === '') el.removeAttribute('style');
  }
}
