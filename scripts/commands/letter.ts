import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError, parseArgs, parseLetterForCli, printJson } from '../cli/args';
import { extractText } from '../../lib/documents';
import type { ParsedLetter } from '../../lib/letter/schema';
import { summarize } from '../../lib/letter/summary';
import { parseExtracted } from '../../lib/letter/scan-evidence';
import { nodeOcr } from '../cli/ocr-node';

export const summary = 'baca surat permohonan (.txt/.docx/.pdf/.jpg/.png) / parse a request letter';

const USAGE = [
  'Pemakaian / usage:',
  '  npm run -s pandu -- letter parse FILE [--json]',
  '',
  'Membaca surat permohonan / nota dinas (.txt, .docx, .pdf berteks atau hasil pindai, .jpg/.jpeg/.png',
  'lewat OCR bahasa Indonesia tanpa jaringan) dan menampilkan nomor, tanggal,',
  'pengirim, perihal, peran SPSE yang diminta, pegawai yang diajukan, dan masalah yang ditemukan.',
  '--json  keluaran JSON: { letter, people (+ action: create|reset|deactivate|change), problems } (tanggal YYYY-MM-DD, HP E.164;',
  '        nilai yang perlu diperiksa ada di problems dengan baris sumbernya)',
].join('\n');

const LABELS = { name: 'Nama', nip: 'NIP', position: 'Jabatan', email: 'Email', phone: 'HP' } as const;

function readable(file: string, p: ParsedLetter): string {
  const v = (s: string | null) => s ?? '—';
  const out = [
    `Surat: ${file}`,
    `  Nomor     : ${v(p.letter.number)}`,
    `  Tanggal   : ${v(p.letter.date)}${p.letter.place ? ` (${p.letter.place})` : ''}`,
    `  Pengirim  : ${v(p.letter.sender)}`,
    `  Perihal   : ${v(p.letter.subject)}`,
    `  Peran SPSE: ${v(p.letter.role)}`,
    `Pegawai (${p.people.length}):`,
  ];
  p.people.forEach((person, i) => {
    out.push(`  ${i + 1}. ${v(person.name)} [${person.action}]`);
    for (const k of ['nip', 'position', 'email', 'phone'] as const) out.push(`     ${LABELS[k].padEnd(8)}: ${v(person[k])}`);
  });
  if (p.signatory) out.push(`Penanda tangan: ${v(p.signatory.name)}${p.signatory.nip ? ` (NIP ${p.signatory.nip})` : ''}`);
  if (p.problems.length) {
    out.push(`Masalah (${p.problems.length}):`);
    for (const pr of p.problems) out.push(`  - ${pr.field}: ${pr.message}${pr.line ? ` (baris ${pr.line})` : ''}`);
  } else out.push('Tidak ada masalah.');
  return out.join('\n') + '\n';
}

/**
 * A letter file (.txt, .docx, .pdf, image) read and parsed exactly as `letter parse FILE` does; the
 * letter corpus and its bench score .docx and .pdf letters through this same path.
 */
export async function parseLetterFile(file: string): Promise<ParsedLetter> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new CliError(`Berkas tidak dapat dibuka: ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, 1);
  }
  const extracted = await extractText(
    { name: basename(file), arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
    {},
    { ocr: nodeOcr() },
  );
  if ('error' in extracted) throw new CliError(extracted.error, 1);
  // Scans: each value gets its OCR confidence, unsure or repaired values a flag in problems.
  return parseExtracted(extracted, parseLetterForCli);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [sub, file, ...extra] = args._;
  if (args.opts.help || !sub) {
    process.stdout.write(USAGE + '\n');
    return sub || args.opts.help ? 0 : 2;
  }
  if (sub !== 'parse') throw new CliError(`Subperintah tidak dikenal: ${sub}. ${USAGE}`, 2);
  if (!file) throw new CliError('Berkas surat wajib diisi: letter parse FILE', 2);
  if (extra.length) throw new CliError(`Argumen berlebih: ${extra.join(' ')}`, 2);

  const parsed = await parseLetterFile(file);
  if (args.opts.json) printJson(summarize(parsed));
  else process.stdout.write(readable(file, parsed));
  return 0;
}
