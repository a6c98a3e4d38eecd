import { parseDuration } from './duration';
import { sopSchema, type Sop, type SopLane, type SopStep } from './schema';
import { readIdentity, readSides, sideHeaders, type FrontProblem } from './draft/identity';
import { fold, knownLaneId, lanesFromHeaders, lanesFromOcrHeader, lanesMentioned, slug } from './draft/lanes';
import { isOcrHeader, readOcrTable } from './draft/ocr';
import type { RawRow, TableRead } from './draft/rows';
import { findTabbedHeader, readTabbedTable } from './draft/table';
import { toLines, type Line } from './draft/text';
import { formatSopErrors, sopErrorMap } from './validate';

/**
 * Draft an SOP from its document's text (pasted, or read from .docx / text PDF): the identity
 * block, the side texts and the step table of the Permenpan 35/2012 layout, in the catalog's shape.
 * Pure: text in, draft out. Every cell the drafter had to guess is listed in `problems` with the
 * path of the field (`steps[2].actors`), so the editor can flag it for review.
 */

export type DraftProblem = { path: string; message: string };
export type SopDraft = { sop: Sop; problems: DraftProblem[] };
export type DraftOptions = { fileName?: string; now?: Date; /** PDF lines: rows may wrap over several lines. */ wrapped?: boolean };

/** Longest document the drafter reads (characters); an SOP is a few pages. */
export const MAX_DRAFT_CHARS = 400_000;
const MAX_STEPS = 200;

// ---------- one SOP ----------

/** Lanes of parties outside the LPSE: their steps are outsider steps. */
const OUTSIDERS = /^(?:penyedia|pengguna|auditor|pokja|ppk|ulp-ppk|lkpp)(?:-\d+)?$/;

const STRONG_MARK = /mulai|selesai|[√✓✔vVxX□○◇◆●■▢◻►▼↓→*]|^ya$|^tidak$/;

function actorsFromMarks(row: RawRow, lanes: readonly SopLane[]): { ids: string[]; weak: boolean } {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const [k, text] of row.marks) {
    if (k < 0 || !lanes[k]) continue;
    const f = fold(text);
    const ownName = f.includes(fold(lanes[k].name));
    if (STRONG_MARK.test(f.replace(fold(lanes[k].name), '').trim()) || (!ownName && f.length <= 3)) strong.push(lanes[k].id);
    else weak.push(lanes[k].id);
  }
  return strong.length ? { ids: strong, weak: false } : { ids: weak, weak: weak.length > 0 };
}

const DECISION_WORDS = /\bapakah\b|\bbila\b[^.]*\b(?:tidak|tdk)\b|\btidak berhasil\b|\b(?:ya|y)\s*[/|,]\s*(?:tidak|t|n)\b|◇|◆|\bbila\s*data\s*(?:tdk|tidak)|\bberhasil\b/i;

function isDecision(row: RawRow): boolean {
  const text = row.raw.replace(row.time, ' ').replace(/tidak\s+ditentukan/gi, ' ');
  // A question mark counts in the activity only (OCR noise elsewhere has them).
  return /\?\s*(?:$|ya\b)/i.test(row.activity.trim()) || /\?\s/.test(row.activity) || DECISION_WORDS.test(text) || [...row.marks.values()].some((m) => /◇|◆|^ya\s*\/\s*tidak$/i.test(m));
}

function questionFor(row: RawRow): string {
  const text = fold(row.raw);
  const asked = /([^.?;]*\?)/.exec(row.activity);
  if (asked) return asked[1].trim();
  if (/berhasil/.test(text)) return 'Berhasil?';
  if (/lengkap/.test(text)) return 'Data/berkas lengkap?';
  return `${row.activity.replace(/[.;,\s]+$/, '')}?`;
}

function requirementsOf(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || /^[-–—]$/.test(t)) return [];
  const numbered = t.split(/(?:^|\s)(?:\d{1,2}[.)]|[a-h][.)]|[-•])\s+/).map((s) => s.trim()).filter(Boolean);
  return numbered.length > 1 ? numbered : [t];
}

const HANDOFF = /\b(?:ke|kepada|meneruskan|diteruskan|memerintah(?:kan)?|menugaskan)\s+(.{3,40})$/i;

