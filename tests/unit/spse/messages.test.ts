import { describe, expect, it } from 'vitest';
import { createState, handleRequest, baseFor } from '../../../sandbox/pages';
import { readSpseMessage } from '../../../lib/spse/messages';
import { parse } from './helpers';

const state = createState('sandbox-test-token');

describe('SPSE success and error messages (site data, both sandbox layouts)', () => {
  for (const layout of ['local', 'national'] as const) {
    const base = baseFor(layout);
    it(`${layout}: "Data berhasil disimpan" after the save redirect is a success`, () => {
      const res = handleRequest(state, { method: 'GET', url: `${base}/pegawai`, flash: 'Data berhasil disimpan' });
      expect(readSpseMessage(parse(res.html!))).toEqual({ kind: 'success', text: 'Data berhasil disimpan' });
      // No flash: no message.
      expect(readSpseMessage(parse(handleRequest(state, { method: 'GET', url: `${base}/pegawai` }).html!))).toBeNull();
    });

    it(`${layout}: a rejected save ("Peran wajib diisi") is an error`, () => {
      const res = handleRequest(state, { method: 'POST', url: `${base}/pegawai/baru`, fields: { authenticityToken: 'sandbox-test-token', 'pegawai.peg_namauser': 'ppk99' } });
      const msg = readSpseMessage(parse(res.html!));
      expect(msg?.kind).toBe('error');
      expect(msg?.text).toContain('Peran wajib diisi');
    });
  }

  it('ignores message boxes inside the panel and boxes that say something else', () => {
    const doc = parse('<div id="host"><div class="alert alert-success">Data berhasil disimpan</div></div><div class="alert alert-success">Selamat datang</div>');
    expect(readSpseMessage(doc, doc.getElementById('host'))).toBeNull();
    expect(readSpseMessage(doc)).toEqual({ kind: 'success', text: 'Data berhasil disimpan' });
  });
});
