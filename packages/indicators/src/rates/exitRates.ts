import type { ExitCategory } from '@siae/model';
import { type Classified, classifyExits, defaultUnknownFollowUp, type RateCounts, type RateMember, type RateOptions, type UnknownFollowUp } from './classify';
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
 */
export function rateResultOf(indicatorId: string, categories: readonly ExitCategory[], c: Classified, options: RateOptions = {}): RateResult {
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

/** A rate's result from a classification of its cohort (the numerator counts the rate's categories). */
export function rateFromClassified(definition: ExitRateDefinition, c: Classified, options: RateOptions = {}): RateResult {
  return rateResultOf(rateId(definition.base, options), definition.categories, c, options);
}

/** Whether a category counts in a rate's numerator. */
export function inNumeratorOf(definition: ExitRateDefinition): (c: ExitCategory) => boolean {
  const set = new Set<ExitCategory>(definition.categories);
  return (c) => set.has(c);
}

function rate(definition: ExitRateDefinition, exits: readonly unknown[], options: RateOptions): RateResult {
  return rateFromClassified(definition, classifyExits(exits, options, inNumeratorOf(definition)), options);
}

/** The id of a rate for its options (`dynamic-exit-rate.uriae.6m`). */
export function rateId(base: string, options: RateOptions): string {
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
export function dynamicExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.dynamic, exits, options);
}

/** Taux d'emploi durable: emploi durable / exits examined (same options as {@link dynamicExitRate}). */
export function durableEmploymentRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.durable, exits, options);
}

/** Taux d'emploi de transition: emploi de transition / exits examined. */
export function transitionEmploymentRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.transition, exits, options);
}

/** Taux de sorties positives: sorties positives (training, other SIAE, other positive) / exits examined. */
export function positiveExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.positive, exits, options);
}

/** Taux de sortie en emploi (INAÉ, "taux de sorties emploi"): (durable + transition) / exits examined. */
export function employmentExitRate(exits: readonly unknown[], options: RateOptions = {}): RateResult {
  return rate(EXIT_RATES.employment, exits, options);
}
