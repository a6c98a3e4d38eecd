import type { BrowserName, Downloaded, E2EBrowser, E2EPage, Point } from './types';

/** What Playwright's and Puppeteer's pages share for trusted input. */
type InputSurface = {
  bringToFront(): Promise<void>;
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number, opts?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  close(): Promise<void>;
};

type Key = 'Tab' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/** Trusted mouse and keyboard input, the same in both drivers; each says how it loads, reads and inserts. */
export abstract class InputPage<Raw extends InputSurface> implements E2EPage {
  abstract readonly browserName: BrowserName;
  constructor(readonly page: Raw) {}
  abstract url(): Promise<string>;
  abstract goto(url: string): Promise<void>;
  abstract reload(): Promise<void>;
  abstract evaluate<T>(expression: string): Promise<T>;
  abstract waitUntil(expression: string, timeout?: number): Promise<void>;
  abstract addInitScript(source: string): Promise<void>;
  abstract insertText(text: string): Promise<void>;
  abstract setInputFiles(elementExpression: string, paths: string[]): Promise<void>;
  abstract chooseFiles(click: () => Promise<void>, paths: string[]): Promise<void>;
  abstract download(action: () => Promise<void>, timeout?: number): Promise<Downloaded>;
  abstract waitForLoadAfter(action: () => Promise<void>): Promise<void>;
  abstract screenshot(name: string, dir?: string): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  async bringToFront() {
    await this.page.bringToFront();
  }
  async mouseClick(at: Point) {
    await this.page.mouse.click(at.x, at.y);
  }
  async mouseDrag(from: Point, to: Point) {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }
  async typeText(text: string) {
    // Short texts key by key (page scripts see every key); long ones (letters) as one insertion
    // (per-key input of a whole letter is slow, over BiDi most of all).
    if (text.length <= 120) await this.page.keyboard.type(text);
    else await this.insertText(text);
  }
  async pressKey(key: Key) {
    await this.page.keyboard.press(key);
  }
  async close() {
    await this.page.close();
  }
}

/**
 * What both browser drivers do the same way: pages, the one extension page kept open for messages,
 * the typed `pandu` message, finding a page's tab, running code next to the panel. Each driver
 * says only how its browser opens a tab, finds a marked tab, runs code in a tab's content-script
 * world and toggles the panel.
 */
export abstract class ExtensionBrowser<P extends E2EPage> implements E2EBrowser {
  abstract readonly name: BrowserName;
  /** The extension API namespace in extension pages (`chrome` in Chromium, `browser` in Firefox). */
  protected abstract readonly apiGlobal: 'chrome' | 'browser';
  private ext: P | null = null;
  private readonly tabIds = new WeakMap<E2EPage, number>();

  abstract extensionUrl(path: string): string;
  /** A blank new tab. */
  protected abstract openTab(): Promise<P>;
  protected abstract isClosed(page: P): boolean;
  /** The id of the tab whose document carries `data-pandu-e2e="<marker>"`, or -1. */
  protected abstract findMarkedTab(marker: string): Promise<number>;
  /** Run `code` (an expression) in the extension's isolated world of a tab. */
  protected abstract runInTab<T>(tabId: number, code: string): Promise<T>;
  /** What the keyboard command and the toolbar button do on a tab. */
  protected abstract togglePanel(tabId: number): Promise<'toggled' | 'opened'>;
  /** Fire `commands.onCommand` in the background (false where the browser has no way to). */
  protected abstract dispatchCommand(command: string): Promise<boolean>;
  abstract close(): Promise<void>;

  async newPage(url?: string): Promise<P> {
    const p = await this.openTab();
    if (url) await p.goto(url);
    return p;
  }

  async extensionPage(): Promise<P> {
    if (!this.ext || this.isClosed(this.ext)) this.ext = await this.newPage(this.extensionUrl('options.html'));
    return this.ext;
  }

  async inExtension<T>(body: string): Promise<T> {
    const ext = await this.extensionPage();
    return ext.evaluate<T>(`(async (api) => { ${body} })(globalThis.${this.apiGlobal})`);
  }

  async send<T = any>(type: string, payload: unknown): Promise<T> {
    const reply = await this.inExtension<{ ok: boolean; data?: T }>(`return api.runtime.sendMessage({ channel: 'pandu', type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} });`);
    if (!reply?.ok) throw new Error(`message ${type} failed: ${JSON.stringify(reply)}`);
    return reply.data as T;
  }

  /** The browser's tab id of a page: the extension finds the tab whose document carries a marker. */
  async tabIdOf(page: E2EPage): Promise<number> {
    const known = this.tabIds.get(page);
    if (known !== undefined) return known;
    const marker = await markPage(page);
    const id = await this.findMarkedTab(marker);
    if (id < 0) throw new Error(`no tab found for ${await page.url()}`);
    this.tabIds.set(page, id);
    return id;
  }

  async inContentScript<T>(page: E2EPage, code: string): Promise<T> {
    return this.runInTab<T>(await this.tabIdOf(page), code);
  }

  async panelCommand(page: E2EPage): Promise<'toggled' | 'opened'> {
    const tabId = await this.tabIdOf(page);
    await page.bringToFront();
    return this.togglePanel(tabId);
  }

  async fireCommand(page: E2EPage, command: string): Promise<boolean> {
    await page.bringToFront();
    return this.dispatchCommand(command);
  }
}

let markers = 0;
/** Tag the page's document (DOM is shared by all worlds) so the extension can find its tab. */
async function markPage(page: E2EPage): Promise<string> {
  const marker = `p${process.pid}-${++markers}`;
  await page.evaluate(`document.documentElement.dataset.panduE2e = ${JSON.stringify(marker)}`);
  return marker;
}

/** Source of the function an extension context runs in a tab to read its marker. */
export const READ_MARKER = `document.documentElement.dataset.panduE2e ?? null`;
