import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, sendFromPage, startSandbox, type Launched } from './harness';
import { panelAttr, panelClick, panelSelect, panelText, panelValue, panelWaitFor, waitForPanel } from './panel-driver';
import { freshProfileDir } from '../../lib/extension/chromium';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const ALL_HOURS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { from: '00:00', to: '24:00' }]));

/** A case whose step 2 (10-minute standard) started 9 minutes ago, in a 24/7 calendar. */
async function caseWithRunningStep(b: Launched): Promise<{ caseId: string; startedAt: string }> {
  const ext = await b.context.newPage();
  await ext.goto(b.extensionUrl('options.html'));
  await sendFromPage(ext, 'settings.put', { workingHours: ALL_HOURS, nationalHolidays: false, localHolidays: [] });
  const { case: c } = await sendFromPage(ext, 'case.open', { sopId: SOP_ID, letter: { number: 'ST-01/2026' }, people: [{ name: 'Auditor Satu' }] });
  const started = new Date(Date.now() - 9 * 60_000).toISOString();
  await sendFromPage(ext, 'step.start', { caseId: c.id, stepNo: 1, at: new Date(Date.now() - 20 * 60_000).toISOString() });
  await sendFromPage(ext, 'step.finish', { caseId: c.id, stepNo: 1 });
  const { event } = await sendFromPage(ext, 'step.start', { caseId: c.id, stepNo: 2, at: started });
  await ext.close();
  return { caseId: c.id, startedAt: event.startedAt };
}

async function openPanelOnCase(b: Launched, caseId: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(sandbox.url + '/eproc4/home');
  await waitForPanel(page);
  const picker = '[data-testid="pandu-case-picker"]';
  await panelWaitFor(page, picker);
  if ((await panelValue(page, picker)) !== caseId) await panelSelect(page, picker, caseId);
  await panelWaitFor(page, '[data-testid="pandu-step"][data-status="running"]', { timeout: 10_000 });
  return page;
}

async function timerMinutes(page: Page): Promise<number> {
  const text = await panelText(page, '[data-testid="pandu-timer"]');
  return Number(/(\d+) menit kerja/.exec(text)?.[1] ?? NaN);
}

// Two tabs on one case and a failed write are shared scenarios (tests/e2e/scenarios/faults.e2e.ts).
describe('nothing is lost when the browser or its worker goes away (Chromium: relaunch a profile, stop the worker over CDP)', () => {
  it('closing the browser mid-step: the same profile relaunched continues the timer from the stored start', async () => {
    const profile = freshProfileDir();
    const first = await launchBrowser({ userDataDir: profile });
    const { caseId } = await caseWithRunningStep(first);
    const page = await openPanelOnCase(first, caseId);
    expect(await timerMinutes(page)).toBeGreaterThanOrEqual(9);
    await first.close();

    const second = await launchBrowser({ userDataDir: profile });
    try {
      const again = await openPanelOnCase(second, caseId);
      // the active case was remembered, the step is still running, its time counted from the stored start
      expect(await panelValue(again, '[data-testid="pandu-case-picker"]')).toBe(caseId);
      const minutes = await timerMinutes(again);
      expect(minutes).toBeGreaterThanOrEqual(9);
      expect(minutes).toBeLessThan(15);
      // 9+ of 10 minutes used: warning (≥ 80 %)
      await expect(panelAttr(again, '[data-testid="pandu-timer"]', 'data-verdict')).resolves.toMatch(/warning|late/);
    } finally {
      await second.close();
    }
  });

  it('a service-worker restart mid-step changes nothing', async () => {
    const b = await launchBrowser();
    try {
      const { caseId, startedAt } = await caseWithRunningStep(b);
      const page = await openPanelOnCase(b, caseId);
      const before = await timerMinutes(page);
      const cdp = await b.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // the panel keeps asking the background; a new worker answers from the same database
      const ext = await b.context.newPage();
      await ext.goto(b.extensionUrl('options.html'));
      const detail = await sendFromPage(ext, 'case.detail', { caseId });
      const running = detail.events.find((e: { stepNo: number }) => e.stepNo === 2);
      expect(running.startedAt).toBe(startedAt);
      expect(running.finishedAt).toBeNull();
      await panelClick(page, '[data-testid="pandu-finish"]');
      await expect.poll(async () => (await sendFromPage(ext, 'case.detail', { caseId })).events.find((e: { stepNo: number }) => e.stepNo === 2).finishedAt, { timeout: 10_000 }).not.toBeNull();
      expect(before).toBeGreaterThanOrEqual(9);
      await ext.close();
    } finally {
      await b.close();
    }
  });
});
