/**
 * The bootstrap's whole job (issue 14): is this an SPSE page, which one; then the empty
 * `<pandu-panel>` host element and one message to the background, which injects the panel where
 * it helps. No React, no zod, no observer: recognition reads the route table compiled at build
 * time (lib/spse/compiled/recognition.json). The background injects it into an SPSE tab once the
 * tab has loaded (lib/extension/spse-tabs.ts): no static content script, nothing before the
 * page's load event.
 */
import { recognise } from '../spse/recognise';
import { ensurePanelHost, panelHost } from './panel-host';
import { HOLD_FIRST_FRAME_HASH, firstFrameInputs, paintFirstFrame, paintedOn, withdrawFirstFrame, pickFirstFrame, takeHandedFrames, type FirstFrame } from './first-frame';
import type { PanelStartState } from './panel-start-state';
import { markWhenVisible } from './visible-mark';
import { BOOT_CHANNEL, type BootMessage } from './boot-messages';
import { bareApi, type BareApi } from './bare-api';
import { prefetchPanelState } from './panel-start-state';
import { prefetchFirstView, type FirstViewGlobals } from './first-view';
import { recordBootVerdict, type BootVerdictGlobals } from './boot-verdict';

export type BootResult = { isSpse: boolean; pageId: string; confidence: number; role: string | null; ms: number };

/** Recognises the page; an SPSE page gets the empty panel host and one message to the background (unrecognised ones too: taught pages, the report's unknown pages). */
export function boot(doc: Document, href: string, send: (m: BootMessage) => void): BootResult {
  const t0 = performance.now();
  const m = recognise(href, doc);
  if (!m.isSpse) return { isSpse: false, pageId: m.pageId, confidence: m.confidence, role: m.role, ms: performance.now() - t0 };
  ensurePanelHost(doc);
  send({ channel: BOOT_CHANNEL, pageId: m.pageId, url: href, title: doc.title.slice(0, 1000) });
  return { isSpse: true, pageId: m.pageId, confidence: m.confidence, role: m.role, ms: performance.now() - t0 };
}

type BootGlobals = { __panduBootedAt?: string };

/** The longest the boot message waits for a painted first frame to reach the screen (a hidden tab paints no frame). */
export const AFTER_PAINT_MAX_MS = 50;

/** `fn` once the next frame was painted (a task after the next animation frame), or after AFTER_PAINT_MAX_MS. */
function afterPaint(win: Window, fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(go, 0));
  win.setTimeout(go, AFTER_PAINT_MAX_MS);
}

declare const __PANDU_SANDBOX__: boolean;

/**
 * A recognised page whose panel has not mounted this long after the boot message asks again: the
 * message or the panel's injection can be lost (the background's worker starting or stopping, a
 * busy machine). The panel mounts once however often it is injected (components/panel/mount.tsx).
 */
export const BOOT_RETRY_MS: readonly number[] = [3000, 8000];
/** Set by the panel when it mounted (components/panel/mount.tsx): it reads its own data then. */
type PanelMounted = { __panduPanelMounted?: boolean };

/**
 * The injected bootstrap script's start. Injected again into the same document (the browser
 * reports a load again: an in-page navigation, a page back from the back/forward cache), it
 * recognises again only when the address changed.
 */
export function startBootstrap(win: Window = window, api: BareApi = bareApi(), retryMs: readonly number[] = BOOT_RETRY_MS): void {
  const g = win as unknown as BootGlobals;
  const send = (m: BootMessage) => void api.runtime.sendMessage(m).catch(() => undefined);
  const verdicts = win as unknown as BootVerdictGlobals;
  const recogniseHere = (sendBoot: (m: BootMessage) => void = send) => {
    const href = win.location.href;
    g.__panduBootedAt = href;
    const r = boot(win.document, href, sendBoot);
    recordBootVerdict(verdicts, href, r.isSpse && r.pageId !== 'unknown', { pageId: r.pageId, confidence: r.confidence, role: r.role });
    return r;
  };
  const first = g.__panduBootedAt === undefined;
  if (!first && g.__panduBootedAt === win.location.href) return;
  if (first) {
    // In-page navigation (history API pages): recognise again, cheaply, only when it happens.
    win.addEventListener('popstate', () => recogniseHere());
    win.addEventListener('hashchange', () => recogniseHere());
  }
  const mounted = () => !!(g as PanelMounted).__panduPanelMounted;
  const askAgainUntilMounted = (href: string, pageId: string) => {
    for (const ms of retryMs) {
      win.setTimeout(() => {
        if (mounted() || win.location.href !== href) return;
        send({ channel: BOOT_CHANNEL, pageId, url: href, title: win.document.title.slice(0, 1000) });
      }, ms);
    }
    // Still no panel well after the last ask: a first frame painted for it goes (nothing in it works).
    win.setTimeout(() => void (mounted() || withdrawFirstFrame()), Math.max(0, ...retryMs) * 2);
  };
  const start = () => {
    // The boot message goes out after the first frame is painted, when there is one (below).
    let bootMessage: BootMessage | null = null;
    const r = recogniseHere((m) => (bootMessage = m));
    const href = win.location.href;
    let paintedNow = false;
    // A recognised page gets the panel: read its remembered state and ask for its first view's
    // data while the background injects it and the tab parses it (lib/extension/first-view.ts).
    if (r.isSpse && r.pageId !== 'unknown' && !mounted()) {
      // The panel's stored first frame for this page and state, painted at once, inert, until the
      // panel takes it over (lib/extension/first-frame.ts): handed over with this injection
      // (Chrome), else read with the panel's state.
      const version = api.runtime.getManifest?.().version ?? '';
      const paint = (state: PanelStartState, frames: readonly FirstFrame[]) => {
        const host = panelHost();
        const frame = pickFirstFrame(frames, firstFrameInputs(version, r.pageId, state, win.innerWidth));
        // Once per host: injected again at a new address before the panel came, the frame stays.
        if (!frame || !host || mounted() || win.location.href !== href || paintedOn(host)) return;
        const painted = paintFirstFrame(host, frame);
        paintedNow = true;
        if (__PANDU_SANDBOX__) {
          markWhenVisible(painted.shadow);
          if (win.location.hash.includes(HOLD_FIRST_FRAME_HASH)) (globalThis as { __panduShadowRoot?: ShadowRoot }).__panduShadowRoot = painted.shadow;
        }
      };
      const handed = takeHandedFrames();
      if (handed) paint(handed.state, handed.frames);
      prefetchPanelState(api, handed ? undefined : (state, frames) => paint(state, Array.isArray(frames) ? frames : []));
      prefetchFirstView((m) => api.runtime.sendMessage(m), win.location.href, Date.now(), win as unknown as FirstViewGlobals);
      askAgainUntilMounted(win.location.href, r.pageId);
    }
    // A first frame painted in this task: the panel is asked for once the frame is on screen, so
    // the panel's parse, when its injection lands, cannot hold that frame back.
    const message = bootMessage as BootMessage | null;
    if (message) (paintedNow ? afterPaint(win, () => send(message)) : send(message));
  };
  if (win.document.readyState === 'complete') start();
  else win.addEventListener('load', () => win.setTimeout(start, 0), { once: true });
}
