import { bareApi, type BareApi } from './bare-api';
import { storedWidth } from './panel-layout';

/** Remembered panel state (extension storage, shared by every SPSE tab): what the panel's first paint needs. */
export const COLLAPSED_KEY = 'pandu.panel.collapsed';
export const LANG_KEY = 'pandu.lang';
export const WIDTH_KEY = 'pandu.panel.width';

/** `width`: the width the user chose, null when never resized (lib/extension/panel-layout decides). */
export type PanelStartState = { collapsed: boolean; lang: 'id' | 'en'; width: number | null };

/** What the panel needs before its first paint, in one storage read. */
export async function loadPanelState(api: BareApi = bareApi()): Promise<PanelStartState> {
  const got = await api.storage.local.get([COLLAPSED_KEY, LANG_KEY, WIDTH_KEY]);
  return { collapsed: got[COLLAPSED_KEY] === true, lang: got[LANG_KEY] === 'en' ? 'en' : 'id', width: storedWidth(got[WIDTH_KEY]) };
}

type StateGlobals = { __panduPanelState?: Promise<PanelStartState> };

/**
 * The bootstrap starts the read on a recognised page while the background injects the panel,
 * and leaves the promise in the isolated world (page scripts cannot see it); the injected panel
 * takes it, so its first paint waits for no storage round trip (issue 14).
 */
export function prefetchPanelState(api?: BareApi): void {
  const g = globalThis as StateGlobals;
  g.__panduPanelState ??= loadPanelState(api);
  g.__panduPanelState.catch(() => undefined);
}

/** The prefetched state (taken once), or a fresh read. */
export function takePanelState(): Promise<PanelStartState> {
  const g = globalThis as StateGlobals;
  const pending = g.__panduPanelState;
  g.__panduPanelState = undefined;
  return pending ? pending.catch(() => loadPanelState()) : loadPanelState();
}
