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
    expect(html).toContain('@page { size: A4 landscape;');
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
