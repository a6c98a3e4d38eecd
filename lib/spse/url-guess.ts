/**
 * Which built-in pages an address alone points to (issue 14), before any DOM is read: the
 * background uses it to send the panel along with the bootstrap in one injection on addresses
 * where a panel is all but certain (`/eproc4/admin/auditor/baru`), instead of waiting for the
 * bootstrap to recognise the page and ask. Only a guess: the bootstrap's recognition (URL and DOM)
 * still decides, and a panel sent along on a page it does not recognise never shows.
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
