import { readFileSync } from 'node:fs';
import { parseArgs, printJson } from '../cli/args';

export const summary = 'versi Pandu SPSE / print the version';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  if (args.opts.json) printJson({ name: pkg.name, version: pkg.version, node: process.version });
  else process.stdout.write(`${pkg.name} ${pkg.version}\n`);
  return 0;
}
