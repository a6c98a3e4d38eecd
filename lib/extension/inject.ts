import { browser } from 'wxt/browser';
import { OPEN_CHANNEL, TOGGLE_CHANNEL } from './boot-messages';
import { leaveHandedFrames, type HandedFrames } from './first-frame';

/**
 * The background injects extension scripts into a tab's content-script world (issue 14):
 * scripting.executeScript in MV3 (Chrome), tabs.executeScript in MV2 (Firefox). Both are
 * unlisted scripts, not web-accessible:
 *  - the bootstrap (entrypoints/bootstrap.ts) into every SPSE tab once it has loaded
 *    (lib/extension/spse-tabs.ts),
 *  - the panel (entrypoints/panel.tsx) where the bootstrap recognised a known or taught page,
 *    or where the user opens it.
 */
export const BOOTSTRAP_SCRIPT = '/bootstrap.js';
export const PANEL_SCRIPT = '/panel.js';

declare const __PANDU_SANDBOX__: boolean;

type ScriptingApi = { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files?: string[]; func?: (...args: never[]) => void; args?: unknown[] }): Promise<unknown> };
type TabsV2Api = { executeScript(tabId: number, o: { file: string; frameId?: number }): Promise<unknown> };

/** Sandbox builds (bench/light.bench.ts): a performance mark when an injection reached the tab. */
function markInTab(scripting: ScriptingApi, tabId: number, frameId: number, file: string) {
  const func = file === PANEL_SCRIPT ? () => void performance.mark('pandu:inject') : () => void performance.mark('pandu:inject-bootstrap');
  // Not awaited: both injections arrive in order; awaiting would add a round trip store builds do not have.
  void scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func }).catch(() => undefined);
}

async function injectFile(tabId: number, frameId: number, file: string): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const scripting = (browser as unknown as { scripting: ScriptingApi }).scripting;
    if (__PANDU_SANDBOX__) markInTab(scripting, tabId, frameId, file);
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await (browser.tabs as unknown as TabsV2Api).executeScript(tabId, { file, frameId });
  }
}

/**
 * The bootstrap, into an SPSE tab that has loaded. `handed`: the panel's stored first frames for
 * the pages its address points to (lib/extension/first-frame.ts), left in the tab's isolated
 * world right before it (Chrome; Firefox's bootstrap reads them from storage).
 */
export function injectBootstrap(tabId: number, handed: HandedFrames | null = null): Promise<void> {
  if (handed && import.meta.env.MANIFEST_VERSION === 3) {
    const scripting = (browser as unknown as { scripting: ScriptingApi }).scripting;
    // Not awaited, like the sandbox mark: the two injections reach the tab in order; a hand-over
    // that came late is only a frame not painted early.
    void scripting.executeScript({ target: { tabId, frameIds: [0] }, func: leaveHandedFrames, args: [handed] }).catch(() => undefined);
  }
  return injectFile(tabId, 0, BOOTSTRAP_SCRIPT);
}

export function injectPanel(tabId: number, frameId = 0): Promise<void> {
  return injectFile(tabId, frameId, PANEL_SCRIPT);
}

/** Sends a command to the tab's panel; true when a panel answered (it is there). */
async function panelAnswers(tabId: number, channel: typeof TOGGLE_CHANNEL | typeof OPEN_CHANNEL): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { channel }).then(
    (r) => !!r && (r as { ok?: unknown }).ok === true,
    () => false,
  );
}

/** Injects the panel and asks it to open expanded, focus inside. */
async function injectOpen(tabId: number): Promise<'opened'> {
  await injectPanel(tabId);
  await browser.tabs.sendMessage(tabId, { channel: OPEN_CHANNEL }).catch(() => undefined);
  return 'opened';
}

/**
 * The user asked for the panel (Alt+Shift+P): toggle it when the tab has one, otherwise inject
 * it and open it (activeTab gives the permission on any page).
 */
export async function userTogglesPanel(tabId: number): Promise<'toggled' | 'opened'> {
  if (await panelAnswers(tabId, TOGGLE_CHANNEL)) return 'toggled';
  return injectOpen(tabId);
}

/**
 * The user pressed "Buka panel di tab ini" in the toolbar popup: the panel opens (never closes),
 * injected first when the tab has none.
 */
export async function userOpensPanel(tabId: number): Promise<'shown' | 'opened'> {
  if (await panelAnswers(tabId, OPEN_CHANNEL)) return 'shown';
  return injectOpen(tabId);
}
