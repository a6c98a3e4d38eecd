import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { recognise } from '../../../lib/spse/recognise';
import { locateFields, type FieldFound } from '../../../lib/spse/fields';
import { run } from '../../../scripts/commands/page';
import { parse } from './helpers';

const dir = new URL('../../fixtures/spse/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
  fixtures: { file: string; url: string; pageId: string; layout: string | null }[];
};
const html = (file: string) => readFileSync(new URL(file, dir), 'utf8');

describe('HTML fixtures', () => {
  for (const f of manifest.fixtures) {
    it(`${f.file} → ${f.pageId}`, () => {
      const m = recognise(f.url, parse(html(f.file)));
      expect(m.pageId).toBe(f.pageId);
      expect(m.layout).toBe(f.layout);
    });
  }

  it('the hand-made page: recognised on an unexpected URL by its DOM, fields through map-style names and th labels', () => {
    const doc = parse(html('handmade-auditor-form.html'));
    const m = recognise('https://lpse.contohkab.go.id/eproc4/auditor/create', doc);
    expect(m.confidence).toBeLessThan(0.8);
    const byAttr = Object.fromEntries(locateFields(doc, 'auditor-form').filter((x): x is FieldFound => x.found).map((x) => [x.attribute, x]));
    expect(byAttr.nip).toMatchObject({ matchedBy: 'column' });
    expect(byAttr.nip.element.getAttribute('name')).toBe('pegawai[peg_nip]');
    expect(byAttr.mobile.element.getAttribute('name')).toBe('hp');
    expect(byAttr.agency.element.getAttribute('name')).toBe('instansi');
    expect(byAttr.assignmentLetterNumber.element.getAttribute('name')).toBe('st_no');
    expect(Object.values(byAttr).some((x) => x.element.getAttribute('type') === 'password')).toBe(false);
  });

  it('a pegawai-style form with an unknown heading on an unknown URL is not taken for an account form', () => {
    const doc = parse(html('handmade-auditor-form.html').replace('Form   Tambah Auditor   Baru', 'Tambah Anggota Panitia'));
    expect(recognise('https://lpse.contohkab.go.id/eproc4/panitia/anggota', doc).pageId).toBe('unknown');
  });
});

describe('CLI: pandu page', () => {
  async function cli(argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      return { code: await run(argv), out };
    } finally {
      spy.mockRestore();
    }
  }

  it('page recognise --json prints { pageId, confidence, role, site, layout, version }', async () => {
    const file = new URL('sandbox-auditor-form.local.html', dir).pathname;
    const r = await cli(['recognise', '--url', 'https://lpse.kaltimprov.go.id/eproc4/admin/auditor/baru', '--html', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ pageId: 'auditor-form', confidence: 1, role: 'admin-ppe', site: 'spse', layout: 'local', version: '4.5u20240101' });
    const other = await cli(['recognise', '--url', 'https://blog.example.com/login', '--html', new URL('not-spse-login.html', dir).pathname, '--json']);
    expect(JSON.parse(other.out)).toEqual({ pageId: 'unknown', confidence: 0, role: null, site: 'other', layout: null, version: null });
  });

  it('page capture --url --html --out writes the redacted capture, recognised as the same page', async () => {
    const file = new URL('sandbox-pegawai-form.national.html', dir).pathname;
    const out = join(mkdtempSync(join(tmpdir(), 'pandu-capture-')), 'contoh.html');
    const url = 'https://spse.inaproc.id/lkpp/pegawai/baru';
    const r = await cli(['capture', '--url', url, '--html', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    const captured = readFileSync(out, 'utf8');
    expect(captured).toContain('pandu-page-capture-1');
    expect(captured).not.toMatch(/<script/i);
    const token = /name="authenticityToken" value="([^"]+)"/.exec(html('sandbox-pegawai-form.national.html'))?.[1];
    expect(token).toBeTruthy();
    expect(captured).not.toContain(token!);
    expect(recognise(url, parse(captured))).toMatchObject({ pageId: 'pegawai-form', layout: 'national' });
  });

  it('page fields, list and profile', async () => {
    const file = new URL('sandbox-pegawai-form.national.html', dir).pathname;
    const fields = JSON.parse((await cli(['fields', '--url', 'https://spse.inaproc.id/lkpp/pegawai/baru', '--html', file, '--json'])).out);
    expect(fields.pageId).toBe('pegawai-form');
    expect(fields.fields.find((x: { attribute: string }) => x.attribute === 'roles')).toMatchObject({ found: true, selector: 'input[name="usergroup"]' });
    const list = JSON.parse((await cli(['list', '--json'])).out);
    expect(list.pages).toHaveLength(15);
    const bad = await cli(['profile', new URL('manifest.json', dir).pathname]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('format: nilai harus "pandu-site-profile"');
  });
});
