import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../lib/sop/catalog';
import { ROUTES } from '../../lib/spse/routes';
import { PAGE_TITLES } from '../../lib/spse/titles';
import { builtInPageIdSchema } from '../../lib/sop/schema';

/** The data files the extension ships are complete and agree with each other. */
describe('shipped data', () => {
  const locale = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('both locales hold the same, non-empty messages', () => {
    const id = locale('id');
    const en = locale('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const m of [...Object.values(id), ...Object.values(en)]) expect(m.message.trim().length).toBeGreaterThan(0);
    // Chrome's limits: name ≤ 75, description ≤ 132 characters
    for (const l of [id, en]) {
      expect(l.extName.message.length).toBeLessThanOrEqual(75);
      expect(l.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every page id a SOP step names is a page the route table knows, with a title', () => {
    const known = new Set(ROUTES.map((r) => r.id));
    for (const sop of builtinCatalog())
      for (const step of sop.steps)
        for (const page of step.pages ?? []) {
          expect(known.has(page), `${sop.id} step ${step.no}: ${page}`).toBe(true);
        }
    for (const id of builtInPageIdSchema.options) expect(PAGE_TITLES[id], id).toBeDefined();
  });

  it('the route table covers every page id of the SOP schema', () => {
    const known = new Set(ROUTES.map((r) => r.id));
    for (const id of builtInPageIdSchema.options.filter((x) => x !== 'unknown')) expect(known.has(id), id).toBe(true);
  });
});
