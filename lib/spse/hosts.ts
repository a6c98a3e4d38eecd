/**
 * Where SPSE lives. The background injects the bootstrap only into tabs on these hosts (https,
 * never "any host's /eproc4/ path": a page on any site could put SPSE markers there); an LPSE's
 * own host on another domain is added at run time by the user, through an optional host
 * permission (lib/extension/lpse-hosts, lib/extension/spse-tabs).
 */

/** The national / central hosts and the LPSE hosts of government domains. */
export const SPSE_MATCHES = ['https://spse.inaproc.id/*', 'https://akun.inaproc.id/*', 'https://*.go.id/*'] as const;

/** Optional host permissions: any one origin may be requested at run time (options page). */
export const OPTIONAL_HOST_PATTERNS = ['https://*/*', 'http://*/*'] as const;

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
