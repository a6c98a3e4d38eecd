import { z } from 'zod';

/**
 * Where the team log lives: a CouchDB server URL, a database, a user. Plain fetch for the
 * connection test (so every failure gets its own Indonesian message); PouchDB for the data.
 */

export const DATABASE_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export const serverConfigSchema = z.object({
  /** Server root, http(s)://host[:port][/prefix], without the database. */
  url: z
    .string()
    .trim()
    .url('URL server harus lengkap, mis. https://couchdb.lpse.go.id:6984')
    .refine((u) => /^https?:\/\//i.test(u), 'URL server harus diawali http:// atau https://')
    .transform((u) => u.replace(/\/+$/, '')),
  database: z.string().trim().regex(DATABASE_NAME_PATTERN, 'nama basis data: huruf kecil, angka dan _$()+-/, diawali huruf'),
  user: z.string().trim().max(200).default(''),
  password: z.string().max(500).default(''),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

/** `http://host:5984/pandu` → server `http://host:5984`, database `pandu` (the CLI's --url form). */
export function splitDatabaseUrl(dbUrl: string): { url: string; database: string } {
  let u: URL;
  try {
    u = new URL(dbUrl);
  } catch {
    throw new SyncError('config', `URL tidak sah: ${dbUrl} (contoh: http://127.0.0.1:5984/pandu)`);
  }
  const parts = u.pathname.split('/').filter(Boolean);
  const database = decodeURIComponent(parts.pop() ?? '');
  if (!database) throw new SyncError('config', `URL harus menyebut basis data di ujungnya, mis. ${u.origin}/pandu`);
  return { url: `${u.origin}${parts.length ? '/' + parts.join('/') : ''}`, database };
}

export function databaseUrl(config: Pick<ServerConfig, 'url' | 'database'>): string {
  return `${config.url}/${encodeURIComponent(config.database)}`;
}

/**
 * The match pattern to ask host permission for (this server's host only). Without the port: match
 * patterns ignore ports, and Firefox never finds a pattern with one among the granted permissions.
 */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export type SyncErrorCode = 'config' | 'unreachable' | 'timeout' | 'certificate' | 'auth' | 'db-missing' | 'forbidden' | 'server';

/** A sync failure with an Indonesian message that says what to do. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|SSL|ALTNAME/i;

/** Turns a fetch failure (Node or browser) into a SyncError. */
export function networkError(err: unknown, url: string): SyncError {
  if (err instanceof SyncError) return err;
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new SyncError('timeout', `Server ${url} tidak menjawab dalam batas waktu; periksa jaringan kantor atau coba lagi nanti.`);
  const code = e?.cause?.code ?? '';
  const text = `${code} ${e?.cause?.message ?? ''} ${e?.message ?? ''}`;
  if (CERT_CODES.test(text)) return new SyncError('certificate', `Sertifikat HTTPS server ${url} tidak dipercaya (${code || 'sertifikat'}); pasang sertifikat yang sah atau minta admin memeriksanya.`);
  if (/^https:/i.test(url) && /Failed to fetch|NetworkError/i.test(text))
    return new SyncError('unreachable', `Server ${url} tidak dapat dihubungi, atau sertifikat HTTPS-nya tidak dipercaya peramban; buka alamat itu di tab baru untuk memeriksa.`);
  return new SyncError('unreachable', `Server ${url} tidak dapat dihubungi${code ? ` (${code})` : ''}; periksa alamat dan jaringan. Catatan tetap tersimpan di peramban ini.`);
}

/** A SyncError for an HTTP answer that is not 2xx. */
export function httpError(status: number, reason: string, config: Pick<ServerConfig, 'url' | 'database' | 'user'>): SyncError {
  if (status === 401) return new SyncError('auth', `Nama pengguna atau kata sandi CouchDB salah (pengguna "${config.user || '(kosong)'}").`);
  if (status === 403) return new SyncError('forbidden', `Ditolak server: ${reason || 'tidak berhak'}.`);
  if (status === 404) return new SyncError('db-missing', `Basis data "${config.database}" tidak ada di ${config.url}; buat dulu (lihat README: pandu sync setup).`);
  return new SyncError('server', `Server menjawab ${status}: ${reason || 'galat tak dikenal'}.`);
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export function authHeader(config: Pick<ServerConfig, 'user' | 'password'>): Record<string, string> {
  if (!config.user) return {};
  const bytes = new TextEncoder().encode(`${config.user}:${config.password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return { authorization: `Basic ${btoa(bin)}` };
}

/** fetch with a time limit and Indonesian errors for network failures. */
export async function fetchWithin(fetchFn: FetchLike, url: string, init: RequestInit, timeoutMs: number, label: string): Promise<Response> {
  try {
    return await fetchFn(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw networkError(err, label);
  }
}

async function reasonOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { reason?: string; error?: string };
    return body.reason ?? body.error ?? '';
  } catch {
    return '';
  }
}

export type SessionInfo = { name: string | null; roles: string[] };
export type ConnectionInfo = SessionInfo & { docCount: number; supervisor: boolean };

export const SUPERVISOR_ROLE = 'pandu-supervisor';
export const STAFF_ROLE = 'pandu-staff';

export function isSupervisor(roles: readonly string[]): boolean {
  return roles.includes(SUPERVISOR_ROLE) || roles.includes('_admin');
}

/**
 * "Uji koneksi": the server answers, the user and password are right, the database exists and
 * this user may read it. Throws a SyncError naming the first thing that is wrong.
 */
export async function checkConnection(config: ServerConfig, options: { fetch?: FetchLike; timeoutMs?: number } = {}): Promise<ConnectionInfo> {
  const f = options.fetch ?? ((u, i) => fetch(u, i));
  const timeoutMs = options.timeoutMs ?? 8000;
  const headers = { accept: 'application/json', ...authHeader(config) };
  const session = await fetchWithin(f, `${config.url}/_session`, { headers }, timeoutMs, config.url);
  if (!session.ok) throw httpError(session.status, await reasonOf(session), config);
  const ctx = ((await session.json()) as { userCtx?: { name?: string | null; roles?: string[] } }).userCtx ?? {};
  if (config.user && ctx.name !== config.user) throw httpError(401, '', config);
  const info = await fetchWithin(f, databaseUrl(config), { headers }, timeoutMs, config.url);
  if (!info.ok) throw httpError(info.status, await reasonOf(info), config);
  const body = (await info.json()) as { doc_count?: number };
  const roles = ctx.roles ?? [];
  return { name: ctx.name ?? null, roles, docCount: body.doc_count ?? 0, supervisor: isSupervisor(roles) };
}
