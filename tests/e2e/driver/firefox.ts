import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Downloaded, LaunchOptions } from './types';
import { ExtensionBrowser, InputPage, READ_MARKER } from './base';
import { screenshotPath } from './files';
import { WAIT_MS } from './scope';

/**
 * The e2e driver for Debian's firefox-esr (puppeteer-core over WebDriver BiDi) with the unpacked
 * MV2 sandbox build installed as a temporary add-on. Never downloads a browser.
 */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.PANDU_OUTDIR ?? '.output/sandbox', 'firefox-mv2');
export const GECKO_ID = 'pandu-spse@lpse.example';
/** A fixed internal UUID, so extension pages live at a known moz-extension:// origin. */
const EXTENSION_UUID = '5b1f0c7e-3d2a-4c61-9e8f-2a7d6c0b9e14';
export const FIREFOX_MISSING_MESSAGE = 'Firefox tidak ditemukan / Firefox not found. Pasang / install: sudo apt-get install -y firefox-esr (atau/or FIREFOX_PATH=…)';

export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

const isExtensionUrl = (url: string) => url.startsWith('moz-extension://');

export class FirefoxPage extends InputPage<Page> {
  readonly browserName = 'firefox' as const;
  constructor(
    page: Page,
    private readonly downloadDir: string,
  ) {
    super(page);
  }
  async url() {
    return this.page.evaluate(() => location.href);
  }
  async goto(url: string) {
    if (!isExtensionUrl(url)) {
      await this.page.goto(url);
      return;
    }
    // BiDi loads moz-extension:// pages but reports no navigation: start it, then poll the document.
    void this.page.goto(url, { timeout: 0 }).catch(() => undefined);
    await this.waitUntilLoaded((href) => href === url);
  }
  private async waitUntilLoaded(hrefOk: (href: string) => boolean, timeout = 30_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const state = await this.page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => null);
      if (state && hrefOk(state.href) && state.ready === 'complete') return;
      if (Date.now() > end) throw new Error(`page did not load: ${JSON.stringify(state)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async reload() {
    const href = await this.url();
    if (!isExtensionUrl(href)) {
      await this.page.reload();
      return;
    }
    await this.page.evaluate(() => {
      (window as any).__panduBeforeReload = true;
      location.reload();
    });
    await this.waitUntilLoaded(() => true);
    await this.page.waitForFunction(() => !(window as any).__panduBeforeReload && document.readyState === 'complete', { polling: 100 });
  }
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  async waitUntil(expression: string, timeout = WAIT_MS) {
    await this.page.waitForFunction(expression, { timeout, polling: 100 });
  }
  async addInitScript(source: string) {
    await this.page.evaluateOnNewDocument(source);
  }
  async insertText(text: string) {
    // What a paste does to the focused field (fires beforeinput/input), as Chromium's insertText.
    await this.page.evaluate((t) => document.execCommand('insertText', false, t), text);
  }
  async setInputFiles(elementExpression: string, paths: string[]) {
    const handle = await this.page.evaluateHandle(elementExpression);
    const el = handle.asElement();
    if (!el) throw new Error(`no element for ${elementExpression}`);
    await (el as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(...paths.map((p) => resolve(p)));
  }
  async chooseFiles(click: () => Promise<void>, paths: string[]) {
    const [chooser] = await Promise.all([this.page.waitForFileChooser({ timeout: 15_000 }), click()]);
    await chooser.accept(paths.map((p) => resolve(p)));
  }
  async download(action: () => Promise<void>, timeout = 30_000): Promise<Downloaded> {
    const before = new Set(readdirSync(this.downloadDir));
    await action();
    const end = Date.now() + timeout;
    // Firefox writes through temporary names (x.part, random names) and renames at the end:
    // done is one new file, no .part beside it, the same name and size on two looks in a row.
    let last = '';
    for (;;) {
      const fresh = readdirSync(this.downloadDir).filter((n) => !before.has(n));
      const sizes = fresh.flatMap((n) => {
        try {
          return [{ n, size: statSync(join(this.downloadDir, n)).size }];
        } catch {
          return [];
        }
      });
      const done = sizes.filter((f) => !f.n.endsWith('.part') && f.size > 0);
      const seen = JSON.stringify(sizes);
      if (done.length === 1 && !sizes.some((f) => f.n.endsWith('.part')) && seen === last) return { name: done[0].n, path: join(this.downloadDir, done[0].n) };
      last = seen;
      if (Date.now() > end) throw new Error(`no download within ${timeout} ms (new files: ${seen})`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  async waitForLoadAfter(action: () => Promise<void>) {
    await Promise.all([this.page.waitForNavigation(), action()]);
  }
  async screenshot(name: string, dir?: string) {
    await this.page.screenshot({ path: screenshotPath(`firefox-${name}`, dir) as `${string}.png` });
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
}

export class FirefoxBrowser extends ExtensionBrowser<FirefoxPage> {
  readonly name = 'firefox' as const;
  protected readonly apiGlobal = 'browser' as const;
  private constructor(
    readonly browser: Browser,
    readonly downloadDir: string,
  ) {
    super();
  }

  static async launch(opts: LaunchOptions & { extensionDir?: string } = {}): Promise<FirefoxBrowser> {
    const exe = firefoxPath();
    if (!exe) throw new Error(FIREFOX_MISSING_MESSAGE);
    const downloadDir = mkdtempSync(join(tmpdir(), 'pandu-ff-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: exe,
      headless: true,
      // The same window as Playwright's Chromium (1280 × 720; puppeteer's own default is 800 × 600),
      // so a scenario meets the same layout in both browsers (the panel docks from 1200 px on).
      defaultViewport: { width: 1280, height: 720 },
      // Without it BiDi refuses moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // The run-time host permission is granted without a doorhanger nobody can click.
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.download.dir': downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        'devtools.console.stdout.content': process.env.PANDU_E2E_CONSOLE === '1',
        // Host names that resolve to this machine (Chromium: --host-resolver-rules).
        ...(opts.hostAliases?.length ? { 'network.dns.localDomains': opts.hostAliases.join(',') } : {}),
      },
    });
    await browser.installExtension(opts.extensionDir ?? FIREFOX_EXTENSION_DIR);
    return new FirefoxBrowser(browser, downloadDir);
  }

  extensionUrl(path: string) {
    return `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  }

