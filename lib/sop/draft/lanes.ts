import type { SopLane } from '../schema';
import { titleCase } from './text';

/**
 * Lane (pelaksana) names as SOP tables write them → the catalog's lane ids. Column headers come
 * from Word tables ("KETUA LPSE") or OCR ("Help Desh"), so matching is by words, case-folded.
 */

type Role = { id: string; re: RegExp };

// Order matters: the first pattern that matches a header names the lane.
const ROLES: Role[] = [
  { id: 'kepala-biro', re: /\bkepala (?:biro|bagian)\b|\bkabag\b|\bkaro\b/ },
  { id: 'pengarah-lpse', re: /\bpengarah\b/ },
  { id: 'kepala-lpse', re: /\b(?:kepala|ketua|ka\.?)\s*(?:lpse|tim lpse|ukpbj)\b|^ketua$|^kepala$/ },
  { id: 'admin-agency', re: /\badmin(?:istrator)?\s*agency\b/ },
  { id: 'admin-ppe', re: /\badmin(?:istrator)?\s*(?:ppe|lpse|sistem)\b|^admin$/ },
  { id: 'verifikator', re: /\bverifikator\b|\bverifi/ },
  { id: 'helpdesk', re: /\bhel+p+\s*-?\s*des[kh]\b|\bhelpdesk\b|^help$/ },
  { id: 'sekretaris-lpse', re: /\bsekretaris\b/ },
  { id: 'staf-lpse', re: /\bstaf+\b/ },
  { id: 'penyedia', re: /\bpenyedia\b|\brekanan\b|\bvendor\b/ },
  { id: 'auditor', re: /\bauditor\b|\bapip\b|\baph\b|\binspektorat\b/ },
  { id: 'ulp-ppk', re: /\bulp\s*\/\s*ppk\b/ },
  { id: 'pokja', re: /\bpokja\b|\bulp\b|\bukpbj\b|\bpanitia\b/ },
  { id: 'ppk', re: /\bppk\b|\binstansi\b/ },
  { id: 'lkpp', re: /\blkpp\b/ },
  { id: 'pengguna', re: /\bpengguna\b|\bpemohon\b/ },
  { id: 'menteri', re: /\bmenteri\b/ },
  { id: 'sekjen', re: /\bsekjen\b/ },
  { id: 'kapus', re: /\bkapus\b/ },
  { id: 'kabid', re: /\bkabid\b/ },
  { id: 'kasubbid', re: /\bkasub(?:bid|bag)\b/ },
];

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function slug(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'pelaksana'
  );
}

/** The catalog lane id for a header text, or null when it names no known role. */
export function knownLaneId(name: string): string | null {
  const f = fold(name).replace(/[^a-z0-9/ .]+/g, ' ').replace(/\s+/g, ' ').trim();
  return ROLES.find((r) => r.re.test(f))?.id ?? null;
}

