import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath, type Launched } from './harness';

/** The SOP library on the options page: show one SOP in the official layout and print it to PDF. */

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';

let browser: Launched;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('SOP viewer on the options page (Chromium: print to PDF)', () => {
  it('prints one SOP to an A4 landscape PDF without the list and buttons', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(`options.html?section=sop&sop=${SOP_ID}`));
    const viewer = page.locator(`article.sop-viewer[data-sop-id="${SOP_ID}"]`);
    await viewer.waitFor({ state: 'visible', timeout: 15_000 });

    // Lanes, symbols and keyboard choice are a shared scenario (tests/e2e/scenarios/options.e2e.ts);
    // printing to PDF with emulated print media is Chromium's (page.pdf over CDP).
    // Print media hides the list and the buttons; page.pdf() honours @page { size: A4 landscape }.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sop-library-side').isVisible()).resolves.toBe(false);
    await expect(viewer.getByRole('button', { name: 'Cetak' }).isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    // A4 landscape: the first page's MediaBox is about 842 × 595 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    writeFileSync(screenshotPath('sop-viewer').replace(/\.png$/, '.pdf'), pdf);
    await page.close();
  });

  it('prints without the app header, the tabs and the internal OCR/digitisation notes (emulated print media)', async () => {
    const id = 'oganilir-06-dokumen-penawaran-rhs'; // an SOP with OCR originals and digitisation notes
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(`options.html?section=sop&sop=${id}`));
    const viewer = page.locator(`article.sop-viewer[data-sop-id="${id}"]`);
    await viewer.waitFor({ state: 'visible', timeout: 15_000 });
    const chrome = ['.options-header', '[role="tablist"]', '.sop-library-side', '.sop-toolbar', '.sop-gaps'];
    // on screen: all there
    for (const sel of chrome) await expect(page.locator(sel).first().isVisible(), `${sel} on screen`).resolves.toBe(true);
    await expect(page.locator('.sop-source').count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const sel of [...chrome, '.sop-source', '.sop-gap']) {
      const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0).length);
      expect(visible, `${sel} in print`).toBe(0);
    }
    await expect(viewer.locator('table.sop-steps').isVisible()).resolves.toBe(true);
    await expect(viewer.locator('table.sop-identity').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