function buildSteps(table: TableRead, lanes: SopLane[], problems: DraftProblem[]): SopStep[] {
  const steps: SopStep[] = [];
  const rows = table.rows.slice(0, MAX_STEPS);
  rows.forEach((row, i) => {
    const no = i + 1;
    const at = (field: string) => `steps[${i}]${field ? `.${field}` : ''}`;
    for (const f of row.flags) problems.push({ path: at(f.field), message: f.message });
    if (row.sourceNo && Number(row.sourceNo) !== no) problems.push({ path: at('no'), message: `nomor di dokumen "${row.sourceNo}", dinomori ulang menjadi ${no}` });
    // Pelaksana: marks in lane columns, else the activity's subject, else a hand-over, else the lane order.
    let { ids: actors, weak } = actorsFromMarks(row, lanes);
    let guessed: string | null = weak ? 'pelaksana dibaca dari teks di kolom pelaksana; periksa' : null;
    if (!actors.length) {
      const head = row.activity.split(/\s+/).slice(0, 2).join(' ');
      let subject = lanesMentioned(head, lanes).slice(0, 1);
      // An outsider who is the subject but has no column (Rekanan, Pengguna): add their lane.
      const outsider = knownLaneId(head.split(' ')[0] ?? '');
      if (!subject.length && outsider && /^(?:penyedia|pengguna|auditor)$/.test(outsider) && !lanes.some((l) => l.id === outsider)) {
        lanes.push({ id: outsider, name: head.split(' ')[0] });
        problems.push({ path: 'lanes', message: `pelaksana "${head.split(' ')[0]}" tidak ada di judul kolom; ditambahkan` });
        subject = [outsider];
      }
      const by = /\boleh\s+(.{3,40})$/i.exec(row.activity);
      const byLane = by ? lanesMentioned(by[1], lanes).slice(0, 1) : [];
      const prev = steps[i - 1];
      const handoff = i > 0 ? HANDOFF.exec(rows[i - 1].activity.replace(/\s+untuk\s.*$/i, '')) : null;
      const handLane = handoff ? lanesMentioned(handoff[1], lanes).slice(0, 1) : [];
      if (subject.length) actors = subject;
      else if (byLane.length) actors = byLane;
      else if (/^pemohon\b/i.test(row.activity) && steps[0]) actors = [...steps[0].actors];
      else if (/^menerima\b/i.test(row.activity) && prev) {
        const k = lanes.findIndex((l) => l.id === prev.actors[prev.actors.length - 1]);
        actors = handLane.length ? handLane : lanes[k + 1] ? [lanes[k + 1].id] : [...prev.actors];
      } else if (handLane.length) actors = handLane;
      else if (prev) actors = [...prev.actors];
      else actors = [lanes[0].id];
      guessed = 'pelaksana tidak tertanda di kolom pelaksana; disimpulkan dari uraian dan urutan langkah';
    }
    if (guessed) problems.push({ path: at('actors'), message: guessed });
    const duration = parseDuration(row.time.trim());
    if (row.time.trim() && !duration.unit && !duration.window && !/^(?:n\/?a|-|tidak ditentukan)$/i.test(row.time.trim())) {
      problems.push({ path: at('duration'), message: `waktu "${row.time.trim()}" tidak terbaca sebagai lama waktu; periksa` });
    }
    const activity = row.activity.replace(/\s+/g, ' ').replace(/\b(?:Mulai|Selesai)\b/g, '').trim();
    const step: SopStep = {
      no,
      activity: activity || `(uraian langkah ${no} tidak terbaca)`,
      actors,
      requirements: requirementsOf(row.requirements.replace(/\b(?:Mulai|Selesai)\b/g, '')),
      duration,
      output: row.output.replace(/\s+/g, ' ').replace(/\b(?:Mulai|Selesai)\b/g, '').trim(),
      marker: null,
      kind: 'process',
    };
    if (!activity) problems.push({ path: at('activity'), message: 'uraian kegiatan kosong' });
    if (row.notes.trim()) step.notes = row.notes.replace(/\s+/g, ' ').trim();
    if (isDecision(row)) {
      step.kind = 'decision';
      const yesTo = /\bya\s*[:=→-]\s*(?:lanjut\s+)?(?:ke\s+)?langkah\s+(\d+)/i.exec(row.raw);
      const noTo = /\btidak\s*[:=→-]\s*(?:kembali\s+)?(?:ke\s+)?langkah\s+(\d+)/i.exec(row.raw) ?? /kembali\s+ke\s+langkah\s+(\d+)/i.exec(row.raw);
      const retry = /berhasil|ulang/i.test(row.raw);
      const inRange = (n: number) => (n >= 1 && n <= rows.length ? n : null);
      step.decision = {
        question: questionFor(row),
        yes: (yesTo && inRange(Number(yesTo[1]))) || Math.min(no + 1, rows.length),
        no: (noTo && inRange(Number(noTo[1]))) || (retry ? no : 1),
      };
      problems.push({ path: at('decision'), message: 'langkah keputusan: pertanyaan dan tujuan ya/tidak disimpulkan; periksa' });
    }
    steps.push(step);
  });
  // Mulai / Selesai: from the table when written there, else the first and last rows.
  if (steps.length) {
    const startAt = rows.findIndex((r) => [...r.marks.values()].some((m) => /mulai/i.test(m)));
    const endAt = rows.map((r) => [...r.marks.values()].some((m) => /selesai/i.test(m))).lastIndexOf(true);
    steps[startAt >= 0 ? startAt : 0].marker = 'start';
    const last = endAt > 0 ? endAt : steps.length - 1;
    if (last > 0 || steps.length === 1) steps[last].marker = steps[last].marker ?? 'end';
  }
  return steps;
}

