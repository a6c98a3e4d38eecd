import { describe, expect, it } from 'vitest';
import { hostOf, recordFor, recordIdFor, recordsForProfile } from '../../../lib/extension/site-profiles';
import { profileFromRecords, profilesFromRecords } from '../../../lib/extension/site-profile-records';
import { parseSiteProfile } from '../../../lib/spse/profile';

const page = { pageId: 'satker-form', urlPattern: '/admin/satker', signature: { headings: ['satuan kerja'] }, fields: { name: '[name="satker.nama"]' } };

describe('taught profile records', () => {
  it('keys a record by host, page and URL pattern', () => {
    expect(recordIdFor('lpse.contoh.go.id', page)).toBe('lpse.contoh.go.id|satker-form');
    expect(recordFor('lpse.contoh.go.id', page as never)).toMatchObject({ host: 'lpse.contoh.go.id', pageId: 'satker-form' });
  });

  it('groups the records of one host into a valid site profile', () => {
    const at = '2026-11-26T00:00:00.000Z';
    const records = [
      { ...recordFor('a.go.id', page as never), updatedAt: at },
      { ...recordFor('b.go.id', { ...page, pageId: 'other' } as never), updatedAt: at },
      { id: 'bad', host: 'a.go.id', pageId: 'x', data: { pageId: 'X!' } as never, updatedAt: at },
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

describe('export and import of taught profiles', () => {
  it('exports one valid profile per host and imports it back to the same records', () => {
    const at = '2026-11-26T00:00:00.000Z';
    const records = [
      { ...recordFor('a.go.id', page as never), updatedAt: at },
      { ...recordFor('b.go.id', { ...page, pageId: 'auditor-form' } as never), updatedAt: at },
    ];
    const exported = profilesFromRecords(records);
    expect(exported.map((p) => p.host)).toEqual(['a.go.id', 'b.go.id']);
    const parsed = parseSiteProfile(JSON.stringify(exported[1]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(recordsForProfile(parsed.profile)).toEqual([{ id: 'b.go.id|auditor-form', host: 'b.go.id', pageId: 'auditor-form', data: parsed.profile.pages[0] }]);
  });
});
