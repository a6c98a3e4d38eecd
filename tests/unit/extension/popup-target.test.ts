import { describe, expect, it } from 'vitest';
import { panelTargetTab } from '../../../lib/extension/popup-target';

describe('panelTargetTab: the tab the popup opens the panel on', () => {
  it('takes the tab in front when it shows a web page', () => {
    const active = { id: 7, url: 'https://spse.inaproc.id/eproc4/admin', active: true, lastAccessed: 1 };
    expect(panelTargetTab(active, [active, { id: 3, url: 'https://lpse.example.go.id/eproc4', lastAccessed: 9 }])).toBe(7);
  });
  it('else the web tab used last (the popup opened in a tab of its own)', () => {
    const popup = { id: 1, url: 'chrome-extension://abc/popup.html', active: true, lastAccessed: 10 };
    const tabs = [popup, { id: 2, url: 'https://a.go.id/eproc4', lastAccessed: 4 }, { id: 3, url: 'http://127.0.0.1:8080/eproc4/home', lastAccessed: 8 }, { id: 4, lastAccessed: 9 }];
    expect(panelTargetTab(popup, tabs)).toBe(3);
  });
  it('null when no tab shows a page Pandu may open on (no visible URL, extension pages only)', () => {
    expect(panelTargetTab(undefined, [{ id: 1, url: 'moz-extension://x/popup.html' }, { id: 2 }])).toBeNull();
    expect(panelTargetTab({ id: 5, active: true }, [])).toBeNull();
  });
});
