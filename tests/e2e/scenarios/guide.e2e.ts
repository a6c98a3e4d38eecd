import { describe, expect, it } from 'vitest';
import { useE2E, WAIT_MS } from '../driver';

const env = useE2E();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const ALL_DONE = 'Semua langkah kasus ini selesai.';

describe(`[${env.name}] walk a whole SOP across sandbox pages`, () => {
  it('opens a case and the panel follows each step to the end', async () => {
    // Manual mode: with automatic capture off, only the staff's clicks record steps.
    await env.browser.send('settings.put', { autoCapture: false });
    const { case: c } = await env.browser.send('case.open', {
      sopId: SOP_ID,
      letter: { number: '700/45/ITDA/2026', date: '2026-11-20', sender: 'Inspektorat Daerah Kabupaten Belitung', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [{ name: 'Agus Wibowo, S.E.', nip: '197812312003121004', position: 'Auditor Ahli Madya', email: 'agus@belitungkab.go.id', phone: '+6281234567890' }],
    });

    const { page, panel } = await env.openSpse('/eproc4/home');
    await panel.waitFor('[data-testid="pandu-case-picker"]');
    await panel.select('[data-testid="pandu-case-picker"]', c.id);
    const shownStep = async () => {
      await panel.waitFor('[data-testid="pandu-step"]');
      return Number(await panel.attr('[data-testid="pandu-step"]', 'data-step-no'));
    };
    const allDone = async () => (await panel.text('[data-testid="pandu-panel"]'))?.includes(ALL_DONE) ?? false;

    // The Belitung SOP: 8 steps; step 1 is the auditor's own (the case starts at step 2, the first
    // LPSE step); step 3 is a decision, step 6 happens on the auditor form.
    const pageFor = (no: number) => (no === 6 ? '/eproc4/admin/auditor/baru' : no === 7 ? '/eproc4/admin/auditor' : '/eproc4/home');
    const walked: number[] = [];
    for (let guard = 0; guard < 12; guard++) {
      const no = await shownStep();
      if (walked.includes(no) && (await panel.attr('[data-testid="pandu-step"]', 'data-status')) === 'done') break;
      const target = env.sandbox.url + pageFor(no);
      if ((await page.url()) !== target) {
        await page.goto(target);
        await panel.waitForPanel();
        await panel.until(() => shownStep(), (n) => n === no, WAIT_MS, `step ${no} shown again`);
      }
      if (no === 6) await expect(panel.attr('[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe('auditor-form');
      walked.push(no);
      await panel.click('[data-testid="pandu-start"]');
      if (no === 3) {
        await panel.waitFor('[data-testid="pandu-decision"]');
        await expect(panel.text('[data-testid="pandu-decision"]')).resolves.toContain('lengkap?');
        await panel.click({ selector: '[data-testid="pandu-decision"] button', hasText: 'Ya' });
      } else {
        await panel.click('[data-testid="pandu-finish"]');
      }
      await panel.until(async () => (await shownStep().catch(() => -1)) !== no || (await allDone()), Boolean, WAIT_MS, `step ${no} done`);
      if (await allDone()) break;
    }
    await page.screenshot('guide-walk-done');
    expect(walked).toEqual([2, 3, 4, 5, 6, 7, 8]);

    // The log holds one finished event per step, with the decision stored.
    const detail = await env.browser.send('case.detail', { caseId: c.id });
    expect(detail.events.map((e: { stepNo: number }) => e.stepNo).sort((a: number, b: number) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    // The last step closed the case by itself, marked as automatic.
    expect(detail.case.status).toBe('done');
    expect(detail.caseEvents.map((e: { kind: string; auto: boolean }) => [e.kind, e.auto])).toEqual([['closed', true]]);
    expect(detail.events.some((e: { auto?: boolean }) => e.auto)).toBe(false);
    await env.browser.send('settings.put', { autoCapture: true });
    expect(detail.events.every((e: { finishedAt: string | null }) => e.finishedAt)).toBe(true);
    expect(detail.events.find((e: { stepNo: number }) => e.stepNo === 3).decision).toBe('yes');
    await page.close();
  });
});
