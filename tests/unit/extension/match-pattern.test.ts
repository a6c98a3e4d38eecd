import { describe, expect, it } from 'vitest';
import { matchesAny, matchesPattern } from '../../../lib/extension/match-pattern';
import { SANDBOX_MATCHES, SPSE_MATCHES } from '../../../lib/spse/hosts';

describe('match patterns against a tab address', () => {
  it('the SPSE hosts: government domains and the national sites, https only', () => {
    expect(matchesAny(SPSE_MATCHES, 'https://lpse.kaltimprov.go.id/eproc4/admin/auditor/baru')).toBe(true);
    expect(matchesAny(SPSE_MATCHES, 'https://go.id/')).toBe(true);
    expect(matchesAny(SPSE_MATCHES, 'https://spse.inaproc.id/lkpp/lelang')).toBe(true);
    expect(matchesAny(SPSE_MATCHES, 'http://lpse.kaltimprov.go.id/eproc4')).toBe(false);
    expect(matchesAny(SPSE_MATCHES, 'https://notgo.id/eproc4')).toBe(false);
    expect(matchesAny(SPSE_MATCHES, 'https://lpse.go.id.evil.example/eproc4')).toBe(false);
    expect(matchesAny(SPSE_MATCHES, 'https://inaproc.id/')).toBe(false);
    expect(matchesAny(SPSE_MATCHES, undefined)).toBe(false);
    expect(matchesAny(SPSE_MATCHES, 'not a url')).toBe(false);
  });

  it('ignores the port, as the browsers do (the sandbox runs on a random one)', () => {
    expect(matchesAny(SANDBOX_MATCHES, 'http://127.0.0.1:43210/eproc4/admin')).toBe(true);
    expect(matchesAny(SANDBOX_MATCHES, 'http://127.0.0.2:43210/eproc4/admin')).toBe(false);
  });

  it('`*://host/*` (an LPSE host added at run time): http and https, that host only', () => {
    expect(matchesPattern('*://127.0.0.2/*', 'http://127.0.0.2:8080/lkpp/admin')).toBe(true);
    expect(matchesPattern('*://127.0.0.2/*', 'https://127.0.0.2/')).toBe(true);
    expect(matchesPattern('*://127.0.0.2/*', 'ftp://127.0.0.2/')).toBe(false);
    expect(matchesPattern('*://lpse.example.id/*', 'https://sub.lpse.example.id/')).toBe(false);
    expect(matchesPattern('*://LPSE.Example.id/*', 'https://lpse.example.id/x')).toBe(true);
  });

  it('path globs and malformed patterns', () => {
    expect(matchesPattern('https://x.go.id/eproc4/*', 'https://x.go.id/eproc4/lelang?a=1')).toBe(true);
    expect(matchesPattern('https://x.go.id/eproc4/*', 'https://x.go.id/eproc/lelang')).toBe(false);
    expect(matchesPattern('https://x.go.id/a.b', 'https://x.go.id/aXb')).toBe(false);
    expect(matchesPattern('<all_urls>', 'https://x.go.id/')).toBe(false);
    expect(matchesPattern('https://x.go.id', 'https://x.go.id/')).toBe(false);
  });
});
