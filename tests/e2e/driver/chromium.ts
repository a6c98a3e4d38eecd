import { chromium, type BrowserContext, type ElementHandle, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath, CHROMIUM_MISSING_MESSAGE, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../../../lib/extension/chromium';
import type { Downloaded, E2EBrowser, E2EPage, Point } from './types';
import { screenshotPath } from './files';

/** The e2e driver for Debian's Chromium with the unpacked MV3 sandbox build (playwright-core). */
class ChromiumPage implements E2EPage {
  readonly browserName = 'chromium' as const;
  constructor(readonly page: Page) {}
  async url() {
    return this.page.url();
  }
  async goto(url: string) {
    await this.page.goto(url);
  }
  async reload() {
    await this.page.reload();
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async waitUntil(expression: string, timeout = 10_000) {
    await this.page.waitForFunction(expression, undefined, { timeout, polling: 100 });
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async mouseClick(at: Point) {
    await this.page.mouse.click(at.x, at.y);
  }
  async typeText(text: string) {
    // Short texts key by key (page scripts see every key); long ones (letters) as one insertion.
    if (text.length <= 120) await this.page.keyboard.type(text);
    else await this.page.keyboard.insertText(text);
  }
  async pressKey(key: 'Tab' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp') {
    await this.page.keyboard.press(key);
  }
  async setInputFiles(elementExpression: string, paths: string[]) {
    const handle = (await this.page.evaluateHandle(elementExpression)).asElement() as ElementHandle<HTMLInputElement> | null;
    if (!handle) throw new Error(`no element for ${elementExpression}`);
    await handle.setInputFiles(paths);
  }
  async chooseFiles(click: () => Promise<void>, paths: string[]) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: 10_000 }), click()]);
    await chooser.setFiles(paths);
  }
  async download(action: () => Promise<void>, timeout = 15_000): Promise<Downloaded> {
    const [d] = await Promise.all([this.page.waitForEvent('download', { timeout }), action()]);
    return { name: d.suggestedFilename(), path: (await d.path())! };
  }
  async waitForLoadAfter(action: () => Promise<void>) {
    await Promise.all([this.page.waitForNavigation(), action()]);
  }
  async screenshot(name: string) {
    await this.page.screenshot({ path: screenshotPath(`chromium-${name}`) });
  }
  async close() {
    await this.page.close();
  }
}

export class ChromiumBrowser implements E2EBrowser {
  readonly name = 'chromium' as const;
  private ext: ChromiumPage | null = null;
  private constructor(
    readonly context: BrowserContext,
    readonly serviceWorker: Worker,
    readonly extensionId: string,
  ) {}

  static async launch(opts: { userDataDir?: string; extensionDir?: string } = {}): Promise<ChromiumBrowser> {
    const exe = chromiumPath();
    if (!exe) throw new Error(CHROMIUM_MISSING_MESSAGE);
    const context = await chromium.launchPersistentContext(opts.userDataDir ?? freshProfileDir(), {
      executablePath: exe,
      headless: true,
      args: chromiumArgs(opts.extensionDir ?? SANDBOX_EXTENSION_DIR),
      acceptDownloads: true,
    });
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return new ChromiumBrowser(context, sw, new URL(sw.url()).host);
  }

  extensionUrl(path: string) {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  async newPage(url?: string): Promise<E2EPage> {
    const p = new ChromiumPage(await this.context.newPage());
    if (url) await p.goto(url);
    return p;
  }

  async extensionPage(): Promise<E2EPage> {
    if (!this.ext || this.ext.page.isClosed()) this.ext = (await this.newPage(this.extensionUrl('options.html'))) as ChromiumPage;
    return this.ext;
  }

  async inExtension<T>(body: string): Promise<T> {
    const ext = await this.extensionPage();
    return ext.evaluate<T>(`(async (api) => { ${body} })(globalThis.chrome)`);
  }

  async send<T = any>(type: string, payload: unknown): Promise<T> {
    const reply = await this.inExtension<{ ok: boolean; data?: T }>(`return api.runtime.sendMessage({ channel: 'pandu', type: ${JSON.stringify(type)}, payload: ${JSON.stringify(payload)} });`);
    if (!reply?.ok) throw new Error(`message ${type} failed: ${JSON.stringify(reply)}`);
    return reply.data as T;
  }

  private readonly tabIds = new WeakMap<E2EPage, number>();

  /** The browser's tab id of a page: the extension finds the tab whose document carries a marker. */
  async tabIdOf(page: E2EPage): Promise<number> {
    const known = this.tabIds.get(page);
    if (known !== undefined) return known;
    const marker = await markPage(page);
    const id = (await this.serviceWorker.evaluate(`(async () => {
      const c = globalThis.chrome;
      for (const tab of await c.tabs.query({})) {
        const [res] = await c.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.documentElement.dataset.panduE2e ?? null }).catch(() => [null]);
        if (res?.result === ${JSON.stringify(marker)}) return tab.id;
      }
      return -1;
    })()`)) as number;
    if (id < 0) throw new Error(`no tab found for ${await page.url()}`);
    this.tabIds.set(page, id);
    return id;
  }

  async inContentScript<T>(page: E2EPage, code: string): Promise<T> {
    const tabId = await this.tabIdOf(page);
    // The worker's evaluate is not bound by the extension's CSP; the injected function is real code.
    return this.serviceWorker.evaluate(`(async () => {
      const [out] = await globalThis.chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: () => (${code}) });
      return out?.result;
    })()`) as Promise<T>;
  }

  async panelCommand(page: E2EPage): Promise<'toggled' | 'opened'> {
    const tabId = await this.tabIdOf(page);
    await (page as ChromiumPage).page.bringToFront();
    return this.serviceWorker.evaluate(`globalThis.pandu.userTogglesPanel(${tabId})`) as Promise<'toggled' | 'opened'>;
  }

  async close() {
    await this.context.close();
  }
}

let markers = 0;
/** Tag the page's document (DOM is shared by all worlds) so the extension can find its tab. */
export async function markPage(page: E2EPage): Promise<string> {
  const marker = `p${process.pid}-${++markers}`;
  await page.evaluate(`document.documentElement.dataset.panduE2e = ${JSON.stringify(marker)}`);
  return marker;
}
