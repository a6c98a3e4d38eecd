import { browser } from 'wxt/browser';
import { storedWidth } from './panel-layout';

/** Remembered panel state (extension storage, shared by every SPSE tab). */
const COLLAPSED_KEY = 'pandu.panel.collapsed';
const LANG_KEY = 'pandu.lang';
const WIDTH_KEY = 'pandu.panel.width';

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
}

/** The width the user dragged the panel to (every SPSE tab opens with it). */
export async function saveWidth(width: number): Promise<void> {
  await browser.storage.local.set({ [WIDTH_KEY]: Math.round(width) });
}

/** `width`: the width the user chose, null when never resized (lib/extension/panel-layout decides). */
export type PanelStartState = { collapsed: boolean; lang: 'id' | 'en'; width: number | null };

/** What the panel needs before its first paint, in one storage read. */
export async function loadPanelState(): Promise<PanelStartState> {
  const got = await browser.storage.local.get([COLLAPSED_KEY, LANG_KEY, WIDTH_KEY]);
  return { collapsed: got[COLLAPSED_KEY] === true, lang: got[LANG_KEY] === 'en' ? 'en' : 'id', width: storedWidth(got[WIDTH_KEY]) };
}

type StateGlobals = { __panduPanelState?: Promise<PanelStartState> };

/**
 * The bootstrap starts the read on a recognised page, while the page is still loading, and
 * leaves the promise in the isolated world (page scripts cannot see it); the injected panel
 * takes it, so its first paint waits for no storage round trip (issue 14).
 */
export function prefetchPanelState(): void {
  const g = globalThis as StateGlobals;
  g.__panduPanelState ??= loadPanelState();
  g.__panduPanelState.catch(() => undefined);
}

/** The prefetched state (taken once), or a fresh read. */
export function takePanelState(): Promise<PanelStartState> {
  const g = globalThis as StateGlobals;
  const pending = g.__panduPanelState;
  g.__panduPanelState = undefined;
  return pending ? pending.catch(() => loadPanelState()) : loadPanelState();
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
