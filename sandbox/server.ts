#!/usr/bin/env tsx
/**
 * The SPSE look-alike sandbox server (plain node:http).
 *
 *   import { startSandbox } from './sandbox/server';
 *   const sb = await startSandbox({ port: 0 });   // sb.url = http://127.0.0.1:43210
 *
 *   npx tsx sandbox/server.ts [--port 8080] [--host 127.0.0.1]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createState, handleRequest, resetState, sandboxUrls, type Submission } from './pages';

export type { Submission } from './pages';

export type Sandbox = {
  url: string;
  port: number;
  submissions: Submission[];
  reset(): void;
  /** Tests only: rewrite every HTML page before it is sent (a hostile variant of SPSE's form); null stops it. */
  rewriteHtml(fn: ((path: string, html: string) => string) | null): void;
  close(): Promise<void>;
};

const FLASH_COOKIE = 'PANDU_SANDBOX_FLASH';
const MAX_BODY = 1_000_000;

/** Decode an urlencoded body; repeated names (checkbox groups) are joined with ",". */
export function decodeForm(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body)) out[k] = k in out ? `${out[k]},${v}` : v;
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function readFlash(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  const m = new RegExp(`(?:^|;\\s*)${FLASH_COOKIE}=([^;]*)`).exec(cookie);
  if (!m || !m[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

export async function startSandbox(opts: { port?: number; host?: string } = {}): Promise<Sandbox> {
  const state = createState();
  const host = opts.host ?? '127.0.0.1';
  let rewrite: ((path: string, html: string) => string) | null = null;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    let fields: Record<string, string> | undefined;
    if (method === 'POST') {
      const type = String(req.headers['content-type'] ?? '');
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        res.writeHead(415, { 'content-type': 'text/plain; charset=utf-8' }).end('Hanya application/x-www-form-urlencoded');
        return;
      }
      fields = decodeForm(await readBody(req));
    } else if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD, POST' }).end();
      return;
    }
    const flash = readFlash(req);
    const out = handleRequest(state, { method: method === 'HEAD' ? 'GET' : method, url: req.url ?? '/', fields, flash });
    const headers: Record<string, string | string[]> = { 'cache-control': 'no-store' };
    const cookies: string[] = [];
    if (flash) cookies.push(`${FLASH_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`);
    if (out.flash) cookies.push(`${FLASH_COOKIE}=${encodeURIComponent(out.flash)}; Path=/; SameSite=Lax`);
    if (cookies.length) headers['set-cookie'] = cookies;
    if (out.location) {
      res.writeHead(out.status, { ...headers, location: out.location }).end();
      return;
    }
    if (out.body) {
      res.writeHead(out.status, { ...headers, 'content-type': out.contentType ?? 'application/octet-stream' }).end(method === 'HEAD' ? undefined : out.body);
      return;
    }
    const html = rewrite && out.html ? rewrite(new URL(req.url ?? '/', 'http://sandbox').pathname, out.html) : (out.html ?? '');
    res.writeHead(out.status, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(method === 'HEAD' ? undefined : html);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Kesalahan sandbox: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  // Never close an idle keep-alive socket from this side: on a loaded machine the server's 5 s
  // close races a client reusing the socket (Node's fetch: ECONNRESET). Clients close their own
  // idle sockets; close() below ends every connection.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    submissions: state.submissions,
    reset: () => resetState(state),
    rewriteHtml: (fn) => {
      rewrite = fn;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function main(argv: string[]): Promise<void> {
  const portIdx = argv.indexOf('--port');
  const hostIdx = argv.indexOf('--host');
  const port = portIdx >= 0 ? Number(argv[portIdx + 1]) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port tidak valid: ${argv[portIdx + 1]}`);
  const sb = await startSandbox({ port, host: hostIdx >= 0 ? argv[hostIdx + 1] : undefined });
  const lines = [`Sandbox Pandu SPSE berjalan di ${sb.url}/`, ''];
  for (const u of sandboxUrls()) lines.push(`  ${u.pageId.padEnd(30)} ${sb.url}${u.url}`);
  lines.push('', 'Ctrl+C untuk berhenti.');
  process.stdout.write(lines.join('\n') + '\n');
  const stop = () => {
    void sb.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`Galat: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
