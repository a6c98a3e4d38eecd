import { Scope, poll, type RootFn } from './scope';
import type { E2EBrowser, E2EPage } from './types';

/**
 * The ONLY way the e2e scenarios reach the Pandu panel (its shadow root). Every read runs a small
 * function `(root, arg) => value` next to the root and brings back text, values or rectangles;
 * clicks and typing are trusted input at the element's coordinates (see scope.ts).
 *
 * Where the root comes from is decided here alone: today the panel's shadow root is open and is
 * read from the page's main world.
 */
const OPEN_ROOT = `(document.querySelector('pandu-panel')?.shadowRoot ?? null)`;

function runNextToRoot(_browser: E2EBrowser, page: E2EPage, fn: RootFn, arg: unknown): Promise<unknown> {
  return page.evaluate(`(${fn})(${OPEN_ROOT}, ${JSON.stringify(arg ?? null)})`);
}

export class Panel extends Scope {
  constructor(browser: E2EBrowser, page: E2EPage) {
    super(page, (fn, arg) => runNextToRoot(browser, page, fn, arg), (selector) => `${OPEN_ROOT}.querySelector(${JSON.stringify(selector)})`, 'panel');
  }

  /** Is the panel (open, or collapsed to its tab) shown on this page? */
  async present(): Promise<boolean> {
    return this.run<boolean>(`(root) => !!root && !!root.querySelector('[data-testid="pandu-panel"], [data-testid="pandu-tab"]')`);
  }

  async waitForPanel(timeout = 10_000): Promise<void> {
    await poll(() => this.present(), Boolean, timeout, 'the Pandu panel');
  }
}

export const panelOf = (browser: E2EBrowser, page: E2EPage) => new Panel(browser, page);
