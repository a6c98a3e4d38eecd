import { z } from 'zod';
import { isoDateInWindow, isoDateTimeInWindow } from '../timing/date-window-schema';
import { LIMITS, boundedList, boundedText, stepNoSchema } from '../bounds';
import { siteProfilePageSchema } from '../spse/profile';
import { requestActionSchema } from '../letter/schema';

/**
 * The records Pandu keeps. These zod schemas are the single source of the record
 * types (IndexedDB stores, messages, backup files, exports all use them).
 *
 * Ids are stable and globally unique (crypto.randomUUID), so that logs from several
 * staff members can be merged without duplicates.
 */

/** Every stored date lies inside one window (lib/timing/date-window: 2000-01-01 … 2100-12-31). */
export const isoDateTime = isoDateTimeInWindow;
export const isoDate = isoDateInWindow;

const shortText = boundedText(LIMITS.short);
const lineText = boundedText(LIMITS.line);
const longText = boundedText(LIMITS.text);
/** Record ids: non-empty, short. */
const recordId = shortText.min(1);

/** A clock time 'HH:MM' (or 'HH.MM'), 00:00 … 24:00. */
export const clockSchema = z
  .string()
  .regex(/^([01]?\d|2[0-4])[:.][0-5]\d$/, 'jam harus berbentuk HH:MM (mis. 08:00)')
  .refine((t) => !/^24[:.](?!00)/.test(t), 'jam paling akhir 24:00');
const clockMinutes = (t: string) => Number(t.slice(0, -3)) * 60 + Number(t.slice(-2));
/** A clock range whose end is after its start. */
export const clockRangeSchema = z
  .object({ from: clockSchema, to: clockSchema })
  .refine((r) => !clockSchema.safeParse(r.from).success || !clockSchema.safeParse(r.to).success || clockMinutes(r.to) > clockMinutes(r.from), {
    message: 'jam selesai harus sesudah jam mulai',
    path: ['to'],
  });

export const personSchema = z.object({
  name: shortText,
  nip: shortText.nullable().default(null),
  position: lineText.nullable().default(null),
  email: shortText.nullable().default(null),
  phone: shortText.nullable().default(null),
  /** Set when this person's SPSE account form was filled / done. */
  doneAt: isoDateTime.nullable().default(null),
  /** What the letter asks for this person (absent, as in records from before: create). Only `create` is offered to the account form. */
  action: requestActionSchema.optional(),
});
export type Person = z.infer<typeof personSchema>;

export const letterMetaSchema = z.object({
  number: shortText.nullable().default(null),
  date: isoDate.nullable().default(null),
  sender: lineText.nullable().default(null),
  subject: lineText.nullable().default(null),
  /** Requested SPSE role guessed from the letter (auditor, ppk, pokja, admin-agency, verifikator, helpdesk, password-reset). */
  role: shortText.nullable().default(null),
  /** The surat tugas the letter rests on (auditors): "No. Surat Tugas" / "Tanggal Surat Tugas" of the form. */
  assignmentNumber: shortText.nullable().optional(),
  assignmentDate: isoDate.nullable().optional(),
});
export type LetterMeta = z.infer<typeof letterMetaSchema>;

/**
 * open: being worked on; waiting: menunggu kelengkapan / pemohon (the clock is held);
 * done: the SOP's last step finished, or closed as done; cancelled: ditolak / dibatalkan / ditarik.
 * A case record's `status` is a projection of its lifecycle events (see lib/log/lifecycle).
 */
export const caseStatusSchema = z.enum(['open', 'waiting', 'done', 'cancelled']);
export type CaseStatusValue = z.infer<typeof caseStatusSchema>;

export const caseSchema = z.object({
  id: recordId,
  sopId: recordId,
  sopVersion: shortText.default('1'),
  letter: letterMetaSchema,
  people: boundedList(personSchema, LIMITS.people).default([]),
  receivedAt: isoDateTime,
  status: caseStatusSchema.default('open'),
  /** Staff member the case is assigned to (disposisi). */
  assignedTo: shortText.nullable().default(null),
  /** Who opened the case (staff name). */
  createdBy: shortText.nullable().default(null),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  note: longText.nullable().default(null),
});
export type Case = z.infer<typeof caseSchema>;

export const verdictSchema = z.enum(['on-time', 'warning', 'late']);
export type Verdict = z.infer<typeof verdictSchema>;

export const stepEventSchema = z.object({
  id: recordId,
  caseId: recordId,
  /** The SOP step number (`step.no` in the SOP data): a small positive integer. */
  stepNo: stepNoSchema,
  /** Actor lane id of the step (kepala-lpse, admin-ppe, verifikator, ...). */
  actor: shortText.nullable().default(null),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable().default(null),
  /** Staff member who did the step. */
  by: shortText.nullable().default(null),
  note: longText.nullable().default(null),
  /** Verdict against the step's mutu baku, stored when the step finishes (null: no standard). */
  verdict: verdictSchema.nullable().default(null),
  /** Answer to a decision step ("ya" / "tidak"), when the step is a decision. */
  decision: z.enum(['yes', 'no']).nullable().default(null),
  /** Started by Pandu itself (automatic capture from the SPSE page), not by a click on "Mulai langkah". */
  auto: z.boolean().optional(),
  /** Finished by Pandu itself (SPSE's success message), not by a click on "Selesai". */
  autoFinished: z.boolean().optional(),
  updatedAt: isoDateTime,
});
export type StepEvent = z.infer<typeof stepEventSchema>;

