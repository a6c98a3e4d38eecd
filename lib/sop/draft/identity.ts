import { fold } from './lanes';
import { isBlank, splitItems, titleCase, type Line } from './text';

/**
 * The identity block (nomor, tanggal, disahkan oleh, nama SOP) and the side texts (dasar hukum,
 * kualifikasi, keterkaitan, peralatan, peringatan, pencatatan, ...) of a Permenpan 35/2012 sheet,
 * from Word tables (tab-separated cells), text PDFs or OCR text where two columns share a line.
 */

export type IdentityKey = 'number' | 'madeAt' | 'revisedAt' | 'approvedAt' | 'effectiveAt' | 'approvedBy' | 'title';
export type SideKey = 'legalBasis' | 'qualifications' | 'related' | 'equipment' | 'warnings' | 'recording' | 'summary' | 'purpose' | 'definitions';

export type Identity = Partial<Record<IdentityKey, string>> & { office?: string };
export type SideTexts = Partial<Record<SideKey, string[]>>;
export type FrontProblem = { path: string; message: string };

const IDENTITY: [IdentityKey, RegExp][] = [
  ['number', /\b(?:nomor|no\.?)\s*sop\b\s*[:|]?/i],
  ['madeAt', /\b(?:t[a-z]{1,2}l?|tanggal)\.?\s*pembuatan\b\s*[:|]?/i],
  ['revisedAt', /\b(?:t[a-z]{1,2}l?|tanggal)\.?\s*revisi\b\s*[:|]?/i],
  ['approvedAt', /\b(?:t[a-z]{1,2}l?|tanggal)\.?\s*pengesahan\b\s*[:|]?/i],
  ['effectiveAt', /\b(?:t[a-z]{1,2}l?|tanggal)\.?\s*efektif\b\s*[:|]?/i],
  ['approvedBy', /\bdisa?h\w*\s+oleh\b\s*[:|]?/i],
  ['title', /\b(?:nama|judul)\s+sop\b\s*[:|]?/i],
];

const SIDES: [SideKey, RegExp][] = [
  ['legalBasis', /dasar\s*hukum/],
  ['qualifications', /kualifikasi(?:\s*pelaksana)?/],
  ['related', /keterkaitan/],
  ['equipment', /peralatan\s*[/&]?\s*(?:dan\s*)?(?:perl?engkapan)?|perlengkapan/],
  ['warnings', /peringatan/],
  ['recording', /pencatatan\s*(?:dan|&)?\s*(?:pendataan)?/],
  ['summary', /penjelasan\s*singkat/],
  ['purpose', /tujuan/],
  ['definitions', /definisi/],
];

const OFFICE = /^(?:pemerintah|kementerian|kementrian|biro|sekretariat|dinas|bagian|layanan pengadaan|badan|kantor|lembaga|unit kerja|\(lpse\))/i;

function clean(v: string): string {
  return v.replace(/^[\s:|\[\]]+/, '').replace(/[\s|]+$/, '').replace(/\s+/g, ' ').trim();
}

