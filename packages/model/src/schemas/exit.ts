import { z } from 'zod';
import { exitReasons } from '../codes/exitReason';
import { idSchema, isoDateSchema } from '../primitives';

/** zod schema of the situations 3, 6 and 12 months after an exit. */
export const followUpSchema = z
  .object({ 3: exitReasons.schema.optional(), 6: exitReasons.schema.optional(), 12: exitReasons.schema.optional() })
  .strict();

/** zod schema of the exit of a person from a structure, with its reason and follow-up. */
export const exitSchema = z
  .object({
    personId: idSchema,
    structureId: idSchema,
    date: isoDateSchema,
    reason: exitReasons.schema,
    followUp: followUpSchema.optional(),
  })
  .meta({ id: 'Exit', title: 'Sortie' });

/** An exit. */
export type Exit = z.infer<typeof exitSchema>;
