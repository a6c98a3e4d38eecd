import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { OVERLAY_BELOW, PANEL_DEFAULT_WIDTH, PANEL_MIN_WIDTH, clampPanelWidth, panelLayout, panelMaxWidth, storedWidth, widthAfterKey, widthAtPointer } from '../../../lib/extension/panel-layout';
import { SPACER_TAG, keepFocusClear, releasePageSpace, reservePageSpace, scrollToClear, spacerBox } from '../../../lib/extension/dock';

describe('panel layout (issue 16 item 1)', () => {
  it('docks on wide windows and floats (overlay) below 1200 px', () => {
    expect(panelLayout(1920, null)).toEqual({ mode: 'dock', width: PANEL_DEFAULT_WIDTH, min: PANEL_MIN_WIDTH, max: 1152 });
    expect(panelLayout(OVERLAY_BELOW, null).mode).toBe('dock');
    expect(panelLayout(OVERLAY_BELOW - 1, null).mode).toBe('overlay');
    expect(panelLayout(1024, null).mode).toBe('overlay');
  });

  it('keeps the chosen width between 300 px and 60 % of the window', () => {
    expect(panelMaxWidth(1366)).toBe(819);
    expect(clampPanelWidth(2000, 1366)).toBe(819);
    expect(clampPanelWidth(120, 1366)).toBe(300);
    expect(clampPanelWidth(Number.NaN, 1366)).toBe(PANEL_DEFAULT_WIDTH);
    expect(panelLayout(1366, 500).width).toBe(500);
    // A width chosen on a big screen shrinks on a small one (never more than 60 %).
    expect(panelLayout(800, 700).width).toBe(480);
    // A tiny window: the minimum wins over the share.
    expect(panelMaxWidth(400)).toBe(300);
  });

  it('resizes by keyboard: ArrowLeft widens, ArrowRight narrows, Home/End go to the bounds', () => {
    const b = { min: 300, max: 819 };
    expect(widthAfterKey('ArrowLeft', 380, b)).toBe(400);
    expect(widthAfterKey('ArrowRight', 380, b)).toBe(360);
    expect(widthAfterKey('ArrowRight', 310, b)).toBe(300);
    expect(widthAfterKey('PageUp', 380, b)).toBe(460);
    expect(widthAfterKey('Home', 500, b)).toBe(300);
    expect(widthAfterKey('End', 500, b)).toBe(819);
    expect(widthAfterKey('Enter', 500, b)).toBeNull();
    expect(widthAfterKey('a', 500, b)).toBeNull();
  });

  it('follows the pointer while dragging, within the bounds', () => {
    const b = { min: 300, max: 819 };
    expect(widthAtPointer(866, 1366, b)).toBe(500);
    expect(widthAtPointer(1300, 1366, b)).toBe(300);
    expect(widthAtPointer(10, 1366, b)).toBe(819);
  });

  it('reads a stored width only when it is a sane number', () => {
    expect(storedWidth(420)).toBe(420);
    expect(storedWidth(420.6)).toBe(421);
    for (const bad of [undefined, null, '420', Number.NaN, Number.POSITIVE_INFINITY, -5, 50, 1e9, {}]) expect(storedWidth(bad)).toBeNull();
  });
});

describe('dock: the page stays reachable beside the panel', () => {
  it('places the spacer from the content edge, as wide as the panel', () => {
    expect(spacerBox(985.4, 380)).toEqual({ left: 985, width: 380 });
    expect(spacerBox(-3, 380)).toEqual({ left: 0, width: 380 });
  });

  it('scrolls a control out from under the panel, never its left edge out of the window', () => {
    // Clear already.
    expect(scrollToClear(100, 600, 644)).toBe(0);
    // The "Ubah" link at 900–940 under a panel starting at 644: scroll 940 − 644 + 8.
    expect(scrollToClear(900, 940, 644)).toBe(304);
    // A wide input (200–900): its left edge stays 8 px inside the window.
    expect(scrollToClear(200, 900, 644)).toBe(192);
  });

  it('dock mode reserves a margin; overlay mode leaves the page its width; both add the spacer and remove it', () => {
    const dom = new JSDOM('<html style="margin-right: 3px"><body><p>x</p></body></html>');
    const doc = dom.window.document;
    reservePageSpace(doc, 380, 'dock');
    expect(doc.documentElement.style.marginRight).toBe('380px');
    expect(doc.querySelectorAll(SPACER_TAG)).toHaveLength(1);
    expect((doc.querySelector(SPACER_TAG) as HTMLElement).style.width).toBe('380px');
    reservePageSpace(doc, 420, 'overlay');
    expect(doc.documentElement.style.marginRight).toBe('3px');
    expect(doc.querySelectorAll(SPACER_TAG)).toHaveLength(1);
    expect((doc.querySelector(SPACER_TAG) as HTMLElement).style.width).toBe('420px');
    expect(doc.querySelector(SPACER_TAG)!.getAttribute('aria-hidden')).toBe('true');
    releasePageSpace(doc);
    expect(doc.querySelectorAll(SPACER_TAG)).toHaveLength(0);
    expect(doc.documentElement.style.marginRight).toBe('3px');
  });

  it('scrolls the page when a control under the panel takes the focus, not for its own elements', () => {
    const dom = new JSDOM('<html><body><input id="a"><input id="b"></body></html>');
    const doc = dom.window.document;
    const scrolled: number[] = [];
    dom.window.scrollBy = ((opts: ScrollToOptions) => scrolled.push(opts.left ?? 0)) as typeof dom.window.scrollBy;
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    a.getBoundingClientRect = () => ({ left: 900, right: 960, top: 0, bottom: 20, width: 60, height: 20, x: 900, y: 0, toJSON: () => null });
    b.getBoundingClientRect = () => ({ left: 10, right: 100, top: 0, bottom: 20, width: 90, height: 20, x: 10, y: 0, toJSON: () => null });
    let edge: number | null = 644;
    const stop = keepFocusClear(doc, () => edge, (el) => el === b);
    a.focus();
    b.focus();
    expect(scrolled).toEqual([324]);
    edge = null; // collapsed
    a.blur();
    a.focus();
    expect(scrolled).toEqual([324]);
    stop();
    edge = 644;
    b.focus();
    a.focus();
    expect(scrolled).toEqual([324]);
  });
});
