/**
 * The bootstrap content script's whole job (issue 14): is this an SPSE page, which one; then the
 * empty `<pandu-panel>` host element and one message to the background, which injects the panel
 * where it helps. No React, no zod, no observer: recognition reads the route table compiled at
 * build time (lib/spse/compiled/recognition.json).
 */
import { recognise } from '../spse/recognise';
import { ensurePanelHost } from './panel-host';
import { BOOT_CHANNEL, type BootMessage } from './boot-messages';

export type BootResult = { isSpse: boolean; pageId: string; ms: number };

export function boot(doc: Document, href: string, send: (m: BootMessage) => void): BootResult {
  const t0 = performance.now();
  const m = recognise(href, doc);
  if (!m.isSpse) return { isSpse: false, pageId: m.pageId, ms: performance.now() - t0 };
  ensurePanelHost(doc);
  send({ channel: BOOT_CHANNEL, pageId: m.pageId, url: href, title: doc.title.slice(0, 1000) });
  return { isSpse: true, pageId: m.pageId, ms: performance.now() - t0 };
}
