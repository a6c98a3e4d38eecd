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

describe('SOP viewer on the options page', () => {
  it('shows one SOP with its lanes and symbols, and prints it to an A4 landscape PDF', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(`options.html?section=sop&sop=${SOP_ID}`));
    const viewer = page.locator(`article.sop-viewer[data-sop-id="${SOP_ID}"]`);
    await viewer.waitFor({ state: 'visible', timeout: 15_000 });

    // Six actor lanes, eight step rows, Mulai/Selesai as terminators and the verifier's check as a diamond.
    await expect(viewer.locator('th.sop-lane-head').count()).resolves.toBe(6);
    await expect(viewer.locator('table.sop-steps tbody tr').count()).resolves.toBe(8);
    await expect(viewer.locator('tr[data-step="1"] svg[data-symbol="terminator"]').count()).resolves.toBe(1);
    await expect(viewer.locator('tr[data-step="3"] svg[data-symbol="decision"]').count()).resolves.toBe(1);
    await expect(viewer.locator('tr[data-step="8"] svg[data-symbol="terminator"]').count()).resolves.toBe(1);
    await expect(viewer.getByRole('button', { name: 'Cetak' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('sop-viewer'), fullPage: true });

    // Choosing another SOP from the list by keyboard swaps the viewer.
    const item = page.locator('.sop-list button[data-sop-id="kaltim-registrasi-verifikator-helpdesk-admin-agency"]');
    await item.focus();
    await page.keyboard.press('Enter');
    await page.locator('article.sop-viewer[data-sop-id="kaltim-registrasi-verifikator-helpdesk-admin-agency"]').waitFor();
    await page.locator(`.sop-list button[data-sop-id="${SOP_ID}"]`).click();
    await viewer.waitFor();

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
});
