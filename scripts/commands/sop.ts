import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError, parseArgs, optString, printJson } from '../cli/args';
import { builtinCatalog, getBuiltinSop } from '../../lib/sop/catalog';
import { formatDuration } from '../../lib/sop/duration';
import { actorNames, exportCatalog, exportSop, sopOverview } from '../../lib/sop/exportSop';
import type { Sop } from '../../lib/sop/schema';
import { formatSopErrors, validateSopText } from '../../lib/sop/validate';
import { decodeUtf8 } from '../../lib/bounds';
import { draftSop } from '../../lib/sop/draft';
import { readSopDocument } from '../../lib/sop/draft/file';

export const summary = 'pustaka SOP: list, show ID, validate FILE, export [ID], draft --from FILE / SOP library';

const USAGE = `Pemakaian / usage:
  pandu sop list [--json]          daftar SOP bawaan / list built-in SOPs
  pandu sop show ID [--json]       tampilkan satu SOP / show one SOP
  pandu sop validate FILE [--json] periksa berkas SOP (JSON) / validate an SOP file
  pandu sop export [ID]            keluarkan katalog atau satu SOP sebagai JSON / export JSON
  pandu sop draft --from FILE [--json]
                                   draf SOP dari dokumennya (.txt, .docx, .pdf berteks) / draft an SOP
                                   from its document; --json: bentuk SOP katalog + problems[]
`;

async function draftFromFile(file: string) {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CliError(`Berkas tidak dapat dibuka: ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, 1);
  }
  const read = await readSopDocument({
    name: basename(file),
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });
  if ('error' in read) throw new CliError(read.error, 1);
  return draftSop(read.text, { wrapped: read.wrapped, fileName: basename(file) });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n') + '\n';
}

function requireSop(id: string | undefined): Sop {
  if (!id) throw new CliError('ID SOP wajib diisi. Lihat: pandu sop list', 2);
  const sop = getBuiltinSop(id);
  if (!sop) throw new CliError(`SOP tidak ditemukan: ${id}. Lihat: pandu sop list`, 1);
  return sop;
}

function showText(sop: Sop): string {
  const lines = [
    `${sop.title}`,
    `  id: ${sop.id} (versi ${sop.version})`,
    `  nomor: ${sop.number ?? '—'}   unit kerja: ${sop.office ?? '—'}`,
    `  dibuat: ${sop.madeAt ?? '—'}   revisi: ${sop.revisedAt ?? '—'}   disahkan: ${sop.approvedAt ?? '—'} oleh ${sop.approvedBy ?? '—'}`,
    `  pelaksana: ${sop.lanes.map((l) => l.name).join(', ')}`,
    '',
  ];
  const rows = [['No', 'Pelaksana', 'Waktu', 'Kegiatan']];
  for (const s of sop.steps) {
    const mark = s.marker === 'start' ? ' [Mulai]' : s.marker === 'end' ? ' [Selesai]' : '';
    const dec = s.decision ? ` [? ${s.decision.question} ya→${s.decision.yes} tidak→${s.decision.no}]` : '';
    rows.push([String(s.no), actorNames(sop, s.actors), formatDuration(s.duration, 'id'), `${s.activity}${mark}${dec}`]);
  }
  lines.push(table(rows));
  if (sop.gaps.length) lines.push('Celah pada sumber / gaps:', ...sop.gaps.map((g) => `  - ${g}`), '');
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [sub, arg] = args._;
  if (!sub || args.opts.help) {
    process.stdout.write(USAGE);
    return sub || args.opts.help ? 0 : 2;
  }
  switch (sub) {
    case 'list': {
      const sops = builtinCatalog();
      if (args.opts.json) printJson(sops.map(sopOverview));
      else {
        const rows = [['ID', 'Nomor', 'Langkah', 'Judul']];
        for (const s of sops) rows.push([s.id, s.number ?? '—', String(s.steps.length), s.title]);
        process.stdout.write(table(rows));
      }
      return 0;
    }
    case 'show': {
      const sop = requireSop(arg);
      if (args.opts.json) printJson(sop);
      else process.stdout.write(showText(sop));
      return 0;
    }
    case 'validate': {
      if (!arg) throw new CliError('Berkas wajib diisi: pandu sop validate FILE', 2);
      let bytes: Buffer;
      try {
        bytes = readFileSync(arg);
      } catch (e) {
        throw new CliError(`Berkas tidak dapat dibaca: ${arg} (${e instanceof Error ? e.message : String(e)})`, 1);
      }
      let text: string;
      try {
        text = decodeUtf8(bytes, `Berkas ${arg}`);
      } catch (e) {
        throw new CliError((e as Error).message, 1);
      }
      const r = validateSopText(text);
      if (args.opts.json) {
        if (r.ok) printJson({ valid: true, sops: r.sops.map((s) => ({ id: s.id, version: s.version, steps: s.steps.length })) });
        else printJson({ valid: false, errors: r.errors });
      }
      if (!r.ok) {
        process.stderr.write(`tidak valid / invalid: ${arg}\n`);
        for (const line of formatSopErrors(r.errors)) process.stderr.write(`  ${line}\n`);
        return 1;
      }
      if (!args.opts.json) process.stdout.write(`valid: ${r.sops.length} SOP (${r.sops.map((s) => s.id).join(', ')})\n`);
      return 0;
    }
    case 'export': {
      const out = arg ? exportSop(requireSop(arg)) : exportCatalog(builtinCatalog());
      const file = optString(args, 'out');
      if (file) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(file, out);
      } else process.stdout.write(out);
      return 0;
    }
    case 'draft': {
      const from = optString(args, 'from') ?? arg;
      if (!from) throw new CliError('Berkas wajib diisi: pandu sop draft --from FILE', 2);
      const { sop, problems } = await draftFromFile(from);
      if (args.opts.json) printJson({ ...sop, problems });
      else {
        process.stdout.write(showText(sop));
        process.stdout.write(problems.length ? `Perlu diperiksa (${problems.length}):\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}\n` : 'Tidak ada yang perlu diperiksa.\n');
      }
      return 0;
    }
    default:
      process.stderr.write(`Subperintah tidak dikenal: ${sub}\n${USAGE}`);
      return 2;
  }
}
