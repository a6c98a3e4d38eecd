import { Scope, WAIT_MS, poll, type RootFn } from './scope';
import type { E2EBrowser, E2EPage } from './types';

/**
 * The ONLY way the e2e scenarios reach the Pandu panel (its shadow root). Every read runs a small
 * function `(root, arg) => value` next to the root and brings back text, values or rectangles;
 * clicks and typing are trusted input at the element's coordinates (see scope.ts).
 *
 * Where the root comes from is decided here alone. The panel's shadow root is CLOSED: page scripts
 * cannot reach it. Sandbox builds (PANDU_SANDBOX=1) keep it in the extension's isolated world as
 * `globalThis.__panduShadowRoot`; the driver runs the function in that world of the page's tab
 * (Chromium: the service worker's scripting.executeScript, world ISOLATED; Firefox: an extension
 * page's tabs.executeScript) and brings back only serialisable values.
 */
const CLOSED_ROOT = `(globalThis.__panduShadowRoot && globalThis.__panduShadowRoot.host.isConnected ? globalThis.__panduShadowRoot : null)`;

function runNextToRoot(browser: E2EBrowser, page: E2EPage, fn: RootFn, arg: unknown): Promise<unknown> {
  return browser.inContentScript(page, `(${fn})(${CLOSED_ROOT}, ${JSON.stringify(arg ?? null)})`);
}

/** Each link of the chain bootstrap → boot message → panel injection → mount → render, as the tab sees it. */
const PANEL_CHAIN = `({
  url: location.href,
  readyState: document.readyState,
  bootstrapRan: globalThis.__panduBootedAt ?? null,
  hostElements: document.querySelectorAll('pandu-panel').length,
  panelMounted: globalThis.__panduPanelMounted ?? null,
  shadowRoot: !!globalThis.__panduShadowRoot,
  hostConnected: globalThis.__panduShadowRoot ? globalThis.__panduShadowRoot.host.isConnected : null,
  rendered: globalThis.__panduShadowRoot ? globalThis.__panduShadowRoot.querySelectorAll('*').length : null,
  loadedAt: Math.round(performance.timeOrigin + (performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN)),
})`;

export class Panel extends Scope {
  constructor(
    private readonly browser: E2EBrowser,
    page: E2EPage,
  ) {
    super(page, (fn, arg) => runNextToRoot(browser, page, fn, arg), 'panel');
  }

  /** Is the panel (open, or collapsed to its tab) shown on this page? */
  async present(): Promise<boolean> {
    return this.run<boolean>(`(root) => !!root && !!root.querySelector('[data-testid="pandu-panel"], [data-testid="pandu-tab"]')`);
  }

  async waitForPanel(timeout = WAIT_MS): Promise<void> {
    try {
      await poll(() => this.present(), Boolean, timeout, 'the Pandu panel');
    } catch (err) {
      // Which link broke, for the failure message (a missed panel on a loaded CI machine is otherwise a guess).
      const chain = await this.browser.inContentScript(this.page, PANEL_CHAIN).then(
        (c) => JSON.stringify(c),
        (e) => `unreadable: ${String(e)}`,
      );
      // And which loaded tabs the background saw (tabs.onUpdated 'complete') and injected into: the service worker (Chromium), the background page (Firefox).
      const worker = (this.browser as { serviceWorker?: { evaluate(js: string): Promise<unknown> } }).serviceWorker;
      const loadedTabs = worker
        ? worker.evaluate('JSON.stringify({ startedAt: globalThis.pandu?.startedAt, loadedTabs: globalThis.pandu?.loadedTabs ?? null })')
        : this.browser.inExtension('const bg = await api.runtime.getBackgroundPage(); return JSON.stringify({ startedAt: bg.pandu?.startedAt, loadedTabs: bg.pandu?.loadedTabs ?? null });');
      const seen = await loadedTabs.then(
        (s) => String(s),
        (e) => `unreadable: ${String(e)}`,
      );
      throw new Error(`${(err as Error).message}; in the tab: ${chain}; the background (started at, loaded tabs it saw): ${seen}`);
    }
  }
}

export const panelOf = (browser: E2EBrowser, page: E2EPage) => new Panel(browser, page);
