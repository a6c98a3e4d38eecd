import { browser } from 'wxt/browser';

/** Remembered panel state (extension storage, shared by every SPSE tab). */
const COLLAPSED_KEY = 'pandu.panel.collapsed';
const LANG_KEY = 'pandu.lang';

export async function loadCollapsed(): Promise<boolean> {
  const got = await browser.storage.local.get(COLLAPSED_KEY);
  return got[COLLAPSED_KEY] === true;
}

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
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
