import { describe, expect, it } from 'vitest';
import { originPattern, splitDatabaseUrl } from '../../../lib/sync/server';

describe('where the team database lives', () => {
  it('asks host permission for the server host, as a match pattern both browsers accept (no port: Firefox refuses one)', () => {
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://couchdb.lpse.go.id:6984/couch')).toBe('https://couchdb.lpse.go.id/*');
    expect(originPattern('https://couchdb.lpse.go.id')).toBe('https://couchdb.lpse.go.id/*');
  });

  it('splits the CLI --url into server and database', () => {
    expect(splitDatabaseUrl('http://127.0.0.1:5984/pandu')).toEqual({ url: 'http://127.0.0.1:5984', database: 'pandu' });
    expect(splitDatabaseUrl('https://x.go.id/couch/pandu')).toEqual({ url: 'https://x.go.id/couch', database: 'pandu' });
    expect(() => splitDatabaseUrl('http://127.0.0.1:5984/')).toThrow(/basis data/);
  });
});
