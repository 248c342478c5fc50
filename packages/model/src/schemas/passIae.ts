import { z } from 'zod';
import { prolongationReasons, suspensionReasons } from '../codes/domainCodes';
import { idSchema, isoDateSchema } from '../primitives';
import { endAfterStart } from './common';
import { PASS_NUMBER_PATTERN } from './patterns';

const periodWithReason = <R extends z.ZodType>(reason: R) =>
  z.object({ start: isoDateSchema, end: isoDateSchema, reason }).superRefine(endAfterStart<{ start: string; end: string }>('start', 'end'));

/** zod schema of a PASS IAE (approval) with its suspensions and prolongations. */
export const passIaeSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    /** The PASS number (12 digits, or 99999 + 7 digits for platform ones). */
    number: z.string().regex(PASS_NUMBER_PATTERN).optional(),
    startDate: isoDateSchema,
    /** End, inclusive, already pushed by suspensions and prolongations. */
    endDate: isoDateSchema,
    suspensions: z.array(periodWithReason(suspensionReasons.schema)).default([]),
    prolongations: z.array(periodWithReason(prolongationReasons.schema)).default([]),
  })
  .superRefine(endAfterStart('startDate', 'endDate'))
  .meta({ id: 'PassIae', title: 'PASS IAE' });

/** A PASS IAE. */
export type PassIae = z.infer<typeof passIaeSchema>;
