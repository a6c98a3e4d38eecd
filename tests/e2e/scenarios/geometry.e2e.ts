import { describe, expect, it } from 'vitest';
import { axePanel, useE2E, type AxeViolation, type E2EPage } from '../driver';

/**
 * The panel beside SPSE at 1024, 1366 and 1920 px (issue 16 item 1): on sandbox SPSE pages with
 * the panel open, no visible SPSE control (inputs, selects, buttons, links — the "Ubah" column
 * included) is covered by the panel where the user cannot reach it. For every control the test
 * brings it into the window as a user would (vertical scroll), then asks the browser what is at
 * the control's centre (`elementFromPoint`): the control itself, or — when the panel is on top —
 * the page must scroll sideways to bring it out from under the panel, and a control that takes
 * the keyboard focus under the panel must be scrolled clear without any scrolling by the user.
 * Screenshots of each state go to test-results/ (not committed); the assertions are the test.
 */
const env = useE2E();
const WIDTHS = [1024, 1366, 1920] as const;
const HEIGHT = 768;
const PAGES = [
  ['auditor-list', '/eproc4/admin/auditor'],
  ['auditor-form', '/eproc4/admin/auditor/baru'],
  ['pegawai-list', '/eproc4/pegawai'],
  ['admin-agency-list-national', '/lkpp/admin/adminagency'],
  ['penyedia-detail', '/eproc4/rekanan/101/verifikasi'],
] as const;

type Coverage = {
  checked: number;
  /** Controls that needed a sideways scroll to come out from under the panel. */
  scrolledClear: number;
  /** Controls under the panel that the page could not scroll clear (the defect). */
  covered: string[];
  /** Controls under the panel that stayed hidden when they took the focus. */
  focusHidden: string[];
  panelLeft: number;
  pageWidth: number;
};

/** Runs in the page's main world: the panel is the `<pandu-panel>` host (its closed root is opaque here). */
const COVERAGE = `(() => {
  // The panel's left edge: where, from the right, the point stops hitting the panel (its host; the root is closed).
  const edge = () => {
    const y = Math.round(window.innerHeight / 2);
    let x = document.documentElement.clientWidth - 1;
    while (x > 0 && document.elementFromPoint(x, y)?.tagName.toLowerCase() === 'pandu-panel') x -= 1;
    return x + 1;
  };
  const panelLeft = edge();
  const describe = (el) => (el.tagName.toLowerCase() + (el.name ? '[name=' + el.name + ']' : '') + ':' + (el.textContent || el.value || '').trim().slice(0, 30));
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    for (let e = el; e; e = e.parentElement) { const cs = getComputedStyle(e); if (cs.visibility === 'hidden' || cs.display === 'none' || cs.opacity === '0') return false; }
    return true;
  };
  const hitAt = (el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, 12), y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return hit === el || el.contains(hit) ? 'self' : hit && hit.tagName.toLowerCase() === 'pandu-panel' ? 'panel' : 'other';
  };
  const out = { checked: 0, scrolledClear: 0, covered: [], focusHidden: [], panelLeft: 0, pageWidth: document.documentElement.scrollWidth };
  const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]')].filter((el) => !el.closest('pandu-panel') && visible(el));
  for (const el of controls) {
    out.checked++;
    window.scrollTo(0, window.scrollY);
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (hitAt(el) !== 'panel') continue;
    // Under the panel: the user scrolls sideways until the control is clear of the panel's edge.
    const r = el.getBoundingClientRect();
    window.scrollBy(Math.ceil(r.left + Math.min(r.width / 2, 12) - panelLeft + 16), 0);
    if (hitAt(el) === 'panel') out.covered.push(describe(el) + ' @' + Math.round(r.left) + 'px');
    else out.scrolledClear++;
    // The keyboard: from the same place, the control takes the focus and is scrolled clear by Pandu.
    window.scrollTo(0, window.scrollY);
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (typeof el.focus === 'function' && el.tabIndex >= 0) {
      el.focus();
      if (document.activeElement === el && hitAt(el) === 'panel') out.focusHidden.push(describe(el));
      el.blur();
    }
  }
  window.scrollTo(0, 0);
  out.panelLeft = Math.round(panelLeft);
  return out;
})()`;

async function coverage(page: E2EPage): Promise<Coverage> {
  return page.evaluate<Coverage>(COVERAGE);
}

const report = (v: AxeViolation[]) => v.map((x) => `${x.impact} ${x.id}: ${x.help}\n  ${x.targets.join('\n  ')}`).join('\n');

