import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, useE2E } from '../driver';

/**
 * Keyboard only: from the letter in hand to the filled SPSE form. After the panel is reached
 * (the show/hide command puts the focus in it), every step is a key: the focus moves to the next
 * logical control after each action, so the actions are counted and printed.
 */
const env = useE2E();
const letter = readFileSync('tests/fixtures/letters/01-inspektorat-kv.txt', 'utf8');
const focused = `(root) => { const el = root && root.activeElement; return el ? (el.getAttribute('data-testid') || el.tagName.toLowerCase() + ':' + (el.textContent || '').trim().slice(0, 40)) : null; }`;

describe(`[${env.name}] keyboard only: a case from a letter, the form filled`, () => {
  it('Kasus baru → paste → Baca surat → Simpan → Buka kasus → Isi formulir, with the focus following', async () => {
    env.sandbox.reset();
    await env.browser.send('settings.put', { autoCapture: false });
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
    await panel.waitFor('[data-testid="pandu-new-case"]');
    const focus = () => panel.run<string | null>(focused);
    // Reach the panel from the keyboard: the command (Alt+Shift+P) collapses, and again opens it with the focus inside.
    await env.browser.panelCommand(page);
    await panel.waitFor('[data-testid="pandu-tab"]');
    await env.browser.panelCommand(page);
    await panel.until(focus, (f) => f !== null, 10_000, 'focus in the panel');
    let tabs = 0;
    const keys: string[] = [];
    for (; tabs < 30 && (await focus()) !== 'pandu-new-case'; tabs++) await page.pressKey('Tab');
    expect(await focus()).toBe('pandu-new-case');
    const press = async (key: 'Enter' | 'Tab') => {
      keys.push(key);
      await page.pressKey(key);
    };
    await press('Enter'); // 1: Kasus baru
    await panel.until(focus, (f) => f?.startsWith('textarea') ?? false, 10_000, 'the letter box focused');
    await page.typeText(letter); // 2: paste the letter
    keys.push('paste');
    await press('Tab');
    await panel.until(focus, (f) => f === 'button:Baca surat', 10_000, '"Baca surat" focused');
    await press('Enter'); // 3: Baca surat
    await panel.until(focus, (f) => f === 'pandu-letter-confirm', 10_000, '"Simpan hasil pemeriksaan" focused');
    await press('Enter'); // 4: Simpan hasil pemeriksaan
    await panel.until(focus, (f) => f === 'pandu-open-case', 10_000, '"Buka kasus" focused');
    await press('Enter'); // 5: Buka kasus
    await panel.until(focus, (f) => f === 'pandu-fill-button', 15_000, '"Isi formulir" focused');
    await press('Enter'); // 6: Isi formulir
    const doc = documentOf(page);
    await doc.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => !!v && v.length > 3, 10_000);
    // Actions after the panel is reached: every Enter and the paste (a Tab is a move, not an action).
    const actions = keys.filter((k) => k !== 'Tab').length;
    console.log(`[bench] letter in hand → filled form: ${actions} actions, ${keys.length} keys (+${tabs} Tabs to reach "Kasus baru")`);
    expect(actions).toBeLessThanOrEqual(6);
    await page.close();
  });
});
