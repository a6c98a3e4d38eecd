import { browser } from 'wxt/browser';
import { FIRST_FRAMES_KEY, firstFrameInputs, frameNodesOf, withFirstFrame } from './first-frame';
import type { PanelStartState } from './panel-start-state';

/**
 * The panel keeps its first frame (the markup of its first commit, before any case is read) for
 * the bootstrap's next paint of the same page in the same state (lib/extension/first-frame.ts).
 * Written after the first paint, and only when it changed.
 */
export function keepFirstFrame(wrapper: Element, css: string, pageId: string, state: PanelStartState, viewport: number): void {
  // Taken now, in the first commit (before any case is read); written after the first paint.
  const frame = { ...firstFrameInputs(browser.runtime.getManifest().version, pageId, state, viewport), css, nodes: frameNodesOf(wrapper) };
  setTimeout(() => {
    void browser.storage.local
      .get(FIRST_FRAMES_KEY)
      .then((got) => {
        const next = withFirstFrame(got[FIRST_FRAMES_KEY], frame);
        return next ? browser.storage.local.set({ [FIRST_FRAMES_KEY]: next }) : undefined;
      })
      .catch(() => undefined);
  }, 0);
}

/** The SOP catalog or the taught pages changed: no stored first frame shows them any more. */
export async function forgetFirstFrames(): Promise<void> {
  await browser.storage.local.remove(FIRST_FRAMES_KEY);
}
