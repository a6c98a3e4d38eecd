import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, launchE2EBrowser, useE2E, type Scope, WAIT_MS } from '../driver';

/**
 * The SOP editor in the built extension: a seed SOP edited into a new version (a mutu baku changed,
 * a step added), a case opened on that version, the panel and the report using it; a draft from a
 * Word table saved, exported as JSON and imported into another Pandu (a fresh browser profile).
 */
const env = useE2E();
const SOP_ID = 'belitung-49-registrasi-user-id-auditor';
const DRAFT_ID = 'draf-reset-password-pengguna-non-penyedia';

/** A field of step n in the editor (its box is the fieldset whose legend reads "Langkah n"). */
async function stepField(doc: Scope, n: number, field: 'activity' | 'duration'): Promise<string> {
  const box = `fieldset.sop-step-edit[data-step-edit="${n}"]`;
  await doc.until(() => doc.text(`${box} > legend`), (t) => t === `Langkah ${n}`, WAIT_MS, `the box of Langkah ${n}`);
  return `${box} #step-${n - 1}-${field}`;
}

const textIs = (doc: Scope, selector: string, want: string) => doc.until(() => doc.text(selector), (t) => t === want, WAIT_MS, `${selector} to read ${want}`);
const button = (text: string) => ({ selector: 'button', hasText: new RegExp(`^${text.replace(/[()…]/g, '\\$&')}$`) });

