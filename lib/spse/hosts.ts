/**
 * Where SPSE lives. Content scripts are declared only for these patterns; an LPSE's
 * own host (any domain) is added at run time through optional host permissions.
 */

/** SPSE paths on any host (local installs) and the national / central hosts. */
export const SPSE_MATCHES = [
  '*://*/eproc4/*',
  '*://*/eproc/*',
  '*://spse.inaproc.id/*',
  '*://akun.inaproc.id/*',
] as const;

/** The bundled sandbox (development and test builds only). Match patterns ignore the port. */
export const SANDBOX_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

/** Turn a host typed by a user ("lpse.kaltimprov.go.id", "https://x.go.id/eproc4") into an origin pattern. */
export function originPatternFor(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.') && host !== 'localhost') return null;
  return `*://${host}/*`;
}
