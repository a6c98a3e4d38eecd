/** Small argument parser shared by every CLI command. */

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export type ParsedArgs = {
  /** Positional words, in order. */
  _: string[];
  /** `--name value` and `--flag` (true). Repeated options keep the last value. */
  opts: Record<string, string | true>;
};

/** Options in `flags` never take a value (`--json`, `--help`, ...). */
export function parseArgs(argv: string[], flags: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { _: [], opts: {} };
  const always = new Set(['json', 'help', ...flags]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) {
        out.opts[a.slice(2, eq)] = a.slice(eq + 1);
        continue;
      }
      const key = a.slice(2);
      const next = argv[i + 1];
      if (always.has(key) || next === undefined || next.startsWith('--')) out.opts[key] = true;
      else {
        out.opts[key] = next;
        i++;
      }
    } else out._.push(a);
  }
  return out;
}

export function requireOpt(args: ParsedArgs, name: string): string {
  const v = args.opts[name];
  if (typeof v !== 'string' || !v) throw new CliError(`Opsi --${name} wajib diisi (required).`, 2);
  return v;
}

export function optString(args: ParsedArgs, name: string): string | undefined {
  const v = args.opts[name];
  return typeof v === 'string' ? v : undefined;
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
