import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SPSE_MATCHES } from '../../lib/spse/hosts';
import { boot } from '../../lib/extension/bootstrap';

/**
 * The bootstrap (issue 14): tiny, no React, no zod. Recognises the page and tells the background,
 * which injects the panel (entrypoints/panel.tsx) on recognised or taught pages. Hosts added by
 * the user at run time get this same file through scripting.registerContentScripts.
 */
export default defineContentScript({
  matches: [...SPSE_MATCHES],
  runAt: 'document_end',
  main() {
    const send = (m: unknown) => void browser.runtime.sendMessage(m).catch(() => undefined);
    boot(document, location.href, send);
    // In-page navigation (history API pages): recognise again, cheaply, only when it happens.
    const again = () => boot(document, location.href, send);
    window.addEventListener('popstate', again);
    window.addEventListener('hashchange', again);
  },
});
