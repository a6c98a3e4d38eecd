import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startBootstrap } from '../lib/extension/bootstrap';

/**
 * The bootstrap (issue 14): tiny, no React, no zod, no polyfill. The background injects it into
 * SPSE tabs (static SPSE hosts and LPSE hosts added at run time) once they have loaded; it
 * recognises the page and tells the background, which injects the panel (entrypoints/panel.tsx)
 * on recognised or taught pages. An unlisted script: not web-accessible.
 */
export default defineUnlistedScript(() => startBootstrap());
