import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, useE2E, WAIT_MS, type E2EPage, type Panel } from '../driver';

/** The request letter: pasted or read from a file, reviewed, then the SPSE form pre-filled (password left empty). */
const env = useE2E();

const letter = (name: string) => readFileSync(`tests/fixtures/letters/${name}.txt`, 'utf8');
const INTAKE = '[data-testid="pandu-letter-intake"]';

/** Paste the letter into the panel, review it, open the case with the suggested SOP. */
async function openCaseFromLetter(panel: Panel, text: string, sopId: string) {
  await panel.click('[data-testid="pandu-new-case"]');
  // A pasted letter (one insertion) is read at once: no "Baca surat" press.
  await panel.type(`${INTAKE} textarea`, text);
  await panel.waitFor('[data-testid="pandu-letter-review"]');
  await panel.click('[data-testid="pandu-letter-confirm"]');
  await panel.until(() => panel.value('#pandu-case-sop'), (v) => v === sopId, WAIT_MS, `the suggested SOP ${sopId}`);
  await panel.click('[data-testid="pandu-open-case"]');
  await panel.waitFor('[data-testid="pandu-fill-preview"]');
}

const row = (attribute: string) => `[data-testid="pandu-fill-preview"] [data-testid="pandu-fill-row"][data-attribute="${attribute}"]`;
const submitted = (userId: string) => env.sandbox.submissions.find((s) => s.fields['pegawai.peg_namauser'] === userId);

async function submitWithSpseButton(page: E2EPage) {
  await page.waitForLoadAfter(() => documentOf(page).click('button[name="simpan"]'));
}

describe(`[${env.name}] pre-fill from the request letter`, () => {
  it('auditor form: paste, review, fill, submit with SPSE’s own button; exact values arrive, password left empty', async () => {
    env.sandbox.reset();
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    const doc = documentOf(page);
    await openCaseFromLetter(panel, letter('01-inspektorat-kv'), 'belitung-49-registrasi-user-id-auditor');

    await expect(panel.text(row('nip'))).resolves.toContain('198001012005011001');
    await expect(panel.count(row('password'))).resolves.toBe(0);
    await panel.click('[data-testid="pandu-fill-preview"] [data-testid="pandu-fill-button"]');
    await doc.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => v === 'Dr. Budi Santoso, S.E., M.Si.', WAIT_MS, 'the name filled');
    const userId = (await doc.value('[name="pegawai.peg_namauser"]'))!;
    expect(userId).toMatch(/^[a-z0-9._]{3,30}$/);
    await expect(doc.value('[name="pegawai.passw"]')).resolves.toBe('');
    await expect(doc.value('[name="pegawai.passw_konfirmasi"]')).resolves.toBe('');
    await page.screenshot('prefill-auditor-filled');

    // The letter's surat tugas and its sender (the Inspektorat) are filled too (issue 15).
    await expect(doc.value('[name="auditor.aud_no_surat_tugas"]')).resolves.toBe('700/031/ST/INSP/2026');
    await expect(doc.value('[name="auditor.aud_tgl_surat_tugas"]')).resolves.toBe('02-02-2026');
    await expect(doc.value('[name="auditor.aud_instansi"]')).resolves.toBe('INSPEKTORAT DAERAH');
    // What the letter does not hold, the user types; then SPSE's own Simpan button.
    await doc.type('[name="pegawai.peg_masa_berlaku"]', '31-12-2026');
    await page.pressKey('Tab'); // closes the date picker (after a moment, as in bootstrap-datepicker)
    await page.waitUntil(`[...document.querySelectorAll('.datepicker-dropdown')].every((p) => p.style.display === 'none')`);
    await submitWithSpseButton(page);
    const got = submitted(userId);
    expect(got, 'the sandbox server received the form').toBeTruthy();
    expect(got!.fields).toMatchObject({
      'pegawai.peg_nama': 'Dr. Budi Santoso, S.E., M.Si.',
      'pegawai.peg_nip': '198001012005011001',
      'pegawai.peg_email': 'budi.santoso@belitungkab.go.id',
      'pegawai.peg_mobile': '081277881234',
      'pegawai.peg_jabatan': 'Ketua Tim',
      'auditor.aud_instansi': 'INSPEKTORAT DAERAH',
      'auditor.aud_no_surat_tugas': '700/031/ST/INSP/2026',
      'auditor.aud_tgl_surat_tugas': '02-02-2026',
      'pegawai.passw': '',
      'pegawai.passw_konfirmasi': '',
    });
    expect(got!.fields.authenticityToken).toBeTruthy();
    await page.close();
  });

  it('pegawai form: pick the second PPK of the letter, the satker asked once for the sender, fill, submit; exact values arrive', async () => {
    env.sandbox.reset();
    const { page, panel } = await env.openSpse('/eproc4/pegawai/baru');
    const doc = documentOf(page);
    await openCaseFromLetter(panel, letter('03-dpupr-ppk-tab'), 'oganilir-04-user-id-ppk');
    await panel.click({ selector: '[data-testid="pandu-person-picker"] label', hasText: 'Lestari Handayani, S.T.' });
    await panel.until(() => panel.text(row('name')), (t) => !!t?.includes('Lestari Handayani, S.T.'));
    // The letter says PPK (the role is planned); it does not name the satker: asked once, remembered for the sender.
    await panel.until(() => panel.attr(row('roles'), 'data-skip'), (v) => v === 'false', WAIT_MS, 'the role planned');
    await panel.select('[data-testid="pandu-ask-sender"] select[data-attribute="satker"]', '21');
    await panel.click('[data-testid="pandu-ask-sender-save"]');
    await panel.until(() => panel.attr(row('satker'), 'data-skip'), (v) => v === 'false', WAIT_MS, 'the satker planned');
    await panel.waitForGone('[data-testid="pandu-ask-sender"]');
    await panel.click('[data-testid="pandu-fill-preview"] [data-testid="pandu-fill-button"]');
    await panel.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => v === 'Lestari Handayani, S.T.');
    const userId = (await doc.value('[name="pegawai.peg_namauser"]'))!;
    await submitWithSpseButton(page);
    expect(submitted(userId)?.fields).toMatchObject({
      'pegawai.peg_nama': 'Lestari Handayani, S.T.',
      'pegawai.peg_nip': '198606062010122003',
      'pegawai.peg_email': 'lestari.handayani86@yahoo.co.id',
      'pegawai.peg_mobile': '081379002211',
      'pegawai.peg_jabatan': 'PPK Bidang Cipta Karya',
      usergroup: 'PPK',
      'pegawai.satker_id': '21',
    });
    const stored = await env.browser.inExtension<Record<string, unknown>>(`return (await api.storage.local.get('pandu.senderDefaults'))['pandu.senderDefaults'];`);
    expect(stored).toEqual({ 'dinas pekerjaan umum dan penataan ruang': { satker: '21' } });
    await page.close();
  });
});

