import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { ChromiumBrowser } from './chromium';
import { FirefoxBrowser } from './firefox';
import { panelOf } from './panel';
import type { BrowserName, E2EBrowser, E2EPage, LaunchOptions } from './types';

export type { BrowserName, E2EBrowser, E2EPage, LaunchOptions } from './types';
export { panelOf, type Panel } from './panel';
export { documentOf, poll, WAIT_MS, type Scope } from './scope';
export { axePage, axePanel, type AxeViolation } from './axe';

/** Which browser the shared scenarios run in: `PANDU_E2E_BROWSER` (set by each vitest e2e config). */
export function browserUnderTest(): BrowserName {
  const name = process.env.PANDU_E2E_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`PANDU_E2E_BROWSER must be chromium or firefox, not ${name}`);
  return name;
}

export async function launchE2EBrowser(opts: LaunchOptions = {}, name: BrowserName = browserUnderTest()): Promise<E2EBrowser> {
  return name === 'firefox' ? FirefoxBrowser.launch(opts) : ChromiumBrowser.launch(opts);
}

export type E2EEnv = {
  readonly name: BrowserName;
  readonly sandbox: Sandbox;
  readonly browser: E2EBrowser;
  /** A new tab on a sandbox path, with the panel shown. */
  openSpse(path: string): Promise<{ page: E2EPage; panel: ReturnType<typeof panelOf> }>;
};

/** A sandbox SPSE server (random port) for a whole test file; `host` another loopback address. */
export function useSandbox(opts: { host?: string } = {}): Sandbox {
  let started: Sandbox | undefined;
  beforeAll(async () => {
    started = await startSandbox({ port: 0, ...opts });
  });
  afterAll(async () => {
    await started?.close();
  });
  const live = () => {
    if (!started) throw new Error('the sandbox server has not started (use it inside a test)');
    return started;
  };
  return {
    get url() {
      return live().url;
    },
    get port() {
      return live().port;
    },
    get submissions() {
      return live().submissions;
    },
    reset: () => live().reset(),
    rewriteHtml: (fn) => live().rewriteHtml(fn),
    close: () => live().close(),
  };
}

/** One sandbox server and one browser with the extension for a whole scenario file. */
export function useE2E(launch: LaunchOptions = {}): E2EEnv {
  const sandbox = useSandbox();
  const state = {} as { browser: E2EBrowser };
  beforeAll(async () => {
    state.browser = await launchE2EBrowser(launch);
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    name: browserUnderTest(),
    sandbox,
    get browser() {
      return state.browser;
    },
    async openSpse(path: string) {
      const page = await state.browser.newPage(sandbox.url + path);
      const panel = panelOf(state.browser, page);
      await panel.waitForPanel();
      return { page, panel };
    },
  };
}
