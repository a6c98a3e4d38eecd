import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { config as zodConfig } from 'zod';
import { mountPanel } from '../components/panel/mount';

/**
 * The panel, injected on demand by the background (scripting.executeScript / tabs.executeScript)
 * into the bootstrap's isolated world. An unlisted script: not web-accessible, never loaded by a page.
 */
export default defineUnlistedScript(() => {
  // The isolated world forbids eval: without this, zod's first object check probes `new Function`
  // and the page pays for a CSP violation report (~30 ms on the bench machine, issue 14).
  zodConfig({ jitless: true });
  mountPanel();
});
