import { expectArray, expectFunction, expectOneOf, safeValidate, SiaeValidationError, type UncheckedList, type ValidationIssue } from '@siae/model';
import { type ExitRecord, exitRecordSchema, looksLikeValidExitRecord } from '../exits/exitRecord';
import { breakdownChecked } from './breakdownChecked';
import { type RateOptions, validateExitRecords } from './classify';
import { checkRateOptions } from './rateOptions';
import { groupKeyOf } from './recordKeys';
import {
  durableEmploymentRate,
  dynamicExitRate,
  EXIT_RATES,
  type ExitRateDefinition,
  employmentExitRate,
  positiveExitRate,
  type RateResult,
  transitionEmploymentRate,
} from './exitRates';

/** The rates of this package a breakdown computes in one pass (any other function is called per group). */
const KNOWN_RATES = new Map<unknown, ExitRateDefinition>([
  [dynamicExitRate, EXIT_RATES.dynamic],
  [durableEmploymentRate, EXIT_RATES.durable],
  [transitionEmploymentRate, EXIT_RATES.transition],
  [positiveExitRate, EXIT_RATES.positive],
  [employmentExitRate, EXIT_RATES.employment],
]);

/** What a breakdown groups by. */
export type BreakdownKey = 'structure' | 'structureKind' | 'departement' | 'year' | 'quarter' | 'month' | 'entryCohort';

/** Every breakdown key, in the order of a report's `breakdowns`. */
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = Object.freeze(['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'] as const);

/** One group of a breakdown and its rate. */
export interface BreakdownGroup {
  /** The group's key (`s1`, `ACI`, `59`, `2025`, `2025-T3`, `2025-07`, entry year). */
  key: string;
  result: RateResult;
}

/** A rate broken down by a key. */
export interface Breakdown {
  by: BreakdownKey;
  groups: BreakdownGroup[];
  /** Records that failed validation (left out of every group). */
  issues: ValidationIssue[];
}

/**
 * The group key of a record.
 *
 * @throws {SiaeValidationError} when the record is not a valid exit record or `by` is not a breakdown key.
 */
export function breakdownKeyOf(r: ExitRecord, by: BreakdownKey): string {
  if (!looksLikeValidExitRecord(r)) {
    const v = safeValidate(exitRecordSchema, r, ['r']);
    if (!v.success) throw new SiaeValidationError(v.issues, 'exit record');
  }
  expectOneOf(by, BREAKDOWN_KEYS, 'by', 'breakdown');
  return groupKeyOf(r, by);
}

/**
 * A rate (the dynamic rate by default) computed for each group: by structure, kind, département,
 * exit year, quarter or month, or entry cohort (hiring year). Each group is rated on its own exits,
 * so "the latest exit in the period" is read within the group; records outside `period` form no
 * group. Members keep their index in the whole input. Groups are sorted by key.
 *
 * @example breakdownRate(exits, 'quarter', { period: { from: '2025-01-01', to: '2025-12-31' } })
 * @throws {SiaeValidationError} when `exits` is not a list, `by` not a breakdown key, an option is
 * invalid or `rate` is not a function (a bad record is reported in `issues`, not thrown).
 */
export function breakdownRate(exits: readonly ExitRecord[], by: BreakdownKey, options?: RateOptions, rate?: (exits: readonly unknown[], options?: RateOptions) => RateResult): Breakdown;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function breakdownRate<E extends readonly unknown[]>(
  exits: UncheckedList<E>,
  by: BreakdownKey,
  options?: RateOptions,
  rate?: (exits: readonly unknown[], options?: RateOptions) => RateResult,
): Breakdown;
export function breakdownRate(
  exits: readonly unknown[],
  by: BreakdownKey,
  options: RateOptions = {},
  rate: (exits: readonly unknown[], options?: RateOptions) => RateResult = dynamicExitRate,
): Breakdown {
  expectArray(exits, 'exits', 'breakdown');
  expectOneOf(by, BREAKDOWN_KEYS, 'by', 'breakdown');
  options = checkRateOptions(options);
  expectFunction(rate, 'rate', 'breakdown');
  const { records, issues } = validateExitRecords(exits, options.assumeValid === true);
  return breakdownChecked(records, issues, by, options, rate, KNOWN_RATES.get(rate));
}
