import { FIRST_FRAMES_KEY, framesIn, type HandedFrames } from './first-frame';
import { PANEL_STATE_KEYS, stateOf } from './panel-start-state';

/** The part of `storage.local` and its change event the background uses here. */
export type LocalArea = { get(keys: string[]): Promise<Record<string, unknown>> };
type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

const KEYS = [...PANEL_STATE_KEYS, FIRST_FRAMES_KEY];

/**
 * The background's copy of the panel's remembered state and stored first frames
 * (lib/extension/first-frame.ts), read once and read again after any of them changes, so a
 * loaded tab's bootstrap gets its first frame with its injection at no storage cost.
 */
export function firstFramesToHand(area: LocalArea, onChanged: (listener: ChangeListener) => void) {
  let stored: Promise<Record<string, unknown>> | null = null;
  onChanged((changes, name) => {
    if (name === 'local' && KEYS.some((k) => k in changes)) stored = null;
  });
  return {
    /** The frames stored for these pages in the remembered state; null when there are none. */
    async forPages(pageIds: readonly string[]): Promise<HandedFrames | null> {
      if (pageIds.length === 0) return null;
      stored ??= area.get(KEYS).catch(() => ({}));
      const got = await stored;
      const state = stateOf(got);
      const frames = framesIn(got[FIRST_FRAMES_KEY]).filter((f) => pageIds.includes(f.pageId) && f.lang === state.lang && f.collapsed === state.collapsed);
      return frames.length > 0 ? { state, frames } : null;
    },
  };
}
