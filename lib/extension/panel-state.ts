import { browser } from 'wxt/browser';
import { COLLAPSED_KEY, LANG_KEY, WIDTH_KEY } from './panel-start-state';

/** Remembered panel state (extension storage, shared by every SPSE tab); what the first paint needs is in panel-start-state. */

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
}

/** The width the user dragged the panel to (every SPSE tab opens with it). */
export async function saveWidth(width: number): Promise<void> {
  await browser.storage.local.set({ [WIDTH_KEY]: Math.round(width) });
}

export async function loadLang(): Promise<'id' | 'en'> {
  const got = await browser.storage.local.get(LANG_KEY);
  return got[LANG_KEY] === 'en' ? 'en' : 'id';
}

export async function saveLang(lang: 'id' | 'en'): Promise<void> {
  await browser.storage.local.set({ [LANG_KEY]: lang });
}

/** Written by the background after every change to the log; panels re-read when it changes. */
export const LOG_CHANGED_KEY = 'pandu.logChanged';

export function onLogChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LOG_CHANGED_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
