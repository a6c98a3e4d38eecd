import type { E2EPage, Point } from './types';

/**
 * How long a wait for a condition may take before it fails. Generous on purpose: the test machines
 * are shared 2-core boxes, and a wait that ends early on its condition costs nothing when all is well.
 */
export const WAIT_MS = 20_000;

/** Shared machinery of panel.ts: find an element by selector (+ text) next to a root, read it, click it. */
export type RootFn = string; // source of `(root: ShadowRoot | null, arg: any) => unknown`

export type Target = { selector: string; hasText?: string | RegExp; nth?: number };
export type Where = string | Target;

const asTarget = (w: Where): Target => (typeof w === 'string' ? { selector: w } : w);
const wire = (t: Target) => ({
  selector: t.selector,
  nth: t.nth ?? 0,
  text: t.hasText === undefined ? null : typeof t.hasText === 'string' ? { s: t.hasText } : { re: t.hasText.source, flags: t.hasText.flags },
});

/** Source of a function finding the target inside the root (shipped with every query). */
const FIND = `(root, t) => {
  if (!root) return null;
  const all = [...root.querySelectorAll(t.selector)].filter((el) => {
    if (!t.text) return true;
    const txt = el.textContent ?? '';
    return t.text.s !== undefined ? txt.includes(t.text.s) : new RegExp(t.text.re, t.text.flags).test(txt);
  });
  return all[t.nth] ?? null;
}`;


