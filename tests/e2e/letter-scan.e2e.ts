import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, useE2E, WAIT_MS, type Panel } from './driver';
import { imagePdf, renderScan } from '../../scripts/scans/render';
import { SANDBOX_EXTENSION_DIR } from '../../lib/extension/chromium';

/*
 * A scanned letter (an image-only PDF, page 1.5° askew, noise, JPEG) dropped into the panel: OCR runs
 * in the extension's offscreen document (Chromium MV3), the panel shows its progress, the review
 * shows each value's scan confidence, and the SPSE form is filled from it. Chromium only: Firefox
 * reads scans in its background page (not covered here).
 */
const env = useE2E();
const INTAKE = '[data-testid="pandu-letter-intake"]';
/** OCR on a loaded 2-core machine: the first page may take tens of seconds. */
const OCR_MS = 150_000;

function scannedPdf(): string {
  const text = readFileSync('tests/fixtures/letters/01-inspektorat-kv.txt', 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'pandu-scan-')), 'surat-pindaian.pdf');
  writeFileSync(file, imagePdf(renderScan(text, { rotate: 1.5, noise: 6, photo: false, font: 'serif', format: 75 }, 7)));
  return file;
}

type IntakeState = { progress: string | null; review: boolean; alert: string | null };
const intakeState = (panel: Panel) =>
  panel.run<IntakeState>(
    `(root) => ({ progress: root?.querySelector('[data-testid="pandu-letter-progress"]')?.textContent ?? null, review: !!root?.querySelector('[data-testid="pandu-letter-review"]'), alert: root?.querySelector('${INTAKE} [role="alert"]')?.textContent ?? null })`,
  );

describe(`[${env.name}] a scanned letter in the panel (OCR, offline)`, () => {
  it('drops an image-only PDF: progress, review with scan confidence, then the auditor form filled', { timeout: OCR_MS + 120_000 }, async () => {
    env.sandbox.reset();
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    const doc = documentOf(page);
    await panel.click('[data-testid="pandu-new-case"]');
    await panel.setFiles(`${INTAKE} input[type="file"]`, [scannedPdf()]);

    // The OCR progress shows while it runs (the scan reader starting, then pages).
    const running = await panel.until(() => intakeState(panel), (s) => !!s.progress || s.review || !!s.alert, WAIT_MS, 'the reading status');
    expect(running.alert).toBeNull();
    const seen = new Set<string>();
    const done = await panel.until(
      async () => {
        const s = await intakeState(panel);
        if (s.progress) seen.add(s.progress);
        return s;
      },
      (s) => s.review || !!s.alert,
      OCR_MS,
      'the review of the scanned letter',
    );
    expect(done.alert).toBeNull();
    expect([...seen].some((t) => /pindai/.test(t)), `progress seen: ${[...seen].join(' | ')}`).toBe(true);

    // Values with their scan confidence; the unsure ones flagged with their source line.
    await expect(panel.value('[data-field="people[0].nip"]')).resolves.toBe('198001012005011001');
    await expect(panel.value('[data-field="people[0].name"]')).resolves.toBe('Dr. Budi Santoso, S.E., M.Si.');
    expect(await panel.count('[data-testid="pandu-letter-ocr"]')).toBeGreaterThan(5);
    expect(await panel.text('[data-testid="pandu-letter-ocr"]')).toMatch(/pindai \d+%/);
    // A flagged value shows the scanned line it came from (an image cut from the page) beside its text.
    const crops = await panel.run<{ n: number; alt: string | null }>(`(root) => { const c = root?.querySelectorAll('[data-testid="pandu-letter-crop"]') ?? []; return { n: c.length, alt: c[0]?.getAttribute('alt') ?? null }; }`);
    expect(crops.n, 'line crops in the review').toBeGreaterThan(0);
    expect(crops.alt).toMatch(/baris \d+/);
    await page.screenshot('letter-scan-review');

    await panel.click('[data-testid="pandu-letter-confirm"]');
    await panel.until(() => panel.value('#pandu-case-sop'), (v) => v === 'belitung-49-registrasi-user-id-auditor', WAIT_MS, 'the suggested SOP');
    await panel.click('[data-testid="pandu-open-case"]');
    await panel.waitFor('[data-testid="pandu-fill-preview"]');
    await panel.click('[data-testid="pandu-fill-preview"] [data-testid="pandu-fill-button"]');
    await doc.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => v === 'Dr. Budi Santoso, S.E., M.Si.', WAIT_MS, 'the name filled');
    await expect(doc.value('[name="pegawai.peg_nip"]')).resolves.toBe('198001012005011001');
    await expect(doc.value('[name="pegawai.peg_mobile"]')).resolves.toBe('081277881234');
    await page.close();
  });

  it('"Batal" stops the OCR of a scan with a clear message', { timeout: OCR_MS + 60_000 }, async () => {
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    await panel.click('[data-testid="pandu-new-case"]');
    await panel.setFiles(`${INTAKE} input[type="file"]`, [scannedPdf()]);
    await panel.until(() => intakeState(panel), (s) => /pindai/.test(s.progress ?? '') || s.review || !!s.alert, OCR_MS, 'the OCR progress');
    await panel.click({ selector: '[data-testid="pandu-letter-progress"] button', hasText: 'Batal' });
    const end = await panel.until(() => intakeState(panel), (s) => s.review || !!s.alert, WAIT_MS, 'the cancelled message');
    expect(end.alert).toMatch(/dibatalkan/);
    await page.close();
  });
});

describe('the document readers stay out of Chrome\'s service worker', () => {
  // background.js is parsed at every wake-up of the worker: tesseract.js and pdf.js (with its worker)
  // load only in the offscreen document, where files are read.
  it('the built background.js holds neither tesseract.js nor pdf.js', () => {
    const background = readFileSync(join(SANDBOX_EXTENSION_DIR, 'background.js'), 'utf8');
    expect(background).not.toMatch(/tesseract\.js@v|recognizing text/);
    expect(background).not.toMatch(/GlobalWorkerOptions|pdfjsWorker/);
    expect(background.length).toBeLessThan(1_200_000);
  });
});
