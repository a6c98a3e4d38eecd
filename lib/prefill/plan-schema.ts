/**
 * The fill plan (plan.ts) as zod schemas: its types, and the checks a plan must pass (no secret
 * field, a reason for every skipped row). Not imported by the panel (no zod at page load).
 */
import { z } from 'zod';
import { personAttributeSchema } from '../spse/routes';
import { namesSecret, SECRET_ROW_MESSAGE } from './plan';

export const controlKindSchema = z.enum(['text', 'textarea', 'select', 'checkbox', 'radio', 'date', 'datepicker']);
export type ControlKind = z.infer<typeof controlKindSchema>;

export const skipReasonCodeSchema = z.enum(['no-value', 'same', 'invalid', 'no-option', 'read-only', 'too-long', 'kept']);
export type SkipReasonCode = z.infer<typeof skipReasonCodeSchema>;

export const fillRowSchema = z
  .object({
    attribute: personAttributeSchema,
    /** Indonesian label of the attribute. */
    label: z.string().min(1),
    /** Where the control is (cssPathFor; a checkbox group's selector matches every box). */
    selector: z.string().min(1),
    kind: controlKindSchema,
    /** What would be written (select: option value; checkbox group: values joined by ","). */
    newValue: z.string(),
    /** Human text of newValue (option text, checkbox labels); equals newValue for text inputs. */
    newText: z.string(),
    currentValue: z.string(),
    currentText: z.string(),
    /** The field holds something else now: filling overwrites it. */
    conflict: z.boolean(),
    skip: z.boolean(),
    reasonCode: skipReasonCodeSchema.optional(),
    /** Why the row is skipped (Bahasa Indonesia). */
    reason: z.string().optional(),
    /** A value Pandu made up (the User ID): the user should check it. */
    suggested: z.boolean(),
  })
  .refine((r) => !namesSecret(r), { message: SECRET_ROW_MESSAGE, path: ['selector'] })
  .refine((r) => !r.skip || !!r.reason, { message: 'baris yang dilewati harus punya alasan', path: ['reason'] });
export type FillRow = z.infer<typeof fillRowSchema>;

export const missingFieldSchema = z.object({ attribute: personAttributeSchema, message: z.string() });
export type MissingField = z.infer<typeof missingFieldSchema>;

export const fillPlanSchema = z.object({
  pageId: z.string(),
  rows: z.array(fillRowSchema),
  /** Values Pandu has but the form has no field for ("kolom tidak ditemukan"). */
  missing: z.array(missingFieldSchema),
});
export type FillPlan = z.infer<typeof fillPlanSchema>;
