import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SPSE_MATCHES } from '../../lib/spse/hosts';
import { boot } from '../../lib/extension/bootstrap';
import { prefetchPanelState } from '../../lib/extension/panel-state';

/**
 * The bootstrap (issue 14): tiny, no React, no zod. Recognises the page and tells the background,
 * which injects the panel (entrypoints/panel.tsx) on recognised or taught pages. Hosts added by
 * the user at run time get this same file through scripting.registerContentScripts.
 */
export default defineContentScript({
  matches: [...SPSE_MATCHES],
  runAt: 'document_end',
  main() {
    // Nothing before SPSE's load event but this script's start: recognition (reading the page),
    // the message to the background and the panel's injection all come after it, in a task of
    // their own (a `load` listener would still count towards the load event).
    const send = (m: unknown) => void browser.runtime.sendMessage(m).catch(() => undefined);
    const start = () => {
      const first = boot(document, location.href, send);
      // A recognised page gets the panel: read its remembered state while the background injects it.
      if (first.isSpse && first.pageId !== 'unknown') prefetchPanelState();
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', () => setTimeout(start, 0), { once: true });
    // In-page navigation (history API pages): recognise again, cheaply, only when it happens.
    const again = () => boot(document, location.href, send);
    window.addEventListener('popstate', again);
    window.addEventListener('hashchange', again);
  },
});