export async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > end) throw new Error(`Timed out (${timeout} ms) waiting for ${what}; last value: ${JSON.stringify(last)}${lastErr ? `; last error: ${String(lastErr)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Reads and trusted input on the elements under one root (the panel's shadow root, or a
 * document). How `run` reaches the root is the only thing that differs.
 */
export class Scope {
  constructor(
    readonly page: E2EPage,
    private readonly runner: (fn: RootFn, arg: unknown) => Promise<unknown>,
    private readonly label: string,
    /** How files reach a file input under this root (the panel: the real file chooser). */
    private readonly putFiles: (scope: Scope, selector: string, paths: string[]) => Promise<void> = (scope, selector, paths) => scope.page.chooseFiles(() => scope.click(selector), paths),
  ) {}

  /** Any value computed next to the root: `fn` is the source of `(root, arg) => value`. */
  run<T>(fn: RootFn, arg?: unknown): Promise<T> {
    return this.runner(fn, arg) as Promise<T>;
  }

  private on<T>(where: Where, body: string, extra?: unknown): Promise<T> {
    return this.run<T>(`(root, a) => { const el = (${FIND})(root, a.t); return (${body})(el, a.x); }`, { t: wire(asTarget(where)), x: extra ?? null });
  }

  count(selector: string): Promise<number> {
    return this.run<number>(`(root, s) => (root ? root.querySelectorAll(s).length : 0)`, selector);
  }

  /** innerText of the element (null when absent). */
  text(where: Where): Promise<string | null> {
    return this.on(where, `(el) => (el ? el.innerText : null)`);
  }

  attr(where: Where, name: string): Promise<string | null> {
    return this.on(where, `(el, n) => (el ? el.getAttribute(n) : null)`, name);
  }

  value(where: Where): Promise<string | null> {
    return this.on(where, `(el) => (el ? el.value : null)`);
  }

  async waitFor(where: Where, timeout = WAIT_MS): Promise<void> {
    try {
      await poll(() => this.on<boolean>(where, `(el) => !!el && el.getClientRects().length > 0`), Boolean, timeout, `${this.label} element ${JSON.stringify(wire(asTarget(where)))}`);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${await this.snapshot()}`);
    }
  }

  /** What is under the root when a wait failed: each marked element, its state and the start of its text. */
  async snapshot(): Promise<string> {
    const marked = `(root) => root
      ? [...root.querySelectorAll('[data-testid], [role="alert"]')].slice(0, 60).map((el) => {
          const a = [...el.attributes].filter((x) => x.name.startsWith('data-') || x.name === 'role').map((x) => x.name + '=' + x.value).join(' ');
          const shown = el.getClientRects().length > 0 ? '' : ' (not shown)';
          const value = el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? ' value=' + JSON.stringify(el.value.slice(0, 60)) : '';
          return '  <' + el.tagName.toLowerCase() + ' ' + a + value + '>' + shown + ' ' + (el.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 80);
        }).join('\\n')
      : '  (no root)'`;
    return this.run<string>(marked).then((s) => `${this.label} at that moment:\n${s}`, (e) => `${this.label} could not be read: ${String(e)}`);
  }

  /** Poll any read until `ok` holds; returns the last value. */
  async until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = WAIT_MS, what = 'a panel state'): Promise<T> {
    return poll(read, ok, timeout, what);
  }

  /** Wait until no element matches (the panel or page has taken it away). */
  async waitForGone(where: Where, timeout = WAIT_MS): Promise<void> {
    await poll(() => this.on<boolean>(where, `(el) => !el`), Boolean, timeout, `${this.label} element ${JSON.stringify(wire(asTarget(where)))} to go`);
  }

  /** Give the element the keyboard focus (as Tab would); true when it has it. */
  async focus(where: Where): Promise<void> {
    await this.waitFor(where);
    await this.page.bringToFront(); // keys go to the tab in front (Firefox: a background tab's focused button ignores Enter)
    await poll(() => this.on<boolean>(where, `(el) => { el.focus(); return el.getRootNode().activeElement === el; }`), Boolean, WAIT_MS, `${this.label} focus on ${JSON.stringify(wire(asTarget(where)))}`);
  }

  /**
   * The element's centre in the viewport, after scrolling it into view, once the element stands
   * still, is enabled and is the one a click there would hit (the panel re-renders as its data arrives).
   */
  async center(where: Where, timeout = WAIT_MS): Promise<Point> {
    await this.waitFor(where, timeout);
    const probe = `(el) => {
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const root = el.getRootNode();
      const hit = root.elementFromPoint ? root.elementFromPoint(x, y) : null;
      return { x, y, disabled: !!el.disabled, hit: hit ? hit.tagName + '.' + hit.className : null, hits: !el.disabled && !!hit && (hit === el || el.contains(hit) || (el.tagName === 'OPTION' && el.parentElement.contains(hit)) || (el.labels && [...el.labels].some((l) => l.contains(hit)))) };
    }`;
    let before: (Point & { hits: boolean }) | null = null;
    const p = await poll(
      async () => {
        const now = await this.on<(Point & { hits: boolean }) | null>(where, probe);
        const steady = !!now && !!before && now.hits && Math.abs(now.x - before.x) <= 2 && Math.abs(now.y - before.y) <= 2;
        before = now;
        return steady ? now : null;
      },
      (v) => v !== null,
      timeout,
      `${this.label} element ${JSON.stringify(wire(asTarget(where)))} to stand still and be clickable`,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; last probe: ${JSON.stringify(before)}`);
    });
    return { x: p!.x, y: p!.y };
  }

  async click(where: Where): Promise<void> {
    await this.page.mouseClick(await this.center(where));
  }

  /** Click into a text field, clear it, and type (trusted keyboard input). */
  async type(where: Where, text: string): Promise<void> {
    await this.page.bringToFront(); // keyboard input goes to the tab in front
    await this.click(where);
    await this.on(where, `(el) => { el.select?.(); }`);
    await this.page.typeText(text);
  }

  /** Choose an option of a `<select>` by value with the keyboard (arrow keys on the focused select: trusted change events). */
  async select(where: Where, value: string): Promise<void> {
    const options = () => this.on<{ values: string[]; index: number } | null>(where, `(el) => (el ? { values: [...el.options].map((o) => o.value), index: el.selectedIndex } : null)`);
    await poll(options, (o) => !!o?.values.includes(value), WAIT_MS, `option ${value} in ${JSON.stringify(wire(asTarget(where)))}`);
    await this.page.bringToFront(); // keyboard input goes to the tab in front
    for (let attempt = 0; ; attempt++) {
      const o = (await options())!;
      const focused = await this.on<boolean>(where, `(el) => { el.focus(); return el.getRootNode().activeElement === el; }`);
      const steps = o.values.indexOf(value) - o.index;
      if (focused) for (let i = 0; i < Math.abs(steps); i++) await this.page.pressKey(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      const now = await this.value(where);
      if (now === value) return;
      if (attempt >= 4) throw new Error(`${this.label} select ${JSON.stringify(wire(asTarget(where)))} is ${now}, wanted ${value}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Give files to a file input, as the user picking them does (the change event fires). */
  async setFiles(selector: string, paths: string[]): Promise<void> {
    await this.putFiles(this, selector, paths);
  }
}

/** The elements of a page's own document (SPSE's forms, the extension's options and report pages). */
export const documentOf = (page: E2EPage) =>
  new Scope(
    page,
    (fn, arg) => page.evaluate(`(${fn})(document, ${JSON.stringify(arg ?? null)})`),
    'page',
    // The page's own inputs are reachable from the automation (Firefox reports no file dialog on extension pages).
    async (scope, selector, paths) => {
      await poll(() => scope.count(selector), (n) => n > 0, WAIT_MS, `file input ${selector}`);
      await page.setInputFiles(`document.querySelector(${JSON.stringify(selector)})`, paths);
    },
  );
