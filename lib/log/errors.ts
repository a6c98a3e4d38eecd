import type { z } from 'zod';

/** Every failure of the log carries an Indonesian message; the original error is its `cause`. */
export class LogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LogError';
  }
}

export const WRITE_FAILED = 'Gagal menyimpan catatan';
export const READ_FAILED = 'Gagal membaca catatan';

function describe(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'QuotaExceededError') return 'ruang penyimpanan peramban penuh (QuotaExceededError)';
    if (err.name === 'InvalidStateError') return `basis data sudah ditutup atau tidak siap (${err.name}: ${err.message})`;
    if (err.name === 'ConstraintError') return `id sudah ada (${err.name}: ${err.message})`;
    if (err.name === 'AbortError') return `transaksi dibatalkan (${err.name}: ${err.message})`;
    return `${err.name}: ${err.message}`;
  }
  if (err && typeof err === 'object' && 'name' in err) return String((err as { name: unknown }).name);
  return String(err);
}

/** Wraps any failure as a LogError "<prefix>: <reason>"; LogErrors (already Indonesian) pass through. */
export function asLogError(err: unknown, prefix: string): LogError {
  if (err instanceof LogError) return err;
  return new LogError(`${prefix}: ${describe(err)}`, { cause: err });
}

const TYPE_ID: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'benar/salah (boolean)',
  array: 'daftar (array)',
  object: 'objek',
  null: 'null',
  date: 'tanggal',
};

/** Indonesian messages for zod issues (schema-level messages, already Indonesian, take precedence). */
export function zodMessageId(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : `harus berupa ${TYPE_ID[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `nilai harus ${issue.values.map((v) => JSON.stringify(v)).join(' atau ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'harus tanggal-waktu ISO 8601 dengan zona waktu (mis. 2026-11-23T09:00:00+07:00)'
        : `format tidak sah (${issue.format})`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'tidak boleh kosong' : `minimal ${String(issue.minimum)}`;
    case 'too_big':
      return `maksimal ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'kunci tidak sah';
    case 'invalid_union':
      return 'nilai tidak sesuai bentuk mana pun yang diizinkan';
    default:
      return 'nilai tidak sah';
  }
}

/** "cases[0].receivedAt" from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(akar)';
}

export type FieldError = { path: string; message: string };

/** Validates with a schema; issues become Indonesian `{ path, message }` items. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldError[] } {
  const r = schema.safeParse(value, { error: (iss) => zodMessageId(iss) });
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

/** Parses or throws a LogError naming the fields: "Data kasus tidak sah: receivedAt: wajib diisi". */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = validate(schema, value);
  if (r.ok) return r.data;
  throw new LogError(`${what} tidak sah: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}
