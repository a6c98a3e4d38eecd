import ReactDOM from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '../../components/panel/panel.css?inline';
import prefillCss from '../../components/prefill/prefill.css?inline';
import { PanelRoot } from '../../components/panel/PanelRoot';
import { PanelShell } from '../../components/panel/PanelShell';
import { SPSE_MATCHES } from '../../lib/spse/hosts';
import { isSpsePage } from '../../lib/spse/recognise';
import { loadCollapsed, loadLang } from '../../lib/extension/panel-state';
import { releasePageSpace } from '../../lib/extension/dock';

export default defineContentScript({
  matches: [...SPSE_MATCHES],
  runAt: 'document_idle',
  // CSS is passed inline to the shadow root, so the script also works on hosts added at run time.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!isSpsePage(document)) return;
    const [collapsed, lang] = await Promise.all([loadCollapsed(), loadLang()]);
    const ui = await createShadowRootUi(ctx, {
      name: 'pandu-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${panelCss}\n${prefillCss}`,
      onMount(container) {
        const wrapper = document.createElement('div');
        wrapper.className = 'pandu-root';
        container.append(wrapper);
        const root = ReactDOM.createRoot(wrapper);
        // `#pandu-bare` (benchmarks only): the panel shell without its work, to measure that work's cost.
        const bare = location.hash.includes('pandu-bare');
        root.render(
          bare ? (
            <PanelShell collapsed={false} lang={lang} onToggle={() => {}}>
              {null}
            </PanelShell>
          ) : (
            <PanelRoot ctx={ctx} initiallyCollapsed={collapsed} initialLang={lang} onToggleRequest={onToggleRequest} />
          ),
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        releasePageSpace(document);
      },
    });
    ui.mount();
  },
});

/** The keyboard command (background) asks the panel to show/hide. */
function onToggleRequest(listener: () => void): () => void {
  const handler = (msg: unknown) => {
    if (msg && typeof msg === 'object' && (msg as { channel?: string }).channel === 'pandu-toggle-panel') listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
