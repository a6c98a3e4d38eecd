import type { Page, Worker } from 'playwright-core';

/**
 * The one way e2e tests reach the panel, whose shadow root is CLOSED (page scripts, and so
 * Playwright's CSS locators, cannot see inside it).
 *
 * Reading: sandbox builds (PANDU_SANDBOX=1) keep the closed ShadowRoot in the extension's isolated
 * world as `globalThis.__panduShadowRoot`. The extension's service worker runs a small query
 * function in that world (chrome.scripting.executeScript, world ISOLATED) and returns text,
 * values, attributes or bounding rects. Acting: real, trusted input only — page.mouse.click at an
 * element's centre, page.keyboard — so the panel's trusted-event guard is exercised, not bypassed.
 *
 * The Firefox harness uses the same global from an extension page (browser.tabs.executeScript).
 */

export type Query = { sel: string; hasText?: string; index?: number };
type Op =
  | { op: 'count' | 'text' | 'value' | 'rect' | 'focus' | 'visible' | 'checked' }
  | { op: 'attr'; name: string }
  | { op: 'options' };
type Cmd = Query & Op;
type Reply = { ok: true; value: any } | { ok: false; reason: string };

const tabIds = new WeakMap<Page, number>();

function serviceWorkerOf(page: Page): Worker {
  const sw = page.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!sw) throw new Error('panel-driver: the extension’s service worker is not running');
  return sw;
}

/** The browser's tab id of a Playwright page (found once by URL, then by a marker if ambiguous). */
export async function tabIdOf(page: Page): Promise<number> {
  const known = tabIds.get(page);
  if (known !== undefined) return known;
  const sw = serviceWorkerOf(page);
  const token = `t${Math.random().toString(36).slice(2)}`;
  await page.evaluate((t) => document.documentElement.setAttribute('data-pandu-driver', t), token);
  const id = await sw.evaluate(async (t) => {
    const c = (globalThis as any).chrome;
    for (const tab of await c.tabs.query({})) {
      try {
        const [r] = await c.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.documentElement.getAttribute('data-pandu-driver') });
        if (r?.result === t) return tab.id as number;
      } catch {
        /* a tab we may not script */
      }
    }
    return -1;
  }, token);
  await page.evaluate(() => document.documentElement.removeAttribute('data-pandu-driver'));
  if (id < 0) throw new Error(`panel-driver: no tab found for ${page.url()}`);
  tabIds.set(page, id);
  return id;
}

async function run(page: Page, cmd: Cmd): Promise<Reply> {
  const tabId = await tabIdOf(page);
  return serviceWorkerOf(page).evaluate(
    async ({ tabId, cmd }) => {
      const c = (globalThis as any).chrome;
      const [res] = await c.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [cmd],
        func: (cmd: any) => {
          const root = (globalThis as any).__panduShadowRoot as ShadowRoot | undefined;
          if (!root || !root.host.isConnected) return { ok: false, reason: 'no panel' };
          let all = Array.from(root.querySelectorAll(cmd.sel)) as HTMLElement[];
          if (cmd.hasText) all = all.filter((e) => (e.textContent ?? '').includes(cmd.hasText));
          const isVisible = (e: Element) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          };
          if (cmd.op === 'count') return { ok: true, value: all.length };
          if (cmd.op === 'visible') return { ok: true, value: all.some(isVisible) };
          const el = all[cmd.index ?? 0] as any;
          if (!el) return { ok: false, reason: `not found: ${cmd.sel}${cmd.hasText ? ` with “${cmd.hasText}”` : ''}` };
          switch (cmd.op) {
            case 'text':
              return { ok: true, value: el.innerText ?? el.textContent ?? '' };
            case 'value':
              return { ok: true, value: el.value ?? null };
            case 'checked':
              return { ok: true, value: !!el.checked };
            case 'attr':
              return { ok: true, value: el.getAttribute(cmd.name) };
            case 'options':
              return { ok: true, value: { values: Array.from(el.options ?? []).map((o: any) => o.value), selectedIndex: el.selectedIndex } };
            case 'focus':
              el.focus();
              return { ok: true, value: root.activeElement === el };
            case 'rect': {
              el.scrollIntoView({ block: 'center', inline: 'nearest' });
              const r = el.getBoundingClientRect();
              const hit = root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
              const hits = !!hit && (hit === el || el.contains(hit) || (el.labels && [...el.labels].some((l: Element) => l.contains(hit))));
              return { ok: true, value: { x: r.x, y: r.y, width: r.width, height: r.height, disabled: !!el.disabled, hits } };
            }
          }
          return { ok: false, reason: `unknown op ${cmd.op}` };
        },
      });
      return res?.result ?? { ok: false, reason: 'no result' };
    },
    { tabId, cmd },
  );
}

const q = (sel: string | Query): Query => (typeof sel === 'string' ? { sel } : sel);

async function must(page: Page, cmd: Cmd, timeout = 10_000): Promise<any> {
  const end = Date.now() + timeout;
  let last: Reply = { ok: false, reason: 'not tried' };
  for (;;) {
    last = await run(page, cmd).catch((e: Error) => ({ ok: false as const, reason: e.message }));
    if (last.ok) return last.value;
    if (Date.now() > end) throw new Error(`panel-driver: ${cmd.op} ${cmd.sel}${cmd.hasText ? ` (“${cmd.hasText}”)` : ''}: ${last.reason}`);
    await page.waitForTimeout(100);
  }
}

