import { z } from 'zod';
import { LIMITS, boundedList, boundedText, stepNoSchema } from '../bounds';
import { TAUGHT_PAGE_ID, TAUGHT_PAGE_ID_MAX } from './taught-page-id';

export { isTaughtPageId, TAUGHT_PREFIX, taughtPageIdFor } from './taught-page-id';

/**
 * The SOP model, following the layout of Permenpan RB 35/2012 (Pedoman Penyusunan SOP
 * Administrasi Pemerintahan): an identity block, the side texts (dasar hukum, kualifikasi
 * pelaksana, keterkaitan, peralatan/perlengkapan, peringatan, pencatatan dan pendataan) and the
 * step table (uraian kegiatan, one column per pelaksana, mutu baku: kelengkapan, waktu, output,
 * keterangan).
 *
 * Every type is derived from these schemas with `z.infer`; never write them by hand.
 * Every text and list has a length limit (lib/bounds): an imported SOP file is data from outside.
 */

const shortText = boundedText(LIMITS.short);
const lineText = boundedText(LIMITS.line);
const longText = boundedText(LIMITS.text);
/** A list of side texts / requirements. */
const textList = boundedList(longText, LIMITS.sopList);

/** The built-in SPSE pages (the ids of lib/spse's route table, and `unknown`). */
export const builtInPageIdSchema = z.enum([
  'login',
  'home',
  'admin-agency-list',
  'admin-agency-form',
  'verifikator-list',
  'verifikator-form',
  'helpdesk-list',
  'helpdesk-form',
  'auditor-list',
  'auditor-form',
  'pegawai-list',
  'pegawai-form',
  'penyedia-verification-list',
  'penyedia-verification-detail',
  'role-access-approval',
  'unknown',
]);

/** A page an LPSE taught Pandu ("Ajari halaman ini"): `taught:` and a slug of the name it gave, e.g. `taught:satuan-kerja`. */
export const taughtPageIdSchema = z
  .string()
  .max(TAUGHT_PAGE_ID_MAX, 'id halaman ajaran terlalu panjang (maks. 80 karakter)')
  .regex(TAUGHT_PAGE_ID, 'id halaman ajaran harus "taught:" lalu huruf kecil, angka dan tanda hubung (contoh: taught:satuan-kerja)')
  .transform((s) => s as `taught:${string}`);

/** SPSE pages a step can happen on: a built-in page or a taught one. */
export const pageIdSchema = z.union([builtInPageIdSchema, taughtPageIdSchema]);
export type PageId = z.infer<typeof pageIdSchema>;

export const durationUnitSchema = z.enum(['minute', 'hour', 'day', 'workday']);
export type DurationUnit = z.infer<typeof durationUnitSchema>;

export const timeZoneSchema = z.enum(['WIB', 'WITA', 'WIT']);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'format jam harus HH:MM');

/** A step's time standard (waktu). `text` is always the wording of the seed. */
export const durationSchema = z.object({
  text: lineText,
  min: z.number().nonnegative().max(1e6).nullable(),
  max: z.number().nonnegative().max(1e6).nullable(),
  unit: durationUnitSchema.nullable(),
  /** A service window ("Setiap hari kerja pukul 09.00-15.00 wib") instead of a length. */
  window: z
    .object({
      days: shortText,
      from: hhmm,
      to: hhmm,
      zone: timeZoneSchema.nullable(),
    })
    .optional(),
});
export type Duration = z.infer<typeof durationSchema>;

/** Lane ids are lower-case slugs (`kepala-lpse`, `admin-ppe`, `penyedia`, ...). */
export const laneIdSchema = shortText
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id pelaksana harus huruf kecil, angka dan tanda hubung (contoh: admin-ppe)');

export const laneSchema = z.object({
  id: laneIdSchema,
  name: lineText.min(1),
  /**
   * The lane is outside the LPSE (the applicant: penyedia, PPK, pokja, auditor…): its steps are
   * the applicant's own (self-service registration, sending the letter), never started by staff.
   * A new case starts at the first step that has an LPSE lane.
   */
  outsider: z.boolean().optional(),
});
export type SopLane = z.infer<typeof laneSchema>;

const stepNo = stepNoSchema;

export const stepSchema = z.object({
  no: stepNo,
  activity: longText.min(1),
  /** The OCR text of the seed when `activity` was corrected. */
  activitySource: longText.optional(),
  actors: boundedList(laneIdSchema, LIMITS.sopList).min(1),
  /** Kelengkapan / persyaratan. */
  requirements: textList,
  duration: durationSchema,
  output: longText,
  /** Keterangan. */
  notes: longText.optional(),
  marker: z.enum(['start', 'end']).nullable(),
  kind: z.enum(['process', 'decision']),
  decision: z
    .object({
      question: longText.min(1),
      yes: stepNo,
      no: stepNo,
    })
    .optional(),
  /** The step that follows, when it is not simply the next row. */
  next: stepNo.optional(),
  pages: boundedList(pageIdSchema, LIMITS.sopList).optional(),
  gaps: textList.optional(),
});
export type SopStep = z.infer<typeof stepSchema>;

