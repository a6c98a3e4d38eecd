/**
 * The few plain messages between the bootstrap content script, the injected panel and the
 * background (no zod here: the bootstrap stays tiny; the background checks every field).
 */
export const BOOT_CHANNEL = 'pandu-boot';
/** Background → panel: show/hide (keyboard command, toolbar button). The panel answers `{ ok: true }`. */
export const TOGGLE_CHANNEL = 'pandu-toggle-panel';
/** Background → panel just injected by a user's command: open expanded, focus inside. */
export const OPEN_CHANNEL = 'pandu-open-panel';

/** Bootstrap → background: an SPSE page was recognised (or not); the background decides about the panel. */
export type BootMessage = { channel: typeof BOOT_CHANNEL; pageId: string; url: string; title: string };

export function isBootMessage(m: unknown): m is BootMessage {
  if (!m || typeof m !== 'object') return false;
  const b = m as Record<string, unknown>;
  return (
    b.channel === BOOT_CHANNEL &&
    typeof b.pageId === 'string' &&
    /^[a-z][a-z0-9-]{0,60}$/.test(b.pageId) &&
    typeof b.url === 'string' &&
    b.url.length <= 4000 &&
    typeof b.title === 'string' &&
    b.title.length <= 1000
  );
}

export function channelOf(m: unknown): string | null {
  return m && typeof m === 'object' && typeof (m as { channel?: unknown }).channel === 'string' ? (m as { channel: string }).channel : null;
}
