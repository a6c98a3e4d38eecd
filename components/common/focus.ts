import { useEffect, type DependencyList, type RefObject } from 'react';

/**
 * Keyboard focus after an action: the control just pressed often disappears ("Baca surat" turns
 * into the review, "Buka kasus" into the guide), and focus would fall to the page's <body>.
 * An action says `focusNextAfterThis()`; the next control that asks with `useFocusWhenAsked`
 * (the review's "Simpan", the case form's "Buka kasus", the step's "Selesai", …) takes the focus
 * once. Nothing is focused without a preceding action, so the panel never steals focus from SPSE
 * when a page loads.
 */
let asked = false;

/** Called by an action whose control goes away: the next logical control takes the focus. */
export function focusNextAfterThis(): void {
  asked = true;
}

/** Focus `ref` when an action asked for it (see above); checked whenever `deps` change. */
export function useFocusWhenAsked(ref: RefObject<HTMLElement | null>, deps: DependencyList): void {
  useEffect(() => {
    const el = ref.current;
    if (!asked || !el || !el.isConnected || (el as HTMLButtonElement).disabled) return;
    asked = false;
    el.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** Tests: forget a pending request. */
export function resetFocusRequest(): void {
  asked = false;
}
