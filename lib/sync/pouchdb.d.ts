/** The small part of PouchDB 9 (pouchdb-core + pouchdb-adapter-http) that lib/sync uses. */
declare module 'pouchdb-core' {
  namespace PouchDB {
    type ChangesResponse = { results: Array<{ id: string; seq: string | number; doc?: unknown }>; last_seq: string | number };
    interface Database {
      bulkDocs(docs: readonly object[], options?: { new_edits?: boolean }): Promise<unknown[]>;
      changes(options: { since?: string | number; include_docs?: boolean; limit?: number }): Promise<ChangesResponse>;
      info(): Promise<{ doc_count: number; update_seq: string | number }>;
      close(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new (name: string, options?: { skip_setup?: boolean; fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response> }): PouchDB.Database;
    plugin(plugin: unknown): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
