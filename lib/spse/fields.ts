/**
 * Where are the person fields of a form? For each attribute the matched input, or a "not found"
 * entry so the panel can say "kolom tidak ditemukan". Matchers are tried in order (taught selector,
 * exact name, name ending in the column, id, visible label). Password inputs, hidden inputs and the
 * `authenticityToken` are never returned.
 */
import { routeById } from './route-table';
import type { FieldMatcher, PersonAttribute } from './routes';
import type { SiteProfile } from './profile';
import { cssPathFor } from './teach';
import { normText } from './recognise';
import { hasSecretName, isRenderedControl } from './control-guard';

export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type MatchedBy = 'selector' | 'name' | 'column' | 'id' | 'label';

export type FieldFound = {
  attribute: PersonAttribute;
  found: true;
  element: FieldElement;
  /** Every input of a checkbox / radio group (else just `element`). */
  elements: FieldElement[];
  matchedBy: MatchedBy;
  matcher: FieldMatcher;
  /** A stable selector of the element (for logs and taught profiles). */
  selector: string;
  source: 'profile' | 'built-in';
};
export type FieldMissing = { attribute: PersonAttribute; found: false; tried: FieldMatcher[]; message: string };
export type FieldLocation = FieldFound | FieldMissing;

const NEVER_TYPES = new Set(['password', 'hidden', 'submit', 'button', 'reset', 'image', 'file']);

/**
 * A form control Pandu may read or fill: never passwords, hidden or invisible inputs, nor
 * anything whose name or id looks like a token, CSRF value, one-time code, PIN or secret
 * (lib/spse/control-guard).
 */
export function isFillable(el: Element | null | undefined): el is FieldElement {
  if (!el) return false;
  const tag = el.tagName;
  if (tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') return false;
  if (tag === 'INPUT' && NEVER_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase())) return false;
  if (hasSecretName(el)) return false;
  return isRenderedControl(el);
}

type Root = Document | Element;

function controls(root: Root): FieldElement[] {
  const out: FieldElement[] = [];
  const all = root.querySelectorAll('input, select, textarea');
  for (let i = 0; i < all.length; i++) if (isFillable(all[i])) out.push(all[i] as FieldElement);
  return out;
}

function columnRe(column: string): RegExp {
  return new RegExp(`(^|[._\\[])${column.replace(/[^A-Za-z0-9_]/g, '')}\\]?$`, 'i');
}

function firstFillableIn(container: Element, after?: Element): FieldElement | null {
  const all = container.querySelectorAll('input, select, textarea');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (after && !(after.compareDocumentPosition(el) & 4 /* FOLLOWING */) && !after.contains(el)) continue;
    if (isFillable(el)) return el;
  }
  return null;
}

/** The control a label-like element (label, th, dt) names. */
function controlForLabel(labelEl: Element): FieldElement | null {
  const doc = labelEl.ownerDocument;
  if (labelEl.tagName === 'LABEL') {
    const htmlFor = labelEl.getAttribute('for');
    const target = htmlFor ? doc.getElementById(htmlFor) : null;
    // A label pointing at a password or hidden input names nothing Pandu may touch.
    if (target) return isFillable(target) ? target : null;
    const nested = firstFillableIn(labelEl);
    if (nested) return nested;
  }
  if (labelEl.tagName === 'DT') {
    const dd = labelEl.nextElementSibling;
    return dd && dd.tagName === 'DD' ? firstFillableIn(dd) : null;
  }
  const row = labelEl.closest('.form-group, tr, .form-row, li, dl');
  if (row) return firstFillableIn(row, labelEl);
  return labelEl.parentElement ? firstFillableIn(labelEl.parentElement, labelEl) : null;
}

function byLabel(root: Root, text: string): FieldElement | null {
  const want = normText(text);
  // <label> first, then table header cells and definition terms.
  for (const sel of ['label', 'th, dt, .control-label']) {
    const list = root.querySelectorAll(sel);
    for (let i = 0; i < list.length; i++) {
      const el = list[i];
      // A th containing a <label> is handled through the label.
      if (el.tagName !== 'LABEL' && el.querySelector('label')) continue;
      if (normText(el.textContent) !== want) continue;
      const c = controlForLabel(el);
      if (c) return c;
    }
  }
  return null;
}

