import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../lib/sop/catalog';
import { draftSops } from '../../../lib/sop/draft';
import { sopSchema, type Sop } from '../../../lib/sop/schema';

/**
 * The drafter on the OCR text of the ten seed SOPs (five files; the Ogan Ilir file holds six),
 * compared with the hand-digitised catalog: step count, every step's mutu baku (text and reading),
 * decision steps. Numbers measured here are printed for the report.
 */

const SEEDS = '/work/shared/seeds/';
const seedText = (file: string) => readFileSync(SEEDS + file, 'utf8');
const bySeed = new Map<string, Sop[]>();
for (const sop of builtinCatalog()) bySeed.set(sop.source.seed, [...(bySeed.get(sop.source.seed) ?? []), sop]);
const pairs = [...bySeed.entries()].flatMap(([file, refs]) => {
  const drafts = draftSops(seedText(file));
  return refs.map((ref, k) => ({ file, ref, draft: drafts[k] }));
});

const reading = (s: Sop['steps'][number]) => ({ min: s.duration.min, max: s.duration.max, unit: s.duration.unit, window: s.duration.window ?? null });

describe('draft from the ten seed texts', () => {
  it('finds one draft per catalog SOP, each valid against the catalog schema', () => {
    expect(pairs).toHaveLength(10);
    for (const p of pairs) {
      expect(p.draft, p.ref.id).toBeDefined();
      expect(sopSchema.safeParse(p.draft.sop).success, p.ref.id).toBe(true);
    }
  });

  it.each(pairs.map((p) => [p.ref.id, p] as const))('%s: same steps and the same mutu baku per step', (_id, { ref, draft }) => {
    expect(draft.sop.steps.length).toBe(ref.steps.length);
    expect(draft.sop.steps.map(reading)).toEqual(ref.steps.map(reading));
    expect(draft.sop.steps.map((s) => s.duration.text.toLowerCase())).toEqual(ref.steps.map((s) => s.duration.text.toLowerCase()));
  });

  it('reads the identity block where the seed has one', () => {
    const get = (id: string) => pairs.find((p) => p.ref.id === id)!;
    for (const id of ['kaltim-registrasi-verifikator-helpdesk-admin-agency', 'belitung-49-registrasi-user-id-auditor', 'oganilir-01-registrasi-verifikasi-penyedia', 'oganilir-03-user-id-ulp', 'kemendagri-01-fasilitasi-pemanfaatan-spse']) {
      const { ref, draft } = get(id);
      expect(draft.sop.number, id).toBe(ref.number);
      expect(draft.sop.title.toLowerCase().replace(/[^a-z]/g, ''), id).toContain(ref.title.toLowerCase().replace(/[^a-z]/g, '').slice(0, 20));
    }
    expect(get('belitung-49-registrasi-user-id-auditor').draft.sop.legalBasis).toEqual(get('belitung-49-registrasi-user-id-auditor').ref.legalBasis.map((x) => expect.stringContaining(x.slice(0, 12))));
    expect(get('oganilir-02-layanan-helpdesk').draft.sop.legalBasis).toHaveLength(4);
    expect(get('kaltim-registrasi-verifikator-helpdesk-admin-agency').draft.sop.qualifications).toEqual(['Kepala LPSE', 'Admin PPE']);
  });

  it('recognises decision rows (measured: 3 of the 5 catalog decisions at the same step, 1 false)', () => {
    const expected = pairs.flatMap((p) => p.ref.steps.filter((s) => s.kind === 'decision').map((s) => `${p.ref.id}#${s.no}`));
    const found = pairs.flatMap((p) => p.draft.sop.steps.filter((s) => s.kind === 'decision').map((s) => `${p.ref.id}#${s.no}`));
    const hits = expected.filter((e) => found.includes(e));
    console.info(`keputusan: ${hits.length}/${expected.length} ditemukan, ${found.length - hits.length} salah tanda`);
    expect(expected).toHaveLength(5);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(found.length - hits.length).toBeLessThanOrEqual(1);
    // Every guessed decision is flagged for review.
    for (const p of pairs) for (const s of p.draft.sop.steps.filter((x) => x.decision)) expect(p.draft.problems.some((pr) => pr.path === `steps[${s.no - 1}].decision`)).toBe(true);
  });

  it('lanes and actors: column headers of Word-table seeds exactly; every guessed actor flagged', () => {
    let same = 0;
    let total = 0;
    for (const { ref, draft } of pairs) {
      ref.steps.forEach((s, i) => {
        total++;
        if (JSON.stringify(draft.sop.steps[i]?.actors) === JSON.stringify(s.actors)) same++;
      });
    }
    console.info(`pelaksana sama dengan katalog: ${same}/${total} langkah`);
    for (const id of ['kaltim-registrasi-verifikator-helpdesk-admin-agency', 'belitung-49-registrasi-user-id-auditor']) {
      const { ref, draft } = pairs.find((p) => p.ref.id === id)!;
      expect(draft.sop.lanes.map((l) => l.id)).toEqual(ref.lanes.map((l) => l.id));
    }
    expect(same / total).toBeGreaterThan(0.4);
  });
});
