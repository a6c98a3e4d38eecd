import { readFileSync } from 'node:fs';
import { CliError, instantOpt, parseArgs, parseLetterForCli, optString, printJson, requireOpt, type ParsedArgs } from '../cli/args';
import { withBackupFile } from '../../lib/log/file-log';
import { loadCaseView, type CaseView } from '../../lib/log/case-view';
import { getBuiltinSop } from '../../lib/sop/catalog';
import type { Sop } from '../../lib/sop/schema';
import type { Case } from '../../lib/log/schema';
import { LogError } from '../../lib/log/errors';

export const summary = 'kasus (satu surat, satu SOP): open, show, list / cases in a backup file';

const USAGE = `Pemakaian / usage:
  pandu case open --backup F --sop SOP_ID --letter SURAT.txt [--received ISO] [--by NAMA] [--json]
        membuka kasus baru, mencetak id-nya / opens a case, prints its id
  pandu case show --backup F --case ID [--now ISO] [--json]
        langkah-langkah, menit kerja, putusan mutu baku / steps, working minutes, verdicts
  pandu case list --backup F [--status open|done|cancelled] [--sop SOP_ID] [--json]
`;

/** Log errors are already Indonesian sentences: print them as CLI errors (exit 1) without the class name. */
export function withCliErrors(run: (argv: string[]) => Promise<number>): (argv: string[]) => Promise<number> {
  return (argv) =>
    run(argv).catch((err: unknown) => {
      if (err instanceof LogError) throw new CliError(err.message, 1);
      throw err;
    });
}

/** A command with subcommands: prints the usage without one (exit 2) or with --help (exit 0). */
export function subcommands(usage: string, flags: readonly string[], body: (sub: string, args: ParsedArgs) => Promise<number>): (argv: string[]) => Promise<number> {
  return withCliErrors(async (argv) => {
    const args = parseArgs(argv, flags);
    const [sub] = args._;
    if (!sub || args.opts.help) {
      process.stdout.write(usage);
      return args.opts.help ? 0 : 2;
    }
    return body(sub, args);
  });
}

export function requireSop(id: string): Sop {
  const sop = getBuiltinSop(id);
  if (!sop) throw new CliError(`SOP tidak ditemukan: ${id}. Lihat: pandu sop list`, 1);
  return sop;
}

/** An optional ISO date-time option (with its zone), inside the date window. */
export const isoOpt = instantOpt;

const VERDICT_ID: Record<string, string> = { 'on-time': 'tepat waktu', warning: 'hampir lewat', late: 'terlambat' };
const STATUS_ID: Record<string, string> = { pending: 'belum', running: 'berjalan', done: 'selesai' };

function showText(v: CaseView): string {
  const c = v.case;
  const lines = [
    `Kasus ${c.id} (${c.status})`,
    `  SOP: ${c.sopId}   diterima: ${c.receivedAt}`,
    `  surat: ${c.letter.number ?? '—'} dari ${c.letter.sender ?? '—'}: ${c.letter.subject ?? '—'}`,
    `  orang: ${c.people.map((p) => p.name).join(', ') || '—'}`,
    '',
  ];
  for (const s of v.steps) {
    const mark = s.no === v.current ? '▶' : ' ';
    const time = s.workingMinutes === null ? '' : ` ${s.workingMinutes} menit kerja`;
    const verdict = s.verdict ? ` [${VERDICT_ID[s.verdict]}]` : '';
    lines.push(`${mark} ${String(s.no).padStart(2)} ${STATUS_ID[s.status].padEnd(8)} ${(s.standard ?? '—').padEnd(14)}${time}${verdict}  ${s.activity}`);
  }
  lines.push('', `Putusan kasus: ${v.verdict ? VERDICT_ID[v.verdict] : '—'}`);
  return lines.join('\n') + '\n';
}

export const run = subcommands(USAGE, [], async (sub, args) => {
  const file = requireOpt(args, 'backup');
  switch (sub) {
    case 'open': {
      const sop = requireSop(requireOpt(args, 'sop'));
      const letterFile = requireOpt(args, 'letter');
      let text: string;
      try {
        text = readFileSync(letterFile, 'utf8');
      } catch {
        throw new CliError(`Berkas surat tidak dapat dibaca: ${letterFile}`, 1);
      }
      const parsed = parseLetterForCli(text);
      const received = isoOpt(args, 'received');
      const by = optString(args, 'by') ?? null;
      const created: Case = await withBackupFile(
        file,
        (log) =>
          log.createCase({
            sopId: sop.id,
            sopVersion: String(sop.version),
            letter: parsed.letter,
            people: parsed.people.map((p) => ({ ...p, name: p.name ?? '' })),
            receivedAt: received,
            createdBy: by,
          }),
        { write: true },
      );
      if (args.opts.json) printJson({ id: created.id, case: created, problems: parsed.problems });
      else {
        process.stdout.write(`${created.id}\n`);
        for (const p of parsed.problems) process.stderr.write(`Catatan surat: ${p.field}: ${p.message}\n`);
      }
      return 0;
    }
    case 'show': {
      const id = requireOpt(args, 'case');
      const now = isoOpt(args, 'now') ?? new Date().toISOString();
      const view = await withBackupFile(file, async (log) => {
        const kase = await log.getCase(id);
        if (!kase) throw new CliError(`Kasus tidak ditemukan: ${id}`, 1);
        return loadCaseView(log, id, requireSop(kase.sopId), now);
      });
      if (args.opts.json) printJson(view);
      else process.stdout.write(showText(view));
      return 0;
    }
    case 'list': {
      const status = optString(args, 'status');
      if (status && !['open', 'done', 'cancelled'].includes(status)) throw new CliError('--status harus open, done atau cancelled', 2);
      const cases = await withBackupFile(file, (log) => log.listCases({ status: status as Case['status'] | undefined, sopId: optString(args, 'sop') }));
      if (args.opts.json) printJson(cases);
      else for (const c of cases) process.stdout.write(`${c.id}  ${c.status.padEnd(9)} ${c.receivedAt}  ${c.sopId}  ${c.letter.number ?? '—'}\n`);
      return 0;
    }
    default:
      throw new CliError(`Subperintah tidak dikenal: case ${sub}\n${USAGE}`, 2);
  }
});