/** Which side headers a line holds (two on one line in the two-column layout), or null for content. */
export function sideHeaders(line: string): SideKey[] | null {
  let rest = fold(line).replace(/[:*|\t]/g, ' ');
  const found: { key: SideKey; at: number }[] = [];
  for (const [key, re] of SIDES) {
    const m = new RegExp(`(^|\\s)(${re.source})(?=\\s|$)`).exec(rest);
    if (!m) continue;
    found.push({ key, at: m.index });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  if (!found.length || rest.replace(/[^a-z0-9]/g, '').length > 3) return null;
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

function identityLabel(text: string): { key: IdentityKey; value: string; at: number } | null {
  for (const [key, re] of IDENTITY) {
    const m = re.exec(text);
    if (m) return { key, value: clean(text.slice(m.index + m[0].length)), at: m.index };
  }
  return null;
}

const looksUpperTitle = (s: string) => {
  const t = s.replace(/[^A-Za-z]/g, '');
  return t.length >= 8 && t === t.toUpperCase() && !OFFICE.test(s.trim()) && !/^STANDAR OPERASIONAL|^PROSEDUR BAKU/.test(s.trim());
};

/** Identity block from the lines before the side texts. */
export function readIdentity(lines: readonly Line[], problems: FrontProblem[]): Identity {
  const id: Identity = {};
  const offices: string[] = [];
  let last: IdentityKey | null = null;
  let approvedByLine = -1;
  let titleLine = -1;
  const titleBefore: string[] = [];
  const titleAfter: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.replace(/\t/g, ' ').trim();
    if (!text) continue;
    if (sideHeaders(text)) break;
    const label = identityLabel(text);
    if (label) {
      const head = clean(text.slice(0, label.at));
      if (head && OFFICE.test(head)) offices.push(head.replace(/\s*\[$/, ''));
      if (label.key === 'title') titleLine = i;
      if (label.key === 'approvedBy') approvedByLine = i;
      if (label.value && !/^[-–—.]+$/.test(label.value) && !(label.key in id)) id[label.key] = label.value;
      last = label.key;
      continue;
    }
    if (OFFICE.test(text)) {
      offices.push(clean(text));
      continue;
    }
    // A line without a label: the name continues after "Nama SOP", the signer after "Disahkan oleh",
    // and OCR often puts the title's first lines above the label.
    if (last === 'title' && titleLine >= 0) titleAfter.push(text);
    else if (last === 'approvedBy' && titleLine < 0 && looksUpperTitle(text)) titleBefore.push(text);
    else if (last === 'approvedBy' && id.approvedBy) id.approvedBy = `${id.approvedBy} — ${clean(text)}`;
    else if (last === 'approvedBy' && !id.approvedBy) id.approvedBy = clean(text);
  }
  if (titleLine >= 0 || titleBefore.length) {
    const parts = [...titleBefore, ...(id.title ? [id.title] : []), ...titleAfter].map(clean).filter(Boolean);
    if (parts.length) id.title = titleCase(parts.join(' ')).replace(/\s+([.,])/g, '$1');
    if (titleBefore.length) problems.push({ path: 'title', message: 'nama SOP disusun dari baris di sekitar label "Nama SOP"; periksa' });
  }
  if (approvedByLine < 0 && !id.approvedBy) delete id.approvedBy;
  if (offices.length) id.office = titleCase([...new Set(offices)].join(' ').replace(/\s*\(LPSE\)/i, ' (LPSE)').trim());
  return id;
}

/** Side texts between the identity block and the step table. */
export function readSides(lines: readonly Line[], problems: FrontProblem[]): SideTexts {
  const buckets = new Map<SideKey, string[]>();
  let left: SideKey | null = null;
  let right: SideKey | null = null;
  let twoColumns = false;
  let lastRightNo = 0;
  let pendingHeader = false;
  const add = (key: SideKey | null, text: string) => {
    if (!key || !text.trim()) return;
    buckets.set(key, [...(buckets.get(key) ?? []), text]);
  };
  for (const line of lines) {
    if (isBlank(line)) continue;
    const heads = sideHeaders(line.text);
    if (heads) {
      // Two headers on consecutive lines with nothing under the first: OCR of a two-column row.
      if (heads.length === 1 && left && !right && !buckets.has(left) && pendingHeader) {
        right = heads[0];
        twoColumns = true;
      } else {
        [left, right] = [heads[0], heads[1] ?? null];
        twoColumns = heads.length > 1;
      }
      lastRightNo = 0;
      pendingHeader = true;
      continue;
    }
    pendingHeader = false;
    if (!left) continue;
    const cells = line.cells.filter((c, i) => c || i === 0);
    if (twoColumns && line.cells.length > 1) {
      add(left, line.cells[0]);
      add(right, line.cells.slice(1).join(' '));
      continue;
    }
    if (twoColumns && right) {
      // OCR put both columns on one line: cut where the right column's next number starts.
      const text = cells.join(' ');
      const re = new RegExp(`(?:^|\\s|\\|)(${lastRightNo + 1})\\s*[.)]\\s`, 'g');
      let cut = -1;
      for (const m of text.matchAll(re)) {
        if ((m.index ?? 0) > 0) {
          cut = m.index ?? -1;
          break;
        }
      }
      if (cut > 0) {
        add(left, text.slice(0, cut));
        add(right, text.slice(cut));
        lastRightNo++;
        problems.push({ path: right, message: 'dua kolom dalam satu baris (OCR) dipisah menurut nomor butir; periksa' });
      } else add(left, text);
      continue;
    }
    add(left, cells.join(' '));
  }
  const sides: SideTexts = {};
  for (const [key, texts] of buckets) {
    const items = splitItems(texts);
    if (key === 'summary' || key === 'purpose') sides[key] = [items.join(' ')];
    else sides[key] = items;
  }
  return sides;
}
