import { z } from 'zod';

/**
 * The records Pandu keeps. These zod schemas are the single source of the record
 * types (IndexedDB stores, messages, backup files, exports all use them).
 *
 * Ids are stable and globally unique (crypto.randomUUID), so that logs from several
 * staff members can be merged without duplicates.
 */

export const isoDateTime = z.string().datetime({ offset: true });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal harus YYYY-MM-DD');

export const personSchema = z.object({
  name: z.string(),
  nip: z.string().nullable().default(null),
  position: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
  phone: z.string().nullable().default(null),
  /** Set when this person's SPSE account form was filled / done. */
  doneAt: isoDateTime.nullable().default(null),
});
export type Person = z.infer<typeof personSchema>;

export const letterMetaSchema = z.object({
  number: z.string().nullable().default(null),
  date: isoDate.nullable().default(null),
  sender: z.string().nullable().default(null),
  subject: z.string().nullable().default(null),
  /** Requested SPSE role guessed from the letter (auditor, ppk, pokja, admin-agency, verifikator, helpdesk, password-reset). */
  role: z.string().nullable().default(null),
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
  id: z.string().min(1),
  sopId: z.string().min(1),
  sopVersion: z.string().default('1'),
  letter: letterMetaSchema,
  people: z.array(personSchema).default([]),
  receivedAt: isoDateTime,
  status: caseStatusSchema.default('open'),
  /** Staff member the case is assigned to (disposisi). */
  assignedTo: z.string().nullable().default(null),
  /** Who opened the case (staff name). */
  createdBy: z.string().nullable().default(null),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  note: z.string().nullable().default(null),
});
export type Case = z.infer<typeof caseSchema>;

export const verdictSchema = z.enum(['on-time', 'warning', 'late']);
export type Verdict = z.infer<typeof verdictSchema>;

export const stepEventSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  /** The SOP step number (`step.no` in the SOP data). */
  stepNo: z.number().int(),
  /** Actor lane id of the step (kepala-lpse, admin-ppe, verifikator, ...). */
  actor: z.string().nullable().default(null),
  startedAt: isoDateTime,
  finishedAt: isoDateTime.nullable().default(null),
  /** Staff member who did the step. */
  by: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
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
 * undone: an automatic event (`undoes`) is taken back.
 */
export const caseEventKindSchema = z.enum(['held', 'resumed', 'closed', 'reopened', 'step-redone', 'person-done', 'undone']);
export type CaseEventKind = z.infer<typeof caseEventKindSchema>;

export const caseEventSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  kind: caseEventKindSchema,
  /** When it happened (the user may give an earlier instant). */
  at: isoDateTime,
  /** Staff member who did it. */
  by: z.string().nullable().default(null),
  /** Why (alasan): required for cancelling, holding and reopening. */
  reason: z.string().nullable().default(null),
  /** For `closed`: done or cancelled. */
  closeStatus: z.enum(['done', 'cancelled']).nullable().default(null),
  /** For `step-redone`: the step restarted. */
  stepNo: z.number().int().nullable().default(null),
  /** For `person-done`: the person's index in the case's people list. */
  person: z.number().int().min(0).nullable().default(null),
  /** For `undone`: the id of the event (case or step event) taken back. */
  undoes: z.string().nullable().default(null),
  /** Written by Pandu itself (automatic capture, the last step closing the case), not by a person's click. */
  auto: z.boolean().default(false),
  /** When it was written. */
  recordedAt: isoDateTime,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const recognitionProblemSchema = z.object({
  id: z.string().min(1),
  at: isoDateTime,
  url: z.string(),
  pageId: z.string(),
  /** What went wrong: a field not found, a page not recognised, ... */
  kind: z.enum(['field-not-found', 'page-unknown', 'signature-changed']),
  detail: z.string(),
});
export type RecognitionProblem = z.infer<typeof recognitionProblemSchema>;

export const settingsSchema = z.object({
  officeName: z.string().default(''),
  letterhead: z.array(z.string()).default([]),
  supervisorName: z.string().default(''),
  supervisorNip: z.string().default(''),
  staffName: z.string().default(''),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).default('Asia/Jakarta'),
  /** Working hours per ISO weekday (1 = Monday ... 7 = Sunday); missing day = not a working day. */
  workingHours: z
    .record(z.string().regex(/^[1-7]$/), z.object({ from: z.string(), to: z.string() }))
    .default({ '1': { from: '08:00', to: '16:00' }, '2': { from: '08:00', to: '16:00' }, '3': { from: '08:00', to: '16:00' }, '4': { from: '08:00', to: '16:00' }, '5': { from: '08:00', to: '16:30' } }),
  breaks: z.array(z.object({ from: z.string(), to: z.string() })).default([]),
  /** The LPSE's own non-working days (cuti bersama), YYYY-MM-DD. */
  localHolidays: z.array(isoDate).default([]),
  nationalHolidays: z.boolean().default(true),
  language: z.enum(['id', 'en']).default('id'),
  csvSeparator: z.enum([',', ';']).default(','),
  /** Automatic step capture from SPSE pages and messages (marked automatic, undoable); off = only clicks count. */
  autoCapture: z.boolean().default(true),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A taught page profile ("Ajari halaman ini"); validated in detail by lib/spse. */
export const pageProfileRecordSchema = z.object({
  id: z.string().min(1),
  host: z.string(),
  pageId: z.string(),
  updatedAt: isoDateTime,
  data: z.unknown(),
});
export type PageProfileRecord = z.infer<typeof pageProfileRecordSchema>;

export const BACKUP_FORMAT = 'pandu-spse-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTime,
  exportedBy: z.string().nullable().default(null),
  cases: z.array(caseSchema),
  events: z.array(stepEventSchema),
  /** The case ledger (lifecycle events); older backups have none. */
  caseEvents: z.array(caseEventSchema).default([]),
  problems: z.array(recognitionProblemSchema).default([]),
  settings: settingsSchema.nullable().default(null),
  profiles: z.array(pageProfileRecordSchema).default([]),
});
export type Backup = z.infer<typeof backupSchema>;