/**
 * The case ledger: one record per lifecycle transition or correction, appended, never rewritten.
 * held / resumed: the clock stops / runs again; closed: done or cancelled (closeStatus);
 * reopened: back to open; step-redone: a finished step is explicitly restarted (rework);
 * person-done: one applicant's account is done (per person, so two tabs never lose a mark);
 * undone: an automatic event (`undoes`) is taken back;
 * requirement-checked: a kelengkapan item of a step ticked or unticked (`stepNo`, `requirement`,
 * `checked`; evidence that the file was complete, the last mark wins);
 * forwarded: the case is forwarded to someone (disposisi, "Diteruskan kepada": `forwardedTo`).
 */
export const caseEventKindSchema = z.enum(['held', 'resumed', 'closed', 'reopened', 'step-redone', 'person-done', 'undone', 'requirement-checked', 'forwarded']);
/** Kinds that mark the case without moving its lifecycle (their time never orders a transition). */
export const CASE_MARK_KINDS: ReadonlySet<CaseEventKind> = new Set<CaseEventKind>(['person-done', 'requirement-checked', 'forwarded']);
export type CaseEventKind = z.infer<typeof caseEventKindSchema>;

export const caseEventSchema = z.object({
  id: recordId,
  caseId: recordId,
  kind: caseEventKindSchema,
  /** When it happened (the user may give an earlier instant). */
  at: isoDateTime,
  /** Staff member who did it. */
  by: shortText.nullable().default(null),
  /** Why (alasan): required for cancelling, holding and reopening. */
  reason: longText.nullable().default(null),
  /** For `closed`: done or cancelled. */
  closeStatus: z.enum(['done', 'cancelled']).nullable().default(null),
  /** For `step-redone`: the step restarted. */
  stepNo: stepNoSchema.nullable().default(null),
  /** For `person-done`: the person's index in the case's people list. */
  person: z.number().int().min(0).max(LIMITS.records).nullable().default(null),
  /** For `requirement-checked`: the index of the kelengkapan item in the step's requirements, and its mark. */
  requirement: z.number().int().min(0).max(LIMITS.smallList).nullable().default(null),
  checked: z.boolean().nullable().default(null),
  /** For `forwarded`: to whom ("Diteruskan kepada"). */
  forwardedTo: shortText.nullable().default(null),
  /** For `undone`: the id of the event (case or step event) taken back. */
  undoes: shortText.nullable().default(null),
  /** Written by Pandu itself (automatic capture, the last step closing the case), not by a person's click. */
  auto: z.boolean().default(false),
  /** When it was written. */
  recordedAt: isoDateTime,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const recognitionProblemSchema = z.object({
  id: recordId,
  at: isoDateTime,
  url: boundedText(LIMITS.url),
  pageId: shortText,
  /** What went wrong: a field not found, a page not recognised, ... */
  kind: z.enum(['field-not-found', 'page-unknown', 'signature-changed']),
  detail: longText,
});
export type RecognitionProblem = z.infer<typeof recognitionProblemSchema>;

export const settingsSchema = z.object({
  officeName: lineText.default(''),
  letterhead: boundedList(lineText, LIMITS.smallList).default([]),
  supervisorName: shortText.default(''),
  supervisorNip: shortText.default(''),
  staffName: shortText.default(''),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).default('Asia/Jakarta'),
  /** Working hours per ISO weekday (1 = Monday ... 7 = Sunday); missing day = not a working day. */
  workingHours: z
    .record(z.string().regex(/^[1-7]$/, 'hari kerja harus 1 (Senin) … 7 (Minggu)'), clockRangeSchema)
    .default({ '1': { from: '08:00', to: '16:00' }, '2': { from: '08:00', to: '16:00' }, '3': { from: '08:00', to: '16:00' }, '4': { from: '08:00', to: '16:00' }, '5': { from: '08:00', to: '16:30' } }),
  breaks: boundedList(clockRangeSchema, LIMITS.smallList).default([]),
  /** The LPSE's own non-working days (cuti bersama), YYYY-MM-DD. */
  localHolidays: boundedList(isoDate, LIMITS.holidays).default([]),
  nationalHolidays: z.boolean().default(true),
  language: z.enum(['id', 'en']).default('id'),
  /** CSV separator; `auto` = `;` with decimal commas for an Indonesian interface, `,` for English. */
  csvSeparator: z.enum(['auto', ',', ';']).default('auto'),
  /** Automatic step capture from SPSE pages and messages (marked automatic, undoable); off = only clicks count. */
  autoCapture: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A taught page profile ("Ajari halaman ini"); `data` is one page of a lib/spse site profile. */
export const pageProfileRecordSchema = z.object({
  id: recordId,
  host: shortText,
  pageId: shortText,
  updatedAt: isoDateTime,
  data: siteProfilePageSchema,
});
export type PageProfileRecord = z.infer<typeof pageProfileRecordSchema>;

export const BACKUP_FORMAT = 'pandu-spse-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  exportedBy: shortText.nullable().default(null),
  cases: boundedList(caseSchema, LIMITS.records),
  events: boundedList(stepEventSchema, LIMITS.records),
  /** The case ledger (lifecycle events); older backups have none. */
  caseEvents: boundedList(caseEventSchema, LIMITS.records).default([]),
  problems: boundedList(recognitionProblemSchema, LIMITS.records).default([]),
  settings: settingsSchema.nullable().default(null),
  profiles: boundedList(pageProfileRecordSchema, LIMITS.profiles).default([]),
});
export type Backup = z.infer<typeof backupSchema>;
