import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_HOST, launchBrowser, startSandbox } from './harness';

// Recognition on every layout in the closed shadow root, SPSE's own form, collapsing, the show/hide
// command, injection on demand and the typed ping are shared scenarios
// (tests/e2e/scenarios/panel.e2e.ts), run in Chromium and Firefox.

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

describe('control: without the extension (Chromium)', () => {
  it('no panel is injected (so the panel scenarios can fail)', async () => {
    const plain = await launchBrowser({ extension: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(sandbox.url + '/eproc4/admin/auditor/baru');
      await page.waitForTimeout(1000);
      await expect(page.locator(PANEL_HOST).count()).resolves.toBe(0);
    } finally {
      await plain.close();
    }
  });
});
