import { browser } from 'wxt/browser';
import { OPEN_CHANNEL, TOGGLE_CHANNEL } from './boot-messages';

/**
 * The background injects the panel (entrypoints/panel.tsx, an unlisted script: not
 * web-accessible) into a tab's content-script world: scripting.executeScript in MV3 (Chrome),
 * tabs.executeScript in MV2 (Firefox).
 */
export const PANEL_SCRIPT = '/panel.js';

declare const __PANDU_SANDBOX__: boolean;

type ScriptingApi = { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
type TabsV2Api = { executeScript(tabId: number, o: { file: string; frameId?: number }): Promise<unknown> };

export async function injectPanel(tabId: number, frameId = 0): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    const scripting = (browser as unknown as { scripting: ScriptingApi }).scripting;
    // Sandbox builds (bench/light.bench.ts): when the injection reached the tab.
    // Not awaited: both injections wait for document_idle and arrive in order; awaiting would add a
    // round trip to the panel's start that store builds do not have.
    if (__PANDU_SANDBOX__) void scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => performance.mark('pandu:inject') } as never).catch(() => undefined);
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PANEL_SCRIPT] });
  } else {
    await (browser.tabs as unknown as TabsV2Api).executeScript(tabId, { file: PANEL_SCRIPT, frameId });
  }
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