/** "KETUA LPSE" → "Ketua LPSE"; acronyms (LPSE, PPE, ULP, PPK, APIP, ...) stay upper case. */
export function tidyLaneName(name: string): string {
  const words = name.replace(/\s+/g, ' ').replace(/\s*\/\s*/g, ' / ').trim().split(' ');
  const shouting = name === name.toUpperCase();
  return words
    .map((w) => {
      if (/^(LPSE|PPE|ULP|PPK|APIP|APH|LKPP|UKPBJ|SKPD|OPD|PP|\/)$/i.test(w)) return w.toUpperCase();
      if (!shouting) return w;
      return w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/** Lanes for the given header names: known roles get their catalog id, others a slug; ids unique. */
export function lanesFromHeaders(names: readonly string[]): SopLane[] {
  const lanes: SopLane[] = [];
  const used = new Set<string>();
  for (const raw of names) {
    const name = tidyLaneName(raw);
    if (!name) continue;
    let id = knownLaneId(name) ?? slug(name);
    for (let n = 2; used.has(id); n++) id = `${knownLaneId(name) ?? slug(name)}-${n}`;
    used.add(id);
    lanes.push({ id, name });
  }
  return lanes;
}

/** Lanes named in running text, in the order they first appear: "diteruskan ke Verifikator". */
export function lanesMentioned(text: string, lanes: readonly SopLane[]): string[] {
  const f = ` ${fold(text)} `;
  const hits: { id: string; at: number }[] = [];
  for (const lane of lanes) {
    const probes = [fold(lane.name), ...laneAliases(lane.id)];
    let best = -1;
    for (const p of probes) {
      if (!p) continue;
      const at = f.indexOf(` ${p}`);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    if (best >= 0) hits.push({ id: lane.id, at: best });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.id);
}

function laneAliases(id: string): string[] {
  switch (id) {
    case 'kepala-lpse':
      return ['kepala lpse', 'ketua lpse', 'ketua tim lpse'];
    case 'admin-ppe':
      return ['admin ppe', 'admin lpse'];
    case 'helpdesk':
      return ['helpdesk', 'help desk'];
    case 'verifikator':
      return ['verifikator'];
    case 'penyedia':
      return ['penyedia', 'rekanan'];
    case 'kepala-biro':
      return ['kepala biro', 'kepala bagian'];
    case 'admin-agency':
      return ['admin agency'];
    case 'sekretaris-lpse':
      return ['sekretaris'];
    default:
      return [];
  }
}


const HEADER_ROLES: { id: string; re: RegExp }[] = [
  { id: 'kepala-biro', re: /kepala\s+(?:biro|bagian)[a-z ]*?(?=\s{1,}|$)/ },
  { id: 'pengarah-lpse', re: /pengarah(?:\s+lpse)?/ },
  { id: 'kepala-lpse', re: /(?:kepala|ketua)(?:\s+lpse)?/ },
  { id: 'admin-agency', re: /admin\s+agency/ },
  { id: 'admin-ppe', re: /admin(?:\s+(?:ppe|lpse))*/ },
  { id: 'verifikator', re: /verifikator(?:\s+(?:lpse|piket))?/ },
  { id: 'helpdesk', re: /help\s*-?\s*des[kh]|helpdesk|help/ },
  { id: 'sekretaris-lpse', re: /sekretaris(?:\s+lpse)?/ },
  { id: 'lkpp', re: /lkpp(?:\s*:\s*bappenas)?/ },
  { id: 'pokja', re: /(?:ulp\s*\/\s*)?pokja(?:\s+ulp)?|ulp(?!\s*\/\s*ppk)/ },
  { id: 'ulp-ppk', re: /ulp\s*\/\s*ppk/ },
  { id: 'ppk', re: /(?:instansi\s*\/\s*)?ppk/ },
  { id: 'staf-lpse', re: /staf+\s+lpse/ },
  { id: 'staf', re: /staf+/ },
  { id: 'penyedia', re: /penyedia|rekanan/ },
  { id: 'auditor', re: /auditor(?:\s*\/\s*apip)?(?:\s*\/\s*aph)?/ },
  { id: 'pengguna', re: /pengguna/ },
  { id: 'menteri', re: /menteri/ },
  { id: 'sekjen', re: /sekjen/ },
  { id: 'kapus', re: /kapus/ },
  { id: 'kabid', re: /kabid/ },
  { id: 'kasubbid', re: /kasubbid/ },
];

/** Lanes named in OCR header lines, left to right on the first line, then the others. */
export function lanesFromOcrHeader(headerLines: readonly string[]): SopLane[] {
  const lanes: SopLane[] = [];
  for (const line of headerLines) {
    let rest = ` ${fold(line).replace(/[|]/g, ' ')} `;
    const hits: { id: string; at: number; text: string }[] = [];
    for (const role of HEADER_ROLES) {
      const re = new RegExp(`(?<=[\\s(])(?:${role.re.source})(?=[\\s)])`, 'g');
      for (const m of rest.matchAll(re)) {
        hits.push({ id: role.id, at: m.index ?? 0, text: m[0] });
        rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice((m.index ?? 0) + m[0].length);
      }
    }
    for (const h of hits.sort((a, b) => a.at - b.at)) {
      if (lanes.some((l) => l.id === h.id)) continue;
      lanes.push({ id: h.id, name: titleCase(h.text.toUpperCase()).replace(/\bLpse\b/g, 'LPSE') });
    }
  }
  return lanes;
}
