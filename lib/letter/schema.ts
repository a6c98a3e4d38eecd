import { z } from 'zod';
import { isoDateInWindow } from '../timing/date-window-schema';
import { letterRoles, requestActions } from './fields';

export { applicantFields, fieldPath, letterRoles, requestActions, type ApplicantField } from './fields';

/**
 * The shape of a parsed request letter (surat permohonan / nota dinas).
 * Every type in lib/letter comes from these schemas (z.infer).
 */

export const letterRoleSchema = z.enum(letterRoles);
export type LetterRole = z.infer<typeof letterRoleSchema>;

const text = z.string().nullable();

export const letterInfoSchema = z.object({
  number: text,
  /** YYYY-MM-DD */
  date: isoDateInWindow.nullable(),
  /** Place written before the date ("Tanjungpandan, 3 Maret 2026"). */
  place: text,
  sender: text,
  subject: text,
  role: letterRoleSchema.nullable(),
});
export type LetterInfo = z.infer<typeof letterInfoSchema>;

/**
 * What the letter asks for one person: a new account, a password reset, the account closed
 * (the outgoing person of a replacement letter), or its data changed.
 */
export const requestActionSchema = z.enum(requestActions);
export type RequestAction = z.infer<typeof requestActionSchema>;

/** One person named in the letter: the values a form is filled with. */
export const applicantSchema = z.object({
  name: text,
  /** 18 digits when valid; otherwise the raw digits as written. */
  nip: text,
  /** Jabatan, or team role (Ketua Tim, Anggota, ...). */
  position: text,
  /** Lower-cased. */
  email: text,
  /** E.164 (+62...) when valid; otherwise the raw value. */
  phone: text,
});
export type Applicant = z.infer<typeof applicantSchema>;

/** A person of the letter and what is asked for them (older records without `action`: create). */
export const requestedPersonSchema = applicantSchema.extend({ action: requestActionSchema.default('create') });
export type RequestedPerson = z.infer<typeof requestedPersonSchema>;

export const signatorySchema = z.object({ name: text, nip: text });
export type Signatory = z.infer<typeof signatorySchema>;

export const letterProblemSchema = z.object({
  /** Field path, e.g. "letter.date", "people[1].nip", "people". */
  field: z.string(),
  /** Bahasa Indonesia. */
  message: z.string(),
  /** Index into people, when the problem is about one person. */
  person: z.number().int().nonnegative().optional(),
  /** 1-based line of the letter text. */
  line: z.number().int().positive().optional(),
  /** The source line as written, for a value that was not read verbatim from a clean labelled line. */
  source: z.string().optional(),
});
export type LetterProblem = z.infer<typeof letterProblemSchema>;

/** Where a value came from and how sure the parser is. */
export const fieldEvidenceSchema = z.object({
  confidence: z.number().min(0).max(1),
  /** 1-based line of the letter text. */
  line: z.number().int().positive(),
  /** The source line as written (trimmed). */
  source: z.string(),
  /**
   * Why the value needs a look (read from a sentence, joined from wrapped lines, repaired from a
   * scan, …): set for every value not read verbatim from a clean labelled line.
   */
  note: z.string().optional(),
  /** The value as read, so that a value corrected in review no longer carries the note. */
  value: z.string().optional(),
  /** For a letter read from a scan: the recogniser's confidence in the value's words (0–1). */
  ocr: z.number().min(0).max(1).optional(),
});
export type FieldEvidence = z.infer<typeof fieldEvidenceSchema>;

/** The surat tugas an auditor's access rests on (lib/letter/assignment); null when the letter names none. */
export const assignmentSchema = z.object({ number: text, date: isoDateInWindow.nullable() });

export const parsedLetterSchema = z.object({
  letter: letterInfoSchema,
  people: z.array(requestedPersonSchema),
  signatory: signatorySchema.nullable(),
  problems: z.array(letterProblemSchema),
  /** Evidence keyed by field path: "letter.number", "people[0].nip", "signatory.name". */
  fields: z.record(z.string(), fieldEvidenceSchema),
  /** Added beside the parse output (older producers give none). */
  assignment: assignmentSchema.nullable().optional(),
});
export type ParsedLetter = z.infer<typeof parsedLetterSchema>;

/** What the CLI prints and the expected corpus files hold. */
export const letterSummarySchema = z.object({
  letter: letterInfoSchema.pick({ number: true, date: true, sender: true, subject: true, role: true }),
  people: z.array(applicantSchema.extend({ action: requestActionSchema.optional() })),
});
export type LetterSummary = z.infer<typeof letterSummarySchema>;
