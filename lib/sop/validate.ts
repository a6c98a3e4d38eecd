import type { z } from 'zod';
import { LIMITS } from '../bounds';
import { SOP_CATALOG_FORMAT, sopCatalogFileSchema, sopSchema, type Sop } from './schema';

/**
 * Validation of SOP files (a single SOP or a `pandu-sop-catalog`) with errors in Bahasa Indonesia
 * that name the JSON path: `steps[3].duration.unit: nilai harus salah satu dari minute, hour, day, workday`.
 */

export type SopFileError = { path: string; message: string };
export type SopFileResult = { ok: true; sops: Sop[] } | { ok: false; errors: SopFileError[] };

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** `['steps', 3, 'duration', 'unit']` → `steps[3].duration.unit`; the root is `(berkas)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(berkas)';
}

function typeName(t: unknown): string {
  switch (t) {
    case 'string':
      return 'teks';
    case 'number':
      return 'angka';
    case 'int':
      return 'bilangan bulat';
    case 'boolean':
      return 'boolean (true/false)';
    case 'array':
      return 'daftar (array)';
    case 'object':
      return 'objek';
    case 'null':
      return 'null';
    case 'undefined':
      return 'kosong';
    default:
      return String(t);
  }
}

function inputType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isInteger(v)) return 'number';
  return typeof v;
}

/** The Indonesian error map used for every SOP parse (field-level messages in the schema win). */
export function sopErrorMap(iss: RawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'wajib diisi';
      return `harus berupa ${typeName(iss.expected)}, bukan ${typeName(inputType(iss.input))}`;
    case 'invalid_value':
      return iss.values.length === 1
        ? `nilai harus ${JSON.stringify(iss.values[0])}`
        : `nilai harus salah satu dari ${iss.values.map((v) => (v === null ? 'null' : String(v))).join(', ')}`;
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'array') return min === 1 ? 'tidak boleh kosong (minimal 1 butir)' : `minimal ${min} butir`;
      if (iss.origin === 'string') return min === 1 ? 'tidak boleh kosong' : `minimal ${min} karakter`;
      return iss.inclusive === false ? `harus lebih dari ${min}` : `minimal ${min}`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'array') return `maksimal ${max} butir`;
      if (iss.origin === 'string') return `maksimal ${max} karakter`;
      return iss.inclusive === false ? `harus kurang dari ${max}` : `maksimal ${max}`;
    }
    case 'invalid_format':
      return 'format tidak sah';
    case 'not_multiple_of':
      return `harus kelipatan ${String(iss.divisor)}`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${iss.keys.join(', ')}`;
    case 'invalid_union':
      return 'bentuk data tidak sesuai';
    case 'invalid_key':
    case 'invalid_element':
      return 'isi tidak sah';
    default:
      return 'nilai tidak sah';
  }
}

function toErrors(issues: readonly Issue[], prefix: PropertyKey[] = []): SopFileError[] {
  return issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Lists over their limit, found before zod walks them: 200,000 steps are refused at once
 * instead of being validated one by one first.
 */
function oversizedLists(json: Record<string, unknown>): SopFileError[] {
  const tooMany = (list: unknown, max: number) => Array.isArray(list) && list.length > max;
  const message = (max: number) => `terlalu banyak (maks. ${max.toLocaleString('id-ID')} butir)`;
  if (tooMany(json.sops, LIMITS.sops)) return [{ path: 'sops', message: message(LIMITS.sops) }];
  const sops = Array.isArray(json.sops) ? json.sops : [json];
  const errors: SopFileError[] = [];
  sops.forEach((sop, i) => {
    if (!isRecord(sop)) return;
    const at = Array.isArray(json.sops) ? `sops[${i}].` : '';
    if (tooMany(sop.steps, LIMITS.sopSteps)) errors.push({ path: `${at}steps`, message: message(LIMITS.sopSteps) });
    if (tooMany(sop.lanes, LIMITS.sopList)) errors.push({ path: `${at}lanes`, message: message(LIMITS.sopList) });
  });
  return errors;
}

/** Validate parsed JSON holding one SOP or a `pandu-sop-catalog`. Nothing is changed either way. */
export function validateSopFile(json: unknown): SopFileResult {
  if (!isRecord(json)) {
    return { ok: false, errors: [{ path: '(berkas)', message: `harus berupa objek SOP atau katalog "${SOP_CATALOG_FORMAT}", bukan ${typeName(inputType(json))}` }] };
  }
  const oversized = oversizedLists(json);
  if (oversized.length) return { ok: false, errors: oversized };
  if ('format' in json || 'sops' in json) {
    const r = sopCatalogFileSchema.safeParse(json, { error: sopErrorMap });
    if (!r.success) return { ok: false, errors: toErrors(r.error.issues) };
    const errors: SopFileError[] = [];
    const seen = new Map<string, number>();
    r.data.sops.forEach((sop, i) => {
      const key = `${sop.id}@${sop.version}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push({ path: `sops[${i}].id`, message: `SOP "${sop.id}" versi ${sop.version} sudah ada di sops[${first}]` });
      else seen.set(key, i);
    });
    return errors.length ? { ok: false, errors } : { ok: true, sops: r.data.sops };
  }
  const r = sopSchema.safeParse(json, { error: sopErrorMap });
  return r.success ? { ok: true, sops: [r.data] } : { ok: false, errors: toErrors(r.error.issues) };
}

/** Validate the text of a file (JSON). */
export function validateSopText(text: string): SopFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [{ path: '(berkas)', message: `bukan JSON yang sah: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  return validateSopFile(json);
}

/** One line per error, as printed by the CLI and shown in the library. */
export function formatSopErrors(errors: readonly SopFileError[]): string[] {
  return errors.map((e) => `${e.path}: ${e.message}`);
}
