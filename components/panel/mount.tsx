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

declare const __PANDU_SANDBOX__: boolean;

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
  void takePanelState().then(({ collapsed, lang, width }) => {
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
    root.render(<PanelRoot ctx={ctx} initiallyCollapsed={collapsed && !opened} initialFocus={opened} initialLang={lang} initialWidth={width} onToggleRequest={commands.onToggleRequest} />);
  });
}

/**
 * Sandbox builds only (bench/light.bench.ts): a performance mark `pandu:panel-visible` when the
 * panel (or its tab) is first painted. Marks carry no data.
 */
function markWhenVisible(shadow: ShadowRoot): void {
  const check = () => {
    const el = shadow.querySelector('[data-testid="pandu-panel"], [data-testid="pandu-tab"]');
    if (el && el.getBoundingClientRect().width > 0) {
      requestAnimationFrame(() => performance.mark('pandu:panel-visible'));
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(shadow, { childList: true, subtree: true });
}
