import { describe, expect, it } from 'vitest';
import { panelOf, poll, useE2E, WAIT_MS } from '../driver';

/**
 * Issue 14: on a page the panel showed before, the bootstrap paints the panel's first frame at
 * once (lib/extension/first-frame.ts) and the panel takes it over. The frame the user sees before
 * the panel comes must be the panel's own: same place, same step, the page's space reserved, and
 * inert (nothing in it answers until the live panel replaced it).
 */
const env = useE2E();
const PATH = '/eproc4/admin/auditor/baru';

type Look = { box: { x: number; y: number; width: number; height: number }; step: string; page: string | null; inert: boolean };
const LOOK = `(root) => {
  const panel = root.querySelector('[data-testid="pandu-panel"]');
  const r = panel.getBoundingClientRect();
  return {
    box: { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) },
    step: root.querySelector('[data-testid="pandu-step"]')?.textContent ?? '',
    page: root.querySelector('[data-testid="pandu-page"]')?.getAttribute('data-page-id') ?? null,
    inert: root.querySelector('.pandu-root').hasAttribute('inert'),
  };
}`;

describe(`[${env.name}] the panel's first frame, painted by the bootstrap`, () => {
  it('is the live panel’s own first frame: same place and step, the page’s space reserved, inert until the panel takes over', async () => {
    // A first visit: the live panel keeps its first frame in extension storage.
    const { page, panel } = await env.openSpse(PATH);
    await panel.waitFor('[data-testid="pandu-step"]');
    const live = await panel.run<Look>(LOOK);
    expect(live.inert).toBe(false);
    expect(live.page).toBe('auditor-form');
    expect(live.step).not.toBe('');
    await poll(
      () => env.browser.inExtension<string[]>(`const got = await api.storage.local.get('pandu.panel.firstFrames'); return (got['pandu.panel.firstFrames'] ?? []).map((f) => f.pageId);`),
      (ids) => ids.includes('auditor-form'),
      WAIT_MS,
      'the first frame kept',
    );
    await page.close();

    // The same page again, the panel held back (sandbox builds only): what the bootstrap painted.
    const held = await env.browser.newPage(env.sandbox.url + PATH + '#pandu-hold-first-frame');
    const first = panelOf(env.browser, held);
    await first.waitForPanel();
    const look = await first.run<Look>(LOOK);
    expect(look).toEqual({ ...live, inert: true });
    await expect(held.evaluate<string>('getComputedStyle(document.documentElement).marginRight')).resolves.toBe(`${live.box.width}px`);
    // The panel did not mount: the frame is the bootstrap's alone.
    await expect(env.browser.inContentScript<boolean | null>(held, 'globalThis.__panduPanelMounted ?? null')).resolves.not.toBe(true);
    await held.close();

    // And a normal load: the live panel takes the frame over (not inert, one panel, the same step).
    const again = await env.openSpse(PATH);
    await again.panel.until(() => again.panel.run<Look>(LOOK), (l) => !l.inert, undefined, 'the live panel in the first frame’s place');
    const taken = await again.panel.run<Look>(LOOK);
    expect(taken.step).toBe(live.step);
    await expect(again.panel.count('[data-testid="pandu-panel"]')).resolves.toBe(1);
    await again.page.close();
  });
});
