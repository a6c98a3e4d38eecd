import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountPanel } from '../components/panel/mount';

/**
 * The panel, injected on demand by the background (scripting.executeScript / tabs.executeScript)
 * into the bootstrap's isolated world. An unlisted script: not web-accessible, never loaded by a page.
 */
export default defineUnlistedScript(() => mountPanel());
