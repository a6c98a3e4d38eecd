import { existsSync } from 'node:fs';
import { CliError, optString, printJson, requireOpt } from '../cli/args';
import { run as runBackup } from './backup';
import { subcommands } from './case';
import { createEmptyBackupFile, readBackupFile } from '../../lib/log/file-log';

export const summary = 'berkas catatan (cadangan): new --out F, info F, merge A B --out F / log backup files';

const USAGE = `Pemakaian / usage:
  pandu log new --out F [--by NAMA] [--force]   berkas cadangan kosong / an empty backup file
  pandu log info F [--json]                     isi dan keabsahan berkas / counts, validates
  pandu log merge A B ... --out F [--json]      = pandu backup merge (gabungkan catatan staf / merge staff logs)
                                                (id sama isi beda = konflik, versi A dipakai)
`;

export const run = subcommands(USAGE, ['force'], async (sub, args) => {
  const files = args._.slice(1);
  switch (sub) {
    case 'new': {
      const out = requireOpt(args, 'out');
      if (existsSync(out) && !args.opts.force) throw new CliError(`Berkas sudah ada: ${out} (pakai --force untuk menimpa)`, 1);
      const backup = await createEmptyBackupFile(out, optString(args, 'by') ?? null);
      if (args.opts.json) printJson({ file: out, backup });
      else process.stdout.write(`Berkas catatan kosong dibuat: ${out}\n`);
      return 0;
    }
    case 'info': {
      const file = files[0] ?? optString(args, 'backup');
      if (!file) throw new CliError('Berkas wajib disebut: pandu log info F', 2);
      const b = await readBackupFile(file);
      const info = {
        file,
        exportedAt: b.exportedAt,
        exportedBy: b.exportedBy,
        cases: b.cases.length,
        openCases: b.cases.filter((c) => c.status === 'open').length,
        events: b.events.length,
        problems: b.problems.length,
        profiles: b.profiles.length,
        settings: b.settings !== null,
      };
      if (args.opts.json) printJson(info);
      else process.stdout.write(`${file}: sah; ${info.cases} kasus (${info.openCases} terbuka), ${info.events} langkah, ${info.problems} masalah pengenalan, ${info.profiles} profil halaman\n`);
      return 0;
    }
    case 'merge':
      // One merge command: `log merge` is `backup merge` (several files) under its older name.
      return runBackup(['merge', ...files, '--out', requireOpt(args, 'out'), ...(args.opts.json ? ['--json'] : [])]);
    default:
      throw new CliError(`Subperintah tidak dikenal: log ${sub}\n${USAGE}`, 2);
  }
});
