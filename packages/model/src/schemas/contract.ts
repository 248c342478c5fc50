import { z } from 'zod';
import { contractKinds } from '../codes/domainCodes';
import { idSchema, isoDateSchema } from '../primitives';
import { endAfterStart, isoMonthSchema } from './common';

/** zod schema of a work contract (CDDI, CDDU, mise à disposition, mission, ...). */
export const contractSchema = z
  .object({
    id: idSchema,
    personId: idSchema,
    structureId: idSchema,
    kind: contractKinds.schema,
    startDate: isoDateSchema,
    /** Planned end, inclusive (absent for an open-ended contract). */
    endDate: isoDateSchema.optional(),
    trialPeriodEndDate: isoDateSchema.optional(),
    weeklyHours: z.number().min(0).max(48).optional(),
    /** Id of the contract this one renews. */
    renewalOf: idSchema.optional(),
    /** Day the contract was broken early, if it was. */
    brokenOn: isoDateSchema.optional(),
  })
  .superRefine(endAfterStart('startDate', 'endDate'))
  .meta({ id: 'Contract', title: 'Contrat de travail' });

/** A work contract. */
export type Contract = z.infer<typeof contractSchema>;

/** zod schema of the hours a person worked in a structure in one month. */
export const monthlyHoursSchema = z
  .object({
    personId: idSchema,
    structureId: idSchema,
    month: isoMonthSchema,
    hours: z.number().min(0).max(744),
  })
  .meta({ id: 'MonthlyHours', title: 'Heures travaillées dans le mois' });

/** Hours worked in one month. */
export type MonthlyHours = z.infer<typeof monthlyHoursSchema>;
