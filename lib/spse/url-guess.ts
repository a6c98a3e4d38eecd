/**
 * Which built-in pages an address alone points to (issue 14), before any DOM is read: the
 * background hands the bootstrap the panel's stored first frames of those pages
 * (lib/extension/first-frame.ts). Only a guess: the bootstrap's recognition (URL and DOM) still
 * decides which frame, if any, it paints.
 * Plain data of the route table compiled at build time; no DOM, no zod.
 */
import { RECOGNITION_ROUTES } from './recognition-table';
import { AKUN_HOST, splitBase } from './recognise';
import { patternToRegExp } from './url-pattern';

type CompiledRoute = { id: string; host: string | undefined; patterns: RegExp[] };
/** Compiled on first use: the background worker wakes often and rarely needs it. */
let compiled: CompiledRoute[] | undefined;

/** Built-in page ids whose URL patterns match `url` (host-bound pages only on their host). */
export function pagesByUrl(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const { rest } = splitBase(url);
  compiled ??= RECOGNITION_ROUTES.map((r) => ({ id: r.id, host: r.host, patterns: r.urlPatterns.map(patternToRegExp) }));
  return compiled.filter((r) => (r.host ? r.host === host : host !== AKUN_HOST) && r.patterns.some((p) => p.test(rest))).map((r) => r.id);
}
