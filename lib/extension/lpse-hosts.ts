import { browser } from 'wxt/browser';
import { originPatternFor } from '../spse/hosts';

/**
 * An LPSE's own SPSE host (any domain) added at run time: the user grants an optional host
 * permission from the options page; the background injects the bootstrap into its tabs
 * (lib/extension/spse-tabs.ts). Hosts are kept in the extension's storage, never on the page.
 */
const STORAGE_KEY = 'pandu.lpseHosts';
export const DYNAMIC_SCRIPT_ID = 'pandu-lpse-hosts';

export async function listLpseHosts(): Promise<string[]> {
  const got = await browser.storage.local.get(STORAGE_KEY);
  const list = got[STORAGE_KEY];
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

async function saveHosts(patterns: string[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: [...new Set(patterns)].sort() });
}

// A stored `*://host/*` as its https and http origins: the optional permissions name each scheme
// separately (OPTIONAL_HOST_PATTERNS), and a browser grants a pattern only when one optional
// pattern contains it whole.
export function permissionOrigins(pattern: string): string[] {
  const m = /^\*:\/\/(.+)$/.exec(pattern);
  return m ? [`https://${m[1]}`, `http://${m[1]}`] : [pattern];
}

export type AddHostResult = { ok: true; pattern: string } | { ok: false; error: string };

/** Must be called from a user gesture (a click in the options page): it asks for the permission. */
export async function addLpseHost(input: string): Promise<AddHostResult> {
  const pattern = originPatternFor(input);
  if (!pattern) return { ok: false, error: 'Alamat tidak valid. Contoh: lpse.kaltimprov.go.id' };
  const granted = await browser.permissions.request({ origins: permissionOrigins(pattern) });
  if (!granted) return { ok: false, error: 'Izin akses ke situs tersebut tidak diberikan.' };
  await saveHosts([...(await listLpseHosts()), pattern]);
  await browser.runtime.sendMessage({ channel: 'pandu-hosts-changed' }).catch(() => undefined);
  return { ok: true, pattern };
}

export async function removeLpseHost(pattern: string): Promise<void> {
  await saveHosts((await listLpseHosts()).filter((p) => p !== pattern));
  await browser.permissions.remove({ origins: permissionOrigins(pattern) }).catch(() => false);
  await browser.runtime.sendMessage({ channel: 'pandu-hosts-changed' }).catch(() => undefined);
}

/**
 * Versions before issue 14 registered a content script for the stored hosts (persisted across
 * sessions); the background now injects the bootstrap itself (lib/extension/spse-tabs.ts).
 */
export async function forgetRegisteredContentScripts(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.getRegisteredContentScripts) return;
  const existing = await scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] }).catch(() => undefined);
}
