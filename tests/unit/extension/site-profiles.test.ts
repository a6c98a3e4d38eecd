import { describe, expect, it } from 'vitest';
import { hostOf, profileFromRecords, recordFor, recordIdFor } from '../../../lib/extension/site-profiles';
import { parseSiteProfile } from '../../../lib/spse/profile';

const page = { pageId: 'satker-form', urlPattern: '/admin/satker', signature: { headings: ['satuan kerja'] }, fields: { name: '[name="satker.nama"]' } };

describe('taught profile records', () => {
  it('keys a record by host, page and URL pattern', () => {
    expect(recordIdFor('lpse.contoh.go.id', page)).toBe('lpse.contoh.go.id|satker-form|/admin/satker');
    expect(recordFor('lpse.contoh.go.id', page as never)).toMatchObject({ host: 'lpse.contoh.go.id', pageId: 'satker-form' });
  });

  it('groups the records of one host into a valid site profile', () => {
    const at = '2026-11-26T00:00:00.000Z';
    const records = [
      { ...recordFor('a.go.id', page as never), updatedAt: at },
      { ...recordFor('b.go.id', { ...page, pageId: 'other' } as never), updatedAt: at },
      { id: 'bad', host: 'a.go.id', pageId: 'x', data: { pageId: 'X!' }, updatedAt: at },
    ];
    const profile = profileFromRecords('a.go.id', records);
    expect(profile?.pages.map((p) => p.pageId)).toEqual(['satker-form']);
    expect(parseSiteProfile(profile).ok).toBe(true);
    expect(profileFromRecords('c.go.id', records)).toBeNull();
  });

  it('reads the host with its port', () => {
    expect(hostOf('http://127.0.0.1:8080/eproc4/home')).toBe('127.0.0.1:8080');
    expect(hostOf('nonsense')).toBe('');
  });
});
