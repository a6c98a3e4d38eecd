import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EBrowser, E2EPage } from './types';

/**
 * axe-core in the e2e, from node_modules (no network): injected into an extension page's main
 * world, or next to the panel's closed shadow root in the extension's isolated world. A closed
 * root cannot be walked by axe, so it checks a faithful copy: the root's markup and its own
 * style sheet in an open shadow root on top of the page, at the same place; the copy is removed
 * afterwards. Only serious and critical violations are returned (WCAG 2.1 A/AA and best practice).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };

const RUN = `async (context) => {
  const result = await window.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').slice(0, 160)) }));
}`;

/** axe on a whole extension page (options, report, SOP viewer). */
export function axePage(page: E2EPage): Promise<AxeViolation[]> {
  return page.evaluate<AxeViolation[]>(`(async () => { if (!window.axe) { ${AXE_SOURCE}\n } return (${RUN})(document); })()`);
}

/** axe on the panel as it is now (a copy of its closed shadow root; see above). */
export function axePanel(browser: E2EBrowser, page: E2EPage): Promise<AxeViolation[]> {
  return browser.inContentScript<AxeViolation[]>(
    page,
    `(async () => {
      if (!window.axe) { ${AXE_SOURCE}\n }
      const root = globalThis.__panduShadowRoot;
      if (!root) throw new Error('no panel');
      const host = document.createElement('div');
      host.id = 'pandu-axe-copy';
      const copy = host.attachShadow({ mode: 'open' });
      copy.innerHTML = root.innerHTML;
      for (const el of root.querySelectorAll('input, select, textarea')) {
        const twin = copy.querySelector(el.id ? '#' + CSS.escape(el.id) : '[data-testid="' + (el.getAttribute('data-testid') || '') + '"]');
        if (twin && 'value' in twin && el.type !== 'file') twin.value = el.value;
      }
      document.body.append(host);
      try {
        return await (${RUN})({ include: [['#pandu-axe-copy']] });
      } finally {
        host.remove();
      }
    })()`,
  );
}
