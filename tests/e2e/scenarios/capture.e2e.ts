import { describe, expect, it } from 'vitest';
import { documentOf, useE2E, type Panel, WAIT_MS } from '../driver';

/** Automatic capture: the PPK case from letter to done, manual clicks only outside SPSE. */
const env = useE2E();

const stepNo = async (panel: Panel) => Number(await panel.attr('[data-testid="pandu-step"]', 'data-step-no'));
const stepStatus = (panel: Panel) => panel.attr('[data-testid="pandu-step"]', 'data-status');
const stepNoIs = (panel: Panel, no: number) => panel.until(() => stepNo(panel), (n) => n === no, WAIT_MS, `step ${no} shown`);
const statusIs = (panel: Panel, status: string) => panel.until(() => stepStatus(panel), (s) => s === status, WAIT_MS, `step ${status}`);

describe(`[${env.name}] automatic capture: the PPK case from letter to done`, () => {
  it('manual clicks only for the steps outside SPSE; "Isi formulir" starts the SPSE step, SPSE’s error shows, its success finishes it', async () => {
    env.sandbox.reset();
    const { case: c } = await env.browser.send('case.open', {
      sopId: 'oganilir-04-user-id-ppk',
      letter: { number: '027/88/DISDIK/XI/2026', date: '2026-11-20', sender: 'Dinas Pendidikan', subject: 'Permohonan User ID PPK', role: 'ppk' },
      people: [{ name: 'Lestari Handayani, S.T.', nip: '198606062010122003', email: 'lestari.handayani86@yahoo.co.id', phone: '081379002211', position: 'PPK Bidang Cipta Karya' }],
    });
    const { page, panel } = await env.openSpse('/eproc4/home');
    const doc = documentOf(page);
    await panel.select('[data-testid="pandu-case-picker"]', c.id);

    // Steps 1–3 happen outside SPSE (letter, checks, approval): the staff's own clicks.
    for (const no of [1, 2, 3]) {
      await stepNoIs(panel, no);
      await panel.click('[data-testid="pandu-start"]');
      if (no === 3) await panel.click({ selector: '[data-testid="pandu-decision"] button', hasText: 'Ya' }); // "lengkap dan disetujui?"
      else await panel.click('[data-testid="pandu-finish"]');
    }
    await stepNoIs(panel, 4);

    // The pointer leads from the home page to the pegawai form (a link the user follows).
    const open = '[data-testid="pandu-pointer-open"]';
    await expect(panel.text(open)).resolves.toBe('Buka halaman: Formulir Pegawai (PPK/Pokja)');
    await expect(panel.attr(open, 'href')).resolves.toBe(env.sandbox.url + '/eproc4/pegawai/baru');
    await page.waitForLoadAfter(() => panel.click(open));
    await panel.waitForPanel();
    // On arrival: SPSE's own Simpan is outlined, with a one-line hint; nothing is clicked for the user.
    await doc.until(() => doc.count('button[name="simpan"][data-pandu-pointer]'), (n) => n === 1, WAIT_MS, 'Simpan outlined');
    await panel.until(() => panel.text('[data-testid="pandu-pointer-hint"]'), (t) => !!t?.includes('tekan Simpan'), WAIT_MS, 'the pointer hint');
    expect(env.sandbox.submissions.length).toBe(0);
    // Step 4 happens on the pegawai form: arriving does not start it, "Isi formulir" does.
    await stepNoIs(panel, 4);
    await expect(stepStatus(panel)).resolves.toBe('pending');
    await panel.click('[data-testid="pandu-fill-button"]');
    await panel.until(() => panel.attr('[data-testid="pandu-auto-notice"]', 'data-kind'), (k) => k === 'started', WAIT_MS, 'the "started" notice');
    await statusIs(panel, 'running');

    // Saved without a role (the user unticks the PPK the letter asked for): SPSE refuses; the panel shows it and the step stays open.
    const ppk = 'input[name="usergroup"][value="PPK"]';
    await doc.until(() => doc.count(`${ppk}:checked`), (n) => n === 1, WAIT_MS, 'the role filled from the letter');
    await doc.click(ppk);
    await doc.until(() => doc.count(`${ppk}:checked`), (n) => n === 0, WAIT_MS, 'the role unticked');
    await page.waitForLoadAfter(() => doc.click('button[name="simpan"]'));
    await panel.waitForPanel();
    await panel.until(() => panel.text('[data-testid="pandu-spse-rejected"]'), (t) => !!t?.includes('SPSE menolak: '), WAIT_MS, 'SPSE’s refusal in the panel');
    await expect(panel.text('[data-testid="pandu-spse-rejected"]')).resolves.toContain('Peran wajib diisi');
    await statusIs(panel, 'running');
    await page.screenshot('capture-rejected');

    // Saved with the role: SPSE's "Data berhasil disimpan" on the list finishes step 4 and proposes 5.
    if (!(await doc.value('[name="pegawai.peg_nama"]'))) await panel.click('[data-testid="pandu-fill-button"]');
    await doc.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => !!v, WAIT_MS, 'the form filled again');
    if ((await doc.count(`${ppk}:checked`)) === 0) await doc.click(ppk);
    await doc.until(() => doc.count(`${ppk}:checked`), (n) => n === 1, WAIT_MS, 'the role ticked');
    await page.waitForLoadAfter(() => doc.click('button[name="simpan"]'));
    await panel.waitForPanel();
    await panel.until(() => panel.attr('[data-testid="pandu-auto-notice"]', 'data-kind'), (k) => k === 'finished', WAIT_MS, 'the "finished" notice');
    await expect(panel.text('[data-testid="pandu-auto-notice"]')).resolves.toContain('Berikutnya: langkah 5');
    await stepNoIs(panel, 5);

    // Step 5 (handing the user ID to the PPK) is outside SPSE again: one manual step, and the case is done.
    await panel.click('[data-testid="pandu-start"]');
    await panel.click('[data-testid="pandu-finish"]');
    await panel.until(() => panel.text('[data-testid="pandu-case-status"]'), (t) => t === 'Selesai', WAIT_MS, 'the case done');
    await page.screenshot('capture-done');

    const d = await env.browser.send('case.detail', { caseId: c.id });
    const byStep = (no: number) => d.events.find((e: { stepNo: number }) => e.stepNo === no);
    expect(d.events).toHaveLength(5);
    expect(byStep(4)).toMatchObject({ auto: true, autoFinished: true });
    for (const no of [1, 2, 3, 5]) expect(byStep(no).auto ?? false).toBe(false);
    expect(d.case.status).toBe('done');
    await page.close();
  });
});
