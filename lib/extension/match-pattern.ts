/**
 * WebExtension match patterns (`https://*.go.id/*`, `*://lpse.example.id/*`) tested against a
 * tab's address, the way the browsers match content scripts: scheme (`*` = http or https), host
 * (`*.` = the domain and its subdomains), path glob; the port is ignored.
 */
export function matchesPattern(pattern: string, url: string | undefined): boolean {
  if (!url) return false;
  const p = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!p) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (p[1] === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== p[1]) return false;
  const host = u.hostname.toLowerCase();
  const want = p[2].toLowerCase();
  if (want !== '*') {
    if (want.startsWith('*.')) {
      const domain = want.slice(2);
      if (host !== domain && !host.endsWith(`.${domain}`)) return false;
    } else if (host !== want) return false;
  }
  const glob = new RegExp(`^${p[3].split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(u.pathname + u.search);
}

export function matchesAny(patterns: readonly string[], url: string | undefined): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
