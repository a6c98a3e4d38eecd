import { describe, expect, it } from 'vitest';
import { originPatternFor, SPSE_MATCHES, SANDBOX_MATCHES } from '../../../lib/spse/hosts';
import { releasePageSpace, reservePageSpace } from '../../../lib/extension/dock';
import { JSDOM } from 'jsdom';

describe('SPSE host patterns', () => {
  it('never matches every site', () => {
    for (const p of [...SPSE_MATCHES, ...SANDBOX_MATCHES]) {
      expect(p).not.toBe('<all_urls>');
      expect(p).not.toMatch(/^\*:\/\/\*\/\*$/);
    }
  });

  it.each([
    ['lpse.kaltimprov.go.id', '*://lpse.kaltimprov.go.id/*'],
    ['https://LPSE.Belitungkab.go.id/eproc4/home', '*://lpse.belitungkab.go.id/*'],
    ['  http://spse.unpad.ac.id  ', '*://spse.unpad.ac.id/*'],
  ])('turns %s into an origin pattern', (input, pattern) => {
    expect(originPatternFor(input)).toBe(pattern);
  });

  it.each(['', 'ftp://x.go.id', 'bukan alamat', 'javascript:alert(1)'])('refuses %j', (input) => {
    expect(originPatternFor(input)).toBeNull();
  });
});

describe('dock space', () => {
  it('reserves and restores the page margin exactly', () => {
    const dom = new JSDOM('<html style="margin-right: 3px"><body></body></html>');
    const doc = dom.window.document;
    reservePageSpace(doc, 340);
    expect(doc.documentElement.style.marginRight).toBe('340px');
    reservePageSpace(doc, 340);
    releasePageSpace(doc);
    expect(doc.documentElement.style.marginRight).toBe('3px');
    expect(doc.documentElement.hasAttribute('data-pandu-docked')).toBe(false);
  });

  it('leaves no style attribute behind on a page that had none', () => {
    const dom = new JSDOM('<html><body></body></html>');
    const doc = dom.window.document;
    reservePageSpace(doc, 300);
    releasePageSpace(doc);
    expect(doc.documentElement.getAttribute('style')).toBeNull();
  });
});

import { base64ToBytes, bytesToBase64 } from '../../../lib/extension/bytes';

describe('bytes over messages', () => {
  it('round-trips binary data through base64, also above the chunk size', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
    expect(bytesToBase64(new TextEncoder().encode('Surat'))).toBe('U3VyYXQ=');
  });
});

import { permissionOrigins } from '../../../lib/extension/lpse-hosts';

describe('run-time LPSE host permissions', () => {
  it('asks for the https and http origin separately (each inside one optional pattern)', () => {
    expect(permissionOrigins('*://lpse.kaltimprov.go.id/*')).toEqual(['https://lpse.kaltimprov.go.id/*', 'http://lpse.kaltimprov.go.id/*']);
  });
});