const optionalText = lineText.nullable();

const sopObjectSchema = z.object({
  /** Slug: `<office>-<nn>-<topic>`, e.g. `oganilir-01-registrasi-verifikasi-penyedia`. */
  id: shortText
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id SOP harus huruf kecil, angka dan tanda hubung'),
  version: shortText.min(1),
  source: z.object({ seed: lineText.min(1), note: longText.optional() }),
  // Identity block (as written; null where the seed leaves the field empty).
  number: optionalText,
  office: optionalText,
  title: lineText.min(1),
  madeAt: optionalText,
  revisedAt: optionalText,
  approvedAt: optionalText,
  approvedBy: optionalText,
  /** Tanggal efektif, when the seed has one. */
  effectiveAt: optionalText.optional(),
  // Side texts.
  legalBasis: textList,
  qualifications: textList,
  related: textList,
  equipment: textList,
  warnings: textList,
  recording: textList,
  /** Penjelasan singkat. */
  summary: longText.optional(),
  /** Tujuan. */
  purpose: longText.optional(),
  /** Definisi. */
  definitions: textList.optional(),
  lanes: boundedList(laneSchema, LIMITS.sopList).min(1),
  steps: boundedList(stepSchema, LIMITS.sopSteps).min(1),
  /** Where the seed is cut off or unreadable: recorded, never invented. */
  gaps: textList,
});

type SopShape = z.infer<typeof sopObjectSchema>;

/** A consistency problem found beyond the field types. `path` is relative to the SOP. */
export type SopIssue = { path: (string | number)[]; message: string };

/**
 * Checks that the shapes alone cannot express: unique lane ids and step numbers,
 * actors that exist as lanes, decision targets and `next` that exist, decision data
 * present exactly on decision steps.
 */
export function sopConsistencyIssues(sop: SopShape): SopIssue[] {
  const issues: SopIssue[] = [];
  const laneIds = new Set<string>();
  sop.lanes.forEach((lane, i) => {
    if (laneIds.has(lane.id)) issues.push({ path: ['lanes', i, 'id'], message: `id pelaksana "${lane.id}" dipakai lebih dari sekali` });
    laneIds.add(lane.id);
  });
  const stepNos = new Set<number>();
  sop.steps.forEach((step, i) => {
    if (stepNos.has(step.no)) issues.push({ path: ['steps', i, 'no'], message: `nomor langkah ${step.no} dipakai lebih dari sekali` });
    stepNos.add(step.no);
  });
  const target = (no: number, path: (string | number)[]) => {
    if (!stepNos.has(no)) issues.push({ path, message: `langkah nomor ${no} tidak ada` });
  };
  sop.steps.forEach((step, i) => {
    step.actors.forEach((actor, j) => {
      if (!laneIds.has(actor)) issues.push({ path: ['steps', i, 'actors', j], message: `pelaksana "${actor}" tidak ada di daftar lanes` });
    });
    if (step.kind === 'decision' && !step.decision) {
      issues.push({ path: ['steps', i, 'decision'], message: 'langkah keputusan (decision) wajib punya pertanyaan dan tujuan ya/tidak' });
    }
    if (step.kind !== 'decision' && step.decision) {
      issues.push({ path: ['steps', i, 'kind'], message: 'langkah dengan data decision harus berjenis "decision"' });
    }
    if (step.decision) {
      target(step.decision.yes, ['steps', i, 'decision', 'yes']);
      target(step.decision.no, ['steps', i, 'decision', 'no']);
    }
    if (step.next !== undefined) target(step.next, ['steps', i, 'next']);
  });
  return issues;
}

export const sopSchema = sopObjectSchema.superRefine((sop, ctx) => {
  for (const issue of sopConsistencyIssues(sop)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});
export type Sop = z.infer<typeof sopSchema>;

export const SOP_CATALOG_FORMAT = 'pandu-sop-catalog';

/** A file holding several SOPs (what the library exports and imports). */
export const sopCatalogFileSchema = z.object({
  format: z.literal(SOP_CATALOG_FORMAT),
  version: z.literal(1),
  sops: boundedList(sopSchema, LIMITS.sops).min(1),
});
export type SopCatalogFile = z.infer<typeof sopCatalogFileSchema>;
