import { expectObject, periodSchema, SIAE_KINDS, type SiaeKind, SiaeValidationError, safeValidate } from '@siae/model';
import { z } from 'zod';
import { checkedCategoryMapping, type ExitCategoryMapping } from '../mapping/categoryMapping';
import type { PresenceThreshold } from '../parameters/thresholds';
import type { RateOptions } from './classify';

const count = z.number().finite().min(0);
const thresholdSchema = z.object({ minMonthsExclusive: count.optional(), minDaysExclusive: count.optional(), minHours: count.optional(), labelFr: z.string() }).strict();

/**
 * zod schema of the options of the rates (the mapping is checked apart, by
 * `checkedCategoryMapping`). Unknown keys are allowed: `computeReport` passes its own options.
 */
export const rateOptionsSchema = z.object({
  variant: z.enum(['dgefp', 'uriae']).optional(),
  monthsAfterExit: z.union([z.literal(0), z.literal(3), z.literal(6), z.literal(12)]).optional(),
  // null (from a JSON caller) is read as no period; a period with a null bound is refused.
  period: periodSchema.nullable().optional(),
  mapping: z.unknown().optional(),
  thresholds: z.partialRecord(z.enum(SIAE_KINDS), thresholdSchema).optional(),
  assumeValid: z.boolean().optional(),
  withoutMembers: z.boolean().optional(),
});

/**
 * Checks the options of a rate and returns them with the mapping(s) checked (the checked copy of
 * a mapping that did not come from `loadCategoryMapping`). The given object is not changed.
 *
 * @throws {SiaeValidationError} listing every problem with its path (`options.period.to`, …).
 */
export function checkRateOptions(options: unknown, what = 'rate options'): RateOptions {
  if (options === undefined) return {};
  const o = expectObject(options, 'options', what);
  const r = safeValidate(rateOptionsSchema, o, ['options']);
  if (!r.success) throw new SiaeValidationError(r.issues, what);
  const m = o.mapping;
  if (m === undefined) return o as RateOptions;
  const mapping: ExitCategoryMapping | readonly ExitCategoryMapping[] = Array.isArray(m)
    ? m.map((x, i) => checkedCategoryMapping(x, ['options', 'mapping', i]))
    : checkedCategoryMapping(m, ['options', 'mapping']);
  return { ...(o as RateOptions), mapping };
}

/** The presence threshold a caller gives for a kind, read as an own property only. */
export function thresholdOverride(thresholds: RateOptions['thresholds'], kind: SiaeKind): PresenceThreshold | undefined {
  return thresholds !== undefined && Object.hasOwn(thresholds, kind) ? thresholds[kind] : undefined;
}

