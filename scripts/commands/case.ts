import { readFileSync } from 'node:fs';
import { CliError, instantOpt, parseArgs, parseLetterForCli, optString, printJson, requireOpt, type ParsedArgs } from '../cli/args';
import { withBackupFile } from '../../lib/log/file-log';
import { loadCaseView, type CaseView } from '../../lib/log/case-view';
import { getBuiltinSop } from '../../lib/sop/catalog';
import type { Sop } from '../../lib/sop/schema';
import type { Case } from '../../lib/log/schema';
import { LogError } from '../../lib/log/errors';
import { closeCase, holdCase, reopenCase, resumeCase } from '../../lib/log/ledger';
import type { CaseEvent } from '../../lib/log/schema';

export const summary = 'kasus (satu surat, satu SOP): open, show, list / cases in a backup file';

const USAGE = `Pemakaian / usage:
  pandu case open --backup F --sop SOP_ID --letter SURAT.txt [--received ISO] [--by NAMA] [--json]
        membuka kasus baru, mencetak id-nya / opens a case, prints its id
  pandu case show --backup F --case ID [--now ISO] [--json]
        langkah-langkah, menit kerja, putusan mutu baku / steps, working minutes, verdicts
  pandu case list --backup F [--status open|waiting|done|cancelled] [--sop SOP_ID] [--json]
  pandu case hold   --backup F --case ID --at ISO --reason TEKS [--by NAMA]
        menunda kasus (menunggu kelengkapan / pemohon): jam berhenti / hold: the clock stops
  pandu case resume --backup F --case ID --at ISO [--by NAMA]
        melanjutkan kasus yang menunggu / resume a waiting case
  pandu case close  --backup F --case ID --status done|cancelled --at ISO [--reason TEKS] [--by NAMA]
        menutup kasus: selesai, atau dibatalkan (alasan wajib) / close as done or cancelled
  pandu case reopen --backup F --case ID --at ISO --reason TEKS [--by NAMA]
        membuka kembali kasus yang selesai/dibatalkan / reopen with a reason
  Setiap perubahan dicatat sebagai peristiwa (siapa, kapan, alasan); tidak ada yang dihapus.
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
const CASE_STATUS_ID: Record<string, string> = { open: 'berjalan', waiting: 'menunggu', done: 'selesai', cancelled: 'dibatalkan' };
const EVENT_ID: Record<CaseEvent['kind'], string> = {
  held: 'ditunda (menunggu)',
  resumed: 'dilanjutkan',
  closed: 'ditutup',
  reopened: 'dibuka kembali',
  'step-redone': 'langkah diulang',
  'person-done': 'orang selesai',
  undone: 'peristiwa otomatis dibatalkan',
  'requirement-checked': 'kelengkapan dicentang',
  forwarded: 'diteruskan',
};

function eventLine(e: CaseEvent): string {
  const what = e.kind === 'closed' ? `ditutup: ${e.closeStatus === 'cancelled' ? 'dibatalkan' : 'selesai'}` : EVENT_ID[e.kind];
  return `Kasus ${e.caseId}: ${what} ${e.at}${e.reason ? ` — ${e.reason}` : ''}${e.auto ? ' (otomatis)' : ''}\n`;
}

function showText(v: CaseView): string {
  const c = v.case;
  const lines = [
    `Kasus ${c.id} (${CASE_STATUS_ID[c.status] ?? c.status})`,
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
  for (const h of v.holds) lines.push(`  menunggu ${h.from} → ${h.to ?? 'sekarang'}${h.reason ? `: ${h.reason}` : ''}`);
  lines.push('', `Putusan kasus: ${v.verdict ? VERDICT_ID[v.verdict] : '—'}`);
  lines.push(`Waktu tunggu (di luar hitungan): ${v.heldMinutes} menit kerja · lama layanan: ${v.leadWorkingMinutes} menit kerja${v.rework ? ` · diulang: ${v.rework}` : ''}`);
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
    case 'hold':
    case 'resume':
    case 'close':
    case 'reopen': {
      const caseId = requireOpt(args, 'case');
      const at = isoOpt(args, 'at');
      if (!at) throw new CliError('Opsi --at wajib diisi (required): tanggal-waktu ISO 8601 dengan zona.', 2);
      const reason = optString(args, 'reason') ?? null;
      const by = optString(args, 'by') ?? null;
      let closeStatus: 'done' | 'cancelled' | undefined;
      if (sub === 'close') {
        const st = requireOpt(args, 'status');
        if (st !== 'done' && st !== 'cancelled') throw new CliError('--status harus done atau cancelled', 2);
        closeStatus = st;
      }
      if ((sub === 'hold' || sub === 'reopen') && !reason?.trim()) throw new CliError(`Opsi --reason wajib diisi untuk case ${sub} (alasan).`, 2);
      const event = await withBackupFile(
        file,
        async (log) => {
          if (!(await log.getCase(caseId))) throw new CliError(`Kasus tidak ditemukan: ${caseId}`, 1);
          const input = { caseId, at, reason, by };
          if (sub === 'hold') return holdCase(log, input);
          if (sub === 'resume') return resumeCase(log, input);
          if (sub === 'reopen') return reopenCase(log, input);
          return closeCase(log, { ...input, status: closeStatus! });
        },
        { write: true },
      );
      if (args.opts.json) printJson(event);
      else process.stdout.write(eventLine(event));
      return 0;
    }
    case 'list': {
      const status = optString(args, 'status');
      if (status && !['open', 'waiting', 'done', 'cancelled'].includes(status)) throw new CliError('--status harus open, waiting, done atau cancelled', 2);
      const cases = await withBackupFile(file, (log) => log.listCases({ status: status as Case['status'] | undefined, sopId: optString(args, 'sop') }));
      if (args.opts.json) printJson(cases);
      else for (const c of cases) process.stdout.write(`${c.id}  ${c.status.padEnd(9)} ${c.receivedAt}  ${c.sopId}  ${c.letter.number ?? '—'}\n`);
      return 0;
    }
    default:
      throw new CliError(`Subperintah tidak dikenal: case ${sub}\n${USAGE}`, 2);
  }
});
