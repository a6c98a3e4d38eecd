import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { markPanelAlong, type AlongGlobals } from '../lib/extension/panel-along';

/**
 * The along flag (issue 14): injected by the background right before the bootstrap and the panel
 * in one injection (lib/extension/panel-along.ts). A few bytes; an unlisted script, not web-accessible.
 */
export default defineUnlistedScript(() => markPanelAlong(globalThis as AlongGlobals));
