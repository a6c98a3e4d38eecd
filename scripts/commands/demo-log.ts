import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError, optString, parseArgs, printJson, requireOpt } from '../cli/args';
import { demoOptionsSchema, writeDemoBackup } from '../../lib/export/demo';
import { builtinCatalog } from '../../lib/sop/catalog';

export const summary = 'catatan contoh yang realistis (semua SOP bawaan): --cases N --out F [--seed S] / synthetic demo log';

const USAGE = `Pemakaian / usage:
  pandu demo-log --cases N --out F [--seed S] [--end YYYY-MM-DD] [--months M] [--json]
        membuat berkas cadangan contoh: surat, staf, langkah tepat waktu/peringatan/terlambat
        untuk 10 SOP bawaan. Seed dan --end yang sama memberi berkas yang sama.
        (--end bawaan: hari ini)
`;

function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = requireOpt(args, 'out');
  const casesText = requireOpt(args, 'cases');
  const cases = Number(casesText);
  if (!Number.isInteger(cases) || cases < 0) throw new CliError(`--cases harus bilangan bulat ≥ 0, bukan "${casesText}"`, 2);
  const months = optString(args, 'months');
  const parsed = demoOptionsSchema.safeParse({ cases, seed: optString(args, 'seed') ?? 'pandu', end: optString(args, 'end') ?? today(), months: months === undefined ? undefined : Number(months) });
  if (!parsed.success) throw new CliError(`Opsi tidak sah: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`, 2);
  const opts = { ...parsed.data };
  const started = performance.now();
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', (err) => reject(new CliError(`Gagal menulis ${out}: ${err.message}`, 1))));
  const counts = await Promise.race([
    writeDemoBackup(opts, builtinCatalog(), async (chunk) => {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    }),
    failed,
  ]);
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (args.opts.json) printJson({ file: out, seed: opts.seed, end: opts.end, months: opts.months, ...counts, seconds });
  else process.stdout.write(`Catatan contoh ditulis ke ${out}: ${counts.cases} kasus, ${counts.events} langkah, ${counts.problems} masalah pengenalan (${seconds} s)\n`);
  return 0;
}
