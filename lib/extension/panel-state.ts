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
