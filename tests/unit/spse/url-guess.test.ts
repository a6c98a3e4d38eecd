import { describe, expect, it } from 'vitest';
import { pagesByUrl } from '../../../lib/spse/url-guess';

/** Issue 14: the background hands the bootstrap the stored first frames of the built-in pages an address alone points to. */
describe('built-in pages by address alone', () => {
  it('an admin form on an LPSE host, the national host and a bare host', () => {
    expect(pagesByUrl('https://lpse.kaltimprov.go.id/eproc4/admin/auditor/baru')).toEqual(['auditor-form']);
    expect(pagesByUrl('https://spse.inaproc.id/kemenkeu/admin/auditor/edit/17?tab=2')).toEqual(['auditor-form']);
    expect(pagesByUrl('http://127.0.0.1:8080/eproc4/pegawai/baru')).toEqual(['pegawai-form']);
    expect(pagesByUrl('https://lpse.x.go.id/eproc4/login')).toEqual(['login']);
  });

  it('public pages and unknown addresses: none (no first frame handed over)', () => {
    expect(pagesByUrl('https://lpse.x.go.id/eproc4/lelang/10293847/pengumumanlelang')).toEqual([]);
    expect(pagesByUrl('https://lpse.x.go.id/eproc4/lelang')).toEqual([]);
    expect(pagesByUrl('https://lpse.x.go.id/eproc4/admin/auditor/baru/lagi')).toEqual([]);
    expect(pagesByUrl('not a url')).toEqual([]);
  });

  it('a host-bound page only on its host, and no other page on that host', () => {
    expect(pagesByUrl('https://akun.inaproc.id/verifikasi-akses/12')).toEqual(['role-access-approval']);
    expect(pagesByUrl('https://lpse.x.go.id/verifikasi-akses/12')).toEqual([]);
    expect(pagesByUrl('https://akun.inaproc.id/home')).toEqual([]);
  });
});
