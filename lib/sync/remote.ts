import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import { SyncError, authHeader, databaseUrl, httpError, networkError, type FetchLike, type ServerConfig } from './server';
import type { SyncDoc } from './docs';

/**
 * The CouchDB database as PouchDB 9 sees it over HTTP: replication writes (`new_edits: false`,
 * the documents' own revisions, so a repeated write is a no-op) and the changes feed.
 */

PouchDB.plugin(HttpAdapter);

export type RemoteOptions = { fetch?: FetchLike; timeoutMs?: number };

export type Remote = {
  config: ServerConfig;
  db: PouchDB.Database;
};

export function openRemote(config: ServerConfig, options: RemoteOptions = {}): Remote {
  const baseFetch: FetchLike = options.fetch ?? ((u, i) => fetch(u, i));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timedFetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(authHeader(config))) headers.set(k, v);
    try {
      return await baseFetch(String(url), { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      throw networkError(err, config.url);
    }
  };
  const db = new PouchDB(databaseUrl(config), { skip_setup: true, fetch: timedFetch });
  return { config, db };
}

/** A PouchDB / fetch failure as a SyncError with an Indonesian message. */
export function remoteError(err: unknown, config: ServerConfig): SyncError {
  if (err instanceof SyncError) return err;
  const e = err as { status?: number; reason?: string; message?: string; name?: string };
  if (typeof e?.status === 'number' && e.status >= 400) return httpError(e.status, e.reason ?? e.message ?? '', config);
  return networkError(err, config.url);
}

export const PUSH_BATCH = 500;

/**
 * Writes documents as replication does (`new_edits: false`): a document the server already has
 * at that revision is left alone. Rejects on the first refused document (validate_doc_update).
 */
export async function writeDocs(remote: Remote, docs: readonly SyncDoc[]): Promise<void> {
  if (!docs.length) return;
  let results: Array<{ error?: unknown; reason?: string; id?: string } | unknown>;
  try {
    results = (await remote.db.bulkDocs(docs, { new_edits: false })) as typeof results;
  } catch (err) {
    throw remoteError(err, remote.config);
  }
  const refused = (results as Array<{ error?: unknown; reason?: string; id?: string; name?: string; message?: string }>).find((r) => r && r.error);
  if (refused) throw new SyncError('forbidden', `Ditolak server: ${refused.reason ?? refused.message ?? String(refused.name ?? refused.error)} (dokumen ${refused.id ?? '?'})`);
}

export type ChangesPage = { docs: unknown[]; lastSeq: string | number; more: boolean };

/** One page of the changes feed after `since`, with the documents. */
export async function changesPage(remote: Remote, since: string | number, limit = 1000): Promise<ChangesPage> {
  try {
    const res = await remote.db.changes({ since, include_docs: true, limit });
    return { docs: res.results.map((r) => r.doc).filter((d) => d !== undefined), lastSeq: res.last_seq, more: res.results.length >= limit };
  } catch (err) {
    throw remoteError(err, remote.config);
  }
}
