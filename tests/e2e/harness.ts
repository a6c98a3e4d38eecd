import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium, type ChromiumLaunch } from './driver/chromium';

/**
 * Chromium-only e2e harness for the tests that need Playwright's own objects (CDP, killing the
 * browser process, a profile relaunched, a browser without the extension). Everything shared by
 * both browsers is in ./driver; the panel is reached only through ./driver/panel.
 */
export { startSandbox } from '../../sandbox/server';

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

export async function launchBrowser(opts: Omit<ChromiumLaunch, 'extensionDir'> & { extension?: boolean; extensionDir?: string } = {}): Promise<Launched> {
  const { extension = true, extensionDir, ...rest } = opts;
  const { context, serviceWorker, userDataDir } = await launchChromium({ ...rest, extensionDir: extension ? extensionDir : null });
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: () => context.close(),
  };
}

/** The panel host element (its shadow root is CLOSED: read and drive the panel through ./driver/panel). */
export const PANEL_HOST = 'pandu-panel';

export { screenshotPath } from './driver/files';

/** Send a typed message to the background from an extension page, as the panel does; throws on an error reply. */
export async function sendFromPage<T = any>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(([t, p]) => (globalThis as any).chrome.runtime.sendMessage({ channel: 'pandu', type: t, payload: p }), [type, payload] as const);
  if (!reply?.ok) throw new Error(`message ${type} failed: ${JSON.stringify(reply)}`);
  return reply.data as T;
}
