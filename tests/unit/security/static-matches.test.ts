import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPSE_MATCHES, OPTIONAL_HOST_PATTERNS } from '../../../lib/spse/hosts';

/** Issue 11 item 1: a page at any host's /eproc4/ path must not get the panel from a static match. */
const matchRe = (pattern: string) => {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bukan pola: ${pattern}`);
  const [, scheme, host, path] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hostRe}${esc(path).replace(/\*/g, '.*')}$`);
};
const matched = (url: string) => SPSE_MATCHES.some((p) => matchRe(p).test(url));

describe('static content-script matches (issue 11 item 1)', () => {
  it('name only the national hosts and *.go.id on https', () => {
    expect([...SPSE_MATCHES].sort()).toEqual(['https://*.go.id/*', 'https://akun.inaproc.id/*', 'https://spse.inaproc.id/*']);
  });

  it.each([
    'https://evil.example/eproc4/admin/auditor/baru',
    'http://evil.example/eproc/home',
    'http://lpse.kaltimprov.go.id/eproc4/home',
    'https://go.id.evil.example/eproc4/home',
    'http://spse.inaproc.id/lkpp/home',
  ])('do not match %s', (url) => {
    expect(matched(url)).toBe(false);
  });

  it.each(['https://lpse.kaltimprov.go.id/eproc4/home', 'https://spse.inaproc.id/lkpp/admin/auditor/baru', 'https://akun.inaproc.id/verifikasi-akses'])(
    'match %s',
    (url) => {
      expect(matched(url)).toBe(true);
    },
  );

  it('optional host permissions are requestable per origin, never written as a scheme wildcard', () => {
    expect([...OPTIONAL_HOST_PATTERNS].sort()).toEqual(['http://*/*', 'https://*/*']);
    const files = ['wxt.config.ts', ...walk('lib/spse')];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toContain('*://*/');
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
