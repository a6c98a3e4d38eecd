import { browser } from 'wxt/browser';
import { OPEN_CHANNEL, TOGGLE_CHANNEL, channelOf } from './boot-messages';

/**
 * The injected panel's ear for the background's show/hide/open commands. Registered as soon as
 * the panel script runs (before React mounts), so an "open" sent right after injection is not lost.
 */
export type PanelCommands = {
  /** True once an "open" arrived (the panel then mounts expanded). */
  openRequested(): boolean;
  /** Listen for toggle/open; returns the unsubscribe function. */
  onToggleRequest(listener: (kind: 'toggle' | 'open') => void): () => void;
  stop(): void;
};

export function listenForPanelCommands(): PanelCommands {
  let opened = false;
  const listeners = new Set<(kind: 'toggle' | 'open') => void>();
  const pending: ('toggle' | 'open')[] = [];
  const handler = (msg: unknown) => {
    const channel = channelOf(msg);
    if (channel !== TOGGLE_CHANNEL && channel !== OPEN_CHANNEL) return undefined;
    const kind = channel === OPEN_CHANNEL ? 'open' : 'toggle';
    if (kind === 'open') opened = true;
    if (listeners.size === 0) pending.push(kind);
    for (const l of listeners) l(kind);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(handler);
  return {
    openRequested: () => opened,
    onToggleRequest(listener) {
      listeners.add(listener);
      // Both kinds are replayed: an "open" that arrived after the mount read `openRequested()` but
      // before this listener still moves the focus into the panel.
      for (const k of pending.splice(0)) listener(k);
      return () => listeners.delete(listener);
    },
    stop: () => browser.runtime.onMessage.removeListener(handler),
  };
}
