import { describe, expect, it } from 'vitest';
import { poll, useE2E, WAIT_MS, type Panel } from '../driver';

/** A case and its running step's timer survive a reload; the step's alarm becomes a notification. */
const env = useE2E();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const ALL_HOURS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { from: '00:00', to: '24:00' }]));

/** A case whose step 2 (10-minute standard) started 9 minutes ago, in a 24/7 calendar. */
async function caseWithRunningStep(letterNumber: string): Promise<{ caseId: string; eventId: string; startedAt: string }> {
  const b = env.browser;
  await b.send('settings.put', { workingHours: ALL_HOURS, nationalHolidays: false, localHolidays: [] });
  const { case: c } = await b.send('case.open', { sopId: SOP_ID, letter: { number: letterNumber }, people: [{ name: 'Auditor Satu' }] });
  await b.send('step.start', { caseId: c.id, stepNo: 1, at: new Date(Date.now() - 20 * 60_000).toISOString() });
  await b.send('step.finish', { caseId: c.id, stepNo: 1 });
  const { event } = await b.send('step.start', { caseId: c.id, stepNo: 2, at: new Date(Date.now() - 9 * 60_000).toISOString() });
  return { caseId: c.id, eventId: event.id, startedAt: event.startedAt };
}

async function showCase(panel: Panel, caseId: string) {
  await panel.waitFor('[data-testid="pandu-case-picker"]');
  if ((await panel.value('[data-testid="pandu-case-picker"]')) !== caseId) await panel.select('[data-testid="pandu-case-picker"]', caseId);
  await panel.waitFor('[data-testid="pandu-step"][data-status="running"]');
}

async function timerMinutes(panel: Panel): Promise<number> {
  const text = await panel.until(() => panel.text('[data-testid="pandu-timer"]'), (t) => /\d+ menit kerja/.test(t ?? ''), WAIT_MS, 'the step timer');
  return Number(/(\d+) menit kerja/.exec(text ?? '')?.[1] ?? NaN);
}

describe(`[${env.name}] cases, timers and alarms`, () => {
  it('the active case and its running step’s timer survive a reload of the SPSE page', async () => {
    const { caseId } = await caseWithRunningStep('ST-RELOAD/2026');
    const { page, panel } = await env.openSpse('/eproc4/home');
    await showCase(panel, caseId);
    expect(await timerMinutes(panel)).toBeGreaterThanOrEqual(9);

    await page.reload();
    await panel.waitForPanel();
    await panel.waitFor('[data-testid="pandu-step"][data-status="running"]');
    // the active case was remembered; the time is counted from the stored start
    await expect(panel.value('[data-testid="pandu-case-picker"]')).resolves.toBe(caseId);
    await expect(panel.attr('[data-testid="pandu-step"]', 'data-step-no')).resolves.toBe('2');
    const minutes = await timerMinutes(panel);
    expect(minutes).toBeGreaterThanOrEqual(9);
    expect(minutes).toBeLessThan(15);
    // 9+ of 10 minutes used: warning (≥ 80 %)
    await expect(panel.attr('[data-testid="pandu-timer"]', 'data-verdict')).resolves.toMatch(/warning|late/);

    // Finishing from the panel reaches the stored log.
    await panel.click('[data-testid="pandu-finish"]');
    await panel.until(
      async () => (await env.browser.send('case.detail', { caseId })).events.find((e: { stepNo: number }) => e.stepNo === 2)?.finishedAt ?? null,
      (v) => v !== null,
      WAIT_MS,
      'step 2 to be stored as finished',
    );
    await page.close();
  });

  it('a running step past 80 % of its standard raises the warning alarm, shown as a notification', async () => {
    // Headless Firefox closes notifications at once: record onShown/onClosed (and what is still open).
    await env.browser.inExtension(`
      const g = globalThis;
      g.__panduSeen = [];
      api.notifications.onShown?.addListener((id) => g.__panduSeen.push('shown:' + id));
      api.notifications.onClosed.addListener((id) => g.__panduSeen.push('closed:' + id));`);
    const { eventId } = await caseWithRunningStep('ST-ALARM/2026');
    const wanted = `pandu-step:warning:${eventId}`;
    const seen = await poll(
      () => env.browser.inExtension<string[]>(`return [...globalThis.__panduSeen, ...Object.keys(await api.notifications.getAll()).map((id) => 'open:' + id)];`),
      // Firefox (headless) shows and closes it at once: wait for its event. Chromium keeps it open (getAll).
      (got) => got.some((s) => s.endsWith(wanted) && (env.name === 'chromium' || /^(shown|closed):/.test(s))),
      20_000,
      `notification ${wanted}`,
    );
    expect(seen.filter((s) => s.endsWith(wanted)).length).toBeGreaterThan(0);
    if (env.name === 'firefox') expect(seen.filter((s) => s === `shown:${wanted}` || s === `closed:${wanted}`).length).toBeGreaterThan(0);
  });
});
