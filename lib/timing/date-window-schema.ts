/** The date window (date-window.ts) as zod schemas, for stored records and messages. */
import { z } from 'zod';
import { DATE_WINDOW_RULE, isDateInWindow, isIsoInWindow } from './date-window';

/** An ISO 8601 date-time with its zone, inside the window. */
export const isoDateTimeInWindow = z
  .string()
  .datetime({ offset: true })
  .refine(isIsoInWindow, { message: `di luar rentang tanggal yang diterima (${DATE_WINDOW_RULE})` });

/** A calendar date YYYY-MM-DD, inside the window. */
export const isoDateInWindow = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'format tanggal harus YYYY-MM-DD')
  .refine(isDateInWindow, { message: `bukan tanggal yang sah atau di luar rentang (${DATE_WINDOW_RULE})` });
