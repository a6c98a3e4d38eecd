/**
 * The page is untrusted: its scripts can dispatch synthetic events (`isTrusted === false`).
 * Every panel action that writes to the log or reveals people (selecting a case, the fill plan,
 * "Isi formulir", "Mulai langkah", "Tandai selesai", opening a case…) runs only for a real user
 * event. Two layers:
 *  - `trusted(handler)`: wrap a React handler; it runs only when the event is trusted. New panel
 *    buttons that write or reveal use it.
 *  - `blockUntrustedEvents(root)`: the panel's shadow root drops every untrusted event before
 *    React sees it (nothing inside a closed root can be reached by the page anyway; this is the
 *    second wall).
 */
type EventLike = { isTrusted?: boolean; nativeEvent?: { isTrusted?: boolean } } | null | undefined;

let acceptUntrusted = false;

/**
 * Component tests only (jsdom can create no trusted event): accept synthetic events. Never
 * called by extension code; the trust tests switch it off again.
 */
export function acceptUntrustedEventsForTests(accept: boolean): void {
  acceptUntrusted = accept;
}

export function isTrustedEvent(e: EventLike): boolean {
  if (acceptUntrusted) return true;
  const native = e && 'nativeEvent' in e && e.nativeEvent ? e.nativeEvent : e;
  return native?.isTrusted === true;
}

/** `onClick={trusted(() => start())}`: the handler runs only for a real user's event. */
export function trusted<E extends EventLike, R>(handler: (e: E) => R): (e: E) => R | undefined {
  return (e: E) => (isTrustedEvent(e) ? handler(e) : undefined);
}

/** Event types a page could synthesise to drive the panel. */
export const GUARDED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'change', 'input', 'beforeinput',
  'submit', 'keydown', 'keyup', 'keypress', 'drop', 'paste', 'contextmenu',
] as const;

/** Capture listeners on the shadow root that stop every untrusted event before React's own. */
export function blockUntrustedEvents(root: ShadowRoot | Element): () => void {
  const stop = (e: Event) => {
    if (!isTrustedEvent(e)) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stop, true);
  return () => {
    for (const type of GUARDED_EVENTS) root.removeEventListener(type, stop, true);
  };
}

/** Events that bubble out of the panel would tell the page what the user types or pastes there. */
export const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'drop', 'dragover', 'compositionstart', 'compositionupdate', 'compositionend', 'change', 'select'] as const;

/**
 * Stop the panel's own keyboard/clipboard/input events from bubbling out of the shadow root into
 * the page (React, listening inside the root, has handled them already).
 */
export function containPanelEvents(root: ShadowRoot): () => void {
  const stop = (e: Event) => e.stopPropagation();
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, stop);
  return () => {
    for (const type of CONTAINED_EVENTS) root.removeEventListener(type, stop);
  };
}
