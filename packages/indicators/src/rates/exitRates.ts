import { type ExitCategory, exitCategories, expectArray, expectInteger, expectObject, expectString, invalidArgument, type UncheckedList } from '@siae/model';
import type { ExitRecord } from '../exits/exitRecord';
import { type Classified, classifyExits, defaultUnknownFollowUp, type RateCounts, type RateMember, type RateOptions, type UnknownFollowUp } from './classify';
import { checkRateOptions } from './rateOptions';
import { isSmallSample, type RateInterval, wilsonInterval } from './wilson';

/** The result of an exit rate: the value and everything needed to check it. */
export interface RateResult {
  /** The catalogue id of the indicator. */
  indicatorId: string;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
  numerator: number;
  /** Exits examined. */
  denominator: number;
  /** The 95 % Wilson score interval of the value ({@link wilsonInterval}), null when the denominator is 0. */
  interval: RateInterval | null;
  /** True under 10 exits examined: the rate alone says little about the structure. */
  smallSample: boolean;
  counts: RateCounts;
  /** Every exit of the input (valid ones) with its status and why. */
  members: RateMember[];
  /** Records that failed validation, with their path (`[index].field`): left out, never thrown. */
  issues: Classified['issues'];
  /** The options that were applied (defaults filled in). */
  parameters: {
    variant: 'dgefp' | 'uriae';
    monthsAfterExit: 0 | 3 | 6 | 12;
    period: { from: string; to: string } | null;
    /** At 3, 6 or 12 months: what an unknown situation became (`sans_nouvelle` or `excluded`). */
    unknownFollowUp?: UnknownFollowUp;
  };
}

/**
 * The rate result of a classification: the numerator sums the given categories, the denominator is
 * the exits examined (null value when there are none).
 *
 * @throws {SiaeValidationError} when a category, the classification or an option is invalid.
 */
export function rateResultOf(indicatorId: string, categories: readonly ExitCategory[], c: Classified, options: RateOptions = {}): RateResult {
  expectString(indicatorId, 'indicatorId', 'rate');
  checkCategories(categories, 'categories');
  checkClassified(c);
  options = checkRateOptions(options);
  let numerator = 0;
  for (const cat of categories) numerator += c.counts[cat as keyof RateCounts];
  return {
    indicatorId,
    value: c.examined === 0 ? null : numerator / c.examined,
    numerator,
    denominator: c.examined,
    interval: wilsonInterval(numerator, c.examined),
    smallSample: isSmallSample(c.examined),
    counts: c.counts,
    members: c.members,
    issues: c.issues,
    parameters: {
      variant: options.variant ?? 'dgefp',
      monthsAfterExit: options.monthsAfterExit ?? 0,
      period: options.period ?? null,
      ...(options.monthsAfterExit ? { unknownFollowUp: options.unknownFollowUp ?? defaultUnknownFollowUp(options.variant) } : {}),
    },
  };
}

/** An exit rate of this package: the base of its id and the categories its numerator counts. */
export interface ExitRateDefinition {
  base: string;
  categories: readonly ExitCategory[];
}

/** The exit rates of this package (each public rate function reads its entry). */
export const EXIT_RATES = {
  dynamic: { base: 'dynamic-exit-rate', categories: ['durable', 'transition', 'positive'] },
  durable: { base: 'durable-employment-rate', categories: ['durable'] },
  transition: { base: 'transition-employment-rate', categories: ['transition'] },
  positive: { base: 'positive-exit-rate', categories: ['positive'] },
  employment: { base: 'employment-exit-rate', categories: ['durable', 'transition'] },
} as const satisfies Record<string, ExitRateDefinition>;

/**
 * A rate's result from a classification of its cohort (the numerator counts the rate's categories).
 *
 * @throws {SiaeValidationError} when the definition, the classification or an option is invalid.
 */
export function rateFromClassified(definition: ExitRateDefinition, c: Classified, options: RateOptions = {}): RateResult {
  checkDefinition(definition);
  return rateResultOf(rateId(definition.base, options), definition.categories, c, options);
}

/**
 * Whether a category counts in a rate's numerator.
 *
 * @throws {SiaeValidationError} when the definition is invalid.
 */
export function inNumeratorOf(definition: ExitRateDefinition): (c: ExitCategory) => boolean {
  checkDefinition(definition);
  const set = new Set<ExitCategory>(definition.categories);
  return (c) => set.has(c);
}