describe(`[${env.name}] the panel beside SPSE at 1024, 1366 and 1920 px: no control out of reach`, () => {
  for (const width of WIDTHS) {
    it(`${width} × ${HEIGHT}: every visible SPSE control is clear of the panel or scrolls clear, also when focused`, async () => {
      const { page, panel } = await env.openSpse(PAGES[0][1]);
      await page.setViewport(width, HEIGHT);
      await panel.waitFor('[data-testid="pandu-panel"]');
      const expectedMode = width < 1200 ? 'overlay' : 'dock';
      await panel.until(() => panel.attr('[data-testid="pandu-panel"]', 'data-mode'), (m) => m === expectedMode, 10_000, `the ${expectedMode} mode`);
      const lines: string[] = [];
      for (const [name, path] of PAGES) {
        await page.goto(env.sandbox.url + path);
        await panel.waitFor('[data-testid="pandu-panel"]');
        // The page is laid out beside the panel (dock margin or overlay spacer) before it is measured.
        await page.waitUntil(`!!document.querySelector('pandu-dock-space')`);
        await page.bringToFront(); // focus events fire only in the window in front (Firefox)
        const c = await coverage(page);
        lines.push(`${width}px ${name}: ${c.checked} controls, ${c.scrolledClear} scrolled clear, panel from x=${c.panelLeft}, page ${c.pageWidth}px wide`);
        expect(c.checked, `${name}: controls found`).toBeGreaterThan(3);
        expect(c.covered, `${width}px ${name}: controls the panel covers and the page cannot scroll clear`).toEqual([]);
        expect(c.focusHidden, `${width}px ${name}: focused controls left under the panel`).toEqual([]);
        await page.screenshot(`geometry-${width}-${name}`, 'test-results');
      }
      console.log(lines.join('\n'));
      await page.close();
    });
  }

  it('the resize handle: drag and arrow keys, remembered on the next page; axe finds nothing serious in the overlay', async () => {
    const { page, panel } = await env.openSpse('/eproc4/admin/auditor');
    await page.setViewport(1366, HEIGHT);
    await panel.waitFor('[data-testid="pandu-resize"]');
    const now = async () => Number(await panel.attr('[data-testid="pandu-resize"]', 'aria-valuenow'));
    const rectWidth = () => panel.run<number>(`(root) => Math.round(root.querySelector('[data-testid="pandu-panel"]').getBoundingClientRect().width)`);
    await panel.until(now, (w) => w === 380, 10_000, 'the default width');
    // Drag the edge 120 px to the left: the panel grows by as much.
    const at = await panel.center('[data-testid="pandu-resize"]');
    await page.mouseDrag(at, { x: at.x - 120, y: at.y });
    await panel.until(now, (w) => Math.abs(w - 500) <= 3, 10_000, 'the dragged width');
    expect(Math.abs((await rectWidth()) - (await now()))).toBeLessThanOrEqual(1);
    // Keyboard: the handle is a focusable separator; ArrowRight narrows by 20 px, Home goes to the minimum.
    await panel.focus('[data-testid="pandu-resize"]');
    const dragged = await now();
    await page.pressKey('ArrowRight');
    await panel.until(now, (w) => w === dragged - 20, 10_000, 'ArrowRight narrowing');
    await page.pressKey('ArrowLeft');
    await page.pressKey('ArrowLeft');
    await panel.until(now, (w) => w === dragged + 20, 10_000, 'ArrowLeft widening');
    expect(await panel.attr('[data-testid="pandu-resize"]', 'aria-valuemax')).toBe(String(Math.floor(1366 * 0.6)));
    // The dock follows: the page's margin is the panel's width.
    const margin = () => page.evaluate<string>(`document.documentElement.style.marginRight`);
    await panel.until(margin, (m) => m === `${dragged + 20}px`, 10_000, 'the dock margin');
    // Remembered: the next SPSE page opens the panel at the same width.
    await page.goto(env.sandbox.url + '/eproc4/admin/auditor/baru');
    await panel.waitFor('[data-testid="pandu-resize"]');
    await panel.until(now, (w) => w === dragged + 20, 10_000, 'the remembered width');
    // A narrow window: the panel floats (overlay), the page keeps its width, the width stays within 60 %.
    await page.setViewport(1024, HEIGHT);
    await panel.until(() => panel.attr('[data-testid="pandu-panel"]', 'data-mode'), (m) => m === 'overlay', 10_000, 'overlay');
    await panel.until(margin, (m) => m === '', 10_000, 'no dock margin in the overlay');
    expect(await now()).toBeLessThanOrEqual(Math.floor(1024 * 0.6));
    expect(report(await axePanel(env.browser, page)), 'overlay with the resize handle').toBe('');
    await panel.focus('[data-testid="pandu-resize"]');
    await page.pressKey('Home');
    await panel.until(now, (w) => w === 300, 10_000, 'Home: the minimum width');
    await page.close();
  });
});
