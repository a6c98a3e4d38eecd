import ReactDOM from 'react-dom/client';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import panelCss from './panel.css?inline';
import prefillCss from '../prefill/prefill.css?inline';
import { PanelRoot } from './PanelRoot';
import { PanelShell } from './PanelShell';
import { blockUntrustedEvents, containPanelEvents } from './trusted';
import { ensurePanelHost, dropPanelHost } from '../../lib/extension/panel-host';
import { listenForPanelCommands } from '../../lib/extension/panel-commands';
import { takePanelState } from '../../lib/extension/panel-start-state';
import { releasePageSpace } from '../../lib/extension/dock';
import { sendMessage } from '../../lib/messaging/client';
import { hasFirstViewReply } from '../../lib/extension/first-view';

declare const __PANDU_SANDBOX__: boolean;

/** The longest the first paint waits for the SOP catalog asked for ahead. */
const FIRST_PAINT_WAIT_MS = 300;

type PanelGlobals = { __panduPanelMounted?: boolean; __panduShadowRoot?: ShadowRoot };

/**
 * Mount the panel (injected by the background into the content scripts' isolated world) into a
 * CLOSED shadow root of the `<pandu-panel>` host: page scripts get `host.shadowRoot === null`
 * and no reference to anything inside. Sandbox builds (tests only) keep the root in an
 * isolated-world global, `__panduShadowRoot`, which page scripts cannot see either.
 */
export function mountPanel(): void {
  const g = globalThis as PanelGlobals;
  if (__PANDU_SANDBOX__) performance.mark('pandu:panel-start');
  if (g.__panduPanelMounted) return;
  g.__panduPanelMounted = true;
  const commands = listenForPanelCommands();
  const host = ensurePanelHost(document);
  const shadow = host.attachShadow({ mode: 'closed' });
  if (__PANDU_SANDBOX__) g.__panduShadowRoot = shadow;
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${panelCss}\n${prefillCss}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'pandu-root';
  shadow.append(style, wrapper);
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
  if (__PANDU_SANDBOX__) markWhenVisible(shadow);
  // On a recognised page the bootstrap asked for the SOP catalog ahead (lib/extension/first-view.ts):
  // the first paint waits for it and shows the page's step at once (no empty frame, no second pass).
  // Never longer than FIRST_PAINT_WAIT_MS: a slow background (a worker just started) gets the frame
  // painted first, and the panel takes the same answer when it comes (asking itself only if it failed).
  const sopsComing = hasFirstViewReply('sop.list') ? sendMessage('sop.list', {}).then((r) => r.sops, () => null) : null;
  const sopsAhead = sopsComing ? Promise.race([sopsComing, new Promise<null>((r) => setTimeout(() => r(null), FIRST_PAINT_WAIT_MS))]) : Promise.resolve(null);
  void Promise.all([takePanelState(), sopsAhead]).then(([{ collapsed, lang, width }, sops]) => {
    // `#pandu-bare` (benchmarks only): the panel shell without its work, to measure that work's cost.
    if (location.hash.includes('pandu-bare')) {
      root.render(
        <PanelShell collapsed={false} lang={lang} onToggle={() => {}}>
          {null}
        </PanelShell>,
      );
      return;
    }
    const opened = commands.openRequested();
    root.render(<PanelRoot ctx={ctx} initiallyCollapsed={collapsed && !opened} initialFocus={opened} initialLang={lang} initialWidth={width} initialVersions={sops} versionsComing={sopsComing} onToggleRequest={commands.onToggleRequest} />);
  });
}

/**
 * Sandbox builds only (bench/light.bench.ts): performance marks (they carry no data)
 * `pandu:panel-shell` when the panel's frame is first painted, and `pandu:panel-visible` when the
 * panel is there for the user: the recognised page's SOP step on show (or, collapsed, its tab).
 */
function markWhenVisible(shadow: ShadowRoot): void {
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
}