/** Wait until an element matching `sel` is visible in the panel (or, with state 'detached', gone). */
export async function panelWaitFor(page: Page, sel: string | Query, opts: { state?: 'visible' | 'attached' | 'detached'; timeout?: number } = {}): Promise<void> {
  const state = opts.state ?? 'visible';
  const end = Date.now() + (opts.timeout ?? 10_000);
  for (;;) {
    const r = await run(page, { ...q(sel), op: state === 'visible' ? 'visible' : 'count' }).catch(() => ({ ok: false as const, reason: 'no tab' }));
    const value = r.ok ? r.value : state === 'detached' ? 0 : false;
    if (state === 'visible' ? value === true : state === 'attached' ? value > 0 : value === 0) return;
    if (Date.now() > end) throw new Error(`panel-driver: waiting for ${q(sel).sel} to be ${state} timed out`);
    await page.waitForTimeout(100);
  }
}

/** The panel itself (expanded or collapsed to its tab) is on screen. */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<void> {
  await panelWaitFor(page, '[data-testid="pandu-panel"], [data-testid="pandu-tab"]', { timeout });
}

export async function panelCount(page: Page, sel: string | Query): Promise<number> {
  const r = await run(page, { ...q(sel), op: 'count' });
  return r.ok ? r.value : 0;
}

export const panelText = (page: Page, sel: string | Query): Promise<string> => must(page, { ...q(sel), op: 'text' });
export const panelValue = (page: Page, sel: string | Query): Promise<string> => must(page, { ...q(sel), op: 'value' });
export const panelChecked = (page: Page, sel: string | Query): Promise<boolean> => must(page, { ...q(sel), op: 'checked' });
export const panelAttr = (page: Page, sel: string | Query, name: string): Promise<string | null> => must(page, { ...q(sel), op: 'attr', name });

/** Text of the whole panel (empty when there is none). */
export async function panelAllText(page: Page): Promise<string> {
  const r = await run(page, { sel: '.pandu-root', op: 'text' }).catch(() => null);
  return r?.ok ? r.value : '';
}

/**
 * A real mouse click at the centre of the element (a trusted event), once the element is enabled,
 * stands still across two reads and is the element a click there would hit: the panel re-renders
 * as its data arrives (the case list loading above "Kasus baru" moves the button down).
 */
export async function panelClick(page: Page, sel: string | Query, opts: { timeout?: number } = {}): Promise<void> {
  await panelWaitFor(page, sel, { timeout: opts.timeout });
  const end = Date.now() + (opts.timeout ?? 10_000);
  let before = await must(page, { ...q(sel), op: 'rect' });
  for (;;) {
    await page.waitForTimeout(100);
    const now = await must(page, { ...q(sel), op: 'rect' });
    const still = Math.abs(now.x - before.x) <= 1 && Math.abs(now.y - before.y) <= 1 && Math.abs(now.width - before.width) <= 1 && Math.abs(now.height - before.height) <= 1;
    if (still && now.hits && !now.disabled) return page.mouse.click(now.x + now.width / 2, now.y + now.height / 2);
    if (Date.now() > end) throw new Error(`panel-driver: ${q(sel).sel} never stood still, enabled and clickable (last: ${JSON.stringify(now)})`);
    before = now;
  }
}

/** Focus a field by a real click, clear it and type (insertText: a trusted input event). */
export async function panelFill(page: Page, sel: string | Query, text: string): Promise<void> {
  await page.bringToFront(); // keyboard input goes to the focused tab
  await panelClick(page, sel);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.insertText(text);
}

/** Choose a <select> option by value with the keyboard (arrow keys on the focused select: trusted change events). */
export async function panelSelect(page: Page, sel: string | Query, value: string): Promise<void> {
  await panelWaitFor(page, sel);
  const end = Date.now() + 10_000;
  let opts: { values: string[]; selectedIndex: number };
  for (;;) {
    opts = await must(page, { ...q(sel), op: 'options' });
    if (opts.values.includes(value)) break;
    if (Date.now() > end) throw new Error(`panel-driver: option ${value} not in ${q(sel).sel} (${opts.values.join(', ')})`);
    await page.waitForTimeout(100);
  }
  await page.bringToFront(); // keyboard input goes to the focused tab
  for (let attempt = 0; ; attempt++) {
    opts = await must(page, { ...q(sel), op: 'options' });
    const focused = await must(page, { ...q(sel), op: 'focus' });
    const steps = opts.values.indexOf(value) - opts.selectedIndex;
    if (focused) for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    const now = await panelValue(page, sel);
    if (now === value) return;
    if (attempt >= 4) throw new Error(`panel-driver: ${q(sel).sel} is ${now}, wanted ${value}`);
    await page.waitForTimeout(200);
  }
}

/** Pick files for a file input through the real file chooser opened by a real click. */
export async function panelSetFiles(page: Page, sel: string | Query, files: string | string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), panelClick(page, sel)]);
  await chooser.setFiles(files);
}

/** What the keyboard command (Alt+Shift+P) and the toolbar button do: show/hide, or inject and open. */
export async function panelCommand(page: Page): Promise<'toggled' | 'opened'> {
  const tabId = await tabIdOf(page);
  return serviceWorkerOf(page).evaluate((id) => (globalThis as any).pandu.userTogglesPanel(id), tabId);
}
