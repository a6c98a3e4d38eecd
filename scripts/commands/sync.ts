import { CliError, optString, printJson, requireOpt, type ParsedArgs } from '../cli/args';
import { subcommands } from './case';
import { readBackupFile, writeBackupFile } from '../../lib/log/file-log';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../lib/log/schema';
import { currentVersions, toDoc, type SyncDoc } from '../../lib/sync/docs';
import { PUSH_BATCH, openRemote, writeDocs } from '../../lib/sync/remote';
import { readChanges } from '../../lib/sync/log-sync';
import { putUser, setupDatabase } from '../../lib/sync/design';
import { SyncError, checkConnection, serverConfigSchema, splitDatabaseUrl, type ServerConfig } from '../../lib/sync/server';

export const summary = "log tim di CouchDB: push / pull / setup / user / sync the team log with CouchDB";

const USAGE = `Pemakaian / usage:
  pandu sync push --backup F --url URL [--user U --password P] [--json]
        mengirim kasus, langkah dan peristiwa kasus (tunda, selesai, batal, buka kembali)
        berkas cadangan F ke basis data URL
        (mis. http://127.0.0.1:5984/pandu); pengiriman ulang tidak menambah apa pun.
  pandu sync pull --url URL [--user U --password P] --out F [--json]
        menulis seluruh isi basis data (kasus, langkah, peristiwa kasus) sebagai berkas cadangan F.
  pandu sync setup --url URL --user ADMIN --password P
        (admin server) membuat basis data, anggota (peran pandu-staff, pandu-supervisor)
        dan dokumen desain validate_doc_update; aman diulang.
  pandu sync user --url URL --user ADMIN --password P --name N --new-password S [--role staff|supervisor]
        (admin server) membuat atau memperbarui pengguna CouchDB dengan perannya.
  Server tak terjangkau: keluar dengan kode bukan nol dalam beberapa detik; berkas lokal tidak berubah.
`;

function configFrom(args: ParsedArgs): ServerConfig {
  const { url, database } = splitDatabaseUrl(requireOpt(args, 'url'));
  const r = serverConfigSchema.safeParse({ url, database, user: optString(args, 'user') ?? '', password: optString(args, 'password') ?? '' });
  if (!r.success) throw new CliError(`--url: ${r.error.issues[0].message}`, 2);
  return r.data;
}

async function docCount(config: ServerConfig): Promise<number> {
  return (await checkConnection(config, { timeoutMs: 5000 })).docCount;
}

async function push(args: ParsedArgs): Promise<number> {
  const file = requireOpt(args, 'backup');
  const config = configFrom(args);
  const backup = await readBackupFile(file);
  const before = await docCount(config);
  const staff = config.user || backup.exportedBy || 'tanpa-pengguna';
  const remote = openRemote(config);
  const records: Array<Promise<SyncDoc>> = [
    ...backup.cases.map((c) => toDoc('case', c, staff)),
    ...backup.events.map((e) => toDoc('event', e, staff)),
    ...backup.caseEvents.map((e) => toDoc('ledger', e, staff)),
  ];
  const docs = await Promise.all(records);
  for (let i = 0; i < docs.length; i += PUSH_BATCH) await writeDocs(remote, docs.slice(i, i + PUSH_BATCH));
  const after = await docCount(config);
  const added = after - before;
  if (args.opts.json) printJson({ url: `${config.url}/${config.database}`, sent: docs.length, added, documents: after, staff });
  else process.stdout.write(`Dikirim ${docs.length} catatan (${backup.cases.length} kasus, ${backup.events.length} langkah, ${backup.caseEvents.length} peristiwa kasus) sebagai "${staff}": ${added} dokumen baru, ${docs.length - added} sudah ada di server.\n`);
  return 0;
}

async function pull(args: ParsedArgs): Promise<number> {
  const out = requireOpt(args, 'out');
  const config = configFrom(args);
  const conn = await checkConnection(config, { timeoutMs: 5000 });
  const { versions, rejected } = await readChanges(openRemote(config), 0);
  const { cases, events, ledger } = currentVersions(versions);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const caseList = [...cases.values()].map((v) => v.record).sort(byId);
  const allEvents = [...events.values()].map((v) => v.record).sort(byId);
  const eventList = allEvents.filter((e) => cases.has(e.caseId));
  const allLedger = [...ledger.values()].map((v) => v.record).sort(byId);
  const ledgerList = allLedger.filter((e) => cases.has(e.caseId));
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), exportedBy: conn.name, cases: caseList, events: eventList, caseEvents: ledgerList, problems: [], settings: null, profiles: [] };
  await writeBackupFile(out, backup);
  const orphans = allEvents.length - eventList.length;
  const orphanLedger = allLedger.length - ledgerList.length;
  if (args.opts.json) printJson({ file: out, cases: caseList.length, events: eventList.length, caseEvents: ledgerList.length, orphanEvents: orphans, orphanCaseEvents: orphanLedger, rejected });
  else {
    process.stdout.write(`Ditulis ke ${out}: ${caseList.length} kasus, ${eventList.length} langkah, ${ledgerList.length} peristiwa kasus dari ${config.url}/${config.database}\n`);
    if (orphans) process.stdout.write(`  ${orphans} langkah dilewati: kasusnya belum ada di server\n`);
    if (orphanLedger) process.stdout.write(`  ${orphanLedger} peristiwa kasus dilewati: kasusnya belum ada di server\n`);
    for (const r of rejected) process.stdout.write(`  dokumen ${r.id} dilewati: ${r.reason}\n`);
  }
  return 0;
}

export const run = subcommands(USAGE, [], async (sub, args) => {
  try {
    if (sub === 'push') return await push(args);
    if (sub === 'pull') return await pull(args);
    if (sub === 'setup') {
      const r = await setupDatabase(configFrom(args));
      process.stdout.write(`Basis data ${r.createdDatabase ? 'dibuat' : 'sudah ada'}; dokumen desain ${r.designUpdated ? 'dipasang' : 'sudah terbaru'}.\n`);
      return 0;
    }
    if (sub === 'user') {
      const config = configFrom(args);
      const role = optString(args, 'role') ?? 'staff';
      if (role !== 'staff' && role !== 'supervisor') throw new CliError('--role harus staff atau supervisor', 2);
      await putUser(config, requireOpt(args, 'name'), requireOpt(args, 'new-password'), role);
      process.stdout.write(`Pengguna ${optString(args, 'name')} (${role}) disimpan.\n`);
      return 0;
    }
  } catch (err) {
    if (err instanceof SyncError) throw new CliError(err.message, 1);
    throw err;
  }
  throw new CliError(`Subperintah tidak dikenal: sync ${sub}\n${USAGE}`, 2);
});
