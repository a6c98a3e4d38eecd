/** Small argument parser shared by every CLI command. */
import { isDateInWindow, isIsoInWindow, outOfWindowMessage } from '../../lib/timing/date-window';
import { parseLetter } from '../../lib/letter/parse';
import { LetterTooLongError } from '../../lib/letter/limits';

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

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An optional ISO date-time option with its zone (`--at`, `--received`, `--from`, `--now`),
 * inside the date window (lib/timing/date-window); exit code 2 with an Indonesian message otherwise.
 */
export function instantOpt(args: ParsedArgs, name: string): string | undefined {
  const v = optString(args, name);
  if (v === undefined) return undefined;
  if (!ISO_INSTANT.test(v) || !Number.isFinite(Date.parse(v)))
    throw new CliError(`--${name} harus tanggal-waktu ISO 8601 dengan zona (mis. 2026-11-23T09:00:00+07:00), bukan "${v}"`, 2);
  if (!isIsoInWindow(v)) throw new CliError(outOfWindowMessage(`--${name}`, v), 2);
  return v;
}

/** A required `instantOpt`. */
export function requireInstant(args: ParsedArgs, name: string): string {
  requireOpt(args, name);
  return instantOpt(args, name)!;
}

/** A calendar date (YYYY-MM-DD) given in option `--name`, inside the date window. */
export function checkDateInWindow(name: string, date: string): string {
  if (!isDateInWindow(date)) throw new CliError(outOfWindowMessage(`--${name}`, date), 2);
  return date;
}

/** parseLetter, with a letter over the length cap reported as a CLI error (exit 1). */
export function parseLetterForCli(text: string): ReturnType<typeof parseLetter> {
  try {
    return parseLetter(text);
  } catch (err) {
    if (err instanceof LetterTooLongError) throw new CliError(err.message, 1);
    throw err;
  }
}