  protected async openTab() {
    return new FirefoxPage(await this.browser.newPage(), this.downloadDir);
  }

  protected isClosed(page: FirefoxPage) {
    return page.page.isClosed();
  }

  protected findMarkedTab(marker: string): Promise<number> {
    return this.inExtension<number>(`
      for (const tab of await api.tabs.query({})) {
        const [m] = await api.tabs.executeScript(tab.id, { code: ${JSON.stringify(READ_MARKER)} }).catch(() => [null]);
        if (m === ${JSON.stringify(marker)}) return tab.id;
      }
      return -1;`);
  }

  protected runInTab<T>(tabId: number, code: string): Promise<T> {
    // tabs.executeScript runs in the extension's content-script sandbox of the tab, where the panel lives.
    return this.inExtension<T>(`const [out] = await api.tabs.executeScript(${tabId}, { code: ${JSON.stringify(`(${code})`)} }); return out;`);
  }

  protected togglePanel(tabId: number): Promise<'toggled' | 'opened'> {
    return this.inExtension(`return (await api.runtime.getBackgroundPage()).pandu.userTogglesPanel(${tabId});`);
  }

  protected async dispatchCommand() {
    // Not possible here: WebDriver BiDi input reaches the page, never the browser's own shortcut
    // keys (tried: Alt+Shift+P over BiDi does nothing), and Firefox's extension events have no
    // dispatch. The scenarios then call what the listener calls (panelCommand).
    return false;
  }

  async close() {
    await this.browser.close();
  }
}
