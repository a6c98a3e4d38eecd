/**
 * `npm run -s pandu -- page <subcommand>`: SPSE page recognition from the command line.
 *
 *   page recognise --url URL --html FILE [--profile FILE] [--json] [--all] [--explain]
 *   page fields    --url URL --html FILE [--page ID] [--profile FILE] [--json]
 *   page list      [--json]
 *   page profile   FILE            (validate a taught site profile)
 *   page capture   --url URL --html FILE --out OUT.html   (redacted snapshot, "Kirim contoh halaman")
 *
 * `--html -` reads the HTML from standard input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { CliError, optString, parseArgs, printJson, requireOpt, type ParsedArgs } from '../cli/args';
import { ROUTES, ROUTES_VERSION } from '../../lib/spse/routes';
import { explainRecognition, recognise } from '../../lib/spse/recognise';
import { locateFields } from '../../lib/spse/fields';
import { parseSiteProfile, type SiteProfile } from '../../lib/spse/profile';
import { capturePage } from '../../lib/spse/capture';
import { decodeUtf8 } from '../../lib/bounds';

export const summary = 'kenali halaman SPSE dari URL + HTML / recognise an SPSE page (recognise, fields, list, profile, capture)';

const HELP = `Pemakaian:
  page recognise --url URL --html FILE [--profile FILE] [--json] [--all] [--explain]
  page fields    --url URL --html FILE [--page ID] [--profile FILE] [--json]
  page list      [--json]
  page profile   FILE
  page capture   --url URL --html FILE --out OUT.html
--html - membaca HTML dari stdin.
recognise --json: { pageId, confidence, role, site (spse|other), layout (local|national|akun|null), version }.`;

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    throw new CliError(`Berkas tidak dapat dibaca: ${path} (${e instanceof Error ? e.message : String(e)})`, 2);
  }
  try {
    return decodeUtf8(bytes, `Berkas ${path}`);
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

function loadDocument(args: ParsedArgs): { url: string; doc: Document } {
  const url = requireOpt(args, 'url');
  const html = readText(requireOpt(args, 'html'));
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url });
  } catch {
    dom = new JSDOM(html);
  }
  return { url, doc: dom.window.document };
}

function loadProfile(args: ParsedArgs): SiteProfile[] {
  const path = optString(args, 'profile');
  if (!path) return [];
  const r = parseSiteProfile(readText(path));
  if (!r.ok) throw new CliError(`Profil situs tidak sah (${path}):\n  ${r.errors.join('\n  ')}`, 2);
  return [r.profile];
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['all', 'explain']);
  const [sub, ...rest] = args._;
  if (!sub || args.opts.help) {
    process.stdout.write(HELP + '\n');
    return sub ? 0 : 2;
  }
  switch (sub) {
    case 'recognise':
    case 'recognize': {
      const { url, doc } = loadDocument(args);
      const { match: m, candidates } = explainRecognition(url, doc, loadProfile(args));
      const result = { pageId: m.pageId, confidence: m.confidence, role: m.role, site: m.isSpse ? 'spse' : 'other', layout: m.layout, version: m.version };
      const out = args.opts.all ? { ...m, site: result.site } : result;
      if (args.opts.json) printJson(args.opts.explain ? { ...out, candidates: candidates.slice(0, 5) } : out);
      else {
        process.stdout.write(`${m.pageId} (keyakinan ${m.confidence}, peran ${m.role ?? '-'}, situs ${result.site}, tata letak ${m.layout ?? '-'}, versi ${m.version ?? '-'}, basis "${m.base}")\n`);
        if (args.opts.explain) for (const c of candidates.slice(0, 5)) process.stdout.write(`  ${c.pageId.padEnd(30)} ${String(c.confidence).padEnd(6)} url ${c.urlMatch ? 'cocok' : '-'}  dom ${c.dom}  judul ${c.heading}\n`);
      }
      return 0;
    }
    case 'fields': {
      const { url, doc } = loadDocument(args);
      const profiles = loadProfile(args);
      const pageId = optString(args, 'page') ?? recognise(url, doc, profiles).pageId;
      const located = locateFields(doc, pageId, profiles);
      const rows = located.map((f) => (f.found ? { attribute: f.attribute, found: true, selector: f.selector, matchedBy: f.matchedBy, source: f.source } : { attribute: f.attribute, found: false, message: f.message }));
      if (args.opts.json) printJson({ pageId, fields: rows });
      else {
        process.stdout.write(`Halaman: ${pageId}\n`);
        for (const r of rows) process.stdout.write(`  ${r.attribute.padEnd(24)} ${r.found ? `${r.selector}  (${r.matchedBy})` : `TIDAK DITEMUKAN`}\n`);
      }
      return 0;
    }
    case 'list': {
      const rows = ROUTES.map((r) => ({ id: r.id, role: r.role, urlPatterns: r.urlPatterns, host: r.host ?? null, headings: r.signature.headings, fields: Object.keys(r.fields ?? {}) }));
      if (args.opts.json) printJson({ version: ROUTES_VERSION, pages: rows });
      else {
        process.stdout.write(`Tabel rute SPSE versi ${ROUTES_VERSION}\n`);
        for (const r of rows) process.stdout.write(`  ${r.id.padEnd(30)} ${r.role.padEnd(18)} ${r.urlPatterns.join(', ')}\n`);
      }
      return 0;
    }
    case 'profile': {
      const path = rest[0] ?? optString(args, 'file');
      if (!path) throw new CliError('Sebutkan berkas profil: page profile FILE', 2);
      const r = parseSiteProfile(readText(path));
      if (args.opts.json) printJson(r.ok ? { ok: true, host: r.profile.host, pages: r.profile.pages.map((p) => p.pageId) } : r);
      else process.stdout.write(r.ok ? `Profil sah: ${r.profile.host}, ${r.profile.pages.length} halaman\n` : `Profil tidak sah:\n  ${r.errors.join('\n  ')}\n`);
      return r.ok ? 0 : 1;
    }
    case 'capture': {
      const { url, doc } = loadDocument(args);
      const out = requireOpt(args, 'out');
      const m = recognise(url, doc, loadProfile(args));
      const { html, stats } = capturePage(doc, { url, pageId: m.pageId, capturedAt: new Date().toISOString() });
      try {
        writeFileSync(out, html);
      } catch (e) {
        throw new CliError(`Berkas tidak dapat ditulis: ${out} (${e instanceof Error ? e.message : String(e)})`, 2);
      }
      if (args.opts.json) printJson({ out, pageId: m.pageId, bytes: Buffer.byteLength(html), stats });
      else process.stdout.write(`Contoh halaman tersamarkan ditulis ke ${out} (${m.pageId}; ${stats.inputs} isian dikosongkan, ${stats.cells} sel tabel, ${stats.scripts} skrip, ${stats.images} gambar dihapus)\n`);
      return 0;
    }
    default:
      throw new CliError(`Subperintah tidak dikenal: ${sub}\n${HELP}`, 2);
  }
}
