// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { SopViewer } from '../../../components/sop/SopViewer';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { getBuiltinSop } from '../../../lib/sop/catalog';
import { builtinCatalog } from '../../../lib/sop/catalog';

afterEach(cleanup);

const css = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
/** The rules inside `@media print { … }` blocks (one level of nesting). */
function printRules(text: string): string {
  return [...text.matchAll(/@media print\s*{((?:[^{}]*{[^}]*})*[^{}]*)}/g)].map((m) => m[1]).join('\n');
}

/** Elements printed: not inside any `.no-print` ancestor. */
const printed = (el: Element) => !el.closest('.no-print');

describe('SOP print: no app chrome, no internal notes (issue 16)', () => {
  it('both style sheets hide .no-print in print media', () => {
    for (const file of ['components/sop/sop.css', 'entrypoints/options/style.css']) expect(printRules(css(file)), file).toMatch(/\.no-print\s*{\s*display:\s*none\s*!important/);
  });

  it('the OCR originals, the step gaps and the digitisation notes are not printed; the official content is', () => {
    const withNotes = builtinCatalog().filter((s) => s.gaps.length > 0 && s.steps.some((st) => st.activitySource || st.gaps?.length));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const sop of withNotes) {
      const { container } = render(<SopViewer sop={sop} />);
      const internal = [...container.querySelectorAll('.sop-source, .sop-gap, .sop-gaps, .sop-source-line, .sop-toolbar')];
      expect(internal.length, sop.id).toBeGreaterThan(0);
      expect(internal.filter(printed).map((e) => e.className), sop.id).toEqual([]);
      // what the SOP says stays in print
      for (const sel of ['table.sop-identity', 'table.sop-steps', '.sop-sides']) expect(printed(container.querySelector(sel)!), `${sop.id} ${sel}`).toBe(true);
      cleanup();
    }
  });

  it('the options page header (app title, language) and its tabs are not printed', () => {
    const sop = getBuiltinSop('oganilir-06-dokumen-penawaran-rhs')!;
    const { container } = render(<OptionsPage sections={[{ id: 'sop', label: { id: 'Pustaka SOP', en: 'SOP library' }, render: () => <SopViewer sop={sop} /> }]} />);
    expect(printed(container.querySelector('.options-header')!)).toBe(false);
    expect(printed(container.querySelector('[role="tablist"]')!)).toBe(false);
    expect(printed(container.querySelector('article.sop-viewer')!)).toBe(true);
  });
});
