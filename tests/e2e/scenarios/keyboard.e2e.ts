import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentOf, useE2E, type E2EPage, type Panel } from '../driver';

/**
 * From the letter in hand to the filled SPSE form (issue 16 item 7: at most 4 actions). Every
 * user action the test makes goes through `act`, which counts it: a key chord, a key, a paste, a
 * click — each is 1. A Tab would count too (the path needs none: the focus moves to the next
 * logical control after each action). The user starts in SPSE's form with the panel open and no
 * case on show, the letter's text in the clipboard. `PANDU_ACTIONS_OUT=<file>` writes the counted
 * path as JSON (bench/actions.bench.ts prints it).
 */
const env = useE2E();
const letter = readFileSync('tests/fixtures/letters/01-inspektorat-kv.txt', 'utf8');
const focused = `(root) => { const el = root && root.activeElement; return el ? (el.getAttribute('data-testid') || el.tagName.toLowerCase() + ':' + (el.textContent || '').trim().slice(0, 40)) : null; }`;
const MAX_ACTIONS = 4;

type Counted = { way: string; browser: string; actions: string[] };

function counter(way: string) {
  const path: Counted = { way, browser: env.name, actions: [] };
  return {
    path,
    async act(name: string, run: () => Promise<unknown>) {
      path.actions.push(name);
      await run();
    },
  };
}

function record(path: Counted) {
  console.log(`[bench] letter in hand → filled form (${path.way}, ${path.browser}): ${path.actions.length} actions: ${path.actions.join(' → ')}`);
  const out = process.env.PANDU_ACTIONS_OUT;
  if (out) {
    const before = (() => {
      try {
        return JSON.parse(readFileSync(out, 'utf8')) as Counted[];
      } catch {
        return [];
      }
    })();
    writeFileSync(out, JSON.stringify([...before, path], null, 2));
  }
}

/** The user is in SPSE's form (the User ID field has the focus); the panel is open, no case on show. */
async function startInTheForm(): Promise<{ page: E2EPage; panel: Panel }> {
  env.sandbox.reset();
  await env.browser.send('settings.put', { autoCapture: false });
  const { page, panel } = await env.openSpse('/eproc4/admin/auditor/baru');
  await panel.waitFor('[data-testid="pandu-quick-letter-text"]');
  await page.bringToFront();
  await page.evaluate(`document.querySelector('[name="pegawai.peg_namauser"]').focus()`);
  return { page, panel };
}

async function formFilled(page: E2EPage) {
  const doc = documentOf(page);
  await doc.until(() => doc.value('[name="pegawai.peg_nama"]'), (v) => v === 'Dr. Budi Santoso, S.E., M.Si.', 15_000, 'the name filled into SPSE’s form');
  await expect(doc.value('[name="pegawai.peg_nip"]')).resolves.toBe('198001012005011001');
}

/** The end of the path: the form filled, the case on record; the count printed and held to the budget. */
async function arrived(page: E2EPage, number: string, path: Counted) {
  await formFilled(page);
  const { cases } = await env.browser.send<{ cases: Array<{ letter: { number: string | null }; sopId: string }> }>('case.list', {});
  expect(cases.map((c) => [c.letter.number, c.sopId])).toContainEqual([number, 'belitung-49-registrasi-user-id-auditor']);
  record(path);
  expect(path.actions.length).toBeLessThanOrEqual(MAX_ACTIONS);
  await page.close();
}

describe(`[${env.name}] letter in hand → filled form in at most ${MAX_ACTIONS} actions`, () => {
  it('keyboard only: Alt+Shift+P → Ctrl+V → Enter ("Simpan & buka kasus") → Enter ("Isi formulir"), the focus following', async () => {
    const { page, panel } = await startInTheForm();
    const focus = () => panel.run<string | null>(focused);
    const { path, act } = counter('keyboard');
    // 1. The panel's shortcut: the panel is open and the focus is on the page, so it moves the focus into the letter box.
    await act('Alt+Shift+P', () => env.browser.panelCommand(page));
    await panel.until(focus, (f) => f === 'pandu-quick-letter-text', 10_000, 'the letter box focused');
    // 2. Paste the letter (the clipboard's text arrives in one insertion): it is read at once.
    await act('Ctrl+V', () => page.insertText(letter));
    await panel.waitFor('[data-testid="pandu-letter-review"]', 20_000);
    await panel.until(focus, (f) => f === 'pandu-letter-open', 15_000, '"Simpan & buka kasus" focused');
    // 3. Confirm the review and open the case with the suggested SOP.
    await act('Enter', () => page.pressKey('Enter'));
    await panel.until(focus, (f) => f === 'pandu-fill-button', 20_000, '"Isi formulir" focused');
    // 4. Fill SPSE's form (the plan was on show; SPSE's own "Simpan" stays the user's).
    await act('Enter', () => page.pressKey('Enter'));
    await arrived(page, '700/045/INSP/2026', path);
  });

  it('mouse: click the letter box → paste → "Simpan & buka kasus" → "Isi formulir", each in sight without scrolling the panel', async () => {
    const { page, panel } = await startInTheForm();
    const { path, act } = counter('mouse');
    // Another letter (the same number twice would stop at the duplicate warning, as it should).
    const another = letter.replace('700/045/INSP/2026', '700/046/INSP/2026');
    /** The control is inside the panel's visible area now: reaching it takes no scroll. */
    const inSight = (selector: string) =>
      panel.until(
        () =>
          panel.run<boolean>(
            `(root, s) => { const el = root.querySelector(s); const body = root.querySelector('.pandu-body'); if (!el || !body) return false; const r = el.getBoundingClientRect(), b = body.getBoundingClientRect(); return r.height > 0 && r.top >= b.top && r.bottom <= b.bottom && r.bottom <= innerHeight; }`,
            selector,
          ),
        Boolean,
        20_000,
        `${selector} in sight without scrolling`,
      );
    await inSight('[data-testid="pandu-quick-letter-text"]');
    await act('click the letter box', () => panel.click('[data-testid="pandu-quick-letter-text"]'));
    await act('Ctrl+V', () => page.insertText(another));
    await inSight('[data-testid="pandu-letter-open"]');
    await act('click "Simpan & buka kasus"', () => panel.click('[data-testid="pandu-letter-open"]'));
    await inSight('[data-testid="pandu-fill-button"]');
    await act('click "Isi formulir"', () => panel.click('[data-testid="pandu-fill-button"]'));
    await arrived(page, '700/046/INSP/2026', path);
  });
});
