import { CliError, optString, printJson, requireOpt } from '../cli/args';
import { withBackupFile } from '../../lib/log/file-log';
import { isoOpt, requireSop, subcommands } from './case';
import { finishEndsCase } from '../../lib/sop/locate';

export const summary = 'langkah SOP sebuah kasus: start | finish --backup F --case ID --step N --at ISO / record a step';

const USAGE = `Pemakaian / usage:
  pandu step start  --backup F --case ID --step N [--at ISO] [--by NAMA] [--redo --reason TEKS] [--json]
  pandu step finish --backup F --case ID --step N [--at ISO] [--by NAMA] [--decision ya|tidak] [--json]
  Tanpa --at: sekarang / without --at: now. Putusan mutu baku disimpan saat selesai.
  Langkah yang sudah selesai hanya dimulai lagi dengan --redo --reason (dihitung pengerjaan ulang).
  Kasus selesai/dibatalkan/menunggu menolak langkah baru (kode keluar 1, tidak ada yang ditulis).
  Langkah terakhir SOP (atau cabang akhir) yang selesai menutup kasus sebagai selesai.
`;

export const run = subcommands(USAGE, ['redo'], async (sub, args) => {
  if (sub !== 'start' && sub !== 'finish') throw new CliError(`Subperintah tidak dikenal: step ${sub}\n${USAGE}`, 2);
  const file = requireOpt(args, 'backup');
  const caseId = requireOpt(args, 'case');
  const stepText = requireOpt(args, 'step');
  if (!/^\d+$/.test(stepText)) throw new CliError(`--step harus nomor langkah, bukan "${stepText}"`, 2);
  const stepNo = Number(stepText);
  const at = isoOpt(args, 'at');
  const by = optString(args, 'by');
  const decisionText = optString(args, 'decision');
  if (decisionText && !['ya', 'tidak', 'yes', 'no'].includes(decisionText)) throw new CliError('--decision harus ya atau tidak', 2);
  const decision = decisionText ? (decisionText === 'ya' || decisionText === 'yes' ? 'yes' : 'no') : undefined;
  const redoReason = args.opts.redo ? optString(args, 'reason') : undefined;
  if (args.opts.redo && (sub !== 'start' || !redoReason?.trim())) throw new CliError('--redo hanya untuk step start, dan wajib dengan --reason TEKS (alasan mengulang)', 2);

  const event = await withBackupFile(
    file,
    async (log) => {
      const kase = await log.getCase(caseId);
      if (!kase) throw new CliError(`Kasus tidak ditemukan: ${caseId}`, 1);
      const sop = requireSop(kase.sopId);
      const step = sop.steps.find((s) => s.no === stepNo);
      if (!step) throw new CliError(`Langkah ${stepNo} tidak ada di SOP ${sop.id} (langkah: ${sop.steps.map((s) => s.no).join(', ')})`, 1);
      if (sub === 'start') return log.startStep({ caseId, stepNo, at, by: by ?? null, actor: step.actors[0] ?? null, ...(redoReason && { redo: { reason: redoReason } }) });
      return log.finishStep({ caseId, stepNo, at, ...(by !== undefined && { by }), decision, duration: step.duration, endsCase: finishEndsCase(sop, stepNo, decision) });
    },
    { write: true },
  );
  if (args.opts.json) printJson(event);
  else if (sub === 'start') process.stdout.write(`Langkah ${stepNo} dimulai ${event.startedAt} (${event.id})\n`);
  else process.stdout.write(`Langkah ${stepNo} selesai ${event.finishedAt}${event.verdict ? ` — ${event.verdict}` : ''}\n`);
  return 0;
});
