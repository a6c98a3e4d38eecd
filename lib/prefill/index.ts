/** lib/prefill: plan a fill of an SPSE form from a letter's person, apply it, undo it. */
export { planFill, fillableRows } from './plan';
export { controlKindSchema, fillPlanSchema, fillRowSchema, missingFieldSchema, skipReasonCodeSchema } from './plan-schema';
export type { FillPlan, FillRow, MissingField, PlanOptions, SkipReasonCode } from './plan';
export { applyFill, clearHighlights, FILLED_ATTR, HIGHLIGHT_OUTLINE } from './apply';
export type { ApplyOptions, AppliedField, FailedField, FillResult } from './apply';
export { ATTRIBUTE_LABELS, attributeLabel } from './labels';
export { controlKind, dateFormatOf, isSecretControl, isSafeControl } from './controls';
export type { ControlKind } from './controls';
export { toLocalPhone, toNip, toEmail, toDate, formatDate, parseDate, suggestUserId, bareName } from './values';
