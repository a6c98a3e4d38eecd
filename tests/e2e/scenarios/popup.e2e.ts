import { describe, expect, it } from 'vitest';
import { axePage, documentOf, panelOf, useE2E, WAIT_MS } from '../driver';

/**
 * The toolbar popup (popup.html, opened here as a page of its own: chrome-extension:// or
 * moz-extension://): the open cases with the panel's live timer badge, "Buka panel di tab ini"
 * opening the panel on the SPSE tab, links to the report and the settings, no axe violation.
 */
const env = useE2E();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const ALL_HOURS = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { from: '00:00', to: '24:00' }]));

describe(`[${env.name}] toolbar popup`, () => {
  it('shows the open case with its running timer and opens the panel on the SPSE tab', async () => {
    const b = env.browser;
    await b.send('settings.put', { workingHours: ALL_HOURS, nationalHolidays: false, localHolidays: [], autoCapture: false });
    // The case as the panel opens it (the same messages), step 2 (10-minute standard) running for 6 minutes.
    const { case: c } = await b.send('case.open', { sopId: SOP_ID, letter: { number: 'ST-POPUP/2026', sender: 'Inspektorat Daerah' }, people: [{ name: 'Auditor Popup' }] });
    await b.send('step.start', { caseId: c.id, stepNo: 1, at: new Date(Date.now() - 20 * 60_000).toISOString() });
    await b.send('step.finish', { caseId: c.id, stepNo: 1 });
    await b.send('step.start', { caseId: c.id, stepNo: 2, at: new Date(Date.now() - 6 * 60_000).toISOString() });

    // An SPSE page Pandu does not recognise: no panel until the user asks for it.
    const spse = await b.newPage(env.sandbox.url + '/eproc4/admin/satker');
    await spse.waitUntil(`document.querySelectorAll('pandu-panel').length === 1`); // the bootstrap has run
    const panel = panelOf(b, spse);
    expect(await panel.present()).toBe(false);

    const popup = await b.newPage(b.extensionUrl('popup.html'));
    const doc = documentOf(popup);
    const item = `[data-testid="popup-case"][data-case-id="${c.id}"]`;
    await doc.waitFor(`${item} [data-testid="pandu-timer"]`);
    const timer = await doc.until(() => doc.text(`${item} [data-testid="pandu-timer"]`), (t) => /\d+ menit kerja/.test(t ?? ''), WAIT_MS, 'the popup timer');
    const minutes = Number(/(\d+) menit kerja/.exec(timer ?? '')?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(6);
    expect(minutes).toBeLessThan(12);
    expect(await doc.text(item)).toContain('ST-POPUP/2026');
    expect(await doc.attr(`${item} [data-testid="pandu-timer"]`, 'data-verdict')).toMatch(/on-time|warning|late/);
    expect(await doc.attr('[data-testid="popup-report"]', 'href')).toBe(b.extensionUrl('report.html'));
    expect(await doc.attr('[data-testid="popup-options"]', 'href')).toBe(b.extensionUrl('options.html'));
    const violations = await axePage(popup);
    expect(violations.map((v) => `${v.impact} ${v.id}: ${v.targets.join(' | ')}`).join('\n')).toBe('');

    await doc.click('[data-testid="popup-open-panel"]');
    await doc.until(() => doc.text('[data-testid="popup-open-status"]'), (t) => t === 'Panel terbuka di tab SPSE.', WAIT_MS, 'the popup to say the panel opened');
    await panel.waitFor('[data-testid="pandu-panel"]');
    expect(await panel.attr('[data-testid="pandu-page"]', 'data-page-id')).toBe('unknown');
    // Pressed again, the panel stays open (the popup opens, it never toggles it shut).
    await doc.click('[data-testid="popup-open-panel"]');
    await doc.until(() => doc.text('[data-testid="popup-open-status"]'), (t) => t === 'Panel terbuka di tab SPSE.', WAIT_MS, 'the second press to be answered');
    await panel.waitFor('[data-testid="pandu-panel"]');
    await popup.close();
    await spse.close();
  });
});
