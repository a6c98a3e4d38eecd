import { describe, expect, it } from 'vitest';
import { CSV_BOM, collectCsv, csvCell, csvChunks, csvRow, neutraliseFormula, toCsv } from '../../../lib/export/csv';
import { parseCsv } from './parse-csv';

describe('neutraliseFormula', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tdata', "'\tdata"],
    ['\rdata', "'\rdata"],
    ['harmless', 'harmless'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  // Look-alikes a spreadsheet also reads as a formula (issue 11 item 9).
  it.each([
    ['\uFF1DHYPERLINK("http://x")', 'full-width ＝'],
    ['\uFF0B1', 'full-width ＋'],
    ['\uFF0D1', 'full-width －'],
    ['\uFF20SUM(1)', 'full-width ＠'],
    [' =1+1', 'a space before ='],
    ['   +1', 'spaces before +'],
    ['\t=1', 'a tab before ='],
    ['\r\n=1', 'CR LF before ='],
    ['\n@SUM(1)', 'LF before @'],
    ['\u200B=1', 'zero-width space before ='],
    ['\u200C-1', 'zero-width non-joiner before -'],
    ['\u200D+1', 'zero-width joiner before +'],
    ['\u2060=1', 'word joiner before ='],
    ['\uFEFF=1', 'a BOM before ='],
    ['\u200B \uFEFF\t\uFF1D1', 'a mix before full-width ＝'],
  ])('%j (%s) is neutralised', (input) => {
    expect(neutraliseFormula(input)).toBe(`'${input}`);
    expect(csvCell(input).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it.each([['a =b'], ['Budi'], ['  Budi'], ['\u200BBudi'], ['08123'], ['1-2']])('%j stays as it is', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });
});

describe('csvCell', () => {
  it('quotes separators, quotes, CR and LF', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('line1\r\nline2')).toBe('"line1\r\nline2"');
  });
  it('neutralises then quotes', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('\rCR')).toBe('"\'\rCR"');
    expect(csvCell('-1,5', ',')).toBe('"\'-1,5"');
  });
  it('writes false as false', () => {
    expect(csvCell(false)).toBe('false');
    expect(csvRow([true, false])).toBe('true,false\r\n');
  });
  it('writes numbers, booleans and empties as they are', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  const header = ['No', 'Perihal'];
  const payloads = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(1)', '\tTAB', '\rCR', 'kutip "ganda"', 'koma, titik; koma', 'baris\nbaru', 'Surat No. 800/12/2026'];
  it('starts with a BOM, ends records with CRLF', () => {
    const out = toCsv(header, [[1, 'a']]);
    expect(out.startsWith(CSV_BOM)).toBe(true);
    expect(out).toBe(`${CSV_BOM}No,Perihal\r\n1,a\r\n`);
    expect(toCsv(header, [], { bom: false })).toBe('No,Perihal\r\n');
  });
  it.each([',', ';'] as const)('round-trips injection payloads with separator %j', (sep) => {
    const rows = payloads.map((p, i) => [i + 1, p]);
    const out = toCsv(header, rows, { separator: sep });
    const parsed = parseCsv(out.slice(1), sep);
    expect(parsed[0]).toEqual(header);
    parsed.slice(1).forEach((r, i) => {
      expect(r[0]).toBe(String(i + 1));
      expect(r[1]).toBe(neutraliseFormula(payloads[i]));
      // Nothing a spreadsheet would run is left at the start of a cell.
      expect(/^[=+\-@\t\r]/.test(r[1])).toBe(false);
    });
    expect(parsed).toHaveLength(payloads.length + 1);
  });
  it('csvRow joins with the separator', () => {
    expect(csvRow(['a', 'b;c', 1], ';')).toBe('a;"b;c";1\r\n');
  });
});

describe('csvChunks', () => {
  it('yields chunks, reports progress and equals the one-shot output', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [i, `baris ${i}`, i % 7 === 0 ? '=1+1' : 'x']);
    const progress: Array<[number, number | null]> = [];
    const chunks: string[] = [];
    for await (const c of csvChunks(['a', 'b', 'c'], rows, { chunkRows: 1000, total: rows.length, onProgress: (d, t) => progress.push([d, t]) })) chunks.push(c);
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(toCsv(['a', 'b', 'c'], rows));
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });
  it('yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const rows = Array.from({ length: 50 }, (_, i) => [i]);
    await collectCsv(['n'], rows, { chunkRows: 5 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
  it('rows filling the last chunk exactly: no empty chunk after it', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => [i]);
    const chunks: string[] = [];
    for await (const c of csvChunks(['n'], rows, { chunkRows: 10, bom: false })) chunks.push(c);
    expect(chunks).toEqual(['n\r\n0\r\n1\r\n2\r\n3\r\n4\r\n5\r\n6\r\n7\r\n8\r\n9\r\n', '10\r\n11\r\n12\r\n13\r\n14\r\n15\r\n16\r\n17\r\n18\r\n19\r\n']);
  });
  it('no rows: one chunk with the BOM and the header; progress 0 of the total', async () => {
    const progress: Array<[number, number | null]> = [];
    const chunks: string[] = [];
    for await (const c of csvChunks(['a', 'b'], [], { separator: ';', onProgress: (d, t) => progress.push([d, t]) })) chunks.push(c);
    expect(chunks).toEqual(['\uFEFFa;b\r\n']);
    expect(progress).toEqual([[0, null]]);
  });
  it('with yieldBetweenChunks false no macrotask runs between chunks', async () => {
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    const rows = Array.from({ length: 50 }, (_, i) => [i]);
    const text = await collectCsv(['n'], rows, { chunkRows: 5, yieldBetweenChunks: false, bom: false });
    expect(ticked).toBe(false);
    expect(text.split('\r\n')).toHaveLength(52);
  });
  it('collectCsv joins the chunks as they are', async () => {
    expect(await collectCsv(['a'], [['x'], ['y']], { chunkRows: 1 })).toBe('\uFEFFa\r\nx\r\ny\r\n');
  });
  it('stops when aborted', async () => {
    const ac = new AbortController();
    const rows = Array.from({ length: 100 }, (_, i) => [i]);
    const chunks: string[] = [];
    for await (const c of csvChunks(['n'], rows, { chunkRows: 10, signal: ac.signal, onProgress: (d) => d >= 30 && ac.abort() })) chunks.push(c);
    expect(chunks).toHaveLength(3);
  });
});
