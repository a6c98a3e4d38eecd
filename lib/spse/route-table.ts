import type { PageDef } from './routes';
import compiledRoutes from './compiled/routes.json';

/**
 * The built-in route table: the page files validated at build time (lib/spse/compile.ts) into
 * plain data. Not re-validated at load; a unit test proves the compiled file valid and current.
 */
export const ROUTES: readonly PageDef[] = Object.freeze(compiledRoutes as PageDef[]);

export function routeById(id: string): PageDef | undefined {
  return ROUTES.find((r) => r.id === id);
}
