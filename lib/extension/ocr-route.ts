/**
 * The background's side of OCR: where a letter file that needs OCR is read. Chrome (MV3 service
 * worker, no DOM, no Worker): in the offscreen document (entrypoints/offscreen), created on demand;
 * Firefox (MV2 background page): right here. Progress reports land in one map either way, read by
 * the panel's polling ('letter.progress').
 */
import { browser } from 'wxt/browser';
import type { Extracted } from '../documents';
import type { OcrProgress } from '../documents/ocr-types';

/**
 * OCR runs in this context only where the background is a page (Firefox). The build replaces
 * `import.meta.env.CHROME`, so Chrome's service worker bundle leaves ocr-jobs (tesseract.js, the
 * recogniser, pdf image extraction) out: it is parsed at every wake-up of the worker.
 */
const ocrJobs = import.meta.env.CHROME ? null : () => import('./ocr-jobs');

export const OCR_CHANNEL = 'pandu-ocr';
/** Messages between the background and the offscreen document. */
export type OcrMessage =
  | { channel: typeof OCR_CHANNEL; type: 'run'; job: string; name: string; mime?: string; base64: string }
  | { channel: typeof OCR_CHANNEL; type: 'cancel'; job: string }
  | { channel: typeof OCR_CHANNEL; type: 'progress'; job: string; progress: OcrProgress };

export function isOcrMessage(m: unknown): m is OcrMessage {
  return !!m && typeof m === 'object' && (m as { channel?: unknown }).channel === OCR_CHANNEL;
}

type ChromeOffscreen = {
  offscreen?: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime?: { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> };
};

const OFFSCREEN_URL = 'offscreen.html';

export function createOcrRoute() {
  const progress = new Map<string, OcrProgress>();
  const chrome = (globalThis as { chrome?: ChromeOffscreen }).chrome;
  const local = !!ocrJobs && typeof document !== 'undefined' && typeof Worker !== 'undefined';
  let creating: Promise<void> | null = null;

  async function ensureOffscreen(): Promise<void> {
    const open = (await chrome?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? [];
    if (open.length) return;
    if (!chrome?.offscreen) throw new Error('Pembaca hasil pindai (OCR) tidak tersedia di peramban ini.');
    creating ??= chrome.offscreen
      .createDocument({ url: OFFSCREEN_URL, reasons: ['WORKERS'], justification: 'Membaca teks surat hasil pindai (OCR) di luar halaman SPSE.' })
      .finally(() => (creating = null));
    await creating;
  }

  /** Sends to the offscreen document, waiting (a few seconds at most) until its listener is up. */
  async function toOffscreen(m: OcrMessage): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await browser.runtime.sendMessage(m);
      } catch (err) {
        if (attempt >= 30 || !/Receiving end does not exist|Could not establish connection/i.test(String(err))) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  return {
    /** Reads a letter file (text, Word, PDF, or OCR for scans) where the document readers live. */
    async extract(req: { job: string; name: string; mime?: string; base64: string }, bytes: () => Uint8Array): Promise<Extracted> {
      try {
        if (local) {
          const { runExtractBytes } = await ocrJobs!();
          return await runExtractBytes(req.job, { name: req.name, mime: req.mime, bytes }, (p) => browser.runtime.getURL(p as '/'), (p) => progress.set(req.job, p));
        }
        await ensureOffscreen();
        return (await toOffscreen({ channel: OCR_CHANNEL, type: 'run', ...req })) as Extracted;
      } finally {
        progress.delete(req.job);
      }
    },
    progress: (job: string) => progress.get(job) ?? null,
    async cancel(job: string): Promise<boolean> {
      if (local) return (await ocrJobs!()).cancelJob(job);
      return (await toOffscreen({ channel: OCR_CHANNEL, type: 'cancel', job })) === true;
    },
    /** A progress report from the offscreen document. */
    onMessage(m: OcrMessage): void {
      if (m.type === 'progress') progress.set(m.job, m.progress);
    },
  };
}
