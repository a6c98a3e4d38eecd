import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { agendaRows, agendaTable } from '../../lib/export/agenda';
import { printHtml } from '../../lib/export/print';
import { settingsSchema } from '../../lib/log/schema';
import { mkCase, TEST_SOP } from '../unit/export/fixtures';
import { launchBrowser, type Launched } from './harness';

/**
 * The agenda's print document rendered to PDF by Chromium (page.pdf honours @page): every page is
 * numbered ("Halaman n dari m"), and the signature block never stands alone on the last page —
 * whatever the number of rows, some of the table goes with it.
 */
let browser: Launched;
beforeAll(async () => {
  browser = await launchBrowser({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

const settings = settingsSchema.parse({ officeName: 'LPSE Kabupaten Belitung', letterhead: ['Jl. Jenderal Sudirman No. 1'], supervisorName: 'Drs. Kepala', supervisorNip: '197503122000031002' });

function agendaHtml(n: number): string {
  const cases = Array.from({ length: n }, (_, i) =>
    mkCase(`k${i}`, { receivedAt: new Date(Date.UTC(2026, 10, 2, 1, i)).toISOString(), letter: { number: `ROW-${i + 1}/2026`, sender: 'Inspektorat Daerah Kabupaten Belitung', subject: 'Permohonan User ID Auditor untuk pemeriksaan' } }),
  );
  const rows = agendaRows(cases, [], { sops: [TEST_SOP], timeZone: 'Asia/Jakarta' });
  return printHtml({ settings, title: 'Buku Agenda Surat Masuk', tables: [agendaTable(rows)], place: 'Tanjungpandan', date: new Date('2026-11-20T02:00:00Z') });
}

async function pagesText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

describe('agenda print to PDF (Chromium)', () => {
  it('numbers every page and keeps the signature with rows of its table, for 1 to 45 rows', async () => {
    const page = await browser.context.newPage();
    const alone: number[] = [];
    let longest = 0;
    for (let n = 1; n <= 45; n++) {
      await page.setContent(agendaHtml(n));
      const pages = await pagesText(await page.pdf({ preferCSSPageSize: true }));
      longest = Math.max(longest, pages.length);
      pages.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `${n} rows, page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages.length}`));
      const last = pages[pages.length - 1];
      expect(last, `${n} rows: the signature is on the last page`).toContain('Mengetahui');
      if (!/ROW-\s*\d+\s*\/\s*2026/.test(last)) alone.push(n);
    }
    expect(longest, 'the rows span several pages').toBeGreaterThan(2);
    expect(alone, 'row counts where the signature stood alone on the last page').toEqual([]);
    await page.close();
  });
});
