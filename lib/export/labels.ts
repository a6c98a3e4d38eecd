import type { Lang } from '../i18n';

/**
 * Display names for values that are codes in the data: ISO weeks ("2026-W48") and SOP lane ids
 * ("kapus", "ulp-ppk"). Reports show words in the chosen language; files keep the codes where a
 * machine reads them (CSV week column).
 */

/** "2026-W48" → "Minggu ke-48 2026" / "Week 48, 2026"; anything else as it is. */
export function weekLabel(isoWeek: string, lang: Lang): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!m) return isoWeek;
  const n = Number(m[2]);
  return lang === 'en' ? `Week ${n}, ${m[1]}` : `Minggu ke-${n} ${m[1]}`;
}

/** The week number alone ("48"), for a chart axis captioned "Minggu ke-" / "Week". */
export function weekNumber(isoWeek: string): string {
  const m = /-W(\d{2})$/.exec(isoWeek);
  return m ? String(Number(m[1])) : isoWeek;
}

/** A lane id's name from the SOPs that define it ("admin-ppe" → "Admin PPE"); the id when no SOP names it. */
export function laneName(id: string, sops: ReadonlyArray<{ lanes: ReadonlyArray<{ id: string; name: string }> }>): string {
  for (const s of sops) {
    const lane = s.lanes.find((l) => l.id === id);
    if (lane) return lane.name;
  }
  return id;
}
