/**
 * A CouchDB-protocol server for development and tests: express-pouchdb (the server half of
 * PouchDB Server 4.2) over PouchDB 7 with the in-memory adapter, on 127.0.0.1 only.
 * Supports _users / _session (cookie and basic auth), _security and validate_doc_update.
 * Everything is lost when the process ends; production is Apache CouchDB 3.x (see README).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';

// Resolve from pouchdb-server's own folder: its PouchDB 7 packages (express-pouchdb 4.2 does not
// work with PouchDB 9, which the extension uses as a client).
const require = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));

export type DevServerOptions = {
  /** 0 = a free port. */
  port?: number;
  /** The server admin (CouchDB "admins" section); without one the server is in "admin party" mode. */
  admin?: { name: string; password: string };
};

export type DevServer = {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  port: number;
  /** Stops answering (every connection cut), keeping the data: a server outage for tests. */
  stop: () => Promise<void>;
  /** Listens again on the same port, with the same data. */
  restart: () => Promise<void>;
  close: () => Promise<void>;
};

type PouchCtor = { plugin: (p: unknown) => PouchCtor; defaults: (o: object) => PouchCtor };

function memoryPouch(): PouchCtor {
  const PouchDB = require('pouchdb-core') as PouchCtor;
  return PouchDB.plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-adapter-memory'))
    .defaults({});
}

/** Starts the server; `port` defaults to a free one. */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const expressPouchDB = require('express-pouchdb') as (o: object) => {
    couchConfig: { set: (s: string, k: string, v: string, cb: (err?: unknown) => void) => void };
    setPouchDB: (p: PouchCtor) => Promise<void>;
    (req: unknown, res: unknown): void;
  };
  const app = expressPouchDB({ inMemoryConfig: true, logPath: null, mode: 'fullCouchDB', overrideMode: { exclude: ['routes/fauxton', 'routes/http-log'] } });
  await app.setPouchDB(memoryPouch());
  if (options.admin) {
    const { name, password } = options.admin;
    await new Promise<void>((resolve, reject) => app.couchConfig.set('admins', name, password, (err) => (err ? reject(err) : resolve())));
  }
  let port = 0;
  // express-pouchdb 4.2 throws (and would end the process) when a non-admin creates or deletes a
  // database while admins exist: answer 401 first, as CouchDB does.
  const server: Server = createServer((req, res) => {
    const dbRoot = /^\/[a-z][^/?]*\/?(\?.*)?$/.test(req.url ?? '');
    if (!options.admin || !dbRoot || (req.method !== 'PUT' && req.method !== 'DELETE')) return app(req, res);
    fetch(`http://127.0.0.1:${port}/_session`, { headers: { authorization: req.headers.authorization ?? '', cookie: req.headers.cookie ?? '' } })
      .then((r) => r.json() as Promise<{ userCtx?: { roles?: string[] } }>)
      .then((body) => {
        if (body.userCtx?.roles?.includes('_admin')) return app(req, res);
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  await listen(options.port ?? 0);
  port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, stop, restart: () => listen(port), close: stop };
}
