import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureMeta } from '../../../lib/spse/capture';
import { recognise } from '../../../lib/spse/recognise';
import { CAPTURES_DIR, captureFiles } from '../../../sandbox/captures';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { parse } from './helpers';

/** Every field capture in sandbox/captures/ is a recognition test: drop in a file, get a test. */
describe('recognition over every capture in sandbox/captures/', () => {
  const files = captureFiles();
  it('there are captures (local, national, root-served, akun)', () => expect(files.length).toBeGreaterThanOrEqual(5));
  for (const file of files) {
    it(file, () => {
      const doc = parse(readFileSync(join(CAPTURES_DIR, file), 'utf8'));
      const { url, pageId } = captureMeta(doc);
      expect(url, 'pandu-capture-url').toBeTruthy();
      expect(pageId, 'pandu-capture-page').toBeTruthy();
      const m = recognise(url!, doc);
      expect(m.isSpse).toBe(true);
      expect(m.pageId).toBe(pageId);
      expect(doc.querySelector('script, img')).toBeNull();
      expect(doc.querySelector('input[value]:not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([type="radio"])')).toBeNull();
    });
  }
});

describe('the sandbox serves captures at their own path', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0 });
  });
  afterAll(() => sb.close());
  it('?capture=<file> returns the file; unknown or odd names fall through to the live page', async () => {
    const file = captureFiles()[0];
    const got = await (await fetch(`${sb.url}/eproc4/admin/satker?capture=${file}`)).text();
    expect(got).toBe(readFileSync(join(CAPTURES_DIR, file), 'utf8'));
    for (const odd of ['../package.json', 'nope.html', '%2e%2e%2fREADME.md']) {
      const res = await fetch(`${sb.url}/eproc4/admin/satker?capture=${odd}`);
      expect(await res.text()).not.toContain('pandu-page-capture');
    }
  });
});
