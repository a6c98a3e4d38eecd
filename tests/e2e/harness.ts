import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath, CHROMIUM_MISSING_MESSAGE, freshProfileDir, SANDBOX_EXTENSION_DIR } from '../../lib/extension/chromium';

/**
 * Chromium-only e2e harness (CDP, service worker, relaunching a profile): real Chromium + the built sandbox extension (`.output/sandbox/chrome-mv3`,
 * made by `npm run build:test`) + the SPSE sandbox server on 127.0.0.1.
 */
import { afterAll, beforeAll } from 'vitest';
import { startSandbox as startSandboxFn } from '../../sandbox/server';
export { startSandboxFn as startSandbox };

export type Launched = {
  context: BrowserContext;
  /** null when launched without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
};

export async function launchBrowser(opts: { extension?: boolean; userDataDir?: string; extensionDir?: string; extraArgs?: string[] } = {}): Promise<Launched> {
  const exe = chromiumPath();
  if (!exe) throw new Error(CHROMIUM_MISSING_MESSAGE);
  const withExtension = opts.extension ?? true;
  const extensionDir = withExtension ? (opts.extensionDir ?? SANDBOX_EXTENSION_DIR) : null;
  const userDataDir = opts.userDataDir ?? freshProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: exe,
    headless: true,
    args: [...chromiumArgs(extensionDir), ...(opts.extraArgs ?? [])],
    acceptDownloads: true,
  });
  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: () => context.close(),
  };
}

/**
 * The panel host element. Its shadow root is CLOSED: read and drive the panel through
 * ./panel-driver (re-exported here for older tests).
 */
export const PANEL_HOST = 'pandu-panel';
export { waitForPanel } from './panel-driver';

export { screenshotPath } from './driver/files';

/**
 * One sandbox server and one browser with the extension for a whole test file:
 * `const env = useSandboxBrowser();` then `env.sandbox.url`, `env.browser.context`.
 */
export function useSandboxBrowser(): { readonly sandbox: Awaited<ReturnType<typeof startSandboxFn>>; readonly browser: Launched } {
  const env = {} as { sandbox: Awaited<ReturnType<typeof startSandboxFn>>; browser: Launched };
  beforeAll(async () => {
    env.sandbox = await startSandboxFn({ port: 0 });
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.sandbox?.close();
  });
  return env;
}

/** Send a typed message to the background from an extension page, as the panel does; throws on an error reply. */
export async function sendFromPage<T = any>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(([t, p]) => (globalThis as any).chrome.runtime.sendMessage({ channel: 'pandu', type: t, payload: p }), [type, payload] as const);
  if (!reply?.ok) throw new Error(`message ${type} failed: ${JSON.stringify(reply)}`);
  return reply.data as T;
}
