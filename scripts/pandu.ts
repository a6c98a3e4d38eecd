#!/usr/bin/env tsx
/**
 * Pandu command line: `npm run -s pandu -- <command> [args]`.
 * Each command lives in scripts/commands/<command>.ts and exports
 * `summary` (one line of help) and `run(argv: string[]): Promise<number>` (the exit code).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli/args';

const here = dirname(fileURLToPath(import.meta.url));
const commandsDir = join(here, 'commands');

type Command = { summary: string; run: (argv: string[]) => Promise<number> };

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

async function load(name: string): Promise<Command> {
  return (await import(join(commandsDir, `${name}.ts`))) as Command;
}

async function help(): Promise<void> {
  const lines = ['Pandu SPSE — baris perintah / command line', '', 'Pemakaian: npm run -s pandu -- <perintah> [opsi]', '', 'Perintah:'];
  for (const name of commandNames()) {
    const cmd = await load(name);
    lines.push(`  ${name.padEnd(12)} ${cmd.summary}`);
  }
  lines.push('', 'Opsi umum: --json (keluaran JSON), --help');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help();
    return 0;
  }
  if (!commandNames().includes(name)) {
    process.stderr.write(`Perintah tidak dikenal: ${name}. Lihat: npm run -s pandu -- --help\n`);
    return 2;
  }
  const cmd = await load(name);
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const msg = err instanceof CliError ? err.message : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    process.stderr.write(`Galat: ${msg}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  },
);
