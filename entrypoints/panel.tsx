import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from '../components/panel/mount';
import { panelWanted, type AlongGlobals } from '../lib/extension/panel-along';

/**
 * The panel, injected on demand by the background (scripting.executeScript / tabs.executeScript)
 * into the bootstrap's isolated world. An unlisted script: not web-accessible, never loaded by a
 * page. No zod in it (issue 14): the background validates every message, the catalog and the
 * route table were validated at build time; a test keeps zod out of this bundle. Sent along with
 * the bootstrap (lib/extension/panel-along.ts) it shows only on a page the bootstrap recognised.
 */
export default defineUnlistedScript(() => {
  // Sent along with the bootstrap on a likely address: shown only where it recognised a page.
  if (panelWanted(globalThis as AlongGlobals, location.href)) mountPanel();
});
