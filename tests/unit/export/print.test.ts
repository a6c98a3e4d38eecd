import { describe, expect, it } from 'vitest';
import { agendaRows, agendaTable } from '../../../lib/export/agenda';
import { escapeHtml, printHtml } from '../../../lib/export/print';
import { settingsSchema } from '../../../lib/log/schema';
import { mkCase, TEST_SOP } from './fixtures';

const settings = settingsSchema.parse({
  officeName: 'LPSE <Kabupaten> & "Kota"',
  letterhead: ['PEMERINTAH KABUPATEN OGAN ILIR', 'Jl. Lintas Timur <KM 35>'],
  supervisorName: "Ir. Ahmad O'Fauzi, M.T.",
  supervisorNip: '197503122000031002',
});

describe('printHtml', () => {
  const evil = '<script>alert(1)</script>';
  const cases = [mkCase('x', { letter: { number: '=cmd|\' /C calc\'!A0', sender: evil, subject: '<img src=x onerror=alert(1)> & "kutip"' }, note: "it's <b>bold</b>" })];
  const rows = agendaRows(cases, [], { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' });
  const html = printHtml({ settings, title: 'Buku Agenda Surat Masuk', subtitle: 'Periode: <semua>', tables: [agendaTable(rows)], place: 'Indralaya <Kota>', date: new Date('2026-03-05T02:00:00Z') });

  it('escapes every value', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;kutip&quot;');
    expect(html).toContain('LPSE &lt;Kabupaten&gt; &amp; &quot;Kota&quot;');
    expect(html).toContain('Jl. Lintas Timur &lt;KM 35&gt;');
    expect(html).toContain('Periode: &lt;semua&gt;');
    expect(html).toContain('Indralaya &lt;Kota&gt;, 5 Maret 2026');
    expect(html).toContain('Ir. Ahmad O&#39;Fauzi, M.T.');
    // Only our own markup: no script element at all.
    expect(/<script/i.test(html)).toBe(false);
  });

  it('is an A4 page with letterhead, table and signature block', () => {
    expect(html).toMatch(/@page {\s*size: A4 landscape;/);
    expect(html).toContain('<th>No urut</th>');
    expect(html).toContain('<th>Tindak lanjut / output</th>');
    expect(html).toContain('Mengetahui,');
    expect(html).toContain('NIP. 197503122000031002');
    expect(html).toContain('02/03/2026 08:00');
    expect(html).toContain('<h1>Buku Agenda Surat Masuk</h1>');
  });

  it('leaves blanks to fill by hand and says when there is no data', () => {
    const bare = printHtml({ settings: settingsSchema.parse({}), title: 'T', tables: [agendaTable([])], orientation: 'portrait', lang: 'en' });
    expect(bare).toContain('size: A4 portrait');
    expect(bare).toContain('No data.');
    expect(bare).toContain('Acknowledged by,');
    expect(bare).toContain('..................,');
    expect(bare).not.toContain('class="kop"');
  });
});

describe('printHtml signer', () => {
  it('names the signer as head of the office unless told otherwise', () => {
    const s = settingsSchema.parse({ officeName: 'LPSE Kabupaten Ogan Ilir' });
    expect(printHtml({ settings: s, title: 'T', tables: [] })).toContain('<div>Kepala LPSE Kabupaten Ogan Ilir</div>');
    expect(printHtml({ settings: s, title: 'T', tables: [], signerTitle: 'Sekretaris <LPSE>' })).toContain('<div>Sekretaris &lt;LPSE&gt;</div>');
  });
});

describe('printHtml print rules (issue 16)', () => {
  const html = printHtml({ settings: settingsSchema.parse({}), title: 'Buku Agenda "Surat" </style><b>', tables: [agendaTable([])], lang: 'id' });
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

  it('is ready to print: no "Tekan Ctrl+P" hint', () => {
    expect(html).not.toMatch(/Ctrl\+P/);
    expect(printHtml({ settings: settingsSchema.parse({}), title: 'T', tables: [], lang: 'en' })).not.toMatch(/Ctrl\+P/);
  });

  it('numbers the pages in the @page margin (Halaman n dari m / Page n of m) and has a fallback footer', () => {
    expect(style).toMatch(/@page\s*{[^@]*@bottom-left[^}]*}\s*@bottom-right\s*{\s*content:\s*"Halaman " counter\(page\) " dari " counter\(pages\)/);
    expect(printHtml({ settings: settingsSchema.parse({}), title: 'T', tables: [], lang: 'en' })).toMatch(/content:\s*"Page " counter\(page\) " of " counter\(pages\)/);
    expect(html).toMatch(/<footer class="print-footer">[^<]*Pandu SPSE/);
  });

  it('the title in the page margin cannot close the style element or the CSS string', () => {
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(style).toContain('@bottom-left { content: "Buku Agenda \\"Surat\\" \\3C /style\\3E \\3C b\\3E "');
  });

  it('keeps the signature block whole and with the table before it', () => {
    const rule = /\.signature\s*{([^}]*)}/.exec(style)?.[1] ?? '';
    expect(rule).toMatch(/break-inside:\s*avoid/);
    expect(rule).toMatch(/break-before:\s*avoid/);
    // the last rows of the table go along with the signature (a block that does not break)
    expect(style).toMatch(/tbody\.closing\s*{\s*break-inside:\s*avoid/);
    expect(html).toMatch(/<tbody class="closing">\n<tr><td class="empty"[\s\S]*<section class="signature">[\s\S]*<\/section>\n<footer class="print-footer">[^<]*<\/footer>\n<\/td><\/tr>\n<\/tbody>\n<\/table>/);
  });
});
