#!/usr/bin/env tsx
/**
 * `npm run sync-server -- --port N [--admin NAME:PASSWORD]`: a CouchDB-protocol server in memory on
 * 127.0.0.1 for development and tests (see scripts/sync/dev-server.ts). With --admin the server
 * has an admin and users/_session/validate_doc_update apply; without it, "admin party" (anyone is admin).
 */
import { parseArgs } from './cli/args';
import { startDevServer } from './sync/dev-server';

const args = parseArgs(process.argv.slice(2));
const port = Number(args.opts.port ?? 5984);
const adminArg = typeof args.opts.admin === 'string' ? args.opts.admin : undefined;
const admin = adminArg ? { name: adminArg.slice(0, adminArg.indexOf(':')), password: adminArg.slice(adminArg.indexOf(':') + 1) } : undefined;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('--port harus bilangan 0..65535\n');
  process.exit(2);
}
const server = await startDevServer({ port, admin });
process.stdout.write(`Server CouchDB pengembangan (dalam memori) di ${server.url}${admin ? ` — admin: ${admin.name}` : ' — tanpa admin ("admin party")'}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
