import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSandboxBrowser, screenshotPath, sendFromPage } from './harness';
import { panelAttr, panelClick, panelCount, panelSelect, panelText, panelWaitFor, waitForPanel } from './panel-driver';

const env = useSandboxBrowser();

const SOP_ID = 'belitung-49-registrasi-user-id-auditor';

async function shownStep(page: Page): Promise<number> {
  return Number(await panelAttr(page, '[data-testid="pandu-step"]', 'data-step-no'));
}

describe('walk a whole SOP across sandbox pages', () => {
  it('opens a case and the panel follows each step to the end', async () => {
    const ext = await env.browser.context.newPage();
    await ext.goto(env.browser.extensionUrl('options.html'));
    // Manual mode: with automatic capture off, only the staff's clicks record steps.
    await sendFromPage(ext, 'settings.put', { autoCapture: false });
    const { case: c } = await sendFromPage(ext, 'case.open', {
      sopId: SOP_ID,
      letter: { number: '700/45/ITDA/2026', date: '2026-11-20', sender: 'Inspektorat Daerah Kabupaten Belitung', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [{ name: 'Agus Wibowo, S.E.', nip: '197812312003121004', position: 'Auditor Ahli Madya', email: 'agus@belitungkab.go.id', phone: '+6281234567890' }],
    });
    await ext.close();

    const page = await env.browser.context.newPage();
    await page.goto(env.sandbox.url + '/eproc4/home');
    await waitForPanel(page);
    await panelSelect(page, '[data-testid="pandu-case-picker"]', c.id);

    // The Belitung SOP: 8 steps; step 1 is the auditor's own (the case starts at step 2, the first
    // LPSE step); step 3 is a decision, step 6 happens on the auditor form.
    const pageFor = (no: number) => (no === 6 ? '/eproc4/admin/auditor/baru' : no === 7 ? '/eproc4/admin/auditor' : '/eproc4/home');
    const walked: number[] = [];
    for (let guard = 0; guard < 12; guard++) {
      const no = await shownStep(page);
      if (walked.includes(no) && (await panelAttr(page, '[data-testid="pandu-step"]', 'data-status')) === 'done') break;
      const target = env.sandbox.url + pageFor(no);
      if (page.url() !== target) {
        await page.goto(target);
        await waitForPanel(page);
        await expect.poll(() => shownStep(page), { timeout: 10_000 }).toBe(no);
      }
      if (no === 6) await expect(panelAttr(page, '[data-testid="pandu-page"]', 'data-page-id')).resolves.toBe('auditor-form');
      walked.push(no);
      await panelClick(page, '[data-testid="pandu-start"]');
      if (no === 3) {
        await panelWaitFor(page, '[data-testid="pandu-decision"]');
        await expect(panelText(page, '[data-testid="pandu-decision"]')).resolves.toContain('lengkap?');
        await panelClick(page, { sel: '[data-testid="pandu-decision"] button', hasText: 'Ya' });
      } else {
        await panelClick(page, '[data-testid="pandu-finish"]');
      }
      await expect.poll(async () => {
        const n = await shownStep(page).catch(() => -1);
        const done = await panelCount(page, { sel: '*', hasText: 'Semua langkah kasus ini selesai.' });
        return n !== no || done > 0;
      }, { timeout: 10_000 }).toBe(true);
      if ((await panelCount(page, { sel: '*', hasText: 'Semua langkah kasus ini selesai.' })) > 0) break;
    }
    await page.screenshot({ path: screenshotPath('guide-walk-done') });
    expect(walked).toEqual([2, 3, 4, 5, 6, 7, 8]);

    // The log holds one finished event per step, with the decision stored.
    const ext2 = await env.browser.context.newPage();
    await ext2.goto(env.browser.extensionUrl('options.html'));
    const detail = await sendFromPage(ext2, 'case.detail', { caseId: c.id });
    expect(detail.events.map((e: { stepNo: number }) => e.stepNo).sort((a: number, b: number) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    // The last step closed the case by itself, marked as automatic.
    expect(detail.case.status).toBe('done');
    expect(detail.caseEvents.map((e: { kind: string; auto: boolean }) => [e.kind, e.auto])).toEqual([['closed', true]]);
    expect(detail.events.some((e: { auto?: boolean }) => e.auto)).toBe(false);
    await sendFromPage(ext2, 'settings.put', { autoCapture: true });
    expect(detail.events.every((e: { finishedAt: string | null }) => e.finishedAt)).toBe(true);
    expect(detail.events.find((e: { stepNo: number }) => e.stepNo === 3).decision).toBe('yes');
    await ext2.close();
    await page.close();
  });
});
