import { describe, expect, it } from 'vitest';
import { applyScan } from '../../../lib/letter/scan-evidence';
import { parseLetter } from '../../../lib/letter/parse';
import type { ScanInfo } from '../../../lib/documents/ocr-layout';

/** A scan of `text` whose every word was read surely. */
const scanOf = (text: string): ScanInfo => ({
  pages: 1,
  confidence: 0.97,
  lines: text.split('\n').map((t) => ({ confidence: 0.97, words: t.split(/\s+/).filter(Boolean).map((w) => ({ text: w, confidence: 0.97 })), page: 1, box: null })),
});

const HEAD = ['INSPEKTORAT DAERAH', 'Jl. Merdeka 1 Telp. (0733) 451234 Email: inspektorat@musirawaskab.go.id', 'Nomor : 700/41/INSP/2026', 'Hal : Permohonan User ID Auditor', 'Musi Rawas, 2 Maret 2026', ''];
const FIRST = ['Nama : Faisal Akbar, S.E., M.Ak.', 'NIP : 19840310 201001 1 019', 'Jabatan : Auditor Ahli Muda', 'Email : faisal.akbar@musirawaskab.go.id', 'HP : 0813 7312 4400'];
const SIGN = ['', 'Inspektur,', 'Drs. H. Yusran, M.Si', 'NIP 19700412 199403 1 008'];

describe('a person a scan lost', () => {
  it('is pointed out when a NIP, e-mail or mobile number after the first person is carried by nobody', () => {
    // The reader read one person; the scan's text holds a second one's values in a broken line.
    const read = parseLetter([...HEAD, ...FIRST, ...SIGN].join('\n'));
    expect(read.people).toHaveLength(1);
    for (const lost of ['dan Sdri. Dewi Kartika Sari, S.Ak., NIP 19960607 202012 2 008', 'dewikartika.insp@gmail.com', 'Dewi Kartika Sari 0822 8155 6677']) {
      const scanned = [...HEAD, ...FIRST, lost, ...SIGN].join('\n');
      const r = applyScan(read, scanOf(scanned), scanned);
      expect(r.problems).toContainEqual(expect.objectContaining({ field: 'people', line: HEAD.length + FIRST.length + 1, message: expect.stringMatching(/tidak masuk ke pegawai mana pun/) }));
    }
  });

  it('says nothing for the values people carry (also read with a stray letter), the letterhead and the signatory', () => {
    const text = [...HEAD, ...FIRST.map((l) => l.replace('201001 1 019', '201001 l 019')), ...SIGN].join('\n');
    const r = applyScan(parseLetter(text), scanOf(text), text);
    expect(r.problems.filter((p) => p.field === 'people')).toEqual([]);
  });
});
