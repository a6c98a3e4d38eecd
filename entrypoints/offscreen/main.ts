/**
 * Chrome's offscreen document: reads letter files that need OCR for the background (an MV3 service
 * worker cannot start the recogniser's Worker). Answers 'run' with the extracted text and scan info,
 * reports progress, stops on 'cancel'. Nothing else runs here.
 */
import { browser } from 'wxt/browser';
import { base64ToBytes } from '../../lib/extension/bytes';
import { cancelJob, runExtractBytes } from '../../lib/extension/ocr-jobs';
import { isOcrMessage, OCR_CHANNEL } from '../../lib/extension/ocr-route';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isOcrMessage(message)) return undefined;
  if (message.type === 'cancel') return Promise.resolve(cancelJob(message.job));
  if (message.type !== 'run') return undefined;
  const { job, name, mime, base64 } = message;
  return runExtractBytes(job, { name, mime, bytes: () => base64ToBytes(base64) }, (p) => browser.runtime.getURL(p as '/'), (progress) => {
    void browser.runtime.sendMessage({ channel: OCR_CHANNEL, type: 'progress', job, progress }).catch(() => undefined);
  });
});