function readTable(lines: readonly Line[], from: number, wrapped: boolean): { table: TableRead; lanes: SopLane[]; at: number } | null {
  const tabbed = findTabbedHeader(lines, from);
  if (tabbed >= 0) {
    const table = readTabbedTable(lines, tabbed, wrapped);
    return { table, lanes: lanesFromHeaders(table.laneNames), at: tabbed };
  }
  const at = lines.findIndex((l, i) => i >= from && isOcrHeader(l.text) && !/^\d/.test(l.text.trim()));
  if (at < 0) return null;
  const header: string[] = [];
  let k = at;
  for (; k < Math.min(lines.length, at + 5); k++) {
    const t = lines[k].text.trim();
    if (/^\d+(?:\s+\d+){3,}$/.test(t)) {
      k++;
      break;
    }
    if (k > at + 1 && /^[A-Z][a-z]{2,}\s+[a-z]/.test(t)) break;
    if (t) header.push(t);
  }
  const { rows, end, flags } = readOcrTable(lines, k);
  const lanes = lanesFromOcrHeader(header);
  return { table: { laneNames: lanes.map((l) => l.name), rows, end, flags: [...flags, { field: 'lanes', message: 'judul kolom pelaksana dibaca dari OCR; periksa nama dan urutannya' }] }, lanes, at };
}

