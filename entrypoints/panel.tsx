import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from '../components/panel/mount';

/**
 * The panel, injected on demand by the background (scripting.executeScript / tabs.executeScript)
 * into the bootstrap's isolated world. An unlisted script: not web-accessible, never loaded by a
 * page. No zod in it (issue 14): the background validates every message, the catalog and the
 * route table were validated at build time; a test keeps zod out of this bundle.
 */
export default defineUnlistedScript(() => {
  mountPanel();
});
