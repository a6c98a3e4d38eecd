import ReactDOM from 'react-dom/client';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import panelCss from './panel.css?inline';
import prefillCss from '../prefill/prefill.css?inline';
import { PanelRoot } from './PanelRoot';
import { PanelShell } from './PanelShell';
import { blockUntrustedEvents, containPanelEvents } from './trusted';
import { ensurePanelHost, dropPanelHost } from '../../lib/extension/panel-host';
import { listenForPanelCommands } from '../../lib/extension/panel-commands';
import { takePanelState, type PanelStartState } from '../../lib/extension/panel-start-state';
import { releasePageSpace } from '../../lib/extension/dock';
import { sendMessage } from '../../lib/messaging/client';
import { hasFirstViewReply } from '../../lib/extension/first-view';
import { HOLD_FIRST_FRAME_HASH, attachPanelShadow, takePaintedFrame } from '../../lib/extension/first-frame';
import { keepFirstFrame } from '../../lib/extension/first-frame-keep';
import { markWhenVisible } from '../../lib/extension/visible-mark';

declare const __PANDU_SANDBOX__: boolean;

/** The longest the first paint waits for the SOP catalog asked for ahead. */
const FIRST_PAINT_WAIT_MS = 300;

type PanelGlobals = { __panduPanelMounted?: boolean; __panduShadowRoot?: ShadowRoot };

/**
 * Mount the panel (injected by the background into the content scripts' isolated world) into a
 * CLOSED shadow root of the `<pandu-panel>` host: page scripts get `host.shadowRoot === null`
 * and no reference to anything inside. Sandbox builds (tests only) keep the root in an
 * isolated-world global, `__panduShadowRoot`, which page scripts cannot see either.
 * Returns what takes the panel away again (its timers and watchers too), or null when none was mounted.
 */
export function mountPanel(): (() => void) | null {
  const g = globalThis as PanelGlobals;
  if (__PANDU_SANDBOX__) performance.mark('pandu:panel-start');
  // e2e only: the bootstrap's first frame is looked at on its own (lib/extension/first-frame.ts).
  if (__PANDU_SANDBOX__ && location.hash.includes(HOLD_FIRST_FRAME_HASH)) return null;
  if (g.__panduPanelMounted) return null;
  g.__panduPanelMounted = true;
  const commands = listenForPanelCommands();
  const host = ensurePanelHost(document);
  const css = `:host{all:initial !important;}\n${panelCss}\n${prefillCss}`;
  // The bootstrap may have painted the stored first frame (lib/extension/first-frame.ts): the
  // panel renders into that same, still inert, element; React replaces the copy in its first commit.
  const painted = takePaintedFrame(host);
  const { shadow, style, wrapper } = painted ?? attachPanelShadow(host, css);
  if (style.textContent !== css) style.textContent = css;
  if (__PANDU_SANDBOX__ && !painted) g.__panduShadowRoot = shadow;
  const unblock = blockUntrustedEvents(shadow);
  const uncontain = containPanelEvents(shadow);
  const ctx = new ContentScriptContext('pandu-panel');
  const root = ReactDOM.createRoot(wrapper);
  ctx.onInvalidated(() => {
    root.unmount();
    unblock();
    uncontain();
    commands.stop();
    releasePageSpace(document);
    dropPanelHost();
    g.__panduPanelMounted = false;
  });
  if (__PANDU_SANDBOX__ && !painted) markWhenVisible(shadow);
  // The first commit: the live panel replaced the painted copy (if any), which made it inert.
  const onFirstCommit = (pageId: string, complete: boolean, state: PanelStartState, opened: boolean) => {
    wrapper.removeAttribute('inert');
    if (__PANDU_SANDBOX__) {
      g.__panduShadowRoot = shadow;
      performance.mark('pandu:panel-live');
    }
    // Kept for the bootstrap's next paint of this page: a first frame with the step (the catalog
    // was here), on a recognised page, not opened by a command (focus, expanded against the state).
    if (complete && !opened && pageId !== 'unknown') keepFirstFrame(wrapper, css, pageId, state, window.innerWidth);
  };
  // On a recognised page the bootstrap asked for the SOP catalog ahead (lib/extension/first-view.ts):
  // the first paint waits for it and shows the page's step at once (no empty frame, no second pass).
  // Never longer than FIRST_PAINT_WAIT_MS: a slow background (a worker just started) gets the frame
  // painted first, and the panel takes the same answer when it comes (asking itself only if it failed).
  const sopsComing = hasFirstViewReply('sop.list') ? sendMessage('sop.list', {}).then((r) => r.sops, () => null) : null;
  const sopsAhead = sopsComing ? Promise.race([sopsComing, new Promise<null>((r) => setTimeout(() => r(null), FIRST_PAINT_WAIT_MS))]) : Promise.resolve(null);
  void Promise.all([takePanelState(), sopsAhead]).then(([{ collapsed, lang, width }, sops]) => {
    if (ctx.isInvalid) return; // taken away before its first paint
    // `#pandu-bare` (benchmarks only): the panel shell without its work, to measure that work's cost.
    if (location.hash.includes('pandu-bare')) {
      wrapper.removeAttribute('inert');
      root.render(
        <PanelShell collapsed={false} lang={lang} onToggle={() => {}}>
          {null}
        </PanelShell>,
      );
      return;
    }
    const opened = commands.openRequested();
    root.render(
      <PanelRoot
        ctx={ctx}
        initiallyCollapsed={collapsed && !opened}
        initialFocus={opened}
        initialLang={lang}
        initialWidth={width}
        initialVersions={sops}
        versionsComing={sopsComing}
        onToggleRequest={commands.onToggleRequest}
        onFirstCommit={(pageId) => onFirstCommit(pageId, !!sops, { collapsed, lang, width }, opened)}
      />,
    );
  });
  return () => ctx.notifyInvalidated();
}
