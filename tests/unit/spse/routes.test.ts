import { describe, expect, it } from 'vitest';
import { ROUTES, ROUTES_VERSION, patternToRegExp, routeTableSchema } from '../../../lib/spse/routes';
import { PAGES } from '../../../lib/spse/pages/index';
import { splitBase } from '../../../lib/spse/recognise';
import { builtInPageIdSchema } from '../../../lib/sop/schema';

describe('route table (site knowledge as data)', () => {
  it('is valid and versioned', () => {
    expect(routeTableSchema.safeParse(PAGES).success).toBe(true);
    expect(ROUTES_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  });

  it('has exactly the page ids the SOP catalog uses', () => {
    const sopIds = builtInPageIdSchema.options.filter((id) => id !== 'unknown').sort();
    expect(ROUTES.map((r) => r.id).sort()).toEqual(sopIds);
  });

  it('every example URL matches one of its page’s patterns, and no other page’s', () => {
    for (const r of ROUTES) {
      for (const ex of r.examples) {
        const { rest } = splitBase(ex);
        const mine = r.urlPatterns.some((p) => patternToRegExp(p).test(rest));
        expect(mine, `${r.id}: ${ex} (rest ${rest})`).toBe(true);
        const others = ROUTES.filter((o) => o.id !== r.id && o.urlPatterns.some((p) => patternToRegExp(p).test(rest))).map((o) => o.id);
        expect(others, `${r.id}: ${ex}`).toEqual([]);
      }
    }
  });

  it('every form page maps person fields; notes say what is guessed', () => {
    for (const r of ROUTES.filter((x) => x.id.endsWith('-form'))) {
      expect(Object.keys(r.fields ?? {}), r.id).toEqual(expect.arrayContaining(['userId', 'name', 'nip', 'email']));
    }
    for (const r of ROUTES) expect(r.notes, r.id).toMatch(/GUESS|KNOWN/);
  });

  it('rejects a malformed page file with a path', () => {
    const bad = [{ ...PAGES[0], urlPatterns: ['admin/x'] }];
    const r = routeTableSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual([0, 'urlPatterns', 0]);
    const dup = routeTableSchema.safeParse([PAGES[0], PAGES[0]]);
    expect(dup.error!.issues[0].message).toContain('ganda');
  });

  it('patterns: :params are one segment, trailing slash and case tolerated', () => {
    const re = patternToRegExp('/pegawai/edit/:id');
    expect(re.test('/pegawai/edit/12')).toBe(true);
    expect(re.test('/pegawai/edit/12/')).toBe(true);
    expect(re.test('/Pegawai/Edit/12')).toBe(true);
    expect(re.test('/pegawai/edit/12/x')).toBe(false);
    expect(re.test('/pegawai/edit')).toBe(false);
  });
});
