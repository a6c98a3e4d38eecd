import { chromium, type BrowserContext, type ElementHandle, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath, CHROMIUM_MISSING_MESSAGE, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../../../lib/extension/chromium';
import type { Downloaded, LaunchOptions } from './types';
import { ExtensionBrowser, InputPage, READ_MARKER } from './base';
import { screenshotPath } from './files';
import { WAIT_MS } from './scope';

/** The e2e driver for Debian's Chromium with the unpacked MV3 sandbox build (playwright-core). */
export class ChromiumPage extends InputPage<Page> {
  readonly browserName = 'chromium' as const;
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
  async waitUntil(expression: string, timeout = WAIT_MS) {
    await this.page.waitForFunction(expression, undefined, { timeout, polling: 100 });
  }
  async addInitScript(source: string) {
    await this.page.addInitScript(source);
  }
  async insertText(text: string) {
    await this.page.keyboard.insertText(text);
  }
  async setInputFiles(elementExpression: string, paths: string[]) {
    const handle = (await this.page.evaluateHandle(elementExpression)).asElement() as ElementHandle<HTMLInputElement> | null;
    if (!handle) throw new Error(`no element for ${elementExpression}`);
    await handle.setInputFiles(paths);
  }
  async chooseFiles(click: () => Promise<void>, paths: string[]) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser', { timeout: 15_000 }), click()]);
    await chooser.setFiles(paths);
  }
  async download(action: () => Promise<void>, timeout = 30_000): Promise<Downloaded> {
    const [d] = await Promise.all([this.page.waitForEvent('download', { timeout }), action()]);
    return { name: d.suggestedFilename(), path: (await d.path())! };
  }
  async waitForLoadAfter(action: () => Promise<void>) {
    await Promise.all([this.page.waitForNavigation({ timeout: 30_000 }), action()]);
  }
  async screenshot(name: string, dir?: string) {
    await this.page.screenshot({ path: screenshotPath(`chromium-${name}`, dir) });
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
}

export type ChromiumLaunch = LaunchOptions & { userDataDir?: string; extensionDir?: string | null; extraArgs?: string[] };

/** A persistent Chromium context (with the sandbox extension unless `extensionDir` is null) and its extension worker. */
export async function launchChromium(opts: ChromiumLaunch = {}): Promise<{ context: BrowserContext; serviceWorker: Worker | null; userDataDir: string }> {
  const exe = chromiumPath();
  if (!exe) throw new Error(CHROMIUM_MISSING_MESSAGE);
  const extensionDir = opts.extensionDir === undefined ? SANDBOX_EXTENSION_DIR : opts.extensionDir;
  const userDataDir = opts.userDataDir ?? freshProfileDir();
  const aliases = opts.hostAliases?.length ? [`--host-resolver-rules=${opts.hostAliases.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: exe,
    headless: true,
    args: [...chromiumArgs(extensionDir), ...aliases, ...(opts.extraArgs ?? [])],
    acceptDownloads: true,
  });
  const serviceWorker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))) : null;
  return { context, serviceWorker, userDataDir };
}

export class ChromiumBrowser extends ExtensionBrowser<ChromiumPage> {
  readonly name = 'chromium' as const;
  protected readonly apiGlobal = 'chrome' as const;
  private constructor(
    readonly context: BrowserContext,
    private readonly firstWorker: Worker,
    readonly extensionId: string,
  ) {
    super();
  }

  static async launch(opts: ChromiumLaunch = {}): Promise<ChromiumBrowser> {
    const { context, serviceWorker } = await launchChromium(opts);
    if (!serviceWorker) throw new Error('ChromiumBrowser needs the extension');
    return new ChromiumBrowser(context, serviceWorker, new URL(serviceWorker.url()).host);
  }

  /** The extension's service worker now (a stopped worker is replaced by a new one). */
  get serviceWorker(): Worker {
    return this.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`)).at(-1) ?? this.firstWorker;
  }

  extensionUrl(path: string) {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  protected async openTab() {
    return new ChromiumPage(await this.context.newPage());
  }

  protected isClosed(page: ChromiumPage) {
    return page.page.isClosed();
  }

  protected async findMarkedTab(marker: string): Promise<number> {
    return (await this.serviceWorker.evaluate(`(async () => {
      const c = globalThis.chrome;
      for (const tab of await c.tabs.query({})) {
        const [res] = await c.scripting.executeScript({ target: { tabId: tab.id }, func: () => ${READ_MARKER} }).catch(() => [null]);
        if (res?.result === ${JSON.stringify(marker)}) return tab.id;
      }
      return -1;
    })()`)) as number;
  }

  protected runInTab<T>(tabId: number, code: string): Promise<T> {
    // The worker's evaluate is not bound by the extension's CSP; the injected function is real code.
    return this.serviceWorker.evaluate(`(async () => {
      const [out] = await globalThis.chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: () => (${code}) });
      return out?.result;
    })()`) as Promise<T>;
  }

  protected togglePanel(tabId: number) {
    return this.serviceWorker.evaluate(`globalThis.pandu.userTogglesPanel(${tabId})`) as Promise<'toggled' | 'opened'>;
  }

  protected async dispatchCommand(command: string) {
    // Alt+Shift+P is a browser accelerator that headless Chromium does not deliver (CDP input goes
    // to the page), so the event itself is dispatched in the worker: every listener runs.
    await this.serviceWorker.evaluate(`globalThis.chrome.commands.onCommand.dispatch(${JSON.stringify(command)})`);
    return true;
  }

  async close() {
    await this.context.close();
  }
}
