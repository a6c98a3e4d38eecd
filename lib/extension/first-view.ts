/**
 * The panel's first view without waiting (issue 14): the panel's first paint of a step needs the
 * SOP catalog, the settings, the national holidays, the open cases and the taught profiles, which
 * it asks the background for. On a recognised page the bootstrap sends those very requests the
 * moment it recognises the page, while the background injects the panel and the tab parses it;
 * the panel's `sendMessage` then takes each answer already on its way instead of asking again.
 *
 * The answers wait in the extension's isolated world (a global page scripts cannot see), are
 * taken once each, and only within a few seconds of the request: a later request (a refresh, a
 * change announced by another tab) always asks the background anew. No zod, no polyfill: the
 * bootstrap stays a few KiB; the background validates the requests as always.
 */
import { hostOf } from './site-profiles';

/** An answer older than this is not used: the panel asks again. */
export const FIRST_VIEW_FRESH_MS = 10_000;

/** National holidays the panel reads at start: ten years back, two ahead (within 2000-2100). */
export function nationalRange(year: number): { from: number; to: number } {
  return { from: Math.max(2000, year - 10), to: Math.min(2100, year + 2) };
}

export type FirstViewRequest = { type: 'sop.list' | 'settings.get' | 'calendar.national' | 'case.list' | 'profile.list'; payload: Record<string, unknown> };

/** The requests the panel makes when it starts on `href`, in the order its first view needs them. */
export function firstViewRequests(href: string, year: number): FirstViewRequest[] {
  return [
    { type: 'sop.list', payload: {} },
    { type: 'profile.list', payload: { host: hostOf(href) } },
    { type: 'settings.get', payload: {} },
    { type: 'calendar.national', payload: nationalRange(year) },
    { type: 'case.list', payload: {} },
  ];
}

/** One key per request: its type and its payload as sent. */
export function requestKey(type: string, payload: unknown): string {
  return `${type}\n${JSON.stringify(payload ?? null)}`;
}

type Pending = { at: number; reply: Promise<unknown> };
export type FirstViewGlobals = { __panduFirstView?: Map<string, Pending> };

/**
 * The bootstrap on a recognised page: each first-view request goes to the background now.
 * `send` is `runtime.sendMessage`; `now` the clock (ms).
 */
export function prefetchFirstView(send: (message: unknown) => Promise<unknown>, href: string, now: number, g: FirstViewGlobals = globalThis as FirstViewGlobals): void {
  const pending = new Map<string, Pending>();
  for (const { type, payload } of firstViewRequests(href, new Date(now).getFullYear())) {
    const reply = send({ channel: 'pandu', type, payload });
    reply.catch(() => undefined);
    pending.set(requestKey(type, payload), { at: now, reply });
  }
  g.__panduFirstView = pending;
}

/**
 * The panel's transport asks here first: the answer to this exact request if the bootstrap sent
 * it less than FIRST_VIEW_FRESH_MS ago and nobody took it yet; else undefined (ask the background).
 */
export function takeFirstViewReply(message: unknown, now: number, g: FirstViewGlobals = globalThis as FirstViewGlobals): Promise<unknown> | undefined {
  const pending = g.__panduFirstView;
  if (!pending || !message || typeof message !== 'object') return undefined;
  const m = message as { channel?: unknown; type?: unknown; payload?: unknown };
  if (m.channel !== 'pandu' || typeof m.type !== 'string') return undefined;
  const key = requestKey(m.type, m.payload);
  const hit = pending.get(key);
  if (!hit) return undefined;
  pending.delete(key);
  if (pending.size === 0) g.__panduFirstView = undefined;
  return now - hit.at <= FIRST_VIEW_FRESH_MS && now >= hit.at ? hit.reply : undefined;
}

/** Is there a fresh answer on its way for a request of this type (whatever its payload)? */
export function hasFirstViewReply(type: FirstViewRequest['type'], now = Date.now(), g: FirstViewGlobals = globalThis as FirstViewGlobals): boolean {
  for (const [key, { at }] of g.__panduFirstView ?? []) if (key.startsWith(`${type}\n`) && now - at <= FIRST_VIEW_FRESH_MS && now >= at) return true;
  return false;
}
