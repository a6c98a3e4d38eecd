import { describe, expect, it } from 'vitest';
import { freshProfileDir } from '../../lib/extension/chromium';
import { ChromiumBrowser, type ChromiumPage } from './driver/chromium';
import { panelOf, useSandbox } from './driver';

const sandbox = useSandbox();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const ALL_HOURS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { from: '00:00', to: '24:00' }]));
const PICKER = '[data-testid="pandu-case-picker"]';
const RUNNING = '[data-testid="pandu-step"][data-status="running"]';

/** A case whose step 2 (10-minute standard) started 9 minutes ago, in a 24/7 calendar. */
async function caseWithRunningStep(b: ChromiumBrowser): Promise<{ caseId: string; startedAt: string }> {
  await b.send('settings.put', { workingHours: ALL_HOURS, nationalHolidays: false, localHolidays: [] });
  const { case: c } = await b.send('case.open', { sopId: SOP_ID, letter: { number: 'ST-01/2026' }, people: [{ name: 'Auditor Satu' }] });
  const started = new Date(Date.now() - 9 * 60_000).toISOString();
  await b.send('step.start', { caseId: c.id, stepNo: 1, at: new Date(Date.now() - 20 * 60_000).toISOString() });
  await b.send('step.finish', { caseId: c.id, stepNo: 1 });
  const { event } = await b.send('step.start', { caseId: c.id, stepNo: 2, at: started });
  return { caseId: c.id, startedAt: event.startedAt };
}

/** Opens an SPSE page with the panel and its case picker, selecting nothing. */
async function openPanel(b: ChromiumBrowser) {
  const page = await b.newPage(sandbox.url + '/eproc4/home');
  const panel = panelOf(b, page);
  await panel.waitForPanel();
  await panel.waitFor(PICKER);
  return { page, panel };
}

async function openPanelOnCase(b: ChromiumBrowser, caseId: string) {
  const opened = await openPanel(b);
  if ((await opened.panel.value(PICKER)) !== caseId) await opened.panel.select(PICKER, caseId);
  await opened.panel.waitFor(RUNNING);
  return opened;
}

async function timerMinutes(panel: ReturnType<typeof panelOf>): Promise<number> {
  const text = await panel.until(() => panel.text('[data-testid="pandu-timer"]'), (t) => /\d+ menit kerja/.test(t ?? ''), 10_000, 'the step timer');
  return Number(/(\d+) menit kerja/.exec(text ?? '')?.[1] ?? NaN);
}

// Two tabs on one case and a failed write are shared scenarios (tests/e2e/scenarios/faults.e2e.ts).
describe('nothing is lost when the browser or its worker goes away (Chromium: relaunch a profile, stop the worker over CDP)', () => {
  it('closing the browser mid-step: the same profile relaunched continues the timer from the stored start', async () => {
    const profile = freshProfileDir();
    const first = await ChromiumBrowser.launch({ userDataDir: profile });
    const { caseId } = await caseWithRunningStep(first);
    // A newer case exists too, so "remembered" cannot be confused with "the newest case".
    const { case: newer } = await first.send('case.open', { sopId: SOP_ID, letter: { number: 'ST-02/2026' }, people: [{ name: 'Auditor Dua' }] });
    const { panel } = await openPanelOnCase(first, caseId);
    expect(await timerMinutes(panel)).toBeGreaterThanOrEqual(9);
    await first.close();

    const second = await ChromiumBrowser.launch({ userDataDir: profile });
    try {
      // Nothing is selected in this browser: the panel must come back on the remembered case by itself.
      const again = (await openPanel(second)).panel;
      await again.until(() => again.value(PICKER), (v) => v === caseId, 10_000, 'the remembered case in the picker');
      expect(caseId).not.toBe(newer.id);
      await again.waitFor(RUNNING);
      // the step is still running, its time counted from the stored start
      const minutes = await timerMinutes(again);
      expect(minutes).toBeGreaterThanOrEqual(9);
      expect(minutes).toBeLessThan(15);
      // 9+ of 10 minutes used: warning (≥ 80 %)
      await expect(again.attr('[data-testid="pandu-timer"]', 'data-verdict')).resolves.toMatch(/warning|late/);
    } finally {
      await second.close();
    }
  });

  it('a service-worker restart mid-step changes nothing', async () => {
    const b = await ChromiumBrowser.launch();
    try {
      const { caseId, startedAt } = await caseWithRunningStep(b);
      const { page, panel } = await openPanelOnCase(b, caseId);
      const before = await timerMinutes(panel);
      // Watch the extension worker's run states through DevTools, and note when it started.
      const startedAt0 = await b.serviceWorker.evaluate(() => performance.timeOrigin);
      const cdp = await b.context.newCDPSession((page as ChromiumPage).page);
      const states: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`) && states.at(-1) !== v.runningStatus) states.push(v.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      await expect.poll(() => states.at(-1), { timeout: 10_000 }).toBe('running');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => states.at(-1), { timeout: 10_000 }).toBe('stopped');
      // the panel keeps asking the background; a new worker answers from the same database
      await b.send('ping', {});
      // the restart really happened: running → stopped → running, and the running worker started later
      await expect.poll(() => states.join(' ').replace(/stopping |starting /g, ''), { timeout: 10_000 }).toBe('running stopped running');
      const origins = async () => Promise.all(b.context.serviceWorkers().map((w) => w.evaluate(() => performance.timeOrigin).catch(() => 0)));
      await expect.poll(async () => Math.max(...(await origins())), { timeout: 10_000 }).toBeGreaterThan(startedAt0);
      const detail = await b.send('case.detail', { caseId });
      const running = detail.events.find((e: { stepNo: number }) => e.stepNo === 2);
      expect(running.startedAt).toBe(startedAt);
      expect(running.finishedAt).toBeNull();
      await panel.click('[data-testid="pandu-finish"]');
      await expect.poll(async () => (await b.send('case.detail', { caseId })).events.find((e: { stepNo: number }) => e.stepNo === 2).finishedAt, { timeout: 10_000 }).not.toBeNull();
      expect(before).toBeGreaterThanOrEqual(9);
    } finally {
      await b.close();
    }
  });
});
