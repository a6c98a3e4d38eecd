import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRoutes, compiledText } from '../../../lib/spse/compile';
import { PAGES } from '../../../lib/spse/pages/index';
import { routeTableSchema } from '../../../lib/spse/routes';

/** Issue 14: the route table is compiled at build time and validated here, never at page load. */
describe('compiled route table (lib/spse/compiled)', () => {
  it('the committed files are exactly what the build compiles from the page files', () => {
    const want = compiledText();
    expect(readFileSync('lib/spse/compiled/routes.json', 'utf8')).toBe(want.routes);
    expect(readFileSync('lib/spse/compiled/recognition.json', 'utf8')).toBe(want.recognition);
  });

  it('the compiled table is valid against the route schema', () => {
    const data = JSON.parse(readFileSync('lib/spse/compiled/routes.json', 'utf8'));
    expect(routeTableSchema.safeParse(data).success).toBe(true);
    expect(data.map((r: { id: string }) => r.id)).toEqual(PAGES.map((p) => p.id));
  });

  it('a malformed page file stops the build with a message naming the field', () => {
    const broken = [{ ...PAGES[0], urlPatterns: ['tanpa-garis-miring'] }];
    expect(() => compileRoutes(broken)).toThrow(/0\.urlPatterns\.0/);
  });

  it('no runtime module validates the table: routes and recognition read the compiled data', () => {
    expect(readFileSync('lib/spse/routes.ts', 'utf8')).not.toMatch(/routeTableSchema\.(safe)?[pP]arse\(/);
    expect(readFileSync('lib/spse/recognition-table.ts', 'utf8')).not.toMatch(/from 'zod'/);
  });
});
