import { CliError, printJson, requireOpt } from '../cli/args';
import { subcommands } from './case';
import { readBackupFile, writeBackupFile } from '../../lib/log/file-log';
import { mergeBackups, type MergeConflict } from '../../lib/log/backup';
import { builtinCatalog } from '../../lib/sop/catalog';

export const summary = 'gabungkan cadangan beberapa staf: merge A B ... --out C / merge colleagues\' backups';

const USAGE = `Pemakaian / usage:
  pandu backup merge A B [C ...] --out F [--json]
        menggabungkan cadangan beberapa staf berurutan (A ∪ B ∪ C ...);
        mencetak jumlah catatan baru, yang sudah ada, dan konflik (id sama, isi beda: versi
        berkas yang lebih awal dipakai). Kode keluar 3 bila ada konflik.
`;

export type FileConflict = MergeConflict & { file: string };

/**
 * Folds lib/log's mergeBackups over the files, left to right. Every file is validated first
 * (dates in the window, settings, SOP ids and step numbers of the built-in catalog): one bad
 * file stops the merge before anything is written.
 */
export async function mergeFiles(files: readonly string[]) {
  const sops = builtinCatalog();
  const backups = await Promise.all(files.map((f) => readBackupFile(f, { sops })));
  let merged = backups[0];
  let added = 0;
  let skipped = 0;
  const conflicts: FileConflict[] = [];
  for (let i = 1; i < backups.length; i++) {
    const r = mergeBackups(merged, backups[i]);
    merged = r.merged;
    added += r.added;
    skipped += r.skipped;
    for (const c of r.conflicts) conflicts.push({ ...c, file: files[i] });
  }
  return { merged, added, skipped, conflicts };
}

export const run = subcommands(USAGE, [], async (sub, args) => {
  if (sub !== 'merge') throw new CliError(`Subperintah tidak dikenal: backup ${sub}\n${USAGE}`, 2);
  const files = args._.slice(1);
  if (files.length < 2) throw new CliError('Sebutkan paling sedikit dua berkas: pandu backup merge A B --out F', 2);
  const out = requireOpt(args, 'out');
  const r = await mergeFiles(files);
  await writeBackupFile(out, r.merged);
  const counts = { cases: r.merged.cases.length, events: r.merged.events.length, problems: r.merged.problems.length, profiles: r.merged.profiles.length };
  if (args.opts.json) {
    printJson({ file: out, inputs: files, added: r.added, skipped: r.skipped, conflicts: r.conflicts.map(({ kind, id, file }) => ({ kind, id, file })), conflictDetails: r.conflicts, total: counts });
  } else {
    process.stdout.write(`Digabung ke ${out}: ${r.added} catatan baru, ${r.skipped} sudah ada (dilewati), ${r.conflicts.length} konflik\n`);
    process.stdout.write(`Isi: ${counts.cases} kasus, ${counts.events} langkah, ${counts.problems} masalah pengenalan, ${counts.profiles} profil halaman\n`);
    for (const c of r.conflicts) process.stdout.write(`  konflik ${c.kind} ${c.id} (dari ${c.file}): isi berbeda, versi yang lebih awal dipakai\n`);
  }
  return r.conflicts.length ? 3 : 0;
});
