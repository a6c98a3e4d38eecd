/**
 * The route table compiled at build time into plain data (`lib/spse/compiled/*.json`):
 * validated here, once, by zod — never at page load. `routes.json` is the whole validated table
 * (defaults applied); `recognition.json` is the part the bootstrap content script needs to
 * recognise a page (no field maps, notes or examples). `wxt build` regenerates both; a unit test
 * proves the committed files are valid and up to date.
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './pages/index';
import { routeTableSchema, type PageDef } from './routes';
import type { RecognitionRoute } from './recognition-table';

export const COMPILED_DIR = join(import.meta.dirname ?? __dirname, 'compiled');

export function compileRoutes(pages: unknown = PAGES): { routes: PageDef[]; recognition: RecognitionRoute[] } {
  const r = routeTableSchema.safeParse(pages);
  if (!r.success) throw new Error(`Tabel rute SPSE tidak valid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const routes = r.data;
  const recognition = routes.map(({ id, role, roleByMenu, urlPatterns, urlKnown, host, signature }) => ({
    id,
    role,
    ...(roleByMenu ? { roleByMenu } : {}),
    urlPatterns,
    urlKnown,
    ...(host ? { host } : {}),
    signature,
  }));
  return { routes, recognition };
}

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

/** Write the compiled files; returns the files that changed. */
export function writeCompiledRoutes(dir = COMPILED_DIR): string[] {
  const { routes, recognition } = compileRoutes();
  const changed: string[] = [];
  for (const [name, data] of [['routes.json', routes], ['recognition.json', recognition]] as const) {
    const file = join(dir, name);
    const text = json(data);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed.push(file);
  }
  return changed;
}

export function compiledText(): { routes: string; recognition: string } {
  const { routes, recognition } = compileRoutes();
  return { routes: json(routes), recognition: json(recognition) };
}