describe(`[${env.name}] SOP editor`, () => {
  it('edits a seed SOP into version 2; a new case uses it in the panel and the report', async () => {
    const page = await env.browser.newPage(env.browser.extensionUrl(`options.html?section=sop&sop=${SOP_ID}`));
    const doc = documentOf(page);
    // A case opened before the edit stays on version 1.
    const { case: before } = await env.browser.send('case.open', {
      sopId: SOP_ID,
      letter: { number: '700/50/ITDA/2026', date: '2026-11-26', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [],
    });
    expect(before.sopVersion).toBe('1');
    await doc.click(button('Ubah (simpan sebagai versi baru)'));

    // Step 2's mutu baku: 10 menit → 20 menit, read live.
    await doc.type(await stepField(doc, 2, 'duration'), '20 menit');
    await textIs(doc, '[data-testid="reading-1"]', 'Terbaca: 20 menit');
    await textIs(doc, '.sop-editor-preview tr[data-step="2"] .sop-time', '20 menit');

    // A step after step 7, by keyboard: focus the button and press Enter.
    await doc.focus(button('Sisipkan langkah sesudah 7'));
    await page.pressKey('Enter');
    // The old step 8 moves to 9; "Langkah 8" is the new, empty step from here on.
    await doc.waitFor('fieldset.sop-step-edit[data-step-edit="9"]');
    await expect(doc.value('#step-7-activity')).resolves.toBe('');
    await doc.type(await stepField(doc, 8, 'activity'), 'Admin LPSE mencatat USER ID Auditor dalam buku register');
    await doc.type(await stepField(doc, 8, 'duration'), '1 x 24 jam');
    await textIs(doc, '[data-testid="reading-7"]', 'Terbaca: 24 jam');
    await expect(doc.count('.sop-editor-preview table.sop-steps tbody tr')).resolves.toBe(9);
    await page.screenshot('sop-editor');
    await doc.click(button('Simpan sebagai versi baru'));
    await doc.waitFor({ selector: '[role="status"]', hasText: `Disimpan: ${SOP_ID} versi 2` });

    // A case opened now starts on version 2 (and keeps it).
    const { case: c } = await env.browser.send('case.open', {
      sopId: SOP_ID,
      letter: { number: '700/51/ITDA/2026', date: '2026-11-27', sender: 'Inspektorat Daerah', subject: 'Permohonan User ID Auditor', role: 'auditor' },
      people: [{ name: 'Rina Kartika, S.E.', nip: '199002142015032001', position: 'Auditor', email: 'rina@belitungkab.go.id', phone: '+6281377889900' }],
    });
    expect(c.sopVersion).toBe('2');

    // The panel: 9 steps in the flow; the case starts at step 2 (step 1 is the auditor's own, the
    // first LPSE step is 2), which shows the new standard.
    const spse = await env.openSpse('/eproc4/home');
    const panel = spse.panel;
    await panel.select('[data-testid="pandu-case-picker"]', c.id);
    await panel.until(() => panel.count('[data-testid="pandu-flow"] li'), (n) => n === 9, WAIT_MS, '9 steps in the flow');
    await expect(panel.text('[data-testid="pandu-flow"]')).resolves.toContain('8. Admin LPSE mencatat USER ID Auditor');
    await panel.until(() => panel.attr('[data-testid="pandu-step"]', 'data-step-no'), (n) => n === '2', WAIT_MS, 'step 2 shown');
    await expect(panel.text('[data-testid="pandu-step"]')).resolves.toContain('20 menit');
    await panel.click('[data-testid="pandu-start"]');
    await panel.until(() => panel.attr('[data-testid="pandu-step"]', 'data-status'), (s) => s === 'running', WAIT_MS, 'step 2 running');
    await spse.page.screenshot('sop-editor-panel');
    await panel.select('[data-testid="pandu-case-picker"]', before.id);
    await panel.until(() => panel.count('[data-testid="pandu-flow"] li'), (n) => n === 8, WAIT_MS, '8 steps in the flow of version 1');
    await spse.page.close();

    // The report measures the case against version 2.
    const report = await env.browser.newPage(env.browser.extensionUrl('report.html'));
    const rdoc = documentOf(report);
    await rdoc.waitFor('[data-testid="sla-steps"]');
    await rdoc.until(() => rdoc.text('[data-testid="sla-steps"]'), (t) => !!t?.includes('20 menit'), WAIT_MS, 'the SLA steps with 20 menit');
    await expect(rdoc.text('[data-testid="sla-sops"]')).resolves.toContain('Permohonan Registrasi USER ID Auditor pada LPSE (versi 2)');
    await report.close();
    await page.close();
  });

  it('drafts from a .docx Word table, saves it, exports JSON and imports it into another Pandu', async () => {
    const page = await env.browser.newPage(env.browser.extensionUrl('options.html?section=sop'));
    const doc = documentOf(page);
    await doc.click(button('Draf dari dokumen SOP…'));
    await doc.setFiles('.sop-draft-form input[type="file"]', ['tests/fixtures/sop/files/reset-password.docx']);
    await doc.until(() => doc.value('#sop-edit-title'), (v) => v === 'Reset Password Pengguna Non Penyedia', 15_000, 'the drafted SOP name');
    await expect(doc.text('.sop-flags')).resolves.toContain('steps[2].decision');
    const lanes = await doc.run<string[]>(`(root) => [...root.querySelectorAll('.sop-editor-preview th.sop-lane-head')].map((th) => th.innerText)`);
    expect(lanes).toEqual(['Pemohon', 'Helpdesk', 'Admin PPE', 'Kepala UKPBJ']);
    await expect(doc.count('.sop-editor-preview tr[data-step="3"] svg[data-symbol="decision"]')).resolves.toBe(1);
    await doc.click(button('Simpan sebagai versi baru'));
    await doc.waitFor({ selector: '[role="status"]', hasText: `Disimpan: ${DRAFT_ID} versi 1` });
    await doc.click(button('Tutup editor'));
    await doc.waitFor(`article.sop-viewer[data-sop-id="${DRAFT_ID}"]`);

    const download = await page.download(() => doc.click(button('Ekspor JSON')));
    const json = JSON.parse(readFileSync(download.path, 'utf8')) as { id: string; steps: { duration: { text: string } }[] };
    expect(json.id).toBe(DRAFT_ID);
    expect(json.steps.map((s) => s.duration.text)).toEqual(['10 menit', '5 menit', '15 menit', '1 hari kerja', '1 x 24 jam', '']);
    await page.close();

    // Another LPSE's Pandu: a fresh profile imports the file.
    const other = await launchE2EBrowser();
    try {
      const p2 = await other.newPage(other.extensionUrl('options.html?section=sop'));
      const doc2 = documentOf(p2);
      await doc2.setFiles('.sop-import input[type="file"]', [download.path]);
      await doc2.waitFor({ selector: '[role="status"]', hasText: /Diimpor: 1 SOP/ });
      await doc2.waitFor(`article.sop-viewer[data-sop-id="${DRAFT_ID}"]`);
      await expect(doc2.count('article.sop-viewer table.sop-steps tbody tr')).resolves.toBe(6);
    } finally {
      await other.close();
    }
  });
});
