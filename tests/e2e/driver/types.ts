/**
 * A small browser-neutral driver for the e2e scenarios: each scenario is written once against
 * these interfaces and runs in Chromium (playwright-core) and Firefox (puppeteer-core over
 * WebDriver BiDi). Everything the panel shows is read through `panel.ts`, never from here.
 */
export type BrowserName = 'chromium' | 'firefox';

/** A file the browser saved. */
export type Downloaded = { name: string; path: string };

/** A point in the page's viewport (CSS pixels). */
export type Point = { x: number; y: number };

/** How a browser is launched beyond the defaults. */
export type LaunchOptions = {
  /** Host names that resolve to 127.0.0.1 in this browser (e.g. a hostile host beside the sandbox). */
  hostAliases?: string[];
};

export interface E2EPage {
  readonly browserName: BrowserName;
  url(): Promise<string>;
  /** Load a web page (http) or one of the extension's pages; resolves once the document is complete. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Run an expression (source text) in the page's main world; its value must be serialisable. */
  evaluate<T>(expression: string): Promise<T>;
  /** Poll an expression in the main world until it is truthy. */
  waitUntil(expression: string, timeout?: number): Promise<void>;
  /** Source text run in the main world of every document this page loads from now on, before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Make this the tab in front (keyboard input goes to the tab in front). */
  bringToFront(): Promise<void>;
  /** Trusted input. */
  mouseClick(at: Point): Promise<void>;
  /** Press the left button at `from`, move to `to` in steps, release. */
  mouseDrag(from: Point, to: Point): Promise<void>;
  typeText(text: string): Promise<void>;
  /** Insert text at the focus in one go, as a paste does (no key events). */
  insertText(text: string): Promise<void>;
  pressKey(key: 'Tab' | 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'): Promise<void>;
  /** Put files into the `<input type=file>` the expression returns (main world) and fire its change. */
  setInputFiles(elementExpression: string, paths: string[]): Promise<void>;
  /** Run `click` (a real click on a file input) and answer the file chooser it opens with `paths`. */
  chooseFiles(click: () => Promise<void>, paths: string[]): Promise<void>;
  /** Run `action` and return the file it makes the browser download. */
  download(action: () => Promise<void>, timeout?: number): Promise<Downloaded>;
  /** Run `action` (which submits a form) and wait for the next document to load. */
  waitForLoadAfter(action: () => Promise<void>): Promise<void>;
  /** A PNG of the viewport in `dir` (default `screenshots/`; both are git-ignored). */
  screenshot(name: string, dir?: string): Promise<void>;
  /** Resize the viewport (CSS pixels), as a user resizing the window. */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** The extension's page URL, e.g. extensionUrl('options.html'). */
  extensionUrl(path: string): string;
  newPage(url?: string): Promise<E2EPage>;
  /** An extension page (options.html unless told) kept open for messages and extension API calls. */
  extensionPage(): Promise<E2EPage>;
  /** Send a typed `pandu` message to the background as the panel does; throws on an error reply. */
  send<T = any>(type: string, payload: unknown): Promise<T>;
  /**
   * Run an async function body (source text, `api` = the extension API namespace) in an extension
   * page and return its serialisable value.
   */
  inExtension<T>(body: string): Promise<T>;
  /**
   * Run code in the extension's isolated world of the tab showing `page` (the content script's
   * world). `code` is an expression; its value must be serialisable.
   */
  inContentScript<T>(page: E2EPage, code: string): Promise<T>;
  /** What the keyboard command (Alt+Shift+P) and the toolbar button do on this page's tab. */
  panelCommand(page: E2EPage): Promise<'toggled' | 'opened'>;
  /**
   * Fire the browser's `commands.onCommand` event in the background with `page`'s tab in front, so
   * the extension's own listener runs. False where the browser offers no way to fire it.
   */
  fireCommand(page: E2EPage, command: string): Promise<boolean>;
  close(): Promise<void>;
}
