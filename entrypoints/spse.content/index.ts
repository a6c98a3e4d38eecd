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
    // Recognise now (a few ms) and tell the background at once: its round trip overlaps the rest
    // of the page's loading, and the panel it injects runs at document_idle (executeScript's
    // default), so it never delays SPSE's own load event.
    const send = (m: unknown) => void browser.runtime.sendMessage(m).catch(() => undefined);
    const first = boot(document, location.href, send);
    // A recognised page gets the panel: read its remembered state now, not after it is injected.
    if (first.isSpse && first.pageId !== 'unknown') prefetchPanelState();
    // In-page navigation (history API pages): recognise again, cheaply, only when it happens.
    const again = () => boot(document, location.href, send);
    window.addEventListener('popstate', again);
    window.addEventListener('hashchange', again);
  },
});
