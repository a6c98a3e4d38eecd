// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/commands/letter';
import { extractText } from '../../../lib/documents';
import { imagePdf, renderScan } from '../../../scripts/scans/render';
import { readScan } from './scans';
import { scoreLetter, silentMisses } from './corpus';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Real OCR (tesseract.js + the shipped Indonesian data), kept to two short scans so the unit suite
 * stays fast; accuracy over the whole corpus is `npm run bench letter-scans`.
 */
const LETTER = [
  'DINAS PERHUBUNGAN KABUPATEN BELITUNG',
  '',
  'Nomor      : 551/214/Dishub/2026',
  'Hal        : Permohonan User ID PPK',
  '',
  'Tanjungpandan, 12 Maret 2026',
  '',
  'Mohon dibuatkan User ID SPSE sebagai PPK untuk:',
  '',
  'Nama       : Hendra Saputra, S.T.',
  'NIP        : 19860412 201001 1 007',
  'Jabatan    : Kepala Seksi Angkutan',
  'Email      : hendra.saputra@belitungkab.go.id',
  'HP         : 0819 3344 5566',
].join('\n');
const STYLE = { rotate: 2.2, noise: 8, photo: false, font: 'serif', format: 70 } as const;

describe('letters from scans (OCR, offline)', () => {
  it('reads a JPEG photo of a letter askew through the CLI, with the same JSON shape', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pandu-ocr-'));
    const file = join(dir, 'surat.jpg');
    writeFileSync(file, renderScan(LETTER, STYLE, 3)[0]);
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
    try {
      expect(await run(['parse', file, '--json'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['letter', 'people', 'problems']);
    expect(json.letter).toMatchObject({ number: '551/214/Dishub/2026', date: '2026-03-12', role: 'ppk' });
    expect(json.people).toEqual([
      { name: 'Hendra Saputra, S.T.', nip: '198604122010011007', position: 'Kepala Seksi Angkutan', email: 'hendra.saputra@belitungkab.go.id', phone: '+6281933445566', action: 'create' },
    ]);
  });

  it('reads an image-only PDF: every line carries its confidence and place; no wrong value goes unflagged', { timeout: 120_000 }, async () => {
    const pdf = imagePdf(renderScan(LETTER, { ...STYLE, rotate: -1.6, noise: 10 }, 4));
    const { extracted: r, parsed } = await readScan({ name: 'pindaian.pdf', bytes: pdf });
    if ('error' in r) throw new Error(r.error);
    // Whatever the scan costs in accuracy, a wrong value always carries a flag.
    const expected = {
      letter: { number: '551/214/Dishub/2026', date: '2026-03-12', sender: 'DINAS PERHUBUNGAN KABUPATEN BELITUNG', subject: 'Permohonan User ID PPK', role: 'ppk' },
      people: [{ name: 'Hendra Saputra, S.T.', nip: '198604122010011007', position: 'Kepala Seksi Angkutan', email: 'hendra.saputra@belitungkab.go.id', phone: '+6281933445566' }],
    };
    const score = scoreLetter({ name: 'pindaian', text: LETTER, expected }, parsed!);
    expect(silentMisses(score, parsed!)).toEqual([]);
    expect(r.text).toMatch(/NIP\s+: 19860412 201001 1 007/);
    const nip = r.text.split('\n').findIndex((l) => l.startsWith('NIP'));
    expect(r.scan?.lines[nip]).toMatchObject({ page: 1, confidence: expect.any(Number), box: expect.objectContaining({ width: expect.any(Number) }) });
    expect(r.scan!.confidence).toBeGreaterThan(0.8);
  });

  it('without OCR set up an image is still refused with an Indonesian message', async () => {
    const r = await extractText({ name: 'foto.png', arrayBuffer: async () => new ArrayBuffer(10) });
    expect(r).toEqual({ error: expect.stringMatching(/berupa gambar/) });
  });
});