function rate(definition: ExitRateDefinition, exits: readonly unknown[], options: RateOptions): RateResult {
  expectArray(exits, 'exits', 'exit records');
  options = checkRateOptions(options);
  return rateFromClassified(definition, classifyExits(exits, options, inNumeratorOf(definition)), options);
}

/**
 * The id of a rate for its options (`dynamic-exit-rate.uriae.6m`).
 *
 * @throws {SiaeValidationError} when the base is not a string or an option is invalid.
 */
export function rateId(base: string, options: RateOptions): string {
  expectString(base, 'base', 'rate');
  options = checkRateOptions(options);
  const parts = [base];
  if (options.variant === 'uriae') parts.push('uriae');
  if (options.monthsAfterExit) parts.push(`${options.monthsAfterExit}m`);
  // The non-default treatment of an unknown situation at the horizon names its own figure.
  if (options.monthsAfterExit && options.unknownFollowUp !== undefined && options.unknownFollowUp !== defaultUnknownFollowUp(options.variant)) parts.push(`unknown-${options.unknownFollowUp}`);
  return parts.join('.');
}

/**
 * Taux de sortie dynamique: (emploi durable + emploi de transition + sorties positives) / exits
 * examined, where the exits examined leave out the "retrait" reasons and the people below the
 * presence threshold of their kind (ASP bilan: (5 + 6 + 7) / 4). Variants: `uriae`, and the
 * situation 3, 6 or 12 months after the exit.
 *
 * @example
 * const r = dynamicExitRate(exits, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * r.value; // 0.43, or null when no exit was examined
 * r.members.filter((m) => m.status === 'excluded'); // who is out, and why
 */
export function dynamicExitRate(exits: readonly ExitRecord[], options?: RateOptions): RateResult;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function dynamicExitRate<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions): RateResult;
export function dynamicExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.dynamic, exits, options);
}

/** Taux d'emploi durable: emploi durable / exits examined (same options as {@link dynamicExitRate}). */
export function durableEmploymentRate(exits: readonly ExitRecord[], options?: RateOptions): RateResult;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function durableEmploymentRate<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions): RateResult;
export function durableEmploymentRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.durable, exits, options);
}

/** Taux d'emploi de transition: emploi de transition / exits examined. */
export function transitionEmploymentRate(exits: readonly ExitRecord[], options?: RateOptions): RateResult;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function transitionEmploymentRate<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions): RateResult;
export function transitionEmploymentRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.transition, exits, options);
}

/** Taux de sorties positives: sorties positives (training, other SIAE, other positive) / exits examined. */
export function positiveExitRate(exits: readonly ExitRecord[], options?: RateOptions): RateResult;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function positiveExitRate<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions): RateResult;
export function positiveExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.positive, exits, options);
}

/** Taux de sortie en emploi (INAÉ, "taux de sorties emploi"): (durable + transition) / exits examined. */
export function employmentExitRate(exits: readonly ExitRecord[], options?: RateOptions): RateResult;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function employmentExitRate<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions): RateResult;
export function employmentExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.employment, exits, options);
}

/** Checks a list of exit categories. */
function checkCategories(categories: unknown, path: string | (string | number)[]): void {
  const list = expectArray(categories, path, 'rate');
  list.forEach((cat, i) => {
    if (typeof cat !== 'string' || !exitCategories.has(cat)) {
      invalidArgument('rate', [...(typeof path === 'string' ? [path] : path), i], 'unknown_code', 'catégorie de sortie inconnue', 'unknown exit category');
    }
  });
}

/** Checks a rate definition (`{ base, categories }`). */
function checkDefinition(definition: unknown): void {
  const d = expectObject(definition, 'definition', 'rate');
  expectString(d.base, ['definition', 'base'], 'rate');
  checkCategories(d.categories, ['definition', 'categories']);
}

/** Checks the shape of a classification given back to the rate functions. */
function checkClassified(c: unknown): void {
  const o = expectObject(c, 'classified', 'rate');
  expectArray(o.members, ['classified', 'members'], 'rate');
  expectArray(o.issues, ['classified', 'issues'], 'rate');
  expectInteger(o.examined, ['classified', 'examined'], 'rate');
  const counts = expectObject(o.counts, ['classified', 'counts'], 'rate');
  for (const key of ['durable', 'transition', 'positive', 'other', 'withdrawn', 'belowThreshold'] as const) {
    expectInteger(Object.hasOwn(counts, key) ? counts[key] : undefined, ['classified', 'counts', key], 'rate');
  }
}