describe(`[${env.name}] reading a letter file in the panel`, () => {
  for (const file of ['letter.docx', 'letter.pdf']) {
    it(`reads ${file} (through the background) into the review`, async () => {
      const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
      await panel.click('[data-testid="pandu-new-case"]');
      await panel.setFiles(`${INTAKE} input[type="file"]`, [`tests/fixtures/letters/files/${file}`]);
      // Either the review or a visible error: fail at once with the error's text.
      const state = await panel.until(
        () => panel.run<{ review: boolean; alert: string | null }>(`(root) => ({ review: !!root?.querySelector('[data-testid="pandu-letter-review"]'), alert: root?.querySelector('${INTAKE} [role="alert"]')?.textContent ?? null })`),
        (s) => s.review || !!s.alert,
        15_000,
        'the letter review',
      );
      expect(state.alert).toBeNull();
      await expect(panel.count('[data-testid="pandu-letter-review"] [data-testid="pandu-letter-person"]')).resolves.toBeGreaterThan(0);
      await page.close();
    });
  }

  it('a scanned PDF with no readable text gets a clear message (after OCR finds none)', { timeout: 180_000 }, async () => {
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    await panel.click('[data-testid="pandu-new-case"]');
    await panel.setFiles(`${INTAKE} input[type="file"]`, ['tests/fixtures/letters/files/scanned.pdf']);
    // OCR on a loaded 2-core machine: generous.
    await panel.until(() => panel.text(`${INTAKE} [role="alert"]`), (t) => /pindaian/.test(t ?? ''), 150_000, 'the scanned-PDF message');
    await page.close();
  });
});
