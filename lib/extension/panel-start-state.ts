import { bareApi, type BareApi } from './bare-api';
import { storedWidth } from './panel-layout';
import { FIRST_FRAMES_KEY } from './first-frame';

/** Remembered panel state (extension storage, shared by every SPSE tab): what the panel's first paint needs. */
export const COLLAPSED_KEY = 'pandu.panel.collapsed';
export const LANG_KEY = 'pandu.lang';
export const WIDTH_KEY = 'pandu.panel.width';

/** `width`: the width the user chose, null when never resized (lib/extension/panel-layout decides). */
export type PanelStartState = { collapsed: boolean; lang: 'id' | 'en'; width: number | null };

/** What the panel needs before its first paint, in one storage read. */
export const PANEL_STATE_KEYS: readonly string[] = [COLLAPSED_KEY, LANG_KEY, WIDTH_KEY];

export async function loadPanelState(api: BareApi = bareApi()): Promise<PanelStartState> {
  return stateOf(await api.storage.local.get([...PANEL_STATE_KEYS]));
}

export function stateOf(got: Record<string, unknown>): PanelStartState {
  return { collapsed: got[COLLAPSED_KEY] === true, lang: got[LANG_KEY] === 'en' ? 'en' : 'id', width: storedWidth(got[WIDTH_KEY]) };
}

/** The state and the stored first frames (lib/extension/first-frame.ts), in the same one read. */
async function loadPanelStateWithFrames(api: BareApi, withFrames: (state: PanelStartState, frames: unknown) => void): Promise<PanelStartState> {
  const got = await api.storage.local.get([...PANEL_STATE_KEYS, FIRST_FRAMES_KEY]);
  const state = stateOf(got);
  try {
    withFrames(state, got[FIRST_FRAMES_KEY]);
  } catch {
    // A first frame that cannot be painted: the panel paints its own.
  }
  return state;
}

type StateGlobals = { __panduPanelState?: Promise<PanelStartState> };

/**
 * The bootstrap starts the read on a recognised page while the background injects the panel,
 * and leaves the promise in the isolated world (page scripts cannot see it); the injected panel
 * takes it, so its first paint waits for no storage round trip (issue 14). `withFrames`: the
 * same read brings the stored first frames, handed over as soon as they are read (the bootstrap
 * paints the panel's first frame from them).
 */
export function prefetchPanelState(api?: BareApi, withFrames?: (state: PanelStartState, frames: unknown) => void): void {
  const g = globalThis as StateGlobals;
  g.__panduPanelState ??= withFrames ? loadPanelStateWithFrames(api ?? bareApi(), withFrames) : loadPanelState(api);
  g.__panduPanelState.catch(() => undefined);
}

/** The prefetched state (taken once), or a fresh read. */
export function takePanelState(): Promise<PanelStartState> {
  const g = globalThis as StateGlobals;
  const pending = g.__panduPanelState;
  g.__panduPanelState = undefined;
  return pending ? pending.catch(() => loadPanelState()) : loadPanelState();
}
