import { z } from 'zod';
import { isoDateTime, verdictSchema, caseSchema, caseEventSchema, caseStatusSchema, letterMetaSchema, pageProfileRecordSchema, personSchema, recognitionProblemSchema, settingsSchema, stepEventSchema } from '../log/schema';
import { durationSchema, sopSchema } from '../sop/schema';
import { parsedLetterSchema } from '../letter/schema';
import { scanInfoSchema } from '../documents/ocr-layout';
import { LETTER_TOO_LONG, MAX_LETTER_CHARS } from '../letter/limits';
import { stepNoSchema } from '../bounds';

/**
 * The typed message contract between content scripts, extension pages and the background.
 * Every message type names its request and response schemas; both ends validate with zod.
 * Add a message here, then its handler in entrypoints/background.ts.
 */
export const contract = {
  ping: {
    request: z.object({}).strict(),
    response: z.object({ pong: z.literal(true), version: z.string(), at: z.string() }),
  },
  /** Open an extension page in a tab (content scripts cannot do it themselves). */
  openOptions: {
    request: z.object({ section: z.string().regex(/^[a-z-]+$/).optional(), page: z.enum(['options', 'report']).optional() }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** The toolbar popup's "Buka panel di tab ini": open the panel on that tab (extension pages only). */
  'panel.open': {
    request: z.object({ tabId: z.number().int().min(0) }).strict(),
    response: z.object({ result: z.enum(['shown', 'opened']) }),
  },
  /** Active cases (open and waiting), or those of one status, newest first. */
  'case.list': {
    request: z.object({ status: caseStatusSchema.optional() }).strict(),
    response: z.object({
      cases: z.array(caseSchema),
      /** Each case's current step and verdict, derived from its stored events. */
      summaries: z.array(z.object({ caseId: z.string(), currentStep: z.number().int().nullable(), verdict: verdictSchema.nullable(), done: z.boolean() })).default([]),
    }),
  },
  /** Every case (any status) with this letter number: the duplicate-letter guard. */
  'case.byLetter': {
    request: z.object({ number: z.string().min(1).max(200) }).strict(),
    response: z.object({ cases: z.array(caseSchema) }),
  },
  /** One case, its step events and its ledger (lifecycle events). */
  'case.detail': {
    request: z.object({ caseId: z.string().min(1) }).strict(),
    response: z.object({ case: caseSchema, events: z.array(stepEventSchema), caseEvents: z.array(caseEventSchema).default([]) }),
  },
  /** A lifecycle transition: hold (menunggu), resume, close (done / cancelled), reopen — each an event with who, when, why. */
  'case.transition': {
    request: z
      .object({
        caseId: z.string().min(1),
        action: z.enum(['hold', 'resume', 'close', 'reopen']),
        closeStatus: z.enum(['done', 'cancelled']).optional(),
        reason: z.string().max(1000).nullable().optional(),
        /** When it happened, if earlier than now (staff records a hold after the fact). */
        at: isoDateTime.optional(),
      })
      .strict(),
    response: z.object({ event: caseEventSchema }),
  },
  /** One person of the case is done (an event of its own: two tabs never overwrite each other's marks). */
  'case.personDone': {
    request: z.object({ caseId: z.string().min(1), person: z.number().int().min(0).max(10_000) }).strict(),
    response: z.object({ event: caseEventSchema.nullable() }),
  },
  /** A kelengkapan item of a step ticked or unticked: an event of the case (evidence; survives reloads). */
  'case.requirement': {
    request: z.object({ caseId: z.string().min(1), stepNo: z.number().int().min(1).max(10_000), requirement: z.number().int().min(0).max(50), checked: z.boolean() }).strict(),
    response: z.object({ event: caseEventSchema }),
  },
  /** "Diteruskan kepada" (disposisi): to whom the case goes. */
  'case.forward': {
    request: z.object({ caseId: z.string().min(1), to: z.string().trim().min(1, 'Diteruskan kepada wajib diisi').max(200) }).strict(),
    response: z.object({ event: caseEventSchema }),
  },
  /** Takes back an automatic event (a step Pandu started/finished, a case it closed). */
  'event.undo': {
    request: z.object({ caseId: z.string().min(1), eventId: z.string().min(1) }).strict(),
    response: z.object({ event: caseEventSchema }),
  },
  /** One letter = one case = one SOP. */
  'case.open': {
    request: z
      .object({
        sopId: z.string().min(1),
        sopVersion: z.string().optional(),
        letter: letterMetaSchema.partial(),
        people: z.array(personSchema.partial({ nip: true, position: true, email: true, phone: true, doneAt: true })),
        receivedAt: isoDateTime.optional(),
        /** How a case without a letter came in (datang langsung, telepon, email helpdesk). */
        note: z.string().max(1000).nullable().optional(),
      })
      .strict(),
    response: z.object({ case: caseSchema }),
  },
  /** Edits of the case record (people's details). Status changes go through case.transition. */
  'case.update': {
    request: z
      .object({
        caseId: z.string().min(1),
        people: z.array(personSchema.partial({ nip: true, position: true, email: true, phone: true, doneAt: true })).optional(),
      })
      .strict(),
    response: z.object({ case: caseSchema }),
  },
  'step.start': {
    request: z
      .object({
        caseId: z.string().min(1),
        stepNo: stepNoSchema,
        actor: z.string().nullable().optional(),
        duration: durationSchema.nullable().optional(),
        /** When the step really started, if earlier than now (staff forgot to press start). */
        at: isoDateTime.optional(),
        /** "Ulangi langkah": restart a finished step, with the reason (counted as rework). */
        redoReason: z.string().min(1).max(1000).optional(),
        /** Started by automatic capture (marked in the log, undoable). */
        auto: z.boolean().optional(),
      })
      .strict(),
    response: z.object({ event: stepEventSchema }),
  },
  'step.finish': {
    request: z
      .object({
        caseId: z.string().min(1),
        stepNo: stepNoSchema,
        decision: z.enum(['yes', 'no']).nullable().optional(),
        duration: durationSchema.nullable().optional(),
        note: z.string().nullable().optional(),
        /** Finished by automatic capture (SPSE's success message): marked, undoable. */
        auto: z.boolean().optional(),
      })
      .strict(),
    response: z.object({ event: stepEventSchema }),
  },
  /** A page-recognition problem, for the supervisor's report. */
  'problem.add': {
    request: recognitionProblemSchema.omit({ id: true, at: true }).strict(),
    response: z.object({ problem: recognitionProblemSchema }),
  },
  /** Text of a dropped letter file (.docx, PDF, .txt), read in the background so the page's script stays small. */
  /** Photos, scans and image-only PDFs are read by OCR in the extension (offscreen document / Firefox background), `job` names it for progress and cancel. */
  'letter.extract': {
    request: z.object({ name: z.string().max(300), type: z.string().max(200).optional(), base64: z.string().max(30_000_000), job: z.string().max(100).optional() }).strict(),
    response: z.union([z.object({ text: z.string(), scan: scanInfoSchema.optional() }), z.object({ error: z.string() })]),
  },
  /** How far the OCR of a letter file has got (null: not started, or over). */
  'letter.progress': {
    request: z.object({ job: z.string().min(1).max(100) }).strict(),
    response: z.object({
      progress: z.object({ stage: z.enum(['load', 'render', 'recognize']), page: z.number().int(), pages: z.number().int(), progress: z.number() }).nullable(),
    }),
  },
  /** Stop reading a letter file (the OCR of a long scan). */
  'letter.cancel': {
    request: z.object({ job: z.string().min(1).max(100) }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** A pasted or extracted letter parsed in the background (off the SPSE tab's main thread); `scan` adds OCR confidences and flags. */
  'letter.parse': {
    request: z.object({ text: z.string().min(1, 'teks surat kosong').max(MAX_LETTER_CHARS, LETTER_TOO_LONG), scan: scanInfoSchema.optional() }).strict(),
    response: z.object({ letter: parsedLetterSchema }),
  },
  /** The SOP library (built-in catalog + imported SOPs), loaded and validated in the background. */
  /** Every version of every SOP, oldest first per SOP (a case names the version it started with). */
  'sop.list': {
    request: z.object({}).strict(),
    response: z.object({ sops: z.array(sopSchema) }),
  },
  'settings.get': {
    request: z.object({}).strict(),
    response: z.object({ settings: settingsSchema }),
  },
  /** National holidays of a range of years (the panel does not bundle the holiday engine). */
  'calendar.national': {
    request: z.object({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100) }).strict().refine((r) => r.to >= r.from && r.to - r.from <= 30, 'rentang tahun 0–30'),
    response: z.object({ from: z.number().int(), to: z.number().int(), dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(2000) }),
  },
  'settings.put': {
    request: settingsSchema.partial().strict(),
    response: z.object({ settings: settingsSchema }),
  },
  /** Taught page profiles ("Ajari halaman ini") for one host. */
  'profile.list': {
    request: z.object({ host: z.string() }).strict(),
    response: z.object({ profiles: z.array(pageProfileRecordSchema) }),
  },
  'profile.put': {
    request: pageProfileRecordSchema.omit({ updatedAt: true }).strict(),
    response: z.object({ profile: pageProfileRecordSchema }),
  },
} as const;

export type Contract = typeof contract;
export type MessageType = keyof Contract;
export type RequestOf<K extends MessageType> = z.input<Contract[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Contract[K]['response']>;

/** What travels over runtime.sendMessage. */
export const envelopeSchema = z.object({
  channel: z.literal('pandu'),
  type: z.string(),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** What comes back. Errors are Indonesian messages meant for the user. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(contract, type);
}

/** Indonesian description of a zod failure, naming the path. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(pesan)'}: ${i.message}`)
    .join('; ');
}
