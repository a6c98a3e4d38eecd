/**
 * Sandbox builds only (bench/light.bench.ts): performance marks (they carry no data)
 * `pandu:panel-shell` when the panel's frame is first painted, and `pandu:panel-visible` when the
 * panel is there for the user: the recognised page's SOP step on show (or, collapsed, its tab),
 * whether the bootstrap painted the stored first frame (lib/extension/first-frame.ts) or the
 * panel rendered it.
 */
export function markWhenVisible(shadow: ShadowRoot): void {
  let shell = false;
  let frame = 0;
  const painted = (selector: string) => {
    const el = shadow.querySelector(selector);
    return !!el && el.getBoundingClientRect().width > 0;
  };
  // Checked once per frame, in the frame's own layout (a check on every DOM change would force a
  // layout each time and slow the very start it measures). What is found now is painted in this frame.
  const check = () => {
    frame = 0;
    if (!shell && painted('[data-testid="pandu-panel"]')) {
      shell = true;
      performance.mark('pandu:panel-shell');
    }
    if (painted('[data-testid="pandu-panel"] [data-testid="pandu-step"], [data-testid="pandu-tab"]')) {
      performance.mark('pandu:panel-visible');
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(() => {
    frame ||= requestAnimationFrame(check);
  });
  observer.observe(shadow, { childList: true, subtree: true });
  // What is in the root already (a first frame painted before this call) is checked in the next frame.
  frame = requestAnimationFrame(check);
}
