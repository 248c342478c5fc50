import { z } from 'zod';
import { isIsoDate } from '../dates/isoDate';
import { expectString, invalidArgument, ownValue } from '../errors/guards';
import { isoDateSchema } from '../primitives';

/** A string matching a pattern, with a bilingual message (zod's own regex message is not). */
export function pattern(regex: RegExp, code: string, fr: string, en: string) {
  if (!(regex instanceof RegExp)) invalidArgument('pattern', 'regex', 'invalid_type', 'doit être une expression régulière', 'must be a regular expression');
  expectString(code, 'code', 'pattern');
  expectString(fr, 'fr', 'pattern');
  expectString(en, 'en', 'pattern');
  return z.string().refine((v) => regex.test(v), { params: { code, fr, en } });
}

/** A month as `YYYY-MM`. */
export const isoMonthSchema = z.string().refine((v) => /^\d{4}-\d{2}$/.test(v) && isIsoDate(`${v}-01`), {
  params: { code: 'invalid_month', fr: 'doit être un mois au format AAAA-MM', en: 'must be a month in YYYY-MM format' },
});

/** A time of day as `HH:MM` (24 h). */
export const timeSchema = pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time', 'doit être une heure au format HH:MM', 'must be a time in HH:MM format');

/** Optional ISO date that may also be given as an empty value (`null`). */
export const optionalDateSchema = isoDateSchema.nullish();

/** Checks that `end` (when present) is on or after `start`, reporting on `end`. */
export function endAfterStart<T extends Record<string, unknown>>(startKey: keyof T & string, endKey: keyof T & string) {
  expectString(startKey, 'startKey', 'refinement');
  expectString(endKey, 'endKey', 'refinement');
  return (value: T, ctx: z.RefinementCtx) => {
    const start = ownValue(value, startKey);
    const end = ownValue(value, endKey);
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: [endKey],
        params: { code: 'period_order', fr: `doit être le même jour ou après ${startKey}`, en: `must be on or after ${startKey}` },
      });
    }
  };
}