function bySelector(root: Root, selector: string): FieldElement | null {
  let el: Element | null;
  try {
    el = root.querySelector(selector);
  } catch {
    return null;
  }
  if (!el) return null;
  if (isFillable(el)) return el;
  // A selector that names a wrapper (label, cell): take the first fillable control inside.
  return el.tagName === 'LABEL' ? controlForLabel(el) : firstFillableIn(el);
}

function resolve(root: Root, all: FieldElement[], m: FieldMatcher): { el: FieldElement | null; by: MatchedBy } {
  if ('selector' in m) return { el: bySelector(root, m.selector), by: 'selector' };
  if ('name' in m) return { el: all.find((c) => c.getAttribute('name') === m.name) ?? null, by: 'name' };
  if ('column' in m) {
    const re = columnRe(m.column);
    return { el: all.find((c) => re.test(c.getAttribute('name') ?? '')) ?? null, by: 'column' };
  }
  if ('id' in m) return { el: all.find((c) => c.id === m.id) ?? null, by: 'id' };
  return { el: byLabel(root, m.label), by: 'label' };
}

function groupOf(el: FieldElement, all: FieldElement[]): FieldElement[] {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const name = el.getAttribute('name');
  if ((type !== 'checkbox' && type !== 'radio') || !name) return [el];
  return all.filter((c) => c.getAttribute('name') === name && c.form === el.form);
}

/** The first matcher that finds a fillable control; `skip` holds controls already taken. */
export function findField(
  root: Root,
  matchers: readonly FieldMatcher[],
  skip: ReadonlySet<Element> = new Set(),
): FieldHit | null {
  try {
    return findIn(root, controls(root), matchers, skip);
  } catch {
    return null;
  }
}

type FieldHit = { element: FieldElement; elements: FieldElement[]; matchedBy: MatchedBy; matcher: FieldMatcher };

function findIn(root: Root, all: FieldElement[], matchers: readonly FieldMatcher[], skip: ReadonlySet<Element>): FieldHit | null {
  for (const m of matchers) {
    const { el, by } = resolve(root, all, m);
    if (el && isFillable(el) && !skip.has(el)) return { element: el, elements: groupOf(el, all), matchedBy: by, matcher: m };
  }
  return null;
}

function describe(m: FieldMatcher): string {
  if ('selector' in m) return `selector ${m.selector}`;
  if ('name' in m) return `name="${m.name}"`;
  if ('column' in m) return `kolom ${m.column}`;
  if ('id' in m) return `id="${m.id}"`;
  return `label "${m.label}"`;
}

/**
 * Every person field of a page, in the order of the page's field map (taught fields first
 * override). `profile` may be one profile or several (the one for the page's host is used).
 */
export function locateFields(doc: Document, pageId: string, profile?: SiteProfile | readonly SiteProfile[] | null): FieldLocation[] {
  const profiles = profile ? (Array.isArray(profile) ? profile : [profile as SiteProfile]) : [];
  const taught = profiles.flatMap((p) => p.pages).find((p) => p.pageId === pageId);
  const builtIn = routeById(pageId)?.fields ?? {};
  const attrs = [...new Set([...(Object.keys(taught?.fields ?? {}) as PersonAttribute[]), ...(Object.keys(builtIn) as PersonAttribute[])])];
  const taken = new Set<Element>();
  const out: FieldLocation[] = [];
  let all: FieldElement[] = [];
  try {
    all = doc?.documentElement ? controls(doc) : [];
  } catch {
    all = [];
  }
  for (const attribute of attrs) {
    const sel = taught?.fields[attribute];
    const fromProfile: FieldMatcher[] = sel ? [{ selector: sel }] : [];
    const matchers = [...fromProfile, ...(builtIn[attribute] ?? [])];
    let hit: FieldHit | null = null;
    try {
      hit = all.length ? findIn(doc, all, matchers, taken) : null;
    } catch {
      hit = null;
    }
    if (hit) {
      for (const e of hit.elements) taken.add(e);
      out.push({
        attribute,
        found: true,
        ...hit,
        selector: cssPathFor(hit.element),
        source: fromProfile.length && hit.matcher === fromProfile[0] ? 'profile' : 'built-in',
      });
    } else {
      out.push({ attribute, found: false, tried: matchers, message: `Kolom "${attribute}" tidak ditemukan (dicoba: ${matchers.map(describe).join(', ')})` });
    }
  }
  return out;
}