function draftOne(lines: readonly Line[], opts: DraftOptions): SopDraft {
  const problems: DraftProblem[] = [];
  const front: FrontProblem[] = [];
  const tabbedAt = findTabbedHeader(lines);
  const ocrAt = lines.findIndex((l) => isOcrHeader(l.text) && !/^\d/.test(l.text.trim()));
  const tableAt = tabbedAt >= 0 ? tabbedAt : ocrAt >= 0 ? ocrAt : lines.length;
  const firstSide = lines.findIndex((l, i) => i < tableAt && sideHeaders(l.text) !== null);
  const identity = readIdentity(lines.slice(0, firstSide >= 0 ? firstSide : tableAt), front);
  // The table header may sit a line or two above the detail header (Pelaksana / Mutu Baku).
  let sideEnd = tableAt;
  while (sideEnd > 0 && sideEnd > tableAt - 3 && /pelaksana|mutu\s*baku|^no\.?\b/i.test(lines[sideEnd - 1].text)) sideEnd--;
  const sides = readSides(lines.slice(firstSide >= 0 ? firstSide : tableAt, sideEnd), front);
  const read = readTable(lines, 0, opts.wrapped ?? false);
  problems.push(...front);
  let lanes = read?.lanes ?? [];
  if (read) for (const f of read.table.flags) problems.push({ path: f.field, message: f.message });
  if (!lanes.length) {
    lanes = [{ id: 'pelaksana', name: 'Pelaksana' }];
    problems.push({ path: 'lanes', message: 'tidak ada pelaksana terbaca; tambahkan pelaksana' });
  }
  let steps = read ? buildSteps(read.table, lanes, problems) : [];
  if (!steps.length) {
    if (!read) problems.push({ path: 'steps', message: 'tabel langkah (Uraian Kegiatan, Pelaksana, Mutu Baku) tidak ditemukan' });
    steps = [{ no: 1, activity: '(belum ada langkah)', actors: [lanes[0].id], requirements: [], duration: parseDuration(''), output: '', marker: 'start', kind: 'process' }];
  }
  if (read && read.table.rows.length > MAX_STEPS) problems.push({ path: 'steps', message: `lebih dari ${MAX_STEPS} baris; sisanya diabaikan` });
  const title = identity.title ?? (opts.fileName ? opts.fileName.replace(/\.[a-z0-9]+$/i, '') : null);
  if (!identity.title) problems.push({ path: 'title', message: 'nama SOP tidak ditemukan; isi nama SOP' });
  if (!identity.number) problems.push({ path: 'number', message: 'nomor SOP tidak ditemukan' });
  for (const lane of lanes) if (OUTSIDERS.test(lane.id)) lane.outsider = true;
  const used = new Set(lanes.map((l) => l.id));
  for (const s of steps) s.actors = s.actors.filter((a) => used.has(a));
  for (const s of steps) if (!s.actors.length) s.actors = [lanes[0].id];
  const sop: Sop = {
    id: `draf-${slug(title ?? 'sop')}`.slice(0, 60).replace(/-+$/, ''),
    version: '1',
    source: { seed: opts.fileName ?? 'teks ditempel', note: `Draf dari dokumen SOP, ${(opts.now ?? new Date()).toISOString().slice(0, 10)}; periksa sebelum dipakai.` },
    number: identity.number ?? null,
    office: identity.office ?? null,
    title: title ?? 'SOP tanpa nama',
    madeAt: identity.madeAt ?? null,
    revisedAt: identity.revisedAt ?? null,
    approvedAt: identity.approvedAt ?? null,
    approvedBy: identity.approvedBy ?? null,
    ...(identity.effectiveAt ? { effectiveAt: identity.effectiveAt } : {}),
    legalBasis: sides.legalBasis ?? [],
    qualifications: sides.qualifications ?? [],
    related: sides.related ?? [],
    equipment: sides.equipment ?? [],
    warnings: sides.warnings ?? [],
    recording: sides.recording ?? [],
    ...(sides.summary?.[0] ? { summary: sides.summary[0] } : {}),
    ...(sides.purpose?.[0] ? { purpose: sides.purpose[0] } : {}),
    ...(sides.definitions?.length ? { definitions: sides.definitions } : {}),
    lanes,
    steps,
    gaps: [],
  };
  const checked = sopSchema.safeParse(sop, { error: sopErrorMap });
  if (!checked.success) {
    for (const line of formatSopErrors(checked.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })))) problems.push({ path: 'sop', message: line });
  }
  const seen = new Set<string>();
  return { sop, problems: problems.filter((p) => (seen.has(`${p.path}|${p.message}`) ? false : (seen.add(`${p.path}|${p.message}`), true))) };
}

/** Line indexes where each SOP of a document begins (a file may hold several, like the Ogan Ilir seed). */
function sopStarts(lines: readonly Line[]): number[] {
  const numbers = lines.map((l, i) => (/\bnomor\s+sop\b/i.test(l.text) ? i : -1)).filter((i) => i >= 0);
  if (numbers.length < 2) return [0];
  return numbers.map((n, k) => {
    const floor = k === 0 ? 0 : numbers[k - 1] + 1;
    let s = n;
    for (let i = n - 1; i >= Math.max(floor, n - 8); i--) if (/^(?:pemerintah|layanan pengadaan|\(lpse\)|kementerian|biro)/i.test(lines[i].text.trim())) s = i;
    return k === 0 ? 0 : s;
  });
}

/** Every SOP in a document's text, each as a draft. */
export function draftSops(text: string, opts: DraftOptions = {}): SopDraft[] {
  const clipped = text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
  const lines = toLines(clipped);
  const starts = sopStarts(lines);
  return starts.map((s, k) => {
    const part = lines.slice(s, starts[k + 1] ?? lines.length).map((l, i) => ({ ...l, index: i }));
    const d = draftOne(part, opts);
    if (text.length > MAX_DRAFT_CHARS) d.problems.push({ path: '(berkas)', message: `teks lebih dari ${MAX_DRAFT_CHARS} karakter; sisanya diabaikan` });
    return d;
  });
}

/** The first SOP of a document's text as a draft (a note in `problems` when the file holds more). */
export function draftSop(text: string, opts: DraftOptions = {}): SopDraft {
  const all = draftSops(text, opts);
  const first = all[0];
  if (all.length > 1) first.problems.push({ path: '(berkas)', message: `berkas berisi ${all.length} SOP; yang dibuka yang pertama` });
  return first;
}
