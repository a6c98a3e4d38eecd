import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axePage, axePanel, documentOf, useE2E, type AxeViolation } from '../driver';

/**
 * axe-core (from node_modules, no network) on every panel state — case list, step card, letter
 * review, fill plan, teach mode, page sample preview — and on the options page, the SOP viewer and the report page:
 * no serious or critical violation.
 */
const env = useE2E();
const INTAKE = '[data-testid="pandu-letter-intake"]';
const SOP_ID = 'belitung-49-registrasi-user-id-auditor';

const report = (v: AxeViolation[]) => v.map((x) => `${x.impact} ${x.id}: ${x.help}\n  ${x.targets.join('\n  ')}`).join('\n');

describe(`[${env.name}] accessibility (axe-core): no serious or critical violation`, () => {
  it('panel: case list and step card, letter review, fill plan, teach mode', async () => {
    await env.browser.send('settings.put', { autoCapture: false });
    const { case: kase } = await env.browser.send('case.open', {
      sopId: SOP_ID,
      letter: { number: '700/46/ITDA/2026', date: '2026-11-20', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [{ name: 'Agus Wibowo, S.E.', nip: '197812312003121004', position: 'Auditor Ahli Madya', email: 'agus@belitungkab.go.id', phone: '+6281234567890' }],
    });
    // A finished step: the report then has rows in every table (wide tables scroll).
    await env.browser.send('step.start', { caseId: kase.id, stepNo: 2, actor: null });
    await env.browser.send('step.finish', { caseId: kase.id, stepNo: 2 });
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    await panel.waitFor('[data-testid="pandu-case-list"]');
    await panel.waitFor('[data-testid="pandu-step"]');
    const states: Array<[string, AxeViolation[]]> = [['case list + step card + letter box + resize handle', await axePanel(env.browser, page)]];

    await panel.click('[data-testid="pandu-new-case"]');
    await panel.type(`${INTAKE} textarea`, readFileSync('tests/fixtures/letters/01-inspektorat-kv.txt', 'utf8'));
    await panel.waitFor('[data-testid="pandu-letter-review"]');
    await panel.waitFor('[data-testid="pandu-letter-open"]');
    states.push(['letter review with "Simpan & buka kasus"', await axePanel(env.browser, page)]);
    await panel.click('[data-testid="pandu-letter-confirm"]');
    await panel.click('[data-testid="pandu-open-case"]');
    await panel.waitFor('[data-testid="pandu-fill-preview"]');
    states.push(['fill plan', await axePanel(env.browser, page)]);

    await panel.click('[data-testid="pandu-teach"]');
    await panel.waitFor('[data-testid="pandu-teach-form"]');
    states.push(['teach mode', await axePanel(env.browser, page)]);

    await panel.click('[data-testid="pandu-sample-open"]');
    await panel.waitFor('[data-testid="pandu-sample-stats"]');
    states.push(['page sample preview', await axePanel(env.browser, page)]);
    for (const [state, violations] of states) expect(report(violations), state).toBe('');
    await page.close();
  });

  it('options page, SOP viewer and report page', async () => {
    const pages: Array<[string, string, string]> = [
      ['options', 'options.html', 'main'],
      ['SOP viewer', `options.html?section=sop&sop=${SOP_ID}`, `article.sop-viewer[data-sop-id="${SOP_ID}"]`],
      ['report', 'report.html', '[data-testid="agenda-table"]'],
    ];
    for (const [name, path, ready] of pages) {
      const page = await env.browser.newPage(env.browser.extensionUrl(path));
      await documentOf(page).waitFor(ready, 20_000);
      expect(report(await axePage(page)), name).toBe('');
      await page.close();
    }
  });
});
