import { z } from 'zod';
import { isIsoDate } from '../dates/isoDate';

/**
 * An ISO `YYYY-MM-DD` calendar date naming a day that exists. The error message says what is
 * expected and never echoes the value.
 */
export const isoDateSchema = z.string().refine(isIsoDate, {
  params: {
    code: 'invalid_date',
    fr: 'doit être une date au format AAAA-MM-JJ qui existe',
    en: 'must be an existing date in YYYY-MM-DD format',
  },
}).meta({ format: 'date', description: 'Date ISO AAAA-MM-JJ' });

/** A non-empty identifier (person, structure, contract, …), at most 200 characters. */
export const idSchema = z.string().min(1).max(200);

/** A period `[from, to]` of ISO dates, both ends inclusive, `from` on or before `to`. */
export const periodSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, {
    path: ['to'],
    params: { code: 'period_order', fr: 'la fin doit être le même jour ou après le début', en: 'must be on or after the start' },
  });

/** A period `[from, to]` of ISO dates, both ends inclusive. */
export type Period = z.infer<typeof periodSchema>;
